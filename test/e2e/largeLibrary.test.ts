/**
 * A library of many articles stays quick to move through: only the rows on screen are in the page,
 * the keyboard still reaches every article (End, PageUp, arrows), and Enter opens the one in hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeNotebookFolder } from '../../bench/fixtures';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const ARTICLES = 1000;

describe('a library of a thousand articles in Chromium', () => {
  let app: BrowserEdition;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserEdition('library', { withSample: false, prepare: (notebook) => writeNotebookFolder(notebook, ARTICLES, 2) });
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(await app.launchUrl());
  });
  afterAll(() => app?.stop());

  const rows = () => page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  const focusedRow = () => page.evaluate(() => [document.activeElement?.querySelector('.article-row__title')?.textContent, document.activeElement?.getAttribute('aria-posinset')]);

  it('keeps only the rows on screen in the page, each telling its place in the list', async () => {
    await expect.poll(() => page.locator('.library-listbar__count').textContent()).toBe('1,000 articles');
    // The count is known from the first rows on; the list is busy until every article has come.
    await expect.poll(() => page.getByRole('listbox', { name: 'Articles' }).getAttribute('aria-busy')).toBe(null);
    const inPage = await rows().count();
    expect(inPage).toBeGreaterThan(5);
    expect(inPage).toBeLessThan(60);
    expect(await rows().first().getAttribute('aria-setsize')).toBe(String(ARTICLES));
  });

  it('reaches the last article with End and opens it with Enter', async () => {
    await rows().first().focus();
    expect(await focusedRow()).toEqual(['Synthetic article 999', '1']); // newest import first
    await page.keyboard.press('End');
    await expect.poll(focusedRow).toEqual(['Synthetic article 0', String(ARTICLES)]);
    await page.keyboard.press('PageUp');
    await expect.poll(focusedRow).toEqual(['Synthetic article 10', String(ARTICLES - 10)]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).toEqual(['Synthetic article 9', String(ARTICLES - 9)]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe('Synthetic article 9');
    await page.screenshot({ path: join(shotsDir, 'library-large.png') });
  });

  it('scrolls with the mouse wheel and shows the rows that come into view', async () => {
    await page.getByRole('listbox', { name: 'Articles' }).hover();
    await page.mouse.wheel(0, -100_000); // the list is 80,000 px tall
    await expect.poll(() => rows().first().getAttribute('aria-posinset')).toBe('1');
    await page.mouse.wheel(0, 8_000);
    await expect.poll(async () => Number(await rows().first().getAttribute('aria-posinset'))).toBeGreaterThan(50);
    expect(await rows().count()).toBeLessThan(60);
  });
});
