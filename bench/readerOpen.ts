/**
 * Issue 4's figure: opening a 10,000-word article with 300 quotes in the reader, in Chromium
 * against the browser edition (target ≤ 300 ms), side by side with baselines measured in the same
 * run: the same text without quotes (the reader's own cost without marks), and the same text and
 * highlights put into the page as plain HTML by the browser alone (the machine's floor).
 *
 * Time to open = from the click on the article in the library to the first animation frame after
 * the reader shows the whole text with every highlight (so it includes fetching the article over
 * HTTP, laying it out, building the Lexical document and rendering it). Each run starts from a
 * fresh page, and runs alternate between the three, so a busy moment hits all of them alike.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createOperations, NotebookSession } from '../src/main/services';
import { startServer } from '../src/main/server/httpServer';
import { sentences } from '../src/shared/anchoring/steps';
import { percentile, round } from './stats';

const WORDS = 10_000;
const QUOTES = 300;
const RUNS = 20;
const TARGET_MS = 300;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rendererDir = resolve(__dirname, '..', 'out', 'renderer');
const samplePath = resolve(__dirname, '..', '..', 'shared', 'corpus', 'nato-china-lethal-aid.txt');

/** About 10,000 words of news prose: the sample article's paragraphs, repeated and numbered. */
async function longText(): Promise<string> {
  const sample = await readFile(samplePath, 'utf8');
  const paragraphs = sample.split(/\n\s*\n/).slice(2).map((p) => p.trim()).filter(Boolean);
  const out: string[] = ['Long read', 'A 10,000-word article for the reader benchmark'];
  let words = 0;
  for (let i = 0; words < WORDS; i++) {
    const paragraph = `${paragraphs[i % paragraphs.length]} (${i + 1})`;
    out.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}

async function setUp(dir: string) {
  const session = await NotebookSession.open(dir, { create: true, backupOnOpen: false });
  const ops = createOperations(session);
  const call = async (op: string, input: unknown) => {
    const result = await ops.invoke(op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value as { id: string; article: { id: string } };
  };
  const text = await longText();
  const quoted = await call('articles:createFromText', { text, title: 'With 300 quotes' });
  await call('articles:createFromText', { text: `${text}\n\nThe end.`, title: 'Without quotes' });
  const speakers = [];
  for (let s = 0; s < 12; s++) speakers.push((await call('actors:create', { name: `Speaker ${s}`, colour: ['blue', 'amber', 'rose', 'green'][s % 4]! })).id);
  const tag = await call('tags:create', { name: 'bench' });
  // Quotes on sentences spread evenly; every tenth overlaps the one before it.
  const all = sentences(text).slice(2);
  const spans: { start: number; end: number }[] = [];
  for (let q = 0; q < QUOTES; q++) {
    const sentence = all[Math.floor((q * all.length) / QUOTES)]!;
    const previous = spans[spans.length - 1];
    const overlap = q % 10 === 9 && previous && previous.end > sentence.start;
    spans.push(overlap ? { start: previous.start + 5, end: sentence.end } : sentence);
  }
  for (const [q, span] of spans.entries()) {
    await call('quotes:create', { articleId: quoted.article.id, ...span, speakerId: speakers[q % speakers.length], tagIds: q % 3 ? [] : [tag.id] });
  }
  return { session, ops, text, spans };
}

// The in-page parts are plain JavaScript strings: tsx would wrap named functions in a helper that
// does not exist in the page.

/** Clicks the article titled `wanted` and resolves with the ms until the frame after it is fully shown. */
const OPEN_SCRIPT = `({ wanted, marks, last }) => new Promise((done) => {
  const rows = [...document.querySelectorAll('[role="listbox"][aria-label="Articles"] [role="option"]')];
  const row = rows.find((r) => r.textContent.includes(wanted));
  const started = performance.now();
  row.click();
  const check = () => {
    const reader = document.querySelector('.reader-text');
    const shown = document.querySelector('#reader-title')?.textContent === wanted;
    const complete = !!reader && reader.querySelectorAll('mark').length >= marks && (reader.lastElementChild?.textContent ?? '').endsWith(last);
    if (shown && complete) requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/** Puts the same paragraphs and highlights into the column as HTML and resolves after the next frame. */
const PLAIN_SCRIPT = `({ body, ranges }) => new Promise((done) => {
  const column = document.querySelector('.reader-column') ?? document.body;
  const started = performance.now();
  const marked = new Uint8Array(body.length + 1);
  for (const r of ranges) marked.fill(1, r.start, r.end);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = [];
  let at = 0;
  for (const paragraph of body.split('\\n\\n')) {
    let out = '';
    let open = false;
    for (let i = 0; i < paragraph.length; i++) {
      const m = marked[at + i] === 1;
      if (m !== open) { out += m ? '<mark class="rd-mark" data-fill="blue">' : '</mark>'; open = m; }
      out += esc(paragraph[i]);
    }
    if (open) out += '</mark>';
    html.push('<p class="rd-p">' + out + '</p>');
    at += paragraph.length + 2;
  }
  const holder = document.createElement('div');
  holder.className = 'reader-text';
  holder.innerHTML = html.join('');
  column.replaceChildren(holder);
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
})`;

const run = (page: Page, script: string, args: unknown) => page.evaluate(`(${script})(${JSON.stringify(args)})`) as Promise<number>;

/** Opens the titled article from a fresh page and returns the milliseconds until it is shown. */
async function openArticle(page: Page, url: string, title: string, marks: number, last: string): Promise<number> {
  // Every load starts with nothing open (see the init script), so the click opens the article.
  await page.goto(url);
  await page.getByRole('listbox', { name: 'Articles' }).getByText(title, { exact: true }).waitFor();
  await page.waitForTimeout(200);
  return run(page, OPEN_SCRIPT, { wanted: title, marks, last });
}

/** The browser alone: the same paragraphs and highlights as HTML in the same column, to paint. */
function plainDom(page: Page, text: string, spans: { start: number; end: number }[]): Promise<number> {
  return run(page, PLAIN_SCRIPT, { body: text, ranges: spans });
}

const summary = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.map(round) });

export async function readerOpenBench(log: (line: string) => void) {
  if (!existsSync(chromiumPath)) return { skipped: `Chromium not found at ${chromiumPath}` };
  if (!existsSync(join(rendererDir, 'index.html'))) return { skipped: 'The renderer is not built: run `npm run build` first.' };
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-reader-'));
  const { session, ops, text, spans } = await setUp(join(root, 'nb.quotebook'));
  // A private copy of the built interface: a rebuild during the run must not change what is measured.
  const served = join(root, 'renderer');
  await cp(rendererDir, served, { recursive: true });
  const server = await startServer({ dispatcher: ops, rendererDir: served, port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The app remembers open tabs (and writes them when the page goes away): forget them on every load.
    await page.addInitScript('window.localStorage.clear()');
    const withQuotes: number[] = [];
    const withoutQuotes: number[] = [];
    const plain: number[] = [];
    // One unmeasured round warms the caches (bundle parse, fonts).
    const lastQuoted = text.slice(text.lastIndexOf('\n') + 1).slice(-12);
    await openArticle(page, server.launchUrl(), 'With 300 quotes', QUOTES / 2, lastQuoted);
    for (let run = 0; run < RUNS; run++) {
      log(`reader open: run ${run + 1} of ${RUNS}…`);
      withQuotes.push(await openArticle(page, server.launchUrl(), 'With 300 quotes', QUOTES / 2, lastQuoted));
      withoutQuotes.push(await openArticle(page, server.launchUrl(), 'Without quotes', 0, 'The end.'));
      plain.push(await plainDom(page, text, spans));
    }
    const quoted = summary(withQuotes);
    return {
      article: { words: text.split(/\s+/).length, characters: text.length, quotes: QUOTES },
      withQuotes: quoted,
      sameTextWithoutQuotes: summary(withoutQuotes),
      plainHtmlBaseline: summary(plain),
      ratioToNoQuotesP50: round(quoted.p50 / percentile(withoutQuotes, 50)),
      ratioToPlainHtmlP50: round(quoted.p50 / percentile(plain, 50)),
      target: { p95Ms: TARGET_MS, actual: quoted.p95, met: quoted.p95 <= TARGET_MS },
    };
  } finally {
    await browser.close();
    await server.close();
    await session.close();
    await rm(root, { recursive: true, force: true });
  }
}
