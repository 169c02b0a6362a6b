/**
 * Issue 16's figure: the reader's keys in a 20,000-word article with about 900 suggestions shown,
 * in Chromium against the browser edition (target ≤ 100 ms p95 each), side by side with the
 * sample article (475 words, its 19 suggestions shown) measured in the same run as the baseline.
 *
 * One round on an article: select words in a paragraph and press Q (time until the inspector
 * shows the new quote), type "bench" in its Tags field and press Enter (time until the tag chip
 * is shown), then press J (time until the inspector shows the next quote). Each time runs from the
 * dispatched key press to the first task after the next animation frame, so it includes the
 * app's work, style, layout and paint. Q shows the new quote before its save over HTTP is answered;
 * the save is timed apart in the server. The new quote is deleted after the round (not timed), so
 * every round starts from the same article.
 *
 * Every article stays open in its own page; after uncounted rounds on each, the pages take turns,
 * the order of the articles (and of the builds) reversed every other round, so a busy moment on
 * the machine hits all alike. With QUOTEBOOK_BENCH_BASELINE_RENDERER=<another build's
 * out/renderer> that build is measured too, in the same turns, against its own notebook (so one
 * build's saves never reload the other's pages), and the ratios this build ÷ baseline are given.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createOperations, NotebookSession } from '../src/main/services';
import { startServer, type RunningServer } from '../src/main/server/httpServer';
import { sentences } from '../src/shared/anchoring/steps';
import { longText, openArticle, round_, type Reading } from './longArticlePage';
import { percentile, round } from './stats';

const ROUNDS = Number(process.env.LONG_ROUNDS ?? 20);
const WARM_UP = 2;
const TARGET_P95_MS = 100;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rendererDir = resolve(__dirname, '..', 'out', 'renderer');
const baselineDir = process.env.QUOTEBOOK_BENCH_BASELINE_RENDERER;
const samplePath = resolve(__dirname, '..', 'resources', 'sample', 'nato-china-lethal-aid.txt');
const titles = { sample: 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine', long: 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine (long read)' };

/** One build's notebook, server and open pages (the sample and the long article). */
interface Build {
  label: string;
  session: NotebookSession;
  server: RunningServer;
  saves: number[];
  small?: Reading;
  large?: Reading;
}

/** A notebook holding both articles with ten saved quotes each (made once, then copied for each build). */
async function makeNotebook(folder: string, texts: { sample: string; long: string }): Promise<void> {
  const session = await NotebookSession.open(folder, { create: true, backupOnOpen: false });
  const ops = createOperations(session);
  const call = async (op: string, input: unknown) => {
    const result = await ops.invoke(op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value as { id: string; article: { id: string } };
  };
  await call('tags:create', { name: 'bench' });
  // J needs saved quotes to move between: ten sentences spread over each article, the last one at its end.
  for (const [text, title] of [[texts.sample, titles.sample], [texts.long, titles.long]] as const) {
    const { article } = await call('articles:createFromText', { text, title });
    const all = sentences(text).slice(2);
    for (let q = 1; q <= 10; q++) await call('quotes:create', { articleId: article.id, ...all[Math.floor((q * all.length) / 10) - 1]! });
  }
  await session.close();
}

/** A copy of the notebook in `made`, served with the renderer in `dir`. */
async function startBuild(label: string, dir: string, root: string, made: string): Promise<Build> {
  await mkdir(root, { recursive: true });
  await cp(made, join(root, 'nb.quotebook'), { recursive: true });
  const session = await NotebookSession.open(join(root, 'nb.quotebook'), { backupOnOpen: false });
  const ops = createOperations(session);
  // A private copy of the built interface: a rebuild during the run must not change what is measured.
  await cp(dir, join(root, 'renderer'), { recursive: true });
  // How long each save of a new quote takes in the server (no longer part of Q's time).
  const saves: number[] = [];
  const dispatcher = {
    invoke: async (op: string, input: unknown) => {
      const started = performance.now();
      const result = await ops.invoke(op, input);
      if (op === 'quotes:create') saves.push(performance.now() - started);
      return result;
    },
  };
  const server = await startServer({ dispatcher, rendererDir: join(root, 'renderer'), port: 0 });
  return { label, session, server, saves };
}

const summary = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.map(round) });
const figures = (reading: Reading) => ({
  suggestionsShown: reading.suggestions,
  q: summary(reading.samples.q),
  qServerSave: summary(reading.samples.save),
  addTag: summary(reading.samples.tag),
  j: summary(reading.samples.j),
});
type Key = 'q' | 'tag' | 'j';
const ratios = (a: Reading, b: Reading) => {
  const at = (key: Key, p: number) => round(percentile(a.samples[key], p) / percentile(b.samples[key], p));
  return { p50: { q: at('q', 50), addTag: at('tag', 50), j: at('j', 50) }, p95: { q: at('q', 95), addTag: at('tag', 95), j: at('j', 95) } };
};

