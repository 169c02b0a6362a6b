/**
 * Issue 6's figure: keystroke-to-paint latency while typing in a note that holds 100 quote cards,
 * in Chromium against the browser edition, side by side with a baseline measured in the same run:
 * the same note (same paragraphs, same length of text) without the cards. A third figure, the same
 * paragraphs in a bare contenteditable typed by the browser alone, shows the machine's floor.
 * Bursts alternate between the three, so a busy moment on a shared machine hits all of them.
 *
 * Latency of one keystroke = from the keydown event's timestamp to the first task after the next
 * animation frame (the frame that paints the typed character). Chromium runs with vsync and the
 * frame-rate limit off, so the figure is the work the keystroke causes (input handling, Lexical's
 * update and reconciliation, style, layout, paint), not the wait for the display's next refresh.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createOperations, NotebookSession } from '../src/main/services';
import { startServer } from '../src/main/server/httpServer';
import { LiveHub } from '../src/main/live/liveHub';
import { syntheticText } from './fixtures';
import { percentile, round } from './stats';

const CARDS = 100;
const ROUNDS = 6;
const BURST = 40;
/** The first keystrokes of a burst warm caches up and are not counted. */
const WARM_UP = 3;
const TARGET_P95_MS = 16;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rendererDir = resolve(__dirname, '..', 'out', 'renderer');

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(value)] });
const note = (children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

/** A notebook with 10 articles × 10 quotes and two notes: 100 paragraphs with a card after each, and the same without cards. */
async function setUp(dir: string) {
  const session = await NotebookSession.open(dir, { create: true, backupOnOpen: false });
  const ops = createOperations(session);
  const call = async (op: string, input: unknown) => {
    const result = await ops.invoke(op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value as { id: string; target: { exact: string } } & { article: { id: string } };
  };
  const quotes: { id: string; exact: string }[] = [];
  for (let a = 0; a < CARDS / 10; a++) {
    const { article } = await call('articles:createFromText', { text: syntheticText(a), title: `Bench article ${a}`, source: { outlet: 'Bench Times', publishedAt: '2024-01-01' } });
    const speaker = await call('actors:create', { name: `Speaker ${a}` });
    for (let q = 0; q < 10; q++) {
      const quote = await call('quotes:create', { articleId: article.id, start: q * 40 + 1, end: q * 40 + 60, speakerId: speaker.id });
      quotes.push({ id: quote.id, exact: quote.target.exact });
    }
  }
  const words = syntheticText(99).split(/\s+/);
  const paragraphs = quotes.map((_, i) => paragraph(words.slice((i * 17) % 500, ((i * 17) % 500) + 40).join(' ')));
  const withCards = paragraphs.flatMap((p, i) => [p, { type: 'quote-card', version: 1, quoteId: quotes[i]!.id, citedText: quotes[i]!.exact }]);
  await call('notes:save', { title: 'With 100 cards', content: note(withCards) });
  await call('notes:save', { title: 'Without cards', content: note(paragraphs) });
  return { session, ops, texts: paragraphs.map((p) => p.children[0]!.text) };
}

/** Opens a note in a fresh page, waits for every card, puts the caret at the end of its middle paragraph and starts recording latencies. */
async function openNote(browser: Browser, url: string, title: string, cards: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.locator('#nav-tab-notes').click();
  await page.getByRole('listbox', { name: 'Notes' }).getByText(title, { exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('.note-card').length === n && !document.body.textContent!.includes('Looking up the quote'), cards, { timeout: 30_000 });
  const target = editor.locator('.nt-p').nth(CARDS / 2);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate(recordLatencies);
  return page;
}

/**
 * The machine's floor: the same paragraphs in a bare contenteditable, typed by the browser alone
 * (no editor, no app). What is left above it is what Quotebook's editor costs.
 */
async function openFloor(browser: Browser, paragraphs: readonly string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  await page.setContent(`<div contenteditable style="max-width:42em;margin:auto;font:17px/1.7 sans-serif">${body}</div>`);
  const target = page.locator('p').nth(CARDS / 2);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate(recordLatencies);
  return page;
}

/** Runs in the page: records, for each keydown, the time until the task after the next frame. */
function recordLatencies(): void {
  const w = window as unknown as { __latencies: number[] };
  w.__latencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

const TYPED = 'the alliance said that talks would continue despite deep concern over the war ';

/** Types a burst of keystrokes, a little apart as a person types, and returns their latencies. */
async function typeBurst(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as { __latencies: number[] }).__latencies = []));
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(TYPED[i % TYPED.length]!);
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(150);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  if (latencies.length < keystrokes) throw new Error(`Only ${latencies.length} of ${keystrokes} keystrokes were measured.`);
  return latencies.slice(WARM_UP);
}

const summary = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), max: round(Math.max(...samples)), samples: samples.length });

export async function noteTypingBench(log: (line: string) => void) {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`The interface is not built (${rendererDir} is missing). Run "npm run build" first.`);
  if (!existsSync(chromiumPath)) throw new Error(`Chromium was not found at ${chromiumPath}; set CHROMIUM_PATH.`);
  const dir = await mkdtemp(join(tmpdir(), 'qb-bench-notes-'));
  const { session, ops, texts } = await setUp(join(dir, 'bench.quotebook'));
  // The live channel as `quotebook serve` has it: a note opens as a live (Yjs) document.
  const live = new LiveHub(session.store);
  const server = await startServer({ dispatcher: ops, rendererDir, port: 0, live });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  try {
    // Both notes stay open; bursts alternate between them, so a busy moment on the machine
    // lands on both figures rather than on one.
    log('note typing: opening the note without cards and the note with 100 cards…');
    const plainPage = await openNote(browser, server.launchUrl(), 'Without cards', 0);
    const cardsPage = await openNote(browser, server.launchUrl(), 'With 100 cards', CARDS);
    const floorPage = await openFloor(browser, texts);
    const plainSamples: number[] = [];
    const cardSamples: number[] = [];
    const floorSamples: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      log(`note typing: round ${round + 1} of ${ROUNDS}…`);
      plainSamples.push(...(await typeBurst(plainPage, BURST)));
      cardSamples.push(...(await typeBurst(cardsPage, BURST)));
      floorSamples.push(...(await typeBurst(floorPage, BURST)));
    }
    const baseline = summary(plainSamples);
    const withCards = summary(cardSamples);
    const floor = summary(floorSamples);
    return {
      what: 'keystroke-to-paint latency typing in a note (Chromium, browser edition), ms',
      withCards,
      baselineWithoutCards: baseline,
      p95RatioToBaseline: round(withCards.p95 / baseline.p95),
      browserFloorBareContentEditable: floor,
      targetP95Ms: TARGET_P95_MS,
      meetsTarget: withCards.p95 <= TARGET_P95_MS,
      loadAverage: round(loadavg()[0]!),
    };
  } finally {
    await browser.close();
    await server.close();
    live.close();
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
