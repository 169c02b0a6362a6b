/**
 * The library shows its first rows before the whole list has come (issue 13, "a fast open"): the
 * page asks for the first screenful, paints it, then asks for the rest. Here the whole list is
 * held back on its way, so what an analyst sees meanwhile can be looked at: the first rows with
 * the notebook's count, in place; then every article, reachable by keyboard, nothing moved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { writeNotebookFolder } from '../../bench/fixtures';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const ARTICLES = 300;

describe('the library’s first rows at 300 articles in Chromium', () => {
  let app: BrowserEdition;
  let page: Page;
  const asked: string[] = [];
  let release: () => void = () => undefined;

  beforeAll(async () => {
    app = await startBrowserEdition('first-rows', { withSample: false, prepare: (notebook) => writeNotebookFolder(notebook, ARTICLES, 2) });
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => {
      const operation = /\/api\/(articles:\w+)$/.exec(request.url())?.[1];
      if (operation) asked.push(operation);
    });
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/api/articles:list', async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(await app.launchUrl());
  });
  afterAll(() => app?.stop());

  const list = () => page.getByRole('listbox', { name: 'Articles' });
  const rows = () => list().getByRole('option');
  const firstRowBox = () => rows().first().boundingBox();

  it('shows the first rows and the notebook’s count while the whole list is on its way', async () => {
    await expect.poll(() => rows().count()).toBeGreaterThan(5);
    expect(asked[0]).toBe('articles:firstPage');
    expect(await rows().first().locator('.article-row__title').textContent()).toBe('Synthetic article 299'); // newest import first
    expect(await rows().first().getAttribute('aria-setsize')).toBe(String(ARTICLES));
    expect(await list().getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('.library-listbar__count').textContent()).toBe('300 articles');
    expect(await page.getByRole('button', { name: /^Review suggestions for all 300 articles/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'library-first-rows.png') });
  });

  it('takes in the rest without moving what is on screen, and every article is then in reach', async () => {
    const before = await firstRowBox();
    await page.locator('.pane-scroll').first().evaluate((element) => (element.scrollTop = 1_000_000));
    await expect.poll(() => page.getByText(/^Loading the other 2\d\d articles…$/).isVisible()).toBe(true);
    await page.locator('.pane-scroll').first().evaluate((element) => (element.scrollTop = 0));
    release();
    await expect.poll(() => list().getAttribute('aria-busy')).toBe(null);
    expect(await page.getByText(/^Loading the other/).count()).toBe(0);
    expect(await firstRowBox()).toEqual(before);
    expect(await page.locator('.library-listbar__count').textContent()).toBe('300 articles');
    expect(await page.getByRole('button', { name: /^Review suggestions for all 300 articles/ }).isDisabled()).toBe(false);
    expect(asked.filter((name) => name === 'articles:list')).toHaveLength(1); // asked once, not again

    await rows().first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).toBe(String(ARTICLES));
    expect(await page.evaluate(() => document.activeElement?.querySelector('.article-row__title')?.textContent)).toBe('Synthetic article 0');
    await page.screenshot({ path: join(shotsDir, 'library-all-rows.png') });
  });

  it('sorts the whole list when asked', async () => {
    await page.getByRole('combobox', { name: 'Sort articles' }).selectOption('title');
    await page.locator('.pane-scroll').first().evaluate((element) => (element.scrollTop = 0));
    const top = list().locator('[aria-posinset="1"]');
    await expect.poll(() => top.locator('.article-row__title').textContent()).toBe('Synthetic article 0');
    await top.focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.article-row__title')?.textContent)).toBe('Synthetic article 299');
  });
});
