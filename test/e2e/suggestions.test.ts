/**
 * End to end: suggesting the sample article's quotes in Chromium, then accepting, editing and
 * rejecting suggestions with the keyboard and the mouse, as an analyst would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

describe('suggestions in the browser edition', () => {
  let app: BrowserEdition;
  let articleId: string;

  beforeAll(async () => {
    app = await startBrowserEdition('suggest');
    articleId = app.articleId;
  });
  afterAll(() => app?.stop());

  const call = (op: string, input: unknown) => app.call(op, input);
  const savedQuotes = async () => (await call('quotes:list', { articleId })).value as { target: { exact: string }; speakerId: string | null; status: string }[];

  async function openSample(page: Page) {
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await expect.poll(() => page.getByRole('document', { name: 'Article text' }).textContent(), { timeout: 10_000 }).toContain('Putin must not win.');
  }

  it('suggests, and accepts, rejects and edits suggestions by keyboard and mouse', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
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
    // The Speaker field is drawn as a field (a bordered box, like About beside it), not as bare text.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.chip-field') ?? document.body).borderTopWidth)).toBe('1px');
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
    // Shift+S acts on the article shown: wait for it, as an analyst would (on a loaded machine the
    // reader's code may still be loading after the reload, and the key would reach no article).
    await expect.poll(() => page.getByRole('document', { name: 'Article text' }).textContent(), { timeout: 10_000 }).toContain('Putin must not win.');
    await page.keyboard.press('Shift+S');
    await expect.poll(() => list.getByRole('option').count()).toBe(offered - 3 - count);
    expect(await list.getByText(second).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows whom a suggestion is about, and accepting it saves them as the quote’s about-actors (issue 14)', async () => {
    const fresh = (await app.callValue('articles:createFromText', { text: 'Trade Minister Anna Berg said on Monday that Norway had broken the fishing deal.\n\n“She has not read her own plan,” said Ivo Lind, an opposition MP.\n', fileName: 'fishing.txt' })) as { article: { id: string } };
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByText('fishing').click();
    await page.getByRole('button', { name: 'Suggest quotes' }).click();
    const list = page.getByRole('listbox', { name: 'Suggestions to review' });
    await expect.poll(() => list.getByRole('option').count()).toBe(2);
    await expect.poll(() => list.getByRole('option').nth(1).textContent()).toContain('About: Anna Berg');
    await list.getByRole('option').nth(1).click();
    const editor = page.getByRole('region', { name: 'Selected suggestion' });
    await editor.getByRole('button', { name: 'Remove Anna Berg from whom it is about' }).waitFor();
    // The palette's entry puts the keyboard in the about field, as O does.
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('whom the selected suggestion');
    await page.keyboard.press('Enter');
    const aboutField = editor.getByRole('combobox', { name: 'About', exact: true });
    await expect.poll(() => aboutField.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(shotsDir, 'suggestion-about-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'suggestion-about-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await editor.getByRole('button', { name: /Accept/ }).click();
    const saved = async () => (await call('quotes:list', { articleId: fresh.article.id })).value as { aboutIds: string[] }[];
    await expect.poll(async () => (await saved()).length).toBe(1);
    const actors = (await call('actors:list', {})).value as { id: string; name: string }[];
    expect((await saved())[0]!.aboutIds).toEqual([actors.find((a) => a.name === 'Anna Berg')!.id]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
