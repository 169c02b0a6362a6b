/**
 * Importing in the browser edition, as an analyst would: a new notebook's empty state, the sample
 * article, the Import… chooser with a mixed batch (progress, duplicates, per-file errors), Cancel,
 * drag and drop, paste, and the library's sort, filter, details editing and delete with Undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { appRoot, samplePath } from '../helpers/cliRunner';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';
import { articlePdf, buildPdf } from '../helpers/pdfBuilder';
import { buildDocx } from '../helpers/docxBuilder';

const SAMPLE_TITLE = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

describe('importing in Chromium', () => {
  let app: BrowserEdition;
  let files: string;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserEdition('import', { withSample: false });
    files = join(app.dir, 'files');
    await mkdir(files);
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(await app.launchUrl());
  });
  afterAll(async () => {
    const origin = app.origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await app?.stop();
  });

  const library = () => page.getByRole('listbox', { name: 'Articles' });
  const rows = () => library().getByRole('option');
  const panel = () => page.getByRole('region', { name: 'Import' });
  const titles = async () => (await rows().locator('.article-row__title').allTextContents()).map((t) => t.trim());

  it('offers "Import an article" and "Open the sample article" in an empty notebook, and opens the sample', async () => {
    const navigator = page.getByRole('tabpanel', { name: 'Articles' });
    await expect.poll(() => navigator.getByText('No articles yet').count()).toBe(1);
    expect(await navigator.getByRole('button', { name: 'Import an article' }).count()).toBe(1);
    // Offered once, not in the navigator and again in the empty workspace.
    expect(await page.getByRole('button', { name: 'Import an article' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Open the sample article' }).count()).toBe(1);
    await page.screenshot({ path: join(shotsDir, 'import-empty.png') });

    await navigator.getByRole('button', { name: 'Open the sample article' }).click();
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe(SAMPLE_TITLE);
    expect(await page.locator('.reader-kicker').textContent()).toBe('Policy');
    await expect.poll(titles).toEqual([SAMPLE_TITLE]);
  });

  it('imports a mixed batch from Import…, naming each bad file and the duplicate, with progress', async () => {
    const make = async (name: string, content: string | Buffer) => {
      await writeFile(join(files, name), content);
      return join(files, name);
    };
    const batch = [
      await make('page.html', readFileSync(resolve(appRoot, 'test/fixtures/import/news-page.html'))),
      await make('report.pdf', articlePdf('Alliance raises concern over arms', ['Officials said the alliance would respond.'])),
      await make('story.docx', buildDocx([{ text: 'Ministers meet in Brussels', style: 'Title' }, { text: 'By Ann Lee' }, { text: 'The ministers met on Tuesday.' }])),
      await make('notes.md', '# Markdown headline\n\nSome *notes* here.\n'),
      await make('empty.txt', ''),
      await make('scan.pdf', buildPdf([[]])),
      await make('broken.docx', Buffer.from('PK\u0003\u0004 not really a zip')),
      await make('latin1.txt', Buffer.from('caf\xe9', 'latin1')),
      await make('again.txt', readFileSync(samplePath)),
    ];
    const huge = join(files, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 50 * 1024 * 1024);
    batch.push(huge);

    await page.getByTestId('import-file-input').setInputFiles(batch);
    await expect.poll(() => panel().getByRole('status').textContent()).toMatch(/Importing \d+ of 10/);
    await expect.poll(() => panel().getByRole('status').textContent(), { timeout: 60_000 }).toBe('4 articles imported');
    const report = (await panel().textContent()) ?? '';
    expect(report).toContain('1 file was already in the notebook');
    expect(report).toContain('again.txt has the same text as');
    expect(report).toContain('5 files could not be imported');
    for (const [name, reason] of [
      ['empty.txt', 'is empty'],
      ['scan.pdf', 'has no text layer'],
      ['broken.docx', 'is not a valid Word document'],
      ['latin1.txt', 'is not valid UTF-8'],
      ['huge.txt', 'is 50.0 MB, more than the 32.0 MB'],
    ]) {
      expect(report).toContain(`${name} ${reason}`);
    }
    await page.screenshot({ path: join(shotsDir, 'import-report.png') });
    await panel().getByRole('button', { name: 'Close the import summary' }).click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['Alliance raises concern over arms', 'Markdown headline', 'Ministers meet in Brussels', SAMPLE_TITLE, SAMPLE_TITLE].sort());
  });

  it('stops between files when cancelled, keeping what was already imported', async () => {
    const page8 = readFileSync(resolve(appRoot, 'test/fixtures/import/news-page.html'), 'utf8');
    const many: string[] = [];
    for (let i = 0; i < 30; i++) {
      const path = join(files, `batch-${i}.html`);
      await writeFile(path, page8.replace('<h1 class="story__title">', `<p>Variant ${i} of the page.</p><h1 class="story__title">`).replace('Copyright 2023', `Copyright ${i}`));
      many.push(path);
    }
    const before = (await titles()).length;
    await page.getByTestId('import-file-input').setInputFiles(many);
    await panel().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => panel().getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Import cancelled: \d+ articles? added$/);
    const added = Number(/(\d+) article/.exec((await panel().getByRole('status').textContent()) ?? '')![1]);
    expect(added).toBeLessThan(30);
    expect(await panel().textContent()).toMatch(/\d+ files? (was|were) not imported because you cancelled/);
    await panel().getByRole('button', { name: 'Close the import summary' }).click();
    await expect.poll(async () => (await titles()).length).toBe(before + added);
  });

  it('imports a file dropped onto the window and opens it', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Dropped headline\n\nBy Kim Park\n\nThe dropped text.'], 'dropped.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    });
    await expect.poll(() => page.getByText('Drop to import').count()).toBe(1);
    await page.screenshot({ path: join(shotsDir, 'import-drop.png') });
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Dropped headline\n\nBy Kim Park\n\nThe dropped text. “We will rebuild the bridge by spring,” the mayor said.'], 'dropped.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe('Dropped headline');
    expect(await page.locator('.reader-meta').first().textContent()).toContain('Kim Park');
    expect(await page.getByText('Drop to import').count()).toBe(0);
    // Suggest on import (on by default): the quote is proposed at once, and nothing is saved yet.
    await expect.poll(() => page.locator('.toast', { hasText: 'Imported “Dropped headline”' }).textContent()).toContain('Quotebook suggests 1 quote');
    const suggestions = page.getByRole('listbox', { name: 'Suggestions to review' });
    await expect.poll(() => suggestions.getByRole('option').first().textContent()).toContain('We will rebuild the bridge by spring');
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe('Dropped headline');
    const [dropped] = (await app.call('articles:list', {})).value.filter((a: { title: string }) => a.title === 'Dropped headline');
    expect((await app.call('quotes:list', { articleId: dropped.id })).value).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'import-suggested.png') });
  });

  it('imports without suggestions once the analyst turns that off', async () => {
    await page.getByRole('checkbox', { name: 'Suggest as soon as an article is imported' }).uncheck();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Second drop\n\n“Nothing to see here,” she said.'], 'second.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe('Second drop');
    await expect.poll(() => page.locator('.toast', { hasText: 'Imported “Second drop”' }).count()).toBe(1);
    expect(await page.locator('.toast', { hasText: 'Imported “Second drop”' }).textContent()).not.toContain('suggests');
    expect(await page.getByRole('listbox', { name: 'Suggestions to review' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Suggest as soon as an article is imported' }).check();
  });

  it('pastes HTML as a new article with its structure, and Undo removes it', async () => {
    await library().focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<h2>World</h2><h1>Leaders agree on aid</h1><p>By Jane Doe</p><p>The leaders met on <b>Tuesday</b>.</p><blockquote><p>“We stand together,” she said.</p></blockquote><ul><li>First point</li></ul><img src="https://example.com/x.png">');
      data.setData('text/plain', 'plain fallback');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe('Leaders agree on aid');
    const reader = page.getByRole('document', { name: 'Article text' });
    await expect.poll(() => reader.locator('blockquote').textContent()).toBe('“We stand together,” she said.');
    expect(await reader.textContent()).toContain('First point');
    const toast = page.locator('.toast', { hasText: 'Pasted as a new article' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(titles).not.toContain('Leaders agree on aid');
    // Its tab closes with it.
    await expect.poll(() => page.getByRole('tab', { name: 'Leaders agree on aid' }).count()).toBe(0);
  });

  it('pastes plain text from the real clipboard with Ctrl+Shift+V', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.evaluate(() => navigator.clipboard.writeText('Clipboard headline\n\nFirst paragraph from the clipboard.\n\nSecond one.'));
    await library().focus();
    await page.keyboard.press('Control+Shift+V');
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe('Clipboard headline');
    await expect.poll(titles).toContain('Clipboard headline');
    // In a text field, pasting keeps its usual meaning.
    const filter = page.getByRole('searchbox', { name: /Filter articles/ });
    await filter.focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => filter.inputValue()).toContain('Clipboard headline');
    await filter.fill('');
  });

  it('sorts by title and by date, and filters', async () => {
    const sort = page.getByRole('combobox', { name: 'Sort articles' });
    await sort.selectOption('title');
    const byTitle = await titles();
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.replace(/^[‘“]/, '').localeCompare(b.replace(/^[‘“]/, ''), undefined, { sensitivity: 'base' })));
    await sort.selectOption('published');
    // Only the saved page and its variants have a publication date; they come first.
    expect((await rows().first().textContent()) ?? '').toContain('The Example Hill');
    await page.getByRole('searchbox', { name: /Filter articles/ }).fill('brussels');
    await expect.poll(titles).toEqual(['Ministers meet in Brussels']);
    await page.getByRole('searchbox', { name: /Filter articles/ }).fill('');
    await sort.selectOption('imported');
  });

  it('edits an article’s details (F2) and deletes it with confirmation and Undo (Delete)', async () => {
    const row = rows().filter({ hasText: 'Ministers meet in Brussels' });
    await row.focus();
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: 'Article details' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getByLabel('Authors').inputValue()).toBe('Ann Lee');
    await dialog.getByLabel('Title').fill('Ministers meet in Brussels (edited)');
    await dialog.getByLabel('Outlet').fill('Brussels Times');
    await dialog.getByLabel('Web address').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('is not a web address');
    await dialog.getByLabel('Web address').fill('https://brusselstimes.example/ministers');
    await dialog.getByLabel('Published').fill('2024-03-05');
    await page.screenshot({ path: join(shotsDir, 'import-details.png') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const edited = rows().filter({ hasText: 'Ministers meet in Brussels (edited)' });
    await expect.poll(() => edited.textContent()).toContain('Brussels Times');

    await edited.focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete this article?' });
    await expect.poll(() => confirm.textContent()).toContain('Ministers meet in Brussels (edited)');
    await page.screenshot({ path: join(shotsDir, 'import-delete.png') });
    // Escape cancels: nothing is deleted.
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await titles()).toContain('Ministers meet in Brussels (edited)');

    await edited.focus();
    await page.keyboard.press('Delete');
    await confirm.getByRole('button', { name: 'Delete article' }).click();
    await expect.poll(titles).not.toContain('Ministers meet in Brussels (edited)');
    await page.locator('.toast', { hasText: 'Deleted “Ministers meet in Brussels (edited)”' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(titles).toContain('Ministers meet in Brussels (edited)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'import-library-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
