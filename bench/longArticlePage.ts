/**
 * The long-article benchmark's pieces that run in or against a page: the article's text, the page
 * scripts that press a key and wait for its frame, opening an article with its suggestions shown,
 * and one round of Q, tag and J. Shared by longArticleKeys.ts and the profiling script.
 */
import type { Browser, Page } from 'playwright-core';

export const WORDS = 20_000;

/**
 * About 20,000 words: the sample's paragraphs repeated and numbered, with a short quote and its
 * cue after every other one, so the suggester finds about 900 quotes (the sample alone gives one
 * per 25 words).
 */
export function longText(sample: string): string {
  const [section, title, ...rest] = sample.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out = [section!, `${title} (long read)`];
  let words = 0;
  for (let i = 0; words < WORDS; i++) {
    const paragraph = `${rest[i % rest.length]} (${i + 1})`;
    out.push(paragraph);
    words += paragraph.split(/\s+/).length;
    if (i % 2 === 0) {
      const line = `“We will answer in part ${i + 1},” the minister said.`;
      out.push(line);
      words += line.split(/\s+/).length;
    }
  }
  return out.join('\n\n');
}

// Plain JavaScript for the page (see readerOpen.ts). Each resolves with the ms from the key press
// to the first task after the frame that shows its result.
const UNTIL_SHOWN = `(started, shown, done) => {
  const check = () => {
    if (shown()) requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
    else requestAnimationFrame(check);
  };
  // React renders a key press's update in a microtask, so look once the task is over, then per frame.
  setTimeout(check, 0);
}`;

const editorId = `() => document.querySelector('section.quote-editor')?.getAttribute('data-quote-id') ?? null`;

/** Selects words in paragraph `index` of the reader (scrolled into view first). */
export const SELECT_SCRIPT = `(index) => new Promise((done) => {
  const paragraphs = [...document.querySelectorAll('.reader-text > p')].filter((p) => p.textContent.length > 80);
  const paragraph = paragraphs[index % (paragraphs.length - 1)];
  paragraph.scrollIntoView({ block: 'center' });
  const texts = [...paragraph.querySelectorAll('[data-lexical-text]')].map((span) => span.firstChild).filter((t) => t && t.data.length > 30);
  const text = texts[0];
  window.getSelection().setBaseAndExtent(text, 2, text, Math.min(text.data.length, 70));
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(text.data.slice(2, 70)), 50)));
})`;

export const Q_SCRIPT = `() => new Promise((done) => {
  const editorId = ${editorId};
  const before = editorId();
  const started = performance.now();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true, cancelable: true }));
  (${UNTIL_SHOWN})(started, () => editorId() !== null && editorId() !== before, done);
})`;

export const TAG_SCRIPT = `() => new Promise((done) => {
  const input = document.activeElement;
  const started = performance.now();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  (${UNTIL_SHOWN})(started, () => [...document.querySelectorAll('section.quote-editor .q-tag')].some((chip) => chip.textContent.includes('bench')), done);
})`;

export const J_SCRIPT = `() => new Promise((done) => {
  const editorId = ${editorId};
  document.activeElement?.blur();
  const before = editorId();
  const started = performance.now();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
  (${UNTIL_SHOWN})(started, () => editorId() !== null && editorId() !== before, done);
})`;

export interface Reading {
  name: string;
  page: Page;
  suggestions: number;
  samples: { q: number[]; tag: number[]; j: number[]; save: number[] };
}

/** Opens `title` in a fresh page, asks for its suggestions and waits until all are drawn. */
export async function openArticle(browser: Browser, url: string, name: string, title: string): Promise<Reading> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript('window.localStorage.clear()');
  await page.goto(url);
  await page.getByRole('listbox', { name: 'Articles' }).getByText(title, { exact: true }).click();
  await page.locator('.reader-text mark').first().waitFor({ timeout: 60_000 });
  const list = page.getByRole('listbox', { name: 'Suggestions to review' });
  // On a busy machine the suggester may run out of its time limit once: ask again then.
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: /^Suggest (quotes|again)$/ }).click();
    const shown = await list.getByRole('option').first().waitFor({ timeout: 60_000 }).then(() => true, () => false);
    if (shown) break;
    if (attempt === 3) throw new Error(`No suggestions were shown for ${title}.`);
  }
  await page.waitForTimeout(500);
  const suggestions = await list.getByRole('option').count();
  return { name, page, suggestions, samples: { q: [], tag: [], j: [], save: [] } };
}

/** Runs one timed key press; the profiling script wraps it to record a profile or trace around it. */
export type Press = (key: 'q' | 'tag' | 'j', run: () => Promise<number>) => Promise<number>;

/** One round of Q, tag and J on `reading` (counted when `keep`), then the new quote is deleted. */
export async function round_(reading: Reading, index: number, keep: boolean, saves: number[], press: Press = (_key, run) => run()): Promise<void> {
  const { page } = reading;
  await page.bringToFront();
  const quotesShown = () => page.getByRole('listbox', { name: 'Quotes in this article' }).getByRole('option').count();
  const before = await quotesShown();
  await page.evaluate(`(${SELECT_SCRIPT})(${index})`);
  const q = await press('q', async () => (await page.evaluate(`(${Q_SCRIPT})()`)) as number);
  const created = await page.locator('section.quote-editor').getAttribute('data-quote-id');
  // The reader draws the new quote too (a failed update would leave the text as it was).
  await page.waitForFunction((id) => !!document.querySelector(`.reader-text mark[data-quote-ids~="${id}"]`), created, { timeout: 10_000 });

  const tags = page.getByRole('region', { name: 'Selected quote' }).getByRole('combobox', { name: 'Tags' });
  await tags.focus();
  await tags.fill('bench');
  await page.getByRole('listbox', { name: 'Tags' }).getByRole('option').first().waitFor();
  await page.waitForTimeout(50);
  const tag = await press('tag', async () => (await page.evaluate(`(${TAG_SCRIPT})()`)) as number);
  await page.waitForTimeout(300); // the tag's save

  const j = await press('j', async () => (await page.evaluate(`(${J_SCRIPT})()`)) as number);

  // Back to the new quote (K) and delete it, so the next round starts from the same article.
  await page.keyboard.press('k');
  await page.waitForFunction((id) => document.querySelector('section.quote-editor')?.getAttribute('data-quote-id') === id, created);
  await page.keyboard.press('Delete');
  await page.waitForFunction((id) => !document.querySelector(`mark[data-quote-ids~="${id}"]`), created);
  await page.waitForFunction((count) => document.querySelectorAll('[aria-label="Quotes in this article"] [role="option"]').length === count, before);
  await page.waitForTimeout(100);
  if (keep) {
    reading.samples.q.push(q);
    reading.samples.tag.push(tag);
    reading.samples.j.push(j);
    reading.samples.save.push(saves[saves.length - 1]!);
  }
}

