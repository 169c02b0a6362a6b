/**
 * End to end: one notebook, two tabs of the browser edition. Both type into one note at the same
 * time and both texts are there after a reload; a quote tagged in one tab shows up in the other
 * without touching it; a change made on the command line's way in (the API) reaches both.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppPage, shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

describe('a live notebook in two tabs', () => {
  let app: BrowserEdition;
  const call = (op: string, input: unknown) => app.callValue(op, input);

  beforeAll(async () => {
    app = await startBrowserEdition('live');
  });
  afterAll(() => app?.stop());

  const openTab = () => openAppPage(app);

  const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Note text' });
  const noteText = (page: Page) => editorOf(page).innerText();

  it('merges two tabs typing in one note at once, and keeps both after a reload', async () => {
    const note = await call('notes:save', {
      title: 'Shared brief',
      content: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: 'First line.' }] },
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: 'Second line.' }] },
      ] } },
    });
    const one = await openTab();
    const two = await openTab();
    for (const { page } of [one, two]) {
      await page.locator('#nav-tab-notes').click();
      await page.getByRole('option', { name: /Shared brief/ }).click();
      await expect.poll(() => noteText(page), { timeout: 15_000 }).toContain('Second line.');
    }
    // Each tab puts its caret at the end of a different paragraph, then both type at once.
    await editorOf(one.page).getByText('First line.').click();
    await one.page.keyboard.press('End');
    await editorOf(two.page).getByText('Second line.').click();
    await two.page.keyboard.press('End');
    await Promise.all([one.page.keyboard.type(' Typed in tab one.', { delay: 15 }), two.page.keyboard.type(' Typed in tab two.', { delay: 15 })]);

    for (const { page } of [one, two]) {
      await expect.poll(() => noteText(page), { timeout: 15_000 }).toContain('Typed in tab one.');
      await expect.poll(() => noteText(page), { timeout: 15_000 }).toContain('Typed in tab two.');
    }
    await one.page.screenshot({ path: join(shotsDir, 'live-note-two-tabs.png') });

    // On disk (through the API, as any other front door would read it) and after a reload.
    await expect
      .poll(async () => JSON.stringify((await call('notes:get', { id: note.id })).content), { timeout: 15_000 })
      .toMatch(/First line\. Typed in tab one\.[\s\S]*Second line\. Typed in tab two\./);
    await two.page.reload();
    await two.page.locator('#nav-tab-notes').click();
    await two.page.getByRole('option', { name: /Shared brief/ }).click();
    await expect.poll(() => noteText(two.page), { timeout: 15_000 }).toMatch(/First line\. Typed in tab one\.\s+Second line\. Typed in tab two\./);
    expect([...one.errors, ...two.errors]).toEqual([]);
    await one.page.close();
    await two.page.close();
  });

  it('shows a change made elsewhere in an open tab within a second, without touching it', async () => {
    const { page, errors } = await openTab();
    const before = (await call('actors:list', {})).length;
    await page.locator('#nav-tab-actors').click();
    await expect.poll(() => page.getByRole('option').count()).toBe(before);
    await call('actors:create', { name: 'Kaja Kallas', kind: 'person' });
    await expect.poll(() => page.getByRole('option', { name: /Kaja Kallas/ }).count(), { timeout: 3_000 }).toBe(1);

    await page.locator('#nav-tab-articles').click();
    await page.getByRole('option').first().click();
    const article = await call('articles:get', { id: app.articleId });
    const words = 'increasingly concerned';
    const start = article.article.text.indexOf(words);
    await expect.poll(() => page.locator('mark').count()).toBe(0);
    await call('quotes:create', { articleId: app.articleId, start, end: start + words.length, kind: 'paraphrase' });
    await expect.poll(() => page.locator('mark', { hasText: words }).count(), { timeout: 3_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
