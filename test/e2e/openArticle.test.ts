/**
 * End to end: the real `quotebook serve` on a temp notebook holding the sample article, driven in
 * Debian's Chromium exactly as a new user would use it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { appRoot, cli, samplePath, startServe } from '../helpers/cliRunner';
import { launchChromium } from '../helpers/browser';
import { callApi } from '../helpers/apiClient';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';
const shotsDir = resolve(appRoot, 'test-results');

describe('browser edition in Chromium', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qb-e2e-'));
    const notebook = join(dir, 'e2e.quotebook');
    const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath]);
    expect(added.code).toBe(0);
    server = await startServe(notebook);
    browser = await launchChromium();
    await mkdir(shotsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  /** Calls the API the way the renderer does, to set up data. */
  const call = (op: string, input: unknown) => callApi(server.url, op, input);

  it('refuses the app without the token', async () => {
    const page = await browser.newPage();
    const response = await page.goto(new URL(server.url).origin + '/');
    expect(response?.status()).toBe(401);
    await page.close();
  });

  it('lists the sample article and opens it in the reader with its quote highlighted', async () => {
    const [article] = (await call('articles:list', {})).value;
    const start = (await call('articles:get', { id: article.id })).value.article.text.indexOf('Putin must not win.');
    const quote = await call('quotes:create', { articleId: article.id, start, end: start + 'Putin must not win.'.length });
    expect(quote.ok).toBe(true);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(server.url);
    // The token leaves the address bar once the app has it.
    await expect.poll(() => page.url()).not.toContain('token=');

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
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
