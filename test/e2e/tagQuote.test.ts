/**
 * Issue 4's "Checked by", as a new analyst would do it in the browser edition: select "Putin must
 * not win." with the mouse, press Q, make it a direct quote by Jens Stoltenberg (created inline)
 * about Vladimir Putin tagged "warning"; the highlight takes Stoltenberg's colour, survives a
 * reload and shows in the quote list; two overlapping quotes survive a reload; re-importing a
 * lightly edited version keeps every quote, showing the one whose words are gone as an orphan
 * (which the analyst then attaches to its new words); renaming and merging tags in the codebook
 * carries every quote along.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { samplePath } from '../helpers/cliRunner';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

/** Screen points at the start of `from` and the end of `to` (both inside the reader's text). */
async function textPoints(page: Page, from: string, to: string) {
  return page.evaluate(
    ([a, b]) => {
      const root = document.querySelector('.reader-text')!;
      // The words may span several text nodes (marks split them), so search their joined text.
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const joined = nodes.map((n) => n.data).join('');
      // Bring the words to the middle of the reader first: off-screen points would select
      // whatever happens to be under them.
      const first = joined.indexOf(a!);
      let offset = first;
      const host = nodes.find((n) => (offset < n.data.length ? true : ((offset -= n.data.length), false)));
      host?.parentElement?.scrollIntoView({ block: 'center' });
      const find = (needle: string, atEnd: boolean) => {
        const i = joined.indexOf(needle);
        if (i < 0) throw new Error(`"${needle}" is not in the reader`);
        let at = atEnd ? i + needle.length - 1 : i;
        const node = nodes.find((n) => (at < n.data.length ? true : ((at -= n.data.length), false)))!;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const box = range.getBoundingClientRect();
        return { x: atEnd ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
      };
      return { start: find(a!, false), end: find(b!, true) };
    },
    [from, to],
  );
}

/** Drags the mouse from the start of `from` to the end of `to`, as an analyst selects text. */
async function dragSelect(page: Page, from: string, to: string) {
  await textPoints(page, from, to);
  // Let layout settle after scrolling (far paragraphs are laid out lazily), then measure again.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { start, end } = await textPoints(page, from, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

describe('tagging quotes in the reader (browser edition)', () => {
  let app: BrowserEdition;
  let page: Page;
  const errors: string[] = [];

  const call = (op: string, input: unknown) => app.call(op, input);

  beforeAll(async () => {
    app = await startBrowserEdition('quote');
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    await page.getByRole('document', { name: 'Article text' }).getByText('Putin must not win.').waitFor({ timeout: 15_000 });
  });
  afterAll(() => app?.stop());

  it('tags “Putin must not win.” as a direct quote by Jens Stoltenberg about Vladimir Putin, tagged “warning”', async () => {
    // A rough selection: from the opening quotation mark to the space after the full stop.
    await dragSelect(page, '“Putin must', 'win. ');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Putin must not win.');
    await expect.poll(() => page.getByRole('toolbar', { name: 'Selection' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'quote-1-selected.png') });
    await page.keyboard.press('q');

    const editor = page.getByRole('region', { name: 'Selected quote' });
    await expect.poll(() => editor.locator('blockquote').textContent()).toBe('Putin must not win.');
    await editor.getByText('Direct', { exact: true }).click();
    // The speaker field has the keyboard after Q; the name is offered from the article itself.
    const speaker = editor.getByRole('combobox', { name: 'Speaker' });
    await speaker.fill('Jens Stoltenberg');
    await expect.poll(() => page.getByRole('listbox', { name: 'Speaker' }).getByRole('option').first().textContent()).toContain('Jens Stoltenberg');
    await speaker.press('Enter');
    await expect.poll(() => editor.locator('.actor-chip').first().textContent()).toContain('Jens Stoltenberg');
    const about = editor.getByRole('combobox', { name: 'About' });
    await about.fill('Vladimir Putin');
    await expect.poll(() => page.getByRole('listbox', { name: 'About' }).textContent()).toContain('Vladimir Putin');
    await about.press('Enter');
    const tags = editor.getByRole('combobox', { name: 'Tags' });
    await tags.fill('warning');
    await expect.poll(() => page.getByRole('listbox', { name: 'Tags' }).textContent()).toContain('Create tag “warning”');
    await tags.press('Enter');
    await expect.poll(() => editor.locator('.q-tag').textContent()).toContain('warning');
    // Backspace in the empty field takes the last tag off again; picking it brings it back.
    await tags.press('Backspace');
    await expect.poll(() => editor.locator('.q-tag').count()).toBe(0);
    await tags.fill('warn');
    await expect.poll(() => page.getByRole('listbox', { name: 'Tags' }).getByRole('option').first().textContent()).toBe('warning');
    await tags.press('Enter');
    await expect.poll(() => editor.locator('.q-tag').textContent()).toContain('warning');
    await page.screenshot({ path: join(shotsDir, 'quote-2-tagged.png') });
    // Escape leaves the field: a J pressed next is the shortcut, not a letter in the field.
    await tags.fill('thr');
    await expect.poll(() => page.getByRole('listbox', { name: 'Tags' }).count()).toBe(1);
    await tags.press('Escape');
    expect(await tags.evaluate((input) => input === document.activeElement)).toBe(false);
    await page.keyboard.press('j');
    expect(await tags.inputValue()).not.toContain('j');
    expect(await page.getByRole('listbox', { name: 'Tags' }).count()).toBe(0);
    // A long new tag is named in full in the list, not cut short.
    await tags.fill('threat/deterrence by denial and by punishment in the Baltic states');
    const create = page.getByRole('listbox', { name: 'Tags' }).locator('.picker-option__name').first();
    await expect.poll(() => create.textContent()).toContain('punishment in the Baltic states');
    expect(await create.evaluate((name) => name.scrollWidth <= name.clientWidth + 1)).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'tag-long-option.png') });
    await tags.fill('');

    const actors = (await call('actors:list', {})).value as { id: string; name: string; colour: string }[];
    const stoltenberg = actors.find((a) => a.name === 'Jens Stoltenberg')!;
    const putin = actors.find((a) => a.name === 'Vladimir Putin')!;
    const [warning] = (await call('tags:list', {})).value;
    // The chips show at once; the saves (each field on its own, a moment apart) land just after.
    const saved = async () => (await call('quotes:list', {})).value[0];
    await expect.poll(saved).toMatchObject({ kind: 'direct', speakerId: stoltenberg.id, aboutIds: [putin.id], tagIds: [warning.id] });
    const quote = await saved();
    expect(quote.target).toMatchObject({ exact: 'Putin must not win.' });
    // The quote's history (folded away) tells the tag going off and on again, newest first.
    await editor.getByText('History', { exact: true }).click();
    const history = editor.locator('.quote-history__list li');
    await expect.poll(() => history.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('took off the tag warning'), expect.stringContaining('added the tag warning')]));
    expect((await history.allTextContents()).join('\n')).not.toContain('not kept');
    await page.screenshot({ path: join(shotsDir, 'quote-3-history.png') });
    expect(stoltenberg.colour).not.toBe('');

    const mark = page.locator(`mark[data-quote-ids~="${quote.id}"]`);
    await expect.poll(() => mark.getAttribute('data-fill')).toBe(stoltenberg.colour);

    await page.reload();
    await expect.poll(() => mark.count(), { timeout: 15_000 }).toBe(1);
    expect(await mark.textContent()).toBe('Putin must not win.');
    expect(await mark.getAttribute('data-fill')).toBe(stoltenberg.colour);
    const list = page.getByRole('listbox', { name: 'Quotes in this article' });
    await expect.poll(() => list.textContent()).toContain('Putin must not win.');
    const card = list.getByRole('option').filter({ hasText: 'Putin must not win.' });
    // The actors load beside the article after a reload: the card names them once they are in.
    await expect.poll(() => card.textContent()).toMatch(/Jens Stoltenberg.*about Vladimir Putin.*warning/s);

    // Clicking the highlight selects the quote in the inspector.
    await mark.click();
    await expect.poll(() => card.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: join(shotsDir, 'quote-3-after-reload.png') });
  });

  it('keeps two overlapping quotes, one grown with the keyboard, across a reload', async () => {
    await dragSelect(page, 'That would show', 'aggression works');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('That would show that aggression works');
    await page.keyboard.press('q');
    await expect.poll(async () => (await call('quotes:list', {})).value.length).toBe(2);
    await page.keyboard.press('Escape');

    await dragSelect(page, 'aggression works and', 'force');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('aggression works and force');
    await page.locator('.reader-scroll').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('aggression works and force is rewarded.');
    await page.keyboard.press('q');
    await expect.poll(async () => (await call('quotes:list', {})).value.length).toBe(3);

    await page.reload();
    const overlap = page.locator('mark.rd-mark--overlap', { hasText: 'aggression works' });
    await expect.poll(() => overlap.count(), { timeout: 15_000 }).toBe(1);
    expect((await overlap.getAttribute('data-quote-ids'))!.split(' ')).toHaveLength(2);
    const list = page.getByRole('listbox', { name: 'Quotes in this article' });
    await expect.poll(() => list.getByRole('option').count()).toBe(3);
    expect(await list.textContent()).toContain('That would show that aggression works');
    expect(await list.textContent()).toContain('aggression works and force is rewarded.');
    await page.screenshot({ path: join(shotsDir, 'quote-4-overlap.png') });
  });

  it('re-imports a lightly edited version: every quote is kept, the one whose words are gone as an orphan', async () => {
    const [article] = (await call('articles:list', {})).value;
    const text: string = (await call('articles:get', { id: article.id })).value.article.text;
    const gone = 'It would be dangerous for our own security';
    const start = text.indexOf(gone);
    expect((await call('quotes:create', { articleId: article.id, start, end: start + gone.length })).ok).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('listbox', { name: 'Quotes in this article' }).getByRole('option').count(), { timeout: 15_000 }).toBe(4);

    const original = await readFile(samplePath, 'utf8');
    const edited = original
      .replace('Speaking at a joint news conference,', 'Speaking at a joint press conference in Brussels,')
      .replace('force is rewarded', 'force gets rewarded')
      .replace(' It would be dangerous for our own security, and for the whole world.', '');
    // The newer version comes as a saved web page, as it would from the outlet's site.
    const paragraphs = edited.split(/\n+/).filter((p) => p.trim());
    const escape = (p: string) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const file = join(app.dir, 'nato-china-lethal-aid-v2.html');
    await writeFile(file, `<!doctype html><html><head><title>NATO</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article><footer>© The outlet</footer></body></html>`);
    // From the command palette, by keyboard: the file chooser opens for the open article.
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('replace the open article');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
    await page.getByRole('dialog').getByRole('button', { name: 'Replace text' }).click();
    await expect.poll(() => page.locator('.toast', { hasText: 'Replaced the text' }).textContent(), { timeout: 15_000 }).toContain('1 not found');

    const quotes = (await call('quotes:list', {})).value as { target: { exact: string }; anchorStatus?: string }[];
    expect(quotes).toHaveLength(4);
    const status = Object.fromEntries(quotes.map((q) => [q.target.exact, q.anchorStatus ?? 'exact']));
    expect(status).toMatchObject({ 'Putin must not win.': 'exact', 'That would show that aggression works': 'exact', [gone]: 'orphaned' });
    expect(status['aggression works and force gets rewarded.']).toBe('fuzzy');

    const orphans = page.getByRole('listbox', { name: 'Quotes not found in the current text' });
    await expect.poll(() => orphans.textContent()).toContain(gone);
    await expect.poll(() => page.getByRole('listbox', { name: 'Quotes in this article' }).getByRole('option').count()).toBe(3);
    expect(await page.locator('mark', { hasText: 'Putin must not win.' }).count()).toBe(1);
    expect(await page.locator('.reader-header').textContent()).toContain('1 quote not found in this version of the text');
    await page.screenshot({ path: join(shotsDir, 'quote-5-reimported.png') });

    // The analyst fixes the orphan: selects it, selects its new words, and attaches it there.
    await orphans.getByRole('option').first().click();
    const orphanId = ((await call('quotes:list', {})).value as { id: string; anchorStatus?: string }[]).find((q) => q.anchorStatus === 'orphaned')!.id;
    await dragSelect(page, 'So we must sustain', 'support for Ukraine');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Attach the orphaned quote here' }).click();
    await expect.poll(() => orphans.count()).toBe(0);
    const fixed = ((await call('quotes:list', {})).value as { id: string; target: { exact: string }; anchorStatus?: string }[]).find((q) => q.id === orphanId);
    expect(fixed).toMatchObject({ target: { exact: 'So we must sustain and step up our support for Ukraine' } });
    expect(fixed!.anchorStatus).toBeUndefined();
  });

  it('undoes a replacement with the wrong file: the previous text and every quote come back', async () => {
    const before = ((await call('quotes:list', {})).value as { id: string; target: { exact: string } }[]).map((q) => [q.id, q.target.exact]);
    const wrong = join(app.dir, 'unrelated.txt');
    await writeFile(wrong, 'Weather\n\nRain is expected across the region on Sunday, forecasters said.');
    await page.getByTestId('replace-text-file').setInputFiles(wrong);
    await page.getByRole('dialog').getByRole('button', { name: 'Replace text' }).click();
    const toast = page.locator('.toast', { hasText: 'Replaced the text with “unrelated.txt”' });
    await expect.poll(() => toast.textContent()).toContain('not found');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.toast', { hasText: 'The previous text is back' }).count()).toBe(1);
    const reader = page.getByRole('document', { name: 'Article text' });
    await expect.poll(() => reader.textContent()).toContain('joint press conference in Brussels');
    const after = ((await call('quotes:list', {})).value as { id: string; target: { exact: string }; anchorStatus?: string }[]);
    expect(after.map((q) => [q.id, q.target.exact])).toEqual(before);
    expect(after.filter((q) => q.anchorStatus === 'orphaned')).toEqual([]);
  });

  it('renames and merges tags from the codebook; the quotes follow', async () => {
    await page.keyboard.press('Alt+4');
    await page.getByRole('listbox', { name: 'Tags' }).getByText('warning').click();
    const name = page.getByRole('textbox', { name: 'Tag name', exact: true });
    await name.fill('stark warning');
    await name.press('Enter');
    await expect.poll(async () => (await call('tags:list', {})).value.map((t: { name: string }) => t.name)).toEqual(['stark warning']);
    await page.keyboard.press('Alt+1');
    await page.getByRole('listbox', { name: 'Articles' }).getByText(title).click();
    const list = page.getByRole('listbox', { name: 'Quotes in this article' });
    await expect.poll(() => list.getByRole('option').filter({ hasText: 'Putin must not win.' }).textContent()).toContain('stark warning');

    // A new tag made in the codebook, given to another quote, then merged into the first.
    await page.keyboard.press('Alt+4');
    await page.getByRole('button', { name: 'New tag' }).click();
    await page.getByRole('textbox', { name: 'New tag name' }).fill('threat');
    await page.getByRole('textbox', { name: 'New tag name' }).press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Tag name', exact: true }).inputValue()).toBe('threat');
    const threat = (await call('tags:list', {})).value.find((t: { name: string }) => t.name === 'threat');
    expect(threat).toBeDefined();
    // Tag a quote of its own, so this step does not depend on what earlier steps left behind.
    const [article] = (await call('articles:list', {})).value;
    const text: string = (await call('articles:get', { id: article.id })).value.article.text;
    const words = 'We must give Ukraine what they need to win';
    const created = await call('quotes:create', { articleId: article.id, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    expect(created.ok).toBe(true);
    await call('quotes:update', { id: created.value.id, patch: { tagIds: [threat.id] } });
    await page.getByLabel('Merge into').selectOption({ label: 'stark warning' });
    await page.getByRole('button', { name: 'Merge…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
    await expect.poll(async () => (await call('tags:list', {})).value.map((t: { name: string }) => t.name)).toEqual(['stark warning']);
    const tagged = (await call('quotes:list', {})).value.filter((q: { tagIds: string[] }) => q.tagIds.length > 0);
    expect(tagged).toHaveLength(2);
    await expect.poll(() => page.getByRole('region', { name: 'Quotes with this tag' }).textContent()).toContain('2 quotes');
    await page.screenshot({ path: join(shotsDir, 'quote-6-codebook.png') });
    expect(errors).toEqual([]);
  });

  it('marks words outside quotation marks as reported speech, shown without quotation marks', async () => {
    await page.getByRole('tab', { name: /NATO/ }).click();
    await page.getByRole('document', { name: 'Article text' }).getByText(/it is urgent for NATO allies/).waitFor({ timeout: 15_000 });
    await dragSelect(page, 'it is urgent for NATO allies', 'resources to Ukraine');
    await page.keyboard.press('q');

    const words = page.getByRole('region', { name: 'Selected quote' }).locator('blockquote');
    await expect.poll(() => words.getAttribute('data-reported')).toBe('Reported');
    const saved = async () => ((await call('quotes:list', {})).value as { kind: string; target: { exact: string } }[]).find((q) => q.target.exact.startsWith('it is urgent'));
    await expect.poll(async () => (await saved())?.kind).toBe('indirect');
    // The reporter's words get a caption, not the quotation marks a direct quote is drawn with.
    const marks = () => words.evaluate((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content]);
    expect(await marks()).toEqual(['"Reported "', 'none']);
    await page.screenshot({ path: join(shotsDir, 'quote-7-reported.png') });

    // Made direct by hand, the same words stand in quotation marks again.
    await page.getByRole('region', { name: 'Selected quote' }).getByText('Direct', { exact: true }).click();
    await expect.poll(async () => (await saved())?.kind).toBe('direct');
    await expect.poll(marks).toEqual(['"“"', '"”"']);
    expect(errors).toEqual([]);
  });

  it('corrects the text by hand: a paragraph removed and a word fixed, the quotes kept, with Undo', async () => {
    const article = async () => (await call('articles:get', { id: ((await call('quotes:list', {})).value as { articleId: string }[])[0]!.articleId })).value as { article: { text: string }; quotes: { anchorStatus: string }[] };
    const before = await article();
    await page.getByRole('button', { name: 'Correct the text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct the text' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Opened from inside the reader, it still sets its text in the interface's size, not the article's.
    const sizes = await dialog.evaluate((d) => [getComputedStyle(d).fontSize, getComputedStyle(document.body).fontSize]);
    expect(sizes[0]).toBe(sizes[1]);
    const fields = dialog.getByRole('textbox');
    const labelOf = async (has: (value: string) => boolean) => {
      for (const field of await fields.all()) if (has(await field.inputValue())) return (await field.getAttribute('aria-label'))!;
      throw new Error('no such block');
    };
    const kicker = await labelOf((v) => v === 'Policy');
    await dialog.getByRole('button', { name: `Remove ${kicker}` }).click();
    const speaking = dialog.getByRole('textbox', { name: await labelOf((v) => v.startsWith('Speaking at a joint press conference')), exact: true });
    await speaking.fill((await speaking.inputValue()).replace('press conference', 'news conference'));
    await expect.poll(() => dialog.textContent()).toContain('1 block removed, 1 block edited');
    await page.screenshot({ path: join(shotsDir, 'quote-8-correct-text.png') });
    await dialog.getByRole('button', { name: 'Save corrections' }).click();

    const notice = page.getByText(/^Corrected the text\. \d+ quotes? found as before/);
    await expect.poll(() => notice.isVisible()).toBe(true);
    const after = await article();
    expect(after.article.text).not.toMatch(/^Policy$/m);
    expect(after.article.text).toContain('Speaking at a joint news conference');
    expect(after.quotes.map((q) => q.anchorStatus)).toEqual(before.quotes.map((q) => q.anchorStatus));
    await expect.poll(() => page.getByRole('document', { name: 'Article text' }).textContent()).toContain('joint news conference');

    await page.getByRole('button', { name: 'Undo' }).last().click();
    await expect.poll(async () => (await article()).article.text).toBe(before.article.text);
    expect(errors).toEqual([]);
  });
});
