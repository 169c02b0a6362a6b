/**
 * End to end: searching the notebook in Chromium against the real `quotebook serve` — Ctrl+Shift+F
 * opens the search view, results are grouped by article with the matched words marked, Enter opens
 * the article with the words marked and in view, and a saved search lives in the navigator and
 * counts again when the notebook changes; a word in too many places to rank says so. Screenshots
 * in light and dark; an axe audit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { appRoot } from '../helpers/cliRunner';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const axeSource = readFileSync(resolve(appRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

describe('search in Chromium', () => {
  let app: BrowserEdition;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserEdition('search');
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await app.launchUrl());
    await page.locator('#nav-tab-articles').waitFor();
  });
  afterAll(() => app?.stop());

  const results = () => page.getByRole('listbox', { name: 'Search results' });

  it('Ctrl+Shift+F searches; hits are grouped by article with the words marked; Enter opens the article at them', async () => {
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('combobox', { name: 'Search the notebook' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('"lethal aid" OR blinken');
    await expect.poll(() => results().getByRole('option').count()).toBeGreaterThan(1);
    const title = (await app.callValue('articles:get', { id: app.articleId })).article.title as string;
    expect(await results().locator('.search-group__title').allTextContents()).toEqual([title]);
    const marks = (await results().locator('mark').allTextContents()).map((t) => t.toLowerCase());
    expect(marks).toContain('blinken');
    await page.screenshot({ path: join(shotsDir, 'search-view.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'search-view-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await box.fill('blinken');
    await expect.poll(() => results().getByRole('option').count()).toBeGreaterThan(0);
    await box.press('Enter');
    const openTab = page.getByRole('tablist', { name: 'Open items' }).getByRole('tab', { selected: true });
    await expect.poll(() => openTab.textContent()).toContain(title.slice(0, 20));
    // The words are marked (a CSS highlight) and on screen.
    const marked = () => page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('search-hit');
      const range = h ? [...h][0] : undefined;
      if (!range) return null;
      const box = range.getBoundingClientRect();
      return { text: range.toString(), visible: box.top >= 0 && box.bottom <= window.innerHeight };
    });
    await expect.poll(marked).toEqual({ text: 'Blinken', visible: true });
    await page.screenshot({ path: join(shotsDir, 'search-opened.png') });
  });

  it('a saved search lives in the navigator and counts again as the notebook changes', async () => {
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('combobox', { name: 'Search the notebook' });
    await box.fill('speaker:stoltenberg');
    await expect.poll(() => page.getByRole('note').first().textContent()).toContain('No actor is called');
    await page.getByRole('button', { name: 'Save search…' }).click();
    await page.getByRole('textbox', { name: 'Name of the saved search' }).fill('Stoltenberg said');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.click('#nav-tab-search');
    const saved = page.getByRole('list', { name: 'Saved searches' });
    await expect.poll(() => saved.textContent()).toContain('Stoltenberg said0');

    // A quote by Stoltenberg saved elsewhere (here: through the API, as another window would).
    const text: string = (await app.callValue('articles:get', { id: app.articleId })).article.text;
    const start = text.indexOf('Putin must not win.');
    const speaker = await app.callValue('actors:create', { name: 'Jens Stoltenberg' });
    await app.callValue('quotes:create', { articleId: app.articleId, start, end: start + 'Putin must not win.'.length, speakerId: speaker.id });
    await expect.poll(() => saved.textContent()).toContain('Stoltenberg said1');
    await page.screenshot({ path: join(shotsDir, 'search-saved.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'search-saved-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await saved.locator('.saved-search__run', { hasText: 'Stoltenberg said' }).click();
    await expect.poll(() => results().getByRole('option').count()).toBe(1);
    await expect.poll(() => results().textContent()).toContain('Putin must not win');
  });

  it('shows an actor found by its own name once, not its name and then the same words again', async () => {
    const box = page.getByRole('combobox', { name: 'Search the notebook' });
    await box.fill('Jens Stoltenberg');
    const actorHit = results().getByRole('option').filter({ has: page.locator('.search-hit__kind--actor') });
    await expect.poll(() => actorHit.first().textContent()).toBe('ActorJens Stoltenberg');
    expect(await actorHit.first().locator('mark').count()).toBeGreaterThan(0);
  });

  it('Ctrl+P goes to an article, actor or tag by a few letters of its name', async () => {
    const title = (await app.callValue('articles:get', { id: app.articleId })).article.title as string;
    await app.callValue('actors:create', { name: 'Recep Tayyip Erdoğan', aliases: ['Turkish president'] });
    await app.callValue('tags:create', { name: 'warning' });
    await page.reload();
    await page.locator('#nav-tab-articles').waitFor();
    await page.keyboard.press('Control+P');
    const box = page.getByRole('combobox', { name: 'Go to' });
    await box.fill('nato conc');
    const places = page.getByRole('listbox', { name: 'Places' });
    await expect.poll(() => places.getByRole('option').first().textContent()).toContain(title);
    await page.screenshot({ path: join(shotsDir, 'quick-switcher.png') });
    await box.press('Enter');
    const openTab = page.getByRole('tablist', { name: 'Open items' }).getByRole('tab', { selected: true });
    await expect.poll(() => openTab.textContent()).toContain(title.slice(0, 20));

    await page.keyboard.press('Control+P');
    await box.fill('turk pres');
    await expect.poll(() => places.getByRole('option').first().textContent()).toContain('Recep Tayyip Erdoğan');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Recep Tayyip Erdoğan' }).count()).toBe(1);

    // From the palette too.
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('go to an article');
    await page.keyboard.press('Enter');
    await box.fill('warn');
    await expect.poll(() => places.getByRole('option').first().textContent()).toContain('warning');
    await page.keyboard.press('Escape');
  });

  it('a code table counts tags by tags and speakers; a number opens its quotes; CSV downloads', async () => {
    const text: string = (await app.callValue('articles:get', { id: app.articleId })).article.text;
    const [threat, aid] = [await app.callValue('tags:create', { name: 'threat' }), await app.callValue('tags:create', { name: 'aid' })];
    const words = 'That would show that aggression works';
    const start = text.indexOf(words);
    await app.callValue('quotes:create', { articleId: app.articleId, start, end: start + words.length, tagIds: [threat.id, aid.id] });
    await page.click('#nav-tab-search');
    await page.getByRole('button', { name: 'Code tables…' }).click();
    const cell = page.getByRole('button', { name: 'threat × aid: 1' });
    await expect.poll(() => cell.count()).toBe(1);
    await cell.click();
    await expect.poll(() => page.getByRole('region', { name: 'threat × aid' }).textContent()).toContain(words);
    await page.screenshot({ path: join(shotsDir, 'code-table.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'code-table-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('threat');
    await page.getByRole('combobox', { name: 'Tags by' }).selectOption('speaker');
    await expect.poll(() => page.getByRole('columnheader', { name: '(no speaker)' }).count()).toBe(1);
    await page.getByRole('region', { name: 'threat × aid' }).getByRole('button').first().click();
    const openTab = page.getByRole('tablist', { name: 'Open items' }).getByRole('tab', { selected: true });
    await expect.poll(() => openTab.textContent()).toContain('NATO');
  });

  it('a word in too many places to rank says so, and what it shows instead', async () => {
    const text = Array.from({ length: 600 }, (_, i) => `Paragraph ${i} is about the harbour.`).join('\n\n');
    await app.callValue('articles:createFromText', { text, title: 'Harbour log' });
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('combobox', { name: 'Search the notebook' });
    await box.fill('harbour');
    const note = page.getByRole('note').filter({ hasText: 'too many to rank' });
    await expect.poll(() => note.textContent()).toBe(
      'More than 500 places match, too many to rank: these are the 200 most recently added, not the best. Add words to narrow the search.',
    );
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'results' }).textContent()).toBe('200 results (the most recently added shown)');
    await page.screenshot({ path: join(shotsDir, 'search-unranked.png') });
    await box.fill('"paragraph 7"');
    await expect.poll(() => results().getByRole('option').count()).toBe(1);
    expect(await note.count()).toBe(0);
  });

  it('is in the command palette, and the view has nothing serious for axe', async () => {
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('search the notebook');
    await expect.poll(() => page.getByRole('option', { name: /Search the notebook/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+F');
    await page.evaluate(axeSource);
    const violations = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as { id: string; impact: string }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => JSON.stringify(v).slice(0, 600))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
