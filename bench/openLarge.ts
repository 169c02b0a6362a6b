/**
 * Issue 13's "a fast open": the time from opening a notebook (as `quotebook serve` does, with the
 * article checks in the background) until the library's rows are available through the API, at
 * 1,000 and 10,000 articles (30,000 with QUOTEBOOK_BENCH_30K=1), with the article catalog and
 * without it (deleted before each open: "cold", which waits for every file to be read and
 * checked, as every open did before the catalog). Also the time until the checks are done, and in
 * Chromium the time from the open until the first row is painted, catalog vs cold at 10,000.
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
const PAGE_ROUNDS = 4;
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
 * Open → the first row of the library painted in Chromium (page loaded after the server is up).
 * `pageOnly`: the notebook is open and checked first and only the page load is timed, which is
 * what the page itself costs on this machine, whatever the notebook does.
 */
async function pageSample(browser: Browser, dir: string, mode: Mode | 'pageOnly', renderer: string): Promise<number> {
  const opened = await open(dir, mode === 'pageOnly' ? 'catalog' : mode, renderer);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    if (mode === 'pageOnly') {
      await opened.session.ready;
      opened.started = performance.now();
    }
    await page.goto(opened.server.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 });
    return performance.now() - opened.started;
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
        await pageSample(browser, dir, 'catalog', renderer); // warm-up
        const pageModes = [...MODES, 'pageOnly'] as const;
        const page: Record<(typeof pageModes)[number], number[]> = { catalog: [], cold: [], pageOnly: [] };
        for (let round = 1; round <= PAGE_ROUNDS; round++) {
          log(`open large: page loads, round ${round} of ${PAGE_ROUNDS}…`);
          for (const mode of round % 2 ? pageModes : [...pageModes].reverse()) page[mode].push(await pageSample(browser, dir, mode, renderer));
        }
        figures.page10000 = {
          openToFirstRowPainted: { catalog: summary(page.catalog), cold: summary(page.cold) },
          pageLoadToFirstRowWithNotebookOpen: summary(page.pageOnly),
          coldOverCatalogP50: round(percentile(page.cold, 50) / percentile(page.catalog, 50)),
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
