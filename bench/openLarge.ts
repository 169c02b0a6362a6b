/**
 * Issue 13's "a fast open": the time from opening a notebook (as `quotebook serve` does, with the
 * article checks in the background) until the library's rows are available through the API, at
 * 1,000 and 10,000 articles (30,000 with QUOTEBOOK_BENCH_30K=1), with the article catalog and
 * without it (deleted before each open: "cold", which waits for every file to be read and
 * checked, as every open did before the catalog). Also the time until the checks are done, and in
 * Chromium the time from the open until the first row is painted and until every row is in,
 * catalog vs cold at 10,000; with QUOTEBOOK_BENCH_BASELINE_RENDERER=<another build's out/renderer>
 * that page is measured too, in turns with this build's, as the baseline.
 *
 * Fair by construction (issue 18): every notebook is built and opened once before anything is
 * counted (the first open also creates the live state); then the cases take turns in a fresh
 * seeded random order each round, so no case is measured first or alone with a cold page cache.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createOperations, NotebookSession } from '../src/main/services';
import { startServer, TOKEN_HEADER, type RunningServer } from '../src/main/server/httpServer';
import { catalogPath } from '../src/main/store/articleCatalog';
import { writeNotebookFolder } from './fixtures';
import { percentile, round, seededRandom, shuffled } from './stats';

const SIZES = process.env.QUOTEBOOK_BENCH_30K ? [1_000, 10_000, 30_000] : [1_000, 10_000];
const ROUNDS = 7;
const PAGE_ROUNDS = 6;
/** Another build's renderer folder to measure beside this one (QUOTEBOOK_BENCH_BASELINE_RENDERER). */
const baselineDir = process.env.QUOTEBOOK_BENCH_BASELINE_RENDERER;
const MODES = ['catalog', 'cold'] as const;
type Mode = (typeof MODES)[number];
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rendererDir = resolve(__dirname, '..', 'out', 'renderer');

interface Opened {
  session: NotebookSession;
  server: RunningServer;
  /** When the open began (performance.now()). */
  started: number;
}

/** Opens like `serve` (checks in the background) and starts the browser edition's server. */
async function open(dir: string, mode: Mode, renderer: string): Promise<Opened> {
  if (mode === 'cold') await rm(catalogPath(dir), { force: true });
  const started = performance.now();
  const session = await NotebookSession.open(dir, { backupOnOpen: false, deferChecks: true });
  const server = await startServer({ dispatcher: createOperations(session), rendererDir: renderer, port: 0 });
  return { session, server, started };
}

async function close({ session, server }: Opened): Promise<void> {
  await server.close();
  await session.close(); // waits for the checks and saves the catalog
}

