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
import { chromium, type Browser } from 'playwright-core';
import { createOperations, NotebookSession } from '../src/main/services';
import { startServer } from '../src/main/server/httpServer';
import { writeNotebookFolder } from './fixtures';
import { percentile, round } from './stats';

const PRESSES = 60;
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

async function measure(browser: Browser, articles: number, root: string, log: (line: string) => void) {
  const dir = join(root, `nb-${articles}.quotebook`);
  await writeNotebookFolder(dir, articles, 2);
  const session = await NotebookSession.open(dir, { backupOnOpen: false });
  const server = await startServer({ dispatcher: createOperations(session), rendererDir: join(root, 'renderer'), port: 0 });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript('window.localStorage.clear()');
    const loadStarted = Date.now();
    await page.goto(server.url);
    const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
    await rows.first().waitFor({ timeout: 120_000 });
    const firstRowMs = Date.now() - loadStarted;
    await rows.first().focus();
    await page.waitForTimeout(300);
    const presses: number[] = [];
    for (let i = 0; i < PRESSES; i++) {
      if (i % 20 === 0) log(`library keys: ${articles} articles, press ${i + 1} of ${PRESSES}…`);
      presses.push((await page.evaluate(`(${PRESS_SCRIPT})()`)) as number);
    }
    const rowsInPage = await rows.count();
    await page.close();
    return { articles, firstRowShownMs: firstRowMs, rowsInPage, arrowDown: { p50: percentile(presses, 50), p95: percentile(presses, 95), samples: presses.map(round) } };
  } finally {
    await server.close();
    await session.close();
  }
}

export async function libraryKeysBench(log: (line: string) => void) {
  if (!existsSync(chromiumPath)) return { skipped: `Chromium not found at ${chromiumPath}` };
  if (!existsSync(join(rendererDir, 'index.html'))) return { skipped: 'The renderer is not built: run `npm run build` first.' };
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-library-'));
  await cp(rendererDir, join(root, 'renderer'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const small = await measure(browser, 100, root, log);
    const large = await measure(browser, 10_000, root, log);
    return { baseline100: small, large10k: large, ratioP95: round(large.arrowDown.p95 / small.arrowDown.p95) };
  } finally {
    await browser.close();
    await rm(root, { recursive: true, force: true });
  }
}
