/**
 * Issue 3's figures: import throughput in articles per second, for plain text and for saved web
 * pages, measured two ways (converting bytes to an article; importing into a notebook through the
 * `articles:import` operation, one file per call as the window does) next to a same-run baseline:
 * reading the same files and parsing them as JSON strings, the least any importer must do.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertFile } from '../src/main/import';
import { createOperations, NotebookSession } from '../src/main/services';
import { syntheticText } from './fixtures';
import { round } from './stats';

const newsPage = resolve(__dirname, '..', 'test', 'fixtures', 'import', 'news-page.html');

/** A saved page: the fixture's chrome (nav, ads, scripts, JSON-LD) around a different body each time. */
function syntheticPage(template: string, seed: number): string {
  const body = syntheticText(seed)
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return template.replace(/<div class="story__body">[\s\S]*?<\/div>\s*<div class="newsletter-signup">/, `<div class="story__body">${body}</div><div class="newsletter-signup">`);
}

async function measure(label: string, count: number, work: () => Promise<void>): Promise<{ perSecond: number; ms: number }> {
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  return { perSecond: round((count / ms) * 1000), ms: round(ms) };
}

async function throughput(kind: 'text' | 'html', paths: string[], notebookDir: string, log: (line: string) => void) {
  log(`import throughput: ${paths.length} ${kind} files…`);
  // Warm-up: module loading and JIT compilation (jsdom, Readability) are one-off costs, not throughput.
  for (const path of paths.slice(0, 15)) await convertFile(path, await readFile(path));
  const baseline = await measure('baseline', paths.length, async () => {
    for (const path of paths) JSON.parse(JSON.stringify((await readFile(path)).toString('utf8')));
  });
  const convert = await measure('convert', paths.length, async () => {
    for (const path of paths) await convertFile(path, await readFile(path));
  });
  const session = await NotebookSession.open(notebookDir, { create: true });
  const ops = createOperations(session);
  const imported = await measure('import', paths.length, async () => {
    for (const path of paths) {
      const result = await ops.invoke('articles:import', { files: [{ name: path, base64: (await readFile(path)).toString('base64') }] });
      if (!result.ok || (result.value as { failed: unknown[] }).failed.length) throw new Error(`import failed: ${JSON.stringify(result)}`);
    }
  });
  await session.close();
  return {
    files: paths.length,
    averageBytes: Math.round((await Promise.all(paths.slice(0, 20).map(async (p) => (await readFile(p)).length))).reduce((a, b) => a + b, 0) / Math.min(20, paths.length)),
    convertArticlesPerSecond: convert.perSecond,
    importArticlesPerSecond: imported.perSecond,
    baselineReadParsePerSecond: baseline.perSecond,
    baselineOverConvert: round(convert.ms / baseline.ms),
    baselineOverImport: round(imported.ms / baseline.ms),
  };
}

export async function importThroughputBench(log: (line: string) => void) {
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-import-'));
  try {
    const template = await readFile(newsPage, 'utf8');
    await mkdir(join(root, 'text'));
    await mkdir(join(root, 'html'));
    const textPaths: string[] = [];
    const htmlPaths: string[] = [];
    for (let i = 0; i < 300; i++) {
      const path = join(root, 'text', `article-${i}.txt`);
      await writeFile(path, `World\n\nHeadline number ${i} about the alliance\n\nBy Jane Doe\n\n${syntheticText(i)}\n`);
      textPaths.push(path);
    }
    for (let i = 0; i < 100; i++) {
      const path = join(root, 'html', `page-${i}.html`);
      await writeFile(path, syntheticPage(template, i));
      htmlPaths.push(path);
    }
    return {
      note: 'articles per second; baselineOver* = time of the step ÷ time of reading the same files and JSON-parsing their text (same run)',
      text: await throughput('text', textPaths, join(root, 'nb-text.quotebook'), log),
      html: await throughput('html', htmlPaths, join(root, 'nb-html.quotebook'), log),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
