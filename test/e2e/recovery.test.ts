/**
 * End to end (issue 11, items 8 and 9): deleting a quote a note cites names the note and asks
 * first; Ctrl+Z in the reader brings the quote back; "Deleted quotes…" restores it from the trash;
 * "Restore from a backup…" lists the backups with their date and counts and puts the notebook back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';
import { noteContent, quoteCardNode } from '../helpers/exportFixtures';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';
const words = 'Putin must not win.';

describe('deleted work stays recoverable (browser edition)', () => {
  let app: BrowserEdition;
  let page: Page;
  let quoteId: string;
  const errors: string[] = [];
  const quoteIds = async () => ((await app.callValue('quotes:list', {})) as { id: string }[]).map((q) => q.id);

  async function palette(command: string): Promise<void> {
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill(command);
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    app = await startBrowserEdition('recovery');
    const { article } = await app.callValue('articles:get', { id: app.articleId });
    const start = (article.text as string).indexOf(words);
    quoteId = (await app.callValue('quotes:create', { articleId: app.articleId, start, end: start + words.length, exact: words })).id;
    await app.callValue('notes:save', { title: 'Stoltenberg on Putin', content: noteContent(quoteCardNode(quoteId, words)) });
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await page.locator('mark', { hasText: 'Putin must not win' }).first().waitFor({ timeout: 15_000 });
  });
  afterAll(() => app?.stop());

  it('names the citing note before deleting, and Ctrl+Z in the reader undoes the delete', async () => {
    await page.locator('mark', { hasText: 'Putin must not win' }).first().click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete a quote that notes cite?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('“Stoltenberg on Putin”');
    await page.screenshot({ path: join(shotsDir, 'recovery-1-confirm-delete.png') });
    // Cancel keeps it.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await quoteIds()).toEqual([quoteId]);

    await page.locator('mark', { hasText: 'Putin must not win' }).first().click();
    await page.keyboard.press('Delete');
    await page.getByRole('dialog', { name: 'Delete a quote that notes cite?' }).getByRole('button', { name: 'Delete quote' }).click();
    await expect.poll(quoteIds).toEqual([]);
    await page.locator('.reader-scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(quoteIds).toEqual([quoteId]);
    await expect.poll(() => page.locator('mark', { hasText: 'Putin must not win' }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('Ctrl+Z undoes an edit of the quote as well', async () => {
    const kindOf = async () => ((await app.callValue('quotes:list', {})) as { kind: string }[])[0]!.kind;
    await page.locator('mark', { hasText: 'Putin must not win' }).first().click();
    await page.getByRole('radiogroup', { name: 'Kind of quote' }).getByText('Paraphrase', { exact: true }).click();
    // Pressed at once, before the notebook has answered the save: the change is recorded when it
    // is made, so the undo waits for the save and then takes it back (it used to say "nothing to undo").
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.toast', { hasText: 'Undid the change to the quote' }).count()).toBe(1);
    expect(await page.locator('.toast', { hasText: 'There is no quote change to undo.' }).count()).toBe(0);
    await expect.poll(kindOf).toBe('direct');
  });

  it('brings a deleted quote back from the trash dialog', async () => {
    await app.callValue('quotes:delete', { id: quoteId });
    await palette('Deleted quotes');
    const dialog = page.getByRole('dialog', { name: 'Deleted quotes' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain(words);
    await page.screenshot({ path: join(shotsDir, 'recovery-2-trash.png') });
    await dialog.getByRole('button', { name: 'Restore' }).first().click();
    await expect.poll(quoteIds).toEqual([quoteId]);
    await expect.poll(() => dialog.textContent()).toContain('The trash is empty');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('restores a backup chosen by its date and counts', async () => {
    await app.callValue('backups:create', { reason: 'manual' });
    await app.callValue('quotes:delete', { id: quoteId });
    await expect.poll(() => page.locator('mark', { hasText: 'Putin must not win' }).count()).toBe(0);
    await palette('Restore from a backup');
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
    await dialog.waitFor();
    const list = dialog.getByRole('list', { name: 'Backups, newest first' });
    await expect.poll(() => list.textContent()).toContain('Made by hand');
    expect(await list.textContent()).toContain('1 article · 1 quote · 1 note');
    await page.screenshot({ path: join(shotsDir, 'recovery-3-backups.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'recovery-3-backups-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await list.getByRole('listitem').filter({ hasText: 'Made by hand' }).getByRole('button', { name: /^Restore the backup/ }).click();
    await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore notebook' }).click();
    await expect.poll(quoteIds).toEqual([quoteId]);
    await expect.poll(() => page.locator('mark', { hasText: 'Putin must not win' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const backups = (await app.callValue('backups:list', {})) as { reason: string }[];
    expect(backups[0]!.reason).toBe('before-restore');
    expect(errors).toEqual([]);
  });
});
