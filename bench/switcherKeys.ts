/**
 * Issue 13 item 4's figure: each keystroke in the quick switcher (Ctrl/Cmd+P) painted within 16 ms
 * at 10,000 articles. In Chromium against the browser edition, a notebook of 10,000 articles with
 * varied made-up headlines (plus 200 actors with aliases and 100 tags); queries are typed letter by
 * letter as a person types, then erased with Backspace, so both narrowing and widening are counted.
 *
 * Latency of one keystroke = from the keydown's timestamp until the task after the first animation
 * frame in which the switcher's rows are those for what the box holds (the list's `data-query`
 * equals the box's value): the ranking, React's render, style, layout and paint. Chromium runs with
 * vsync and the frame-rate limit off (as noteTyping does), so the figure is the work, not the wait
 * for the display. Two baselines, measured in the same run in bursts that alternate with the
 * switcher's: the same keystrokes typed into a bare <input> added to the app's page (another tab
 * of the same notebook, the library showing: the page's own style, layout and paint per frame),
 * and into a bare <input> on an empty page (the browser alone). With
 * QUOTEBOOK_BENCH_BASELINE_RENDERER=<another build's out/renderer> that build's switcher is measured
 * too, against the same notebook and owner, its bursts taking turns with this build's.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createOperations, NotebookSession } from '../src/main/services';
import { startServer } from '../src/main/server/httpServer';
import { syntheticArticle, syntheticNotebook } from './fixtures';
import { percentile, round, seededRandom } from './stats';

const ARTICLES = Number(process.env.SWITCHER_ARTICLES ?? 10_000);
const ROUNDS = Number(process.env.SWITCHER_ROUNDS ?? 6);
/** Uncounted keystrokes at the start of each burst (caches, the first render of a new list). */
const WARM_UP = 2;
const TARGET_P95_MS = 16;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rendererDir = resolve(__dirname, '..', 'out', 'renderer');
/** Another build's renderer folder whose switcher is measured beside this one (e.g. main's). */
const baselineDir = process.env.QUOTEBOOK_BENCH_BASELINE_RENDERER;

const WORDS = (
  'minister talks alliance sanctions summit border ceasefire election parliament budget energy pipeline ' +
  'grain exports drones missiles refugees inflation central bank strike protest court ruling treaty ' +
  'nuclear plant frigate harbour baltic arctic shipment aid weapons envoy visit warning threat veto ' +
  'vote coalition cabinet reshuffle crisis debt bonds tariffs steel chips satellite launch cyber attack ' +
  'hospital vaccine flood drought harvest wildfire storm migration asylum quota fishing rights'
).split(' ');

/** What is typed, each letter one keystroke, then each erased with Backspace. */
const QUERIES = ['minister talks', 'baltic', 'jst', 'nato conc', 'sanct summ', 'grain exp', 'zzq', 'harbour frig'];

/** A headline of 5–10 words from the vocabulary, different for each article. */
function headline(i: number): string {
  const random = seededRandom(i + 7);
  const n = 5 + Math.floor(random() * 6);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  return `${words.join(' ')} (${i})`.replace(/^./u, (c) => c.toUpperCase());
}

export async function writeNotebook(dir: string): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'notes'), { recursive: true });
  const notebook = syntheticNotebook();
  const at = '2024-01-01T00:00:00.000Z';
  notebook.actors = Array.from({ length: 200 }, (_, i) => ({
    id: `act_b${i}`, name: `${headline(i + 50_000).split(' ').slice(0, 2).join(' ')} ${i}`, kind: 'person' as const, aliases: [`Alias ${i}`],
    role: '', affiliationId: null, externalIds: {}, description: '', colour: '', createdAt: at, updatedAt: at,
  }));
  notebook.tags = Array.from({ length: 100 }, (_, i) => ({ id: `tag_b${i}`, name: `${WORDS[i % WORDS.length]} ${i}`, parentId: null, colour: '', description: '', createdAt: at, updatedAt: at }));
  await writeFile(join(dir, 'notebook.json'), JSON.stringify(notebook));
  for (let i = 0; i < ARTICLES; i += 64) {
    await Promise.all(
      Array.from({ length: Math.min(64, ARTICLES - i) }, (_, k) => {
        const file = syntheticArticle(i + k, 1);
        file.article.title = headline(i + k);
        return writeFile(join(dir, 'articles', `${file.article.id}.json`), JSON.stringify(file));
      }),
    );
  }
}

/**
 * Runs in the page: for each keydown, the ms until the task after the first frame in which `ready()`
 * holds. `ready` is given as source text (the page has no access to this module).
 */
const RECORDER = `(readySource) => {
  const ready = new Function('return (' + readySource + ')()');
  window.__latencies = [];
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    const frame = () => {
      if (!ready()) return requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__latencies.push(performance.now() - start);
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  }, true);
}`;
const SWITCHER_READY = `() => { const box = document.querySelector('input[aria-label="Go to"]'); const list = document.querySelector('[role=listbox][aria-label="Places"]'); return !!box && !!list && list.dataset.query === box.value; }`;
const FLOOR_READY = `() => true`;

/** Types `query` letter by letter and erases it, a little apart as a person types; returns the latencies. */
async function typeBurst(page: Page, query: string): Promise<number[]> {
  await page.bringToFront();
  await page.evaluate('window.__latencies = []');
  for (const ch of query) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(30);
  }
  for (let i = 0; i < query.length; i++) {
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const latencies = (await page.evaluate('window.__latencies')) as number[];
  if (latencies.length < query.length * 2) throw new Error(`Only ${latencies.length} of ${query.length * 2} keystrokes were measured.`);
  return latencies.slice(WARM_UP);
}