/**
 * The median over rounds of this build's time ÷ the baseline's in the same round (their turns are
 * next to each other): on a shared machine the load drifts over a run, and a ratio of two pooled
 * percentiles mixes quiet and busy moments; a ratio within a round mostly does not.
 */
const pairedRatios = (a: Reading, b: Reading) => {
  const at = (key: Key) => round(percentile(a.samples[key].map((ms, i) => ms / b.samples[key][i]!), 50));
  return { q: at('q'), addTag: at('tag'), j: at('j') };
};

export async function longArticleKeysBench(log: (line: string) => void) {
  if (!existsSync(chromiumPath)) return { skipped: `Chromium not found at ${chromiumPath}` };
  if (!existsSync(join(rendererDir, 'index.html'))) return { skipped: 'The renderer is not built: run `npm run build` first.' };
  if (baselineDir && !existsSync(join(baselineDir, 'index.html'))) return { skipped: `No built renderer at ${baselineDir}` };
  const loadAtStart = loadavg();
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-long-'));
  const sample = await readFile(samplePath, 'utf8');
  const texts = { sample, long: longText(sample) };
  const made = join(root, 'made.quotebook');
  await makeNotebook(made, texts);
  const builds: Build[] = [await startBuild('this build', rendererDir, join(root, 'this'), made)];
  if (baselineDir) builds.push(await startBuild('baseline', baselineDir, join(root, 'baseline'), made));
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
    });
    log('long article: opening the articles and asking for suggestions…');
    for (const build of builds) {
      build.small = await openArticle(browser, build.server.launchUrl(), `${build.label}, sample`, titles.sample);
      build.large = await openArticle(browser, build.server.launchUrl(), `${build.label}, 20,000 words`, titles.long);
    }
    const readings = builds.flatMap((b) => [{ build: b, reading: b.large! }, { build: b, reading: b.small! }]);
    for (let i = 0; i < WARM_UP; i++) for (const { build, reading } of readings) await round_(reading, i, false, build.saves);
    for (let r = 0; r < ROUNDS; r++) {
      // Each round every page once; every other round in the reverse order (ABBA over rounds).
      for (const { build, reading } of r % 2 === 0 ? readings : [...readings].reverse()) {
        log(`long article: ${reading.name}, round ${r + 1} of ${ROUNDS}…`);
        await round_(reading, WARM_UP + r * 3, true, build.saves);
      }
    }
    const [mine, base] = builds;
    return {
      method: `${builds.length === 2 ? 'this build and the baseline build, each with its own notebook; ' : ''}every article open in its own page with its suggestions shown; ${WARM_UP} uncounted rounds each, then ${ROUNDS} rounds in which every page takes one turn, the order reversed every other round`,
      loadAverage: { atStart: round(loadAtStart[0]!), atEnd: round(loadavg()[0]!) },
      article: { words: texts.long.split(/\s+/).length, characters: texts.long.length },
      ...Object.fromEntries(
        builds.map((b) => [
          b.label,
          { sample: { words: sample.split(/\s+/).length, ...figures(b.small!) }, long20k: figures(b.large!), longOverSample: ratios(b.large!, b.small!) },
        ]),
      ),
      ...(base
        ? {
            thisBuildOverBaseline: { sample: ratios(mine!.small!, base.small!), long20k: ratios(mine!.large!, base.large!) },
            thisBuildOverBaselinePaired: { sample: pairedRatios(mine!.small!, base.small!), long20k: pairedRatios(mine!.large!, base.large!) },
          }
        : {}),
      target: {
        p95Ms: TARGET_P95_MS,
        met: Math.max(...(['q', 'tag', 'j'] as const).map((k) => percentile(mine!.large!.samples[k], 95))) <= TARGET_P95_MS,
      },
    };
  } finally {
    await browser?.close();
    for (const build of builds) {
      await build.server.close();
      await build.session.close();
    }
    await rm(root, { recursive: true, force: true });
  }
}
