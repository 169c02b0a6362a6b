/**
 * Q in the browser edition while the notebook's save of the new quote is held back on its way
 * (issue 16 item 2: Q paints before the save). What the analyst sees meanwhile: the quote in the
 * inspector and the text, the speaker field with the keyboard; the notebook is not asked about
 * a quote it cannot know yet (other articles carrying it, notes citing it) until it has saved it.
 * A save that fails takes the quote out again, selects its words again and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { openAppPage, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

describe('Q before the notebook has saved the quote', () => {
  let app: BrowserEdition;
  let page: Page;
  const asked: string[] = [];
  let errors: string[];

  beforeAll(async () => {
    app = await startBrowserEdition('quote-before-save');
    ({ page, errors } = await openAppPage(app));
    page.on('request', (request) => {
      const operation = /\/api\/([\w]+:\w+)$/.exec(request.url())?.[1];
      if (operation) asked.push(operation);
    });
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await page.getByRole('document', { name: 'Article text' }).getByText('Putin must not win.').waitFor({ timeout: 15_000 });
  });
  afterAll(() => app?.stop());

  const editor = () => page.getByRole('region', { name: 'Selected quote' });
  const quoteIds = () => page.locator('.reader-text mark[data-quote-ids]').evaluateAll((marks) => [...new Set(marks.flatMap((m) => m.getAttribute('data-quote-ids')!.split(' ')))]);

  /** Selects the article's first sentence from the keyboard and presses Q. */
  async function markFirstSentence(): Promise<string> {
    await page.getByRole('document', { name: 'Article text' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(20);
    const words = await page.evaluate(() => window.getSelection()!.toString());
    await page.keyboard.press('q');
    return words;
  }

  it('shows the quote, with the keyboard in its speaker field, and asks about it only once it is saved', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/api/quotes:create', async (route: Route) => {
      await held;
      await route.continue();
    });
    const before = await quoteIds();
    const words = await markFirstSentence();
    await expect.poll(() => editor().locator('blockquote').textContent()).toBe(words);
    const id = await page.locator('section.quote-editor').getAttribute('data-quote-id');
    expect(await quoteIds()).toContain(id);
    expect(before).not.toContain(id);
    expect(await editor().getByRole('combobox', { name: 'Speaker' }).evaluate((field) => field === document.activeElement)).toBe(true);
    await expect.poll(() => asked.includes('quotes:create')).toBe(true);
    await page.waitForTimeout(300);
    expect(asked).not.toContain('quotes:sameStatement');
    expect(asked).not.toContain('notes:backlinks');

    release();
    await expect.poll(() => asked.includes('notes:backlinks') && asked.includes('quotes:sameStatement')).toBe(true);
    expect(await page.locator('section.quote-editor').getAttribute('data-quote-id')).toBe(id);
    expect(await page.getByText('Not cited in any note yet').isVisible()).toBe(true);
    await page.unroute('**/api/quotes:create');
    // Saved under the id it was shown with.
    const saved = (await app.callValue('articles:get', { id: app.articleId })) as { quotes: { id: string }[] };
    expect(saved.quotes.map((q) => q.id)).toContain(id);
    await page.keyboard.press('Escape');
  });

  it('takes the quote out again, selects its words and says why when the save fails', async () => {
    await page.route('**/api/quotes:create', (route: Route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'The disk is full.' } }) }),
    );
    await page.keyboard.press('Escape');
    const before = await quoteIds();
    // The next sentence: the first one is a quote now.
    await page.getByRole('document', { name: 'Article text' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    const words = await page.evaluate(() => window.getSelection()!.toString());
    await page.keyboard.press('q');
    const alert = page.getByText(/could not be saved, so it was taken out of the text\. The disk is full\./);
    await alert.waitFor();
    expect(await quoteIds()).toEqual(before);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(words);
    // The keyboard is back in the text (the speaker field it was in went with the quote).
    expect(await page.getByRole('document', { name: 'Article text' }).evaluate((text) => text === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await page.unroute('**/api/quotes:create');
    expect(errors).toEqual([]);
  });
});
