/**
 * End to end: the Export dialog in the browser edition, driven in Chromium — a notebook exported
 * as a Markdown folder on the server machine, a CSV downloaded, and a quote copied as Markdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';
import { parseMarkdown, quotesOf } from '../helpers/markdown';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

describe('Export dialog in Chromium', () => {
  let app: BrowserEdition;

  beforeAll(async () => {
    app = await startBrowserEdition('export');
    const [article] = (await call('articles:list', {})).value;
    const text: string = (await call('articles:get', { id: article.id })).value.article.text;
    const actor = (await call('actors:create', { name: 'Jens Stoltenberg', role: 'Secretary-General' })).value;
    for (const words of ['Putin must not win.', 'We must give Ukraine what they need to win']) {
      const start = text.indexOf(words);
      expect((await call('quotes:create', { articleId: article.id, start, end: start + words.length, speakerId: actor.id })).ok).toBe(true);
    }
  });
  afterAll(() => app?.stop());

  const call = (op: string, input: unknown) => app.call(op, input);

  async function openArticle(page: Page) {
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await expect.poll(() => page.getByRole('document', { name: 'Article text' }).textContent(), { timeout: 10_000 }).toContain('Putin must not win.');
  }

  it('exports the notebook as a Markdown folder from the keyboard, and re-exports in place', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openArticle(page);
    const out = join(app.dir, 'Exports');

    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The open article is offered first; the whole notebook is one keypress away.
    expect(await dialog.getByRole('radio', { name: /This article’s quotes/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /The whole notebook/ }).check();
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    // The dialog is taller than an 800px window: its buttons stay in view at its foot.
    const button = await dialog.getByRole('button', { name: 'Export' }).boundingBox();
    expect(button!.y + button!.height).toBeLessThanOrEqual(800);
    await dialog.getByLabel(/Folder on the computer running Quotebook/).fill(out);
    await page.screenshot({ path: join(shotsDir, 'export-dialog.png') });
    await dialog.getByRole('button', { name: 'Export' }).click();

    await expect.poll(() => dialog.textContent()).toContain(`Exported 3 files to ${out}`);
    await page.screenshot({ path: join(shotsDir, 'export-done.png') });
    const article = await readFile(join(out, 'Articles', `${title}.md`), 'utf8');
    const tree = parseMarkdown(article);
    expect(quotesOf(tree)).toHaveLength(2);
    expect((await readdir(out)).sort()).toEqual(['.quotebook-export.json', 'Actors', 'Articles', 'index.md']);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // Again, from the top bar button: nothing changed, so nothing is rewritten.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: /The whole notebook/ }).check();
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Export' }).textContent()).toContain('(3 unchanged)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the article’s quotes as CSV in the browser edition', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await openArticle(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /CSV/ }).check();
    // The browser edition's default: a folder would be a path typed by hand on the server machine.
    expect(await dialog.getByRole('radio', { name: 'Download' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'export-download-default.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe(`${title} quotes.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('article_id,article_title,')).toBe(true);
    expect(lines).toHaveLength(3); // header + one speaker row per quote
    await context.close();
  });

  it('copies the selected quote as Markdown', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    const page = await context.newPage();
    await openArticle(page);
    await page.getByRole('listbox', { name: 'Quotes in this article' }).getByText('Putin must not win.').click();
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /The selected quote/ }).check();
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    await dialog.getByRole('radio', { name: 'Copy to clipboard' }).check();
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied as Markdown' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `> Putin must not win.\n\n— Jens Stoltenberg, Secretary-General, _${title}_[^1]\n\n[^1]: ${title}. File: nato-china-lethal-aid.txt\n`,
    );
    await context.close();
  });

  it('says a missing folder next to the field, and an error message closes by itself', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.clock.install();
    await openArticle(page);
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /CSV/ }).check();
    await dialog.getByRole('radio', { name: 'Save to a folder' }).check();
    const folder = dialog.getByLabel(/Folder on the computer running Quotebook/);
    await folder.fill('');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const problem = dialog.getByText('Type the full path of the folder to export to');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await folder.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('region', { name: 'Messages' }).getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: join(shotsDir, 'export-folder-missing.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'export-folder-missing-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await folder.fill(join(app.dir, 'nowhere'));
    expect(await problem.count()).toBe(0);

    // A folder the server cannot write into (a file stands there): the failure is a message that
    // does not stay for good.
    await folder.fill(join(app.notebook, 'notebook.json'));
    await dialog.getByRole('button', { name: 'Export' }).click();
    const messages = page.getByRole('region', { name: 'Messages' }).getByRole('alert');
    await expect.poll(() => messages.count()).toBe(1);
    await page.mouse.move(0, 0);
    await page.clock.runFor(25_000);
    await expect.poll(() => messages.count()).toBe(0);
    await context.close();
  });
});
