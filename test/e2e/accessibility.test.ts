/**
 * An automated accessibility audit (axe-core, in Chromium) of the main views a new analyst meets:
 * the reader with a selected quote and its editor, suggestions, a note, the actors and tags pages,
 * the command palette, the export dialog, and the reader in the dark theme. No serious or
 * critical problem may be found (missing names, invalid ARIA, nested controls, text contrast
 * below 4.5:1). axe is injected through the automation protocol, since the page's CSP rightly
 * refuses inline scripts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { appRoot } from '../helpers/cliRunner';
import { startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const axeSource = readFileSync(resolve(appRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical problems axe finds in the page as it is now, one line each. */
async function problems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility audit in Chromium', () => {
  let app: BrowserEdition;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserEdition('a11y');
    const text: string = (await app.callValue('articles:get', { id: app.articleId })).article.text;
    const start = text.indexOf('Putin must not win.');
    const speaker = await app.callValue('actors:create', { name: 'Jens Stoltenberg' });
    const about = await app.callValue('actors:create', { name: 'Vladimir Putin' });
    const tag = await app.callValue('tags:create', { name: 'warning' });
    await app.callValue('quotes:create', { articleId: app.articleId, start, end: start + 'Putin must not win.'.length, speakerId: speaker.id, aboutIds: [about.id], tagIds: [tag.id] });
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
    await page.getByRole('document', { name: 'Article text' }).getByText('Putin must not win.').waitFor({ timeout: 15_000 });
  });
  afterAll(() => app?.stop());

  it('finds nothing serious in the reader with a selected quote, then with suggestions', async () => {
    await page.getByRole('listbox', { name: 'Quotes in this article' }).getByRole('option').first().click();
    await page.getByRole('region', { name: 'Selected quote' }).waitFor();
    expect(await problems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Suggest quotes' }).click();
    await page.getByRole('listbox', { name: 'Suggestions to review' }).waitFor();
    expect(await problems(page)).toEqual([]);
  });

  it('finds nothing serious with the selection toolbar shown', async () => {
    await page.getByRole('document', { name: 'Article text' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('toolbar', { name: 'Selection' }).waitFor();
    await page.waitForTimeout(300); // it fades in
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('finds nothing serious in the command palette and the export dialog', async () => {
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).waitFor();
    expect(await problems(page)).toEqual([]);
    // "help" finds the shortcut list by a keyword its title does not show.
    await page.getByRole('combobox', { name: 'Command' }).fill('help');
    await expect.poll(() => page.getByRole('listbox', { name: 'Commands' }).getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^Show the keyboard shortcuts/)]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('dialog', { name: 'Export' }).waitFor();
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('finds nothing serious in a note, the actors page and the codebook', async () => {
    await page.click('#nav-tab-notes');
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('toolbar', { name: 'Formatting' }).waitFor();
    // With a quote card in it, cited from the note's inspector.
    await page.getByRole('button', { name: /^Cite “Putin must not win/ }).click();
    await page.locator('.note-card').first().waitFor();
    expect(await problems(page)).toEqual([]);
    await page.click('#nav-tab-actors');
    await page.getByRole('listbox', { name: 'Actors' }).getByRole('option').first().click();
    await page.getByRole('heading', { level: 1, name: 'Jens Stoltenberg' }).waitFor();
    expect(await problems(page)).toEqual([]);
    await page.click('#nav-tab-tags');
    await page.getByRole('listbox', { name: 'Tags' }).getByRole('option').first().click();
    await page.getByRole('region', { name: 'Quotes with this tag' }).waitFor();
    expect(await problems(page)).toEqual([]);
  });

  it('finds nothing serious in the shortcut list, the article details and who-said-what', async () => {
    await page.click('#nav-tab-articles');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: /shortcuts/i }).waitFor();
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu').waitFor();
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().focus();
    await page.keyboard.press('F2');
    await page.getByRole('dialog').waitFor();
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.click('#nav-tab-actors');
    await page.getByRole('button', { name: 'Who said what about whom' }).first().click();
    await page.getByRole('table').first().waitFor();
    expect(await problems(page)).toEqual([]);
    // One speaker about one actor: the table's frame ends where the table does, not at the page's width.
    const [frame, table] = await page.locator('.wsw__table-wrap').evaluate((wrap) => [wrap.clientWidth, wrap.querySelector('table')!.offsetWidth]);
    expect(frame).toBe(table);
  });

  it('finds nothing serious in the dark theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.click('#nav-tab-articles');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
    await page.getByRole('document', { name: 'Article text' }).getByText('Putin must not win.').waitFor();
    expect(await problems(page)).toEqual([]);
  });

  it('moves between open tabs with the arrow keys, opens one with Enter and closes one with Delete', async () => {
    const tablist = page.getByRole('tablist', { name: 'Open items' });
    const tabs = tablist.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThan(2); // the article, the note, the actor and the tag are open
    const selected = () => tablist.getByRole('tab', { selected: true }).textContent();
    const focusedTab = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
    await tablist.getByRole('tab', { selected: true }).focus();
    const first = await focusedTab();
    await page.keyboard.press('ArrowRight');
    const second = await focusedTab();
    expect(second).not.toBe(first);
    expect(await selected()).toBe(first); // moving does not open
    await page.keyboard.press('Delete');
    await expect.poll(() => tabs.count()).toBe(count - 1);
    expect(await tabs.allTextContents()).not.toContain(second);
    await expect.poll(focusedTab).not.toBeNull(); // the keyboard stays in the tab list
    await page.keyboard.press('End');
    const last = await focusedTab();
    await page.keyboard.press('Enter');
    await expect.poll(selected).toBe(last);
  });
});
