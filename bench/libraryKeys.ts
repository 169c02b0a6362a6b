/**
 * Moving through the library with the keyboard, in Chromium against the browser edition: the
 * time from an ArrowDown key press to the next painted frame, in a notebook of 10,000 articles,
 * side by side with a notebook of 100 (same run, same page code) as the baseline. Also the time
 * from loading the page to the first row of the list being shown.
 *
 * The key press is dispatched in the page (not through the automation protocol) so the figure is
 * the app's own work: the keydown handler, React's render and the browser's style and layout.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createOperations, NotebookSession } from '../src/main/services';
import { startServer } from '../src/main/server/httpServer';
import { writeNotebookFolder } from './fixtures';
import { percentile, round } from './stats';

/** Presses counted per notebook (p95 = the 76th of 80), after WARM_UP uncounted ones; a block is one turn. */
const PRESSES = 80;
const WARM_UP = 10;
const BLOCK = 10;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rendererDir = resolve(__dirname, '..', 'out', 'renderer');

// Plain JavaScript for the page (see readerOpen.ts): dispatch ArrowDown on the focused row and
// resolve with the ms until the frame after the next row has the focus.
const PRESS_SCRIPT = `() => new Promise((done) => {
  const before = document.activeElement;
  const started = performance.now();
  before.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
  const check = () => {
    if (document.activeElement !== before && document.activeElement?.getAttribute('role') === 'option') requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
    else requestAnimationFrame(check);
  };
  // React renders a key press's update in a microtask, so look once the task is over, then per frame.
  setTimeout(check, 0);
})`;

interface Library {
  articles: number;
  page: Page;
  /** A fresh one-time launch address for each load. */
  launchUrl: () => string;
  close: () => Promise<void>;
}

async function openLibrary(browser: Browser, articles: number, root: string, log: (line: string) => void): Promise<Library> {
  log(`library keys: building ${articles} articles…`);
  const dir = join(root, `nb-${articles}.quotebook`);
  await writeNotebookFolder(dir, articles, 2);
  const session = await NotebookSession.open(dir, { backupOnOpen: false });
  const server = await startServer({ dispatcher: createOperations(session), rendererDir: join(root, 'renderer'), port: 0 });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript('window.localStorage.clear()');
  return {
    articles,
    page,
    launchUrl: server.launchUrl,
    close: async () => {
      await page.close();
      await server.close();
      await session.close();
    },
  };
}

const rowsOf = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option');

/** Loads the library page and returns the ms until its first row is shown. */
async function load(library: Library): Promise<number> {
  await library.page.bringToFront();
  const started = Date.now();
  await library.page.goto(library.launchUrl());
  await rowsOf(library.page).first().waitFor({ timeout: 120_000 });
  return Date.now() - started;
}

async function press(library: Library, count: number): Promise<number[]> {
  await library.page.bringToFront();
  await library.page.waitForTimeout(100);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await library.page.evaluate(`(${PRESS_SCRIPT})()`)) as number);
  return out;
}

/**
 * Fair by construction (issue 18): both notebooks are open in the same browser before anything is
 * counted; a page load of each is a warm-up, then loads are timed in the order large, small,
 * small, large; key presses start with uncounted ones on each page and then alternate in blocks,
 * ABBA (large, small, small, large, …), so neither size is measured first or cold.
 */
export async function libraryKeysBench(log: (line: string) => void) {
  if (!existsSync(chromiumPath)) return { skipped: `Chromium not found at ${chromiumPath}` };
  if (!existsSync(join(rendererDir, 'index.html'))) return { skipped: 'The renderer is not built: run `npm run build` first.' };
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-library-'));
  await cp(rendererDir, join(root, 'renderer'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const libraries: Library[] = [];
  try {
    const small = await openLibrary(browser, 100, root, log);
    libraries.push(small);
    const large = await openLibrary(browser, 10_000, root, log);
    libraries.push(large);

    log('library keys: page loads (warm-up, then large, small, small, large)…');
    await load(small);
    await load(large);
    const firstRow = new Map<Library, number[]>([[small, []], [large, []]]);
    for (const lib of [large, small, small, large]) firstRow.get(lib)!.push(await load(lib));

    for (const lib of [small, large]) {
      await rowsOf(lib.page).first().focus();
      await press(lib, WARM_UP);
    }
    const presses = new Map<Library, number[]>([[small, []], [large, []]]);
    const abba = [large, small, small, large];
    for (let block = 0; presses.get(small)!.length < PRESSES || presses.get(large)!.length < PRESSES; block++) {
      const lib = abba[block % abba.length]!;
      if (presses.get(lib)!.length >= PRESSES) continue;
      log(`library keys: ${lib.articles} articles, presses ${presses.get(lib)!.length + 1}–${presses.get(lib)!.length + BLOCK} of ${PRESSES}…`);
      presses.get(lib)!.push(...(await press(lib, BLOCK)));
    }

    const figures = async (lib: Library) => ({
      articles: lib.articles,
      firstRowShownMs: firstRow.get(lib)!,
      rowsInPage: await rowsOf(lib.page).count(),
      arrowDown: { p50: percentile(presses.get(lib)!, 50), p95: percentile(presses.get(lib)!, 95), samples: presses.get(lib)!.map(round) },
    });
    const smallFigures = await figures(small);
    const largeFigures = await figures(large);
    return {
      method: `both pages open; ${WARM_UP} uncounted presses each, then blocks of ${BLOCK} in ABBA order; page loads after one warm-up each, in the order large, small, small, large`,
      baseline100: smallFigures,
      large10k: largeFigures,
      ratioP50: round(largeFigures.arrowDown.p50 / smallFigures.arrowDown.p50),
      ratioP95: round(largeFigures.arrowDown.p95 / smallFigures.arrowDown.p95),
    };
  } finally {
    for (const lib of libraries) await lib.close();
    await browser.close();
    await rm(root, { recursive: true, force: true });
  }
}
