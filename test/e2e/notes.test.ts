/**
 * End to end: notes in the browser edition, tried as a new user would (issue 6's "Checked by"):
 * create a note, type a heading and a paragraph with Markdown shortcuts, cite the Stoltenberg quote
 * with /quote, mention NATO with @, reload — everything is there; editing the quote's speaker
 * updates the card. Then: a deleted quote's card, words kept while the notebook was unreachable, links, pasting HTML, delete
 * with Undo and dragging a quote in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';
import { tagSampleArticle, type TaggedSample } from '../helpers/sampleTagging';

describe('notes in Chromium', () => {
  let app: BrowserEdition;
  let sample: TaggedSample;
  let origin: string;

  /** Calls the API the way the renderer does (to set up data, or to change it "elsewhere"). */
  const call = (op: string, input: unknown) => app.callValue(op, input);

  beforeAll(async () => {
    app = await startBrowserEdition('notes');
    origin = app.origin;
    const [article] = await call('articles:list', {});
    sample = await tagSampleArticle(call, article.id);
  });
  afterAll(() => app?.stop());

  /** A fresh page on the app, with every request and page error recorded. */
  async function openApp(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await app.launchUrl());
    await page.locator('#nav-tab-notes').click();
    return { page, requests, errors };
  }

  const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Note text' });
  const saved = (page: Page) => expect.poll(() => page.locator('.note-statusbar__save').textContent(), { timeout: 10_000 }).toBe('Saved');
  /** What the app does when the analyst comes back to the window: reload what may have changed elsewhere. */
  const comeBack = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const onlyOwnRequests = (requests: string[]) => requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));

  async function newNote(page: Page, title: string): Promise<void> {
    await page.getByRole('button', { name: 'New note' }).first().click();
    const titleField = page.getByRole('textbox', { name: 'Note title' });
    await expect.poll(() => titleField.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }

  it('writes a note with a heading, a card and a mention that survive a reload and follow edits', async () => {
    const { page, requests, errors } = await openApp();
    await newNote(page, 'China and the war');
    const editor = editorOf(page);

    await page.keyboard.type('# Key findings');
    await page.keyboard.press('Enter');
    await page.keyboard.type('NATO is **increasingly concerned** that China may arm Russia. As ');
    await page.keyboard.type('@NATO');
    await page.getByRole('listbox', { name: 'Actors to mention' }).getByRole('option', { name: /^NATO/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('warned:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/quote putin must not');
    await page.getByRole('listbox', { name: 'Quotes to cite' }).getByRole('option', { name: /Putin must not win/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Beijing denies it.');

    const card = editor.locator('.note-card', { hasText: 'Putin must not win' });
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => card.textContent()).toContain('Jens Stoltenberg');
    await saved(page);
    await page.screenshot({ path: join(shotsDir, 'note-light.png') });

    // Reload: the tab comes back with everything in place.
    await page.reload();
    await expect.poll(() => editor.locator('h1').textContent(), { timeout: 10_000 }).toBe('Key findings');
    expect(await editor.locator('.nt-bold').textContent()).toBe('increasingly concerned');
    expect(await editor.locator('.mention').textContent()).toBe('@NATO');
    await expect.poll(() => card.textContent()).toContain('Jens Stoltenberg');
    expect(await editor.textContent()).toContain('Beijing denies it.');
    expect(await page.getByRole('textbox', { name: 'Note title' }).inputValue()).toBe('China and the war');

    // Stored as Lexical JSON whose card and mention hold only ids (plus the cached words and name).
    const [listed] = await call('notes:list', {});
    const stored = JSON.stringify((await call('notes:get', { id: listed.id })).content);
    const quoteId = sample.quotes.find((q) => q.gold.text.startsWith('Putin must not win'))!.id;
    expect(stored).toContain(`{"type":"quote-card","version":1,"quoteId":"${quoteId}","citedText":"Putin must not win.`);
    expect(stored).toContain(`{"type":"actor-mention","version":1,"actorId":"${sample.actors.get('NATO')}","text":"NATO"}`);

    // Editing the quote's speaker (elsewhere) updates the card; renaming the actor updates the mention.
    await call('quotes:update', { id: quoteId, patch: { speakerId: sample.actors.get('Antony Blinken') } });
    await call('actors:update', { id: sample.actors.get('NATO'), patch: { name: 'North Atlantic Alliance' } });
    await comeBack(page);
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('Antony Blinken');
    await expect.poll(() => editor.locator('.mention').textContent()).toBe('@North Atlantic Alliance');

    // Clicking the card opens the article at the quote.
    await card.locator('blockquote').click();
    await expect.poll(() => page.locator('#reader-title').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('mark[data-selected]').first().textContent()).toContain('Putin must not win');

    await call('actors:update', { id: sample.actors.get('NATO'), patch: { name: 'NATO' } });
    await call('quotes:update', { id: quoteId, patch: { speakerId: sample.actors.get('Jens Stoltenberg') } });
    expect(onlyOwnRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the words of a card whose quote was deleted, and says so', async () => {
    const { page, errors } = await openApp();
    await newNote(page, 'A deleted quote');
    await page.keyboard.type('/quote lethal');
    await page.getByRole('listbox', { name: 'Quotes to cite' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await saved(page);
    const notes = await call('notes:list', {});
    const note = notes.find((n: { title: string }) => n.title === 'A deleted quote');
    const quoteId = /"quoteId":"([^"]+)"/.exec(JSON.stringify((await call('notes:get', { id: note.id })).content))![1]!;
    const text = sample.quotes.find((q) => q.id === quoteId)!.gold.text;

    await call('quotes:delete', { id: quoteId });
    await comeBack(page);
    const card = editorOf(page).locator('.note-card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('This quote was deleted');
    expect(await card.textContent()).toContain(text);
    await page.screenshot({ path: join(shotsDir, 'note-deleted-quote.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('recovers what was typed when the notebook stopped answering before it got the words', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The live channel goes through this proxy; cutting it stops this tab's words reaching the notebook.
    let cut = false;
    await page.routeWebSocket('**/api/live', (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        if (!cut) server.send(message);
      });
      server.onMessage((message) => ws.send(message));
    });
    await page.goto(await app.launchUrl());
    await page.locator('#nav-tab-notes').click();
    await newNote(page, 'Unsaved thoughts');
    await expect.poll(() => editorOf(page).getAttribute('contenteditable'), { timeout: 10_000 }).toBe('true');
    await editorOf(page).click();
    cut = true;
    await page.keyboard.type('This sentence never reached the notebook.');
    await page.waitForTimeout(600);
    const notes = await call('notes:list', {});
    const note = notes.find((n: { title: string }) => n.title === 'Unsaved thoughts');
    expect(JSON.stringify((await call('notes:get', { id: note.id })).content)).not.toContain('never reached');

    // The page goes away with the words unsent; when the note opens again they are merged back in.
    await page.reload();
    cut = false;
    await page.locator('#nav-tab-notes').click();
    await page.getByRole('option', { name: /Unsaved thoughts/ }).click();
    await expect.poll(() => editorOf(page).textContent(), { timeout: 10_000 }).toContain('This sentence never reached the notebook.');
    await expect
      .poll(async () => JSON.stringify((await call('notes:get', { id: note.id })).content), { timeout: 10_000 })
      .toContain('This sentence never reached the notebook.');
    await page.close();
  });

  it('adds only web and e-mail links, and opens one only after showing its full address', async () => {
    const { page, requests } = await openApp();
    await newNote(page, 'Links');
    await page.keyboard.type('See the alliance site');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Add link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a link' });
    await dialog.getByRole('textbox', { name: 'Address' }).fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Only web addresses');
    await dialog.getByRole('textbox', { name: 'Address' }).fill('www.nato.int/cps/en/natohq/news.htm');
    await dialog.getByRole('button', { name: 'Add link' }).click();
    const link = editorOf(page).locator('a.nt-link');
    await expect.poll(() => link.getAttribute('href')).toBe('https://www.nato.int/cps/en/natohq/news.htm');

    await link.click({ modifiers: ['Control'] });
    const confirm = page.getByRole('dialog', { name: 'Open this link in your browser?' });
    await confirm.waitFor();
    expect(await confirm.getByTestId('link-confirm-url').textContent()).toBe('https://www.nato.int/cps/en/natohq/news.htm');
    await page.screenshot({ path: join(shotsDir, 'note-link-confirm.png') });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect(onlyOwnRequests(requests)).toEqual([]);
    await page.close();
  });

  it('pastes HTML as plain blocks, the way an import sanitises it', async () => {
    const { page, requests } = await openApp();
    await newNote(page, 'Pasted');
    const html =
      '<h1 style="color:red">Report</h1><p>Hello <b onclick="window.__pwned=1">world</b><img src="https://tracker.example/x.png" onerror="window.__pwned=2"></p>' +
      '<script>window.__pwned=3</script><ul><li>one</li><li>two<a href="javascript:window.__pwned=4">click</a></li></ul>';
    await editorOf(page).evaluate((el, markup) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      data.setData('text/plain', 'Report Hello world one two');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    const editor = editorOf(page);
    await expect.poll(() => editor.locator('h2').textContent()).toBe('Report');
    expect(await editor.locator('p', { hasText: 'Hello world' }).count()).toBe(1);
    expect(await editor.locator('li').allTextContents()).toEqual(['one', 'twoclick']);
    expect(await editor.locator('img, script, a, [style*="red"], [onclick]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(onlyOwnRequests(requests)).toEqual([]);
    await page.close();
  });

  it('cites a quote dragged from the inspector, and deletes a note with Undo', async () => {
    const { page } = await openApp();
    await newNote(page, 'Dragged');
    await page.keyboard.type('Evidence:');
    const finder = page.getByRole('list', { name: 'Quotes to cite' });
    await finder.getByRole('listitem').first().waitFor();
    const item = finder.getByRole('listitem').filter({ hasText: 'Putin must not win' });
    await item.dragTo(editorOf(page));
    await expect.poll(() => editorOf(page).locator('.note-card', { hasText: 'Putin must not win' }).count()).toBe(1);
    await saved(page);

    await page.getByRole('button', { name: 'Delete note' }).click();
    const list = page.getByRole('listbox', { name: 'Notes' });
    await expect.poll(() => list.getByText('Dragged', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.getByText('Dragged', { exact: true }).count()).toBe(1);
    await expect.poll(() => editorOf(page).locator('.note-card').count(), { timeout: 10_000 }).toBe(1);

    // The list's search finds notes by their words.
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('evidence');
    expect(await list.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Dragged')]);
    await page.close();
  });

  it('cites the quote selected in an article from its inspector, which then lists the citing note', async () => {
    const { page, errors } = await openApp();
    await newNote(page, 'Cited from the reader');
    await saved(page);
    await page.locator('#nav-tab-articles').click();
    await page.getByRole('listbox', { name: 'Articles' }).getByText('NATO ‘increasingly concerned’', { exact: false }).click();
    await page.locator('mark', { hasText: 'Putin must not win' }).first().click();
    await page.getByRole('button', { name: 'Cite in note…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite in a note' });
    await dialog.getByRole('searchbox', { name: 'Find a note' }).fill('from the reader');
    await dialog.getByRole('option', { name: /Cited from the reader/ }).click();

    const card = editorOf(page).locator('.note-card', { hasText: 'Putin must not win' });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await saved(page);
    // Back in the article, the quote's inspector names the note; it opens from there.
    await card.locator('blockquote').click();
    const backlinks = page.getByRole('region', { name: 'Notes citing this' });
    await expect.poll(() => backlinks.textContent(), { timeout: 10_000 }).toContain('Cited from the reader');
    await backlinks.getByRole('button', { name: /Cited from the reader/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Note title' }).inputValue()).toBe('Cited from the reader');
    expect(errors).toEqual([]);
    await page.close();
  });
});
