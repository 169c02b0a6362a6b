/**
 * End to end: a quote split by its attribution (the sample's “…Russia’s war,” Stoltenberg said in
 * his opening remarks. “Putin must not win…”), accepted as one quote, is drawn in the reader as
 * two highlighted pieces of one quote, the attribution between them left plain; clicking the
 * second piece selects the quote, and the inspector shows its words joined.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

describe('a quote in pieces in the browser edition', () => {
  let app: BrowserEdition;
  let quoteId: string;

  beforeAll(async () => {
    app = await startBrowserEdition('pieces');
    const { quotes } = (await app.call('suggest:article', { articleId: app.articleId })).value as { quotes: { start: number; end: number; kind: string; text: string; pieces?: unknown[] }[] };
    const s = quotes.find((q) => q.pieces && q.text.includes('Putin must not win.'))!;
    const accepted = await app.call('suggest:accept', { articleId: app.articleId, items: [{ start: s.start, end: s.end, kind: s.kind, pieces: s.pieces, speaker: { name: 'Jens Stoltenberg' } }] });
    quoteId = accepted.value.quotes[0].id;
  });
  afterAll(() => app?.stop());

  it('highlights only the pieces, as one quote, and selects it from either piece', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await expect.poll(() => page.getByRole('document', { name: 'Article text' }).textContent(), { timeout: 10_000 }).toContain('Putin must not win.');

    const marks = page.locator(`mark[data-quote-ids~="${quoteId}"]`);
    const shown = () => marks.allTextContents().then((t) => t.join('|'));
    await expect.poll(shown).toContain('Putin must not win.');
    expect(await shown()).toContain('We are also increasingly concerned');
    expect(await shown()).not.toContain('Stoltenberg said in his opening remarks');

    await marks.last().click();
    const inspector = page.locator(`[aria-label="Selected quote"][data-quote-id="${quoteId}"]`);
    await expect.poll(() => inspector.count()).toBe(1);
    await expect.poll(() => inspector.textContent()).toContain('war, … Putin must not win.');
    await expect.poll(() => page.locator('mark[data-selected]').allTextContents().then((t) => t.join(''))).not.toContain('opening remarks');
    await page.screenshot({ path: join(shotsDir, 'quote-in-pieces.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