/** Open → the library's rows through the API (as the page asks for them), and → checks done. */
async function apiSample(dir: string, mode: Mode, renderer: string): Promise<{ rowsMs: number; checkedMs: number; rows: number }> {
  const opened = await open(dir, mode, renderer);
  try {
    const response = await fetch(`http://127.0.0.1:${opened.server.port}/api/articles:list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: opened.server.token },
      body: '{}',
    });
    const result = (await response.json()) as { ok: boolean; value: unknown[] };
    const rowsMs = performance.now() - opened.started;
    if (!result.ok) throw new Error('articles:list failed');
    await opened.session.ready;
    return { rowsMs, checkedMs: performance.now() - opened.started, rows: result.value.length };
  } finally {
    await close(opened);
  }
}

/**
 * Marks, in the page, the frame in which the library's first row is in the page and the one in
 * which every article is (the list no longer aria-busy), as epoch times: a check every frame costs
 * the page almost nothing, where polling from here would take turns with the page's own work.
 */
const MARK_ROWS = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const tick = () => {
    const list = document.querySelector('[role=listbox][aria-label=Articles]');
    const row = list && list.querySelector('[role=option]');
    if (row && window.__qbFirstRow === undefined) window.__qbFirstRow = now();
    if (row && list.getAttribute('aria-busy') !== 'true') window.__qbAllRows = now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * Open → the first row of the library painted in Chromium (page loaded after the server is up),
 * and → every row in (the same moment for a page that asks for the whole list at once). The tab
 * is created before the clock starts, as a window or tab exists before a notebook is opened in
 * it: creating one is the test driver's and the browser's work (0.5–1.2 s on a loaded machine),
 * and it used to be counted here. Its time is returned beside the others.
 * `pageOnly`: the notebook is open and checked first and only the page load is timed, which is
 * what the page itself costs on this machine, whatever the notebook does.
 */
async function pageSample(browser: Browser, dir: string, mode: Mode | 'pageOnly', renderer: string): Promise<{ firstRow: number; allRows: number; newTab: number }> {
  const tabStarted = performance.now();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const newTab = performance.now() - tabStarted;
  const opened = await open(dir, mode === 'pageOnly' ? 'catalog' : mode, renderer).catch(async (error: unknown) => {
    await page.close();
    throw error;
  });
  try {
    if (mode === 'pageOnly') {
      await opened.session.ready;
      opened.started = performance.now();
    }
    const startedAt = performance.timeOrigin + opened.started;
    await page.addInitScript(MARK_ROWS);
    await page.goto(opened.server.launchUrl());
    await page.waitForFunction(() => (window as { __qbAllRows?: number }).__qbAllRows !== undefined, null, { timeout: 120_000, polling: 100 });
    const marks = await page.evaluate(() => {
      const marked = window as unknown as { __qbFirstRow: number; __qbAllRows: number };
      return { firstRow: marked.__qbFirstRow, allRows: marked.__qbAllRows };
    });
    return { firstRow: marks.firstRow - startedAt, allRows: marks.allRows - startedAt, newTab };
  } finally {
    await page.close();
    await close(opened);
  }
}

const summary = (samples: number[]) => ({ p50: percentile(samples, 50), max: percentile(samples, 100), samples: samples.map(round) });

export async function openLargeBench(log: (line: string) => void) {
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-open-'));
  const previousCache = process.env.QUOTEBOOK_CACHE;
  process.env.QUOTEBOOK_CACHE = join(root, 'cache');
  const hasPage = existsSync(chromiumPath) && existsSync(join(rendererDir, 'index.html'));
  const renderer = join(root, 'renderer');
  if (hasPage) await cp(rendererDir, renderer, { recursive: true });
  const baseline = hasPage && baselineDir ? join(root, 'baseline-renderer') : null;
  if (baseline) await cp(resolve(baselineDir!), baseline, { recursive: true });
  try {
    const dirs = new Map<number, string>();
    for (const articles of SIZES) {
      log(`open large: building ${articles} articles…`);
      const dir = join(root, `nb-${articles}.quotebook`);
      await writeNotebookFolder(dir, articles, 2);
      await apiSample(dir, 'cold', renderer); // creates the live state and the catalog; not counted
      dirs.set(articles, dir);
    }
    const random = seededRandom(13);
    const cases = SIZES.flatMap((articles) => MODES.map((mode) => ({ articles, mode })));
    const api = new Map(cases.map((c) => [`${c.articles}/${c.mode}`, { rowsMs: [] as number[], checkedMs: [] as number[], rows: 0 }]));
    for (let round = 1; round <= ROUNDS; round++) {
      log(`open large: round ${round} of ${ROUNDS}…`);
      for (const c of shuffled(cases, random)) {
        const sample = await apiSample(dirs.get(c.articles)!, c.mode, renderer);
        const into = api.get(`${c.articles}/${c.mode}`)!;
        into.rowsMs.push(sample.rowsMs);
        into.checkedMs.push(sample.checkedMs);
        into.rows = sample.rows;
      }
    }
    const figures: Record<string, unknown> = {
      method: `in one process, ${ROUNDS} rounds, cases in a seeded random order each round after one uncounted open per size; "cold" deletes the catalog before opening`,
    };
    for (const articles of SIZES) {
      const of = (mode: Mode) => api.get(`${articles}/${mode}`)!;
      figures[`articles${articles}`] = {
        rows: of('catalog').rows,
        openToRowsViaApi: { catalog: summary(of('catalog').rowsMs), cold: summary(of('cold').rowsMs) },
        openToChecksDone: { catalog: summary(of('catalog').checkedMs), cold: summary(of('cold').checkedMs) },
        coldOverCatalogP50: round(percentile(of('cold').rowsMs, 50) / percentile(of('catalog').rowsMs, 50)),
      };
    }
    if (!hasPage) figures.page = { skipped: 'Chromium or the built renderer (npm run build) is missing' };
    else {
      const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
      try {
        const dir = dirs.get(10_000)!;
        // With a baseline page (another build's out/renderer, e.g. main's before a change), its
        // loads take turns with this build's against the same notebook and the same server.
        const pageCases: Array<{ name: string; mode: Mode | 'pageOnly'; renderer: string }> = [
          { name: 'catalog', mode: 'catalog', renderer },
          { name: 'cold', mode: 'cold', renderer },
          { name: 'pageOnly', mode: 'pageOnly', renderer },
          ...(baseline ? [{ name: 'baselineCatalog', mode: 'catalog', renderer: baseline }, { name: 'baselinePageOnly', mode: 'pageOnly', renderer: baseline }] as const : []),
        ];
        for (const c of pageCases) await pageSample(browser, dir, c.mode, c.renderer); // warm-up, each page once
        const page = new Map(pageCases.map((c) => [c.name, { firstRow: [] as number[], allRows: [] as number[], newTab: [] as number[] }]));
        for (let round = 1; round <= PAGE_ROUNDS; round++) {
          log(`open large: page loads, round ${round} of ${PAGE_ROUNDS}…`);
          for (const c of shuffled(pageCases, random)) {
            const sample = await pageSample(browser, dir, c.mode, c.renderer);
            page.get(c.name)!.firstRow.push(sample.firstRow);
            page.get(c.name)!.allRows.push(sample.allRows);
            page.get(c.name)!.newTab.push(sample.newTab);
          }
        }
        const of = (name: string) => page.get(name)!;
        const figuresOf = (catalog: string, pageOnly: string) => ({
          openToFirstRowPainted: summary(of(catalog).firstRow),
          openToEveryRow: summary(of(catalog).allRows),
          newTabBeforeTheClock: summary(of(catalog).newTab),
          pageLoadToFirstRowWithNotebookOpen: summary(of(pageOnly).firstRow),
          pageLoadToEveryRowWithNotebookOpen: summary(of(pageOnly).allRows),
        });
        figures.page10000 = {
          method: `${PAGE_ROUNDS} rounds after one uncounted load of each case, cases in a seeded random order each round; times marked in the page (the frame in which the first row, then every row, is in the list); the tab is created before the clock starts (newTabBeforeTheClock)`,
          thisBuild: { ...figuresOf('catalog', 'pageOnly'), openToFirstRowPaintedCold: summary(of('cold').firstRow) },
          coldOverCatalogP50: round(percentile(of('cold').firstRow, 50) / percentile(of('catalog').firstRow, 50)),
          ...(baseline
            ? {
                baseline: { renderer: baseline, ...figuresOf('baselineCatalog', 'baselinePageOnly') },
                baselineOverThisBuildP50: {
                  openToFirstRowPainted: round(percentile(of('baselineCatalog').firstRow, 50) / percentile(of('catalog').firstRow, 50)),
                  pageLoadToFirstRow: round(percentile(of('baselinePageOnly').firstRow, 50) / percentile(of('pageOnly').firstRow, 50)),
                },
              }
            : {}),
        };
      } finally {
        await browser.close();
      }
    }
    return figures;
  } finally {
    if (previousCache === undefined) delete process.env.QUOTEBOOK_CACHE;
    else process.env.QUOTEBOOK_CACHE = previousCache;
    await rm(root, { recursive: true, force: true });
  }
}
