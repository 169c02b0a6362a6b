/**
 * End to end: suggesting the sample article's quotes in Chromium, then accepting, editing and
 * rejecting suggestions with the keyboard and the mouse, as an analyst would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { appRoot, cli, samplePath, startServe } from '../helpers/cliRunner';
import { launchChromium } from '../helpers/browser';
import { callApi } from '../helpers/apiClient';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';
const shotsDir = resolve(appRoot, 'test-results');

describe('suggestions in the browser edition', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;
  let articleId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qb-e2e-suggest-'));
    const notebook = join(dir, 'e2e.quotebook');
    const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath]);
    expect(added.code).toBe(0);
    articleId = JSON.parse(added.stdout).article.id;
    server = await startServe(notebook);
    browser = await launchChromium();
    await mkdir(shotsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const call = (op: string, input: unknown) => callApi(server.url, op, input);
  const savedQuotes = async () => (await call('quotes:list', { articleId })).value as { target: { exact: string }; speakerId: string | null; status: string }[];

  async function openSample(page: Page) {
    await page.goto(server.url);
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await expect.poll(() => page.getByRole('document', { name: 'Article text' }).textContent(), { timeout: 10_000 }).toContain('Putin must not win.');
  }

  it('suggests, and accepts, rejects and edits suggestions by keyboard and mouse', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openSample(page);

    await page.getByRole('button', { name: 'Suggest quotes' }).click();
    const list = page.getByRole('listbox', { name: 'Suggestions to review' });
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(10);
    const offered = await list.getByRole('option').count();
    // Every suggestion is drawn as a dashed highlight in the reader, with its speaker on hover.
    await expect.poll(() => page.locator('mark[data-line]:not([data-fill])').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(shotsDir, 'suggestions-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'suggestions-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // The first suggestion has the keyboard: Enter accepts it, and the next one is selected.
    const first = (await list.getByRole('option').first().locator('blockquote').textContent())!;
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await savedQuotes()).map((q) => q.target.exact)).toEqual([first]);
    await expect.poll(() => list.getByRole('option').count()).toBe(offered - 1);

    // Delete rejects the selected one, with Undo offered; it is recorded in the article.
    const second = (await list.locator('[aria-selected="true"] blockquote').textContent())!;
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).count()).toBe(1);
    await expect.poll(async () => (await call('suggest:article', { articleId })).value.rejected).toBe(1);
    expect((await call('suggest:article', { articleId })).value.quotes.some((q: { text: string }) => q.text === second)).toBe(false);

    // E edits the speaker: pick Antony Blinken for the next suggestion, then accept with the mouse.
    const third = (await list.locator('[aria-selected="true"] blockquote').textContent())!;
    await page.keyboard.press('e');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('Blinken');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('region', { name: 'Selected suggestion' });
    await expect.poll(() => editor.textContent()).toContain('Antony Blinken');
    await editor.getByRole('button', { name: /Accept/ }).click();
    await expect.poll(async () => (await savedQuotes()).length).toBe(2);
    const actors = (await call('actors:list', {})).value as { id: string; name: string }[];
    const blinken = actors.find((a) => a.name === 'Antony Blinken');
    expect(blinken).toBeDefined();
    expect((await savedQuotes()).find((q) => q.target.exact === third)?.speakerId).toBe(blinken!.id);

    // Accept all above a confidence: everything left at 90% or more is saved at once.
    await page.getByRole('combobox', { name: 'Confidence threshold' }).selectOption('0.9');
    const button = page.getByRole('button', { name: /^Accept \d+$/ });
    const count = Number((await button.textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await button.click();
    await expect.poll(async () => (await savedQuotes()).length).toBe(2 + count);
    expect((await savedQuotes()).every((q) => q.status === 'confirmed')).toBe(true);

    // After a reload, suggesting again brings back neither the rejected nor the accepted ones.
    await page.reload();
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await page.keyboard.press('Shift+S');
    await expect.poll(() => list.getByRole('option').count()).toBe(offered - 3 - count);
    expect(await list.getByText(second).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
