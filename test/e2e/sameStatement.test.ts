/**
 * End to end: the same line carried by two outlets, in Chromium against the real `quotebook serve`.
 * The quote's inspector says which other article carries it and opens that article at the quote;
 * the speaker's page counts the statement once with its other source; a suggestion of the same
 * words in a third article says where they are a quote already. Screenshots in light and dark.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppPage, shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const LINE = 'We will not allow China to provide lethal aid to Russia without consequences for our relationship';

describe('the same statement in several articles, in Chromium', () => {
  let app: BrowserEdition;
  const call = (op: string, input: unknown) => app.callValue(op, input);
  let reutersQuote: string;
  let bbcQuote: string;

  /** Imports an article carrying `words` in `marks` and, unless told not to, marks the words as the speaker's quote. */
  async function carry(outlet: string, publishedAt: string, [open, close]: string, words: string, speakerId: string | null, mark = true) {
    const quoted = words;
    const text = `Blinken warns Beijing\n\n${open}${words},${close} Antony Blinken said on Sunday in Munich.\n\nThe talks ended late, ${outlet} reported.`;
    const { article } = await call('articles:createFromText', { text, title: `${outlet}: Blinken warns Beijing`, source: { outlet, publishedAt } });
    if (!mark) return { articleId: article.id as string, quoteId: '' };
    const start = text.indexOf(quoted);
    const quote = await call('quotes:create', { articleId: article.id, start, end: start + quoted.length, speakerId, kind: 'direct' });
    return { articleId: article.id as string, quoteId: quote.id as string };
  }

  beforeAll(async () => {
    app = await startBrowserEdition('same-statement', { withSample: false });
    const blinken = await call('actors:create', { name: 'Antony Blinken' });
    reutersQuote = (await carry('Reuters', '2023-02-19', '“”', LINE, blinken.id)).quoteId;
    // The BBC cut the first words and typed straight marks.
    bbcQuote = (await carry('BBC', '2023-02-20', '""', LINE.split(' ').slice(3).join(' '), blinken.id)).quoteId;
  });
  afterAll(() => app?.stop());

  const openApp = () => openAppPage(app);
  const openArticle = async (page: Page, title: string) => {
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await expect.poll(() => page.getByRole('document', { name: 'Article text' }).textContent(), { timeout: 10_000 }).toContain('Munich');
  };

  it('shows the other outlet on the quote and opens that article at its quote', async () => {
    const { page, errors } = await openApp();
    await openArticle(page, 'BBC: Blinken warns Beijing');
    await page.locator(`mark[data-quote-ids~="${bbcQuote}"]`).first().click();
    const carried = page.getByLabel('Also carried by one other article');
    await expect.poll(() => carried.textContent()).toMatch(/^Also carried by: Reuters \([^)]*19[^)]*2023\)$/);
    await page.screenshot({ path: join(shotsDir, 'same-statement-inspector-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'same-statement-inspector-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await carried.getByRole('button', { name: 'Reuters' }).click();
    const openTab = page.getByRole('tablist', { name: 'Open items' }).getByRole('tab', { selected: true });
    await expect.poll(() => openTab.textContent()).toContain('Reuters: Blinken warns Beijing');
    const selected = page.locator('mark[data-selected]');
    await expect.poll(() => selected.allTextContents().then((t) => t.join(''))).toContain('We will not allow China');
    await expect.poll(() => page.getByLabel('Also carried by one other article').textContent()).toMatch(/^Also carried by: BBC \([^)]*20[^)]*2023\)$/);
    expect(await page.locator(`[aria-label="Selected quote"][data-quote-id="${reutersQuote}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts the statement once on the speaker’s page, with its other source', async () => {
    const { page, errors } = await openApp();
    await page.click('#nav-tab-actors');
    await page.getByRole('listbox', { name: 'Actors' }).getByText('Antony Blinken', { exact: true }).click();
    const region = page.getByRole('region', { name: 'Quotes by Antony Blinken' });
    await expect.poll(() => region.locator('.actor-quote__text').count()).toBe(1);
    await expect.poll(() => page.getByRole('tab', { name: /Said/ }).textContent()).toBe('Said1');
    await expect.poll(() => page.getByText('2 quotes make 1 statement').count()).toBe(1);
    // The newest article's quote stands for the statement; the earlier outlet is its other source.
    await expect.poll(() => region.getByLabel('Also carried by one other article').textContent()).toMatch(/^Also carried by: Reuters \([^)]*19[^)]*2023\)$/);
    await page.screenshot({ path: join(shotsDir, 'same-statement-actor-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'same-statement-actor-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await region.getByRole('button', { name: 'Reuters' }).click();
    await expect.poll(() => page.locator('mark[data-selected]').allTextContents().then((t) => t.join(''))).toContain('We will not allow China');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells a suggestion of the same words in a third article where they are a quote already', async () => {
    await carry('AP', '2023-02-21', '‘’', LINE, null, false);
    const { page, errors } = await openApp();
    await openArticle(page, 'AP: Blinken warns Beijing');
    await page.getByRole('button', { name: 'Suggest quotes' }).click();
    const list = page.getByRole('listbox', { name: 'Suggestions to review' });
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(0);
    await list.getByRole('option').filter({ hasText: 'We will not allow China' }).click();
    const known = page.getByLabel(/^Already a quote in 2 other articles/);
    await expect.poll(() => known.textContent()).toMatch(/^Already a quote in: Reuters \([^)]*19[^)]*\), BBC \([^)]*20[^)]*\)$/);
    await page.screenshot({ path: join(shotsDir, 'same-statement-suggestion-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'same-statement-suggestion-dark.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
