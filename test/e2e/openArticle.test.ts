/**
 * End to end: the real `quotebook serve` on a temp notebook holding the sample article, driven in
 * Debian's Chromium exactly as a new user would use it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

describe('browser edition in Chromium', () => {
  let app: BrowserEdition;

  beforeAll(async () => {
    app = await startBrowserEdition('open');
  });
  afterAll(() => app?.stop());

  /** Calls the API the way the renderer does, to set up data. */
  const call = (op: string, input: unknown) => app.call(op, input);

  it('opened without a launch address (a new tab, a bookmark), the app says it has no access and how to get in', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.origin + '/');
    const notice = page.getByRole('alert', { name: 'No access to the notebook' });
    await expect.poll(() => notice.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await notice.textContent()).toContain('quotebook serve --new-address');
    await expect.poll(() => page.getByRole('listbox', { name: 'Articles' }).getByText(title).count()).toBe(0);
    await page.close();
  });

  it('lists the sample article and opens it in the reader with its quote highlighted', async () => {
    const [article] = (await call('articles:list', {})).value;
    const start = (await call('articles:get', { id: article.id })).value.article.text.indexOf('Putin must not win.');
    const quote = await call('quotes:create', { articleId: article.id, start, end: start + 'Putin must not win.'.length });
    expect(quote.ok).toBe(true);

    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(await app.launchUrl());
    // The launch code leaves the address bar once the app has traded it.
    await expect.poll(() => page.url()).not.toContain('launch=');

    const library = page.getByRole('listbox', { name: 'Articles' });
    await library.getByText(title).click();

    const text = page.getByRole('document', { name: 'Article text' });
    await expect.poll(() => text.textContent(), { timeout: 10_000 }).toContain('Putin must not win.');
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe(title);
    const mark = page.locator('mark', { hasText: 'Putin must not win.' });
    expect(await mark.count()).toBe(1);
    // The text cannot be edited.
    expect(await text.getAttribute('contenteditable')).toBe('false');
    await expect.poll(() => page.getByRole('listbox', { name: 'Quotes in this article' }).textContent()).toContain('Putin must not win.');

    await page.screenshot({ path: join(shotsDir, 'reader-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'reader-dark.png') });

    // Reload: the article list survives and nothing but our own server was contacted.
    await page.reload();
    await expect.poll(() => library.getByText(title).count()).toBe(1);
    const origin = app.origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