const summary = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), max: round(Math.max(...samples)), samples: samples.length });

export async function switcherKeysBench(log: (line: string) => void) {
  if (!existsSync(chromiumPath)) return { skipped: `Chromium not found at ${chromiumPath}` };
  if (!existsSync(join(rendererDir, 'index.html'))) return { skipped: 'The renderer is not built: run `npm run build` first.' };
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-switcher-'));
  await cp(rendererDir, join(root, 'renderer'), { recursive: true });
  log(`switcher: writing ${ARTICLES} articles…`);
  const dir = join(root, 'nb.quotebook');
  await writeNotebook(dir);
  const session = await NotebookSession.open(dir, { backupOnOpen: false });
  const dispatcher = createOperations(session);
  const server = await startServer({ dispatcher, rendererDir: join(root, 'renderer'), port: 0 });
  if (baselineDir) await cp(resolve(baselineDir), join(root, 'baseline-renderer'), { recursive: true });
  const baselineServer = baselineDir ? await startServer({ dispatcher, rendererDir: join(root, 'baseline-renderer'), port: 0 }) : null;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  try {
    const openSwitcher = async (launchUrl: string) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript('window.localStorage.clear()');
      await page.goto(launchUrl);
      await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 });
      await page.keyboard.press('Control+p');
      const box = page.getByRole('combobox', { name: 'Go to' });
      await box.waitFor();
      await box.focus();
      await page.evaluate(`(${RECORDER})(${JSON.stringify(SWITCHER_READY)})`);
      return page;
    };
    const app = await openSwitcher(server.launchUrl());
    const base = baselineServer ? await openSwitcher(baselineServer.launchUrl()) : null;
    // How many rows are in the page (not how many match) with the box empty.
    const entries = await app.evaluate(`document.querySelectorAll('[role=listbox][aria-label="Places"] [role=option]').length`);

    const floor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await floor.setContent('<input aria-label="bare" style="font:16px sans-serif;width:40em">');
    await floor.locator('input').focus();
    await floor.evaluate(`(${RECORDER})(${JSON.stringify(FLOOR_READY)})`);

    const appInput = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await appInput.addInitScript('window.localStorage.clear()');
    await appInput.goto(server.launchUrl());
    await appInput.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 });
    await appInput.evaluate(`document.body.insertAdjacentHTML('beforeend', '<input aria-label="bare" style="position:fixed;top:8px;left:30%;width:30em;z-index:9">')`);
    await appInput.locator('input[aria-label="bare"]').focus();
    await appInput.evaluate(`(${RECORDER})(${JSON.stringify(FLOOR_READY)})`);

    log('switcher: warm-up…');
    await typeBurst(app, QUERIES[0]!);
    await typeBurst(floor, QUERIES[0]!);
    await typeBurst(appInput, QUERIES[0]!);
    if (base) await typeBurst(base, QUERIES[0]!);
    const switcher: number[] = [];
    const baseSwitcher: number[] = [];
    const bare: number[] = [];
    const inApp: number[] = [];
    const perQuery: Record<string, number[]> = Object.fromEntries(QUERIES.map((q) => [q, []]));
    for (let r = 0; r < ROUNDS; r++) {
      log(`switcher: round ${r + 1} of ${ROUNDS}…`);
      for (const [i, query] of QUERIES.entries()) {
        // Within a round the order turns around on every other query, so no case is always first.
        const cases = base ? ['app', 'appInput', 'base', 'floor'] : ['app', 'appInput', 'floor'];
        const order = (i + r) % 2 === 0 ? cases : [...cases].reverse();
        for (const which of order) {
          if (which === 'base') baseSwitcher.push(...(await typeBurst(base!, query)));
          else if (which === 'app') {
            const samples = await typeBurst(app, query);
            switcher.push(...samples);
            perQuery[query]!.push(...samples);
          } else if (which === 'appInput') inApp.push(...(await typeBurst(appInput, query)));
          else bare.push(...(await typeBurst(floor, query)));
        }
      }
    }
    const s = summary(switcher);
    const b = summary(bare);
    const a = summary(inApp);
    return {
      what: 'quick switcher keystroke to the painted frame showing its rows (Chromium, browser edition, vsync off), ms',
      articles: ARTICLES,
      rowsShownWhenEmpty: entries,
      switcher: s,
      baselineInputOnAppPage: a,
      baselineBareInput: b,
      p50OverAppPageInput: round(s.p50 / a.p50),
      p95OverAppPageInput: round(s.p95 / a.p95),
      p50OverBareInput: round(s.p50 / b.p50),
      p95OverBareInput: round(s.p95 / b.p95),
      ...(baseSwitcher.length
        ? {
            baselineSwitcher: { renderer: baselineDir, ...summary(baseSwitcher) },
            baselineSwitcherP50OverThis: round(summary(baseSwitcher).p50 / s.p50),
            baselineSwitcherP95OverThis: round(summary(baseSwitcher).p95 / s.p95),
          }
        : {}),
      perQueryP95: Object.fromEntries(Object.entries(perQuery).map(([q, v]) => [q, percentile(v, 95)])),
      targetP95Ms: TARGET_P95_MS,
      meetsTarget: s.p95 <= TARGET_P95_MS,
      loadAverage: round(loadavg()[0]!),
    };
  } finally {
    await browser.close();
    await server.close();
    await baselineServer?.close();
    await session.close();
    await rm(root, { recursive: true, force: true });
  }
}
