/**
 * End to end: actor pages, the who-said-what table, merging with Undo and the new-actor form, in
 * Chromium against the real `quotebook serve`, on the sample article tagged as its gold file says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openAppPage, shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';
import { innerQuoteMarks } from '../../src/renderer/src/ui/format';
import { TINTS } from '../../src/shared/palette';
import { gold, sampleTags, tagSampleArticle, type TaggedSample } from '../helpers/sampleTagging';

describe('actors in Chromium', () => {
  let app: BrowserEdition;
  let sample: TaggedSample;

  /** Calls the API as the renderer does; throws on an error value. */
  const call = (op: string, input: unknown) => app.callValue(op, input);

  beforeAll(async () => {
    app = await startBrowserEdition('actors');
    const [article] = await call('articles:list', {});
    sample = await tagSampleArticle(call, article.id);
  });
  afterAll(() => app?.stop());

  async function openApp(): Promise<{ page: Page; errors: string[] }> {
    const opened = await openAppPage(app);
    await opened.page.click('#nav-tab-actors');
    return opened;
  }
  const actorList = (page: Page) => page.getByRole('listbox', { name: 'Actors' });
  const quoteTexts = (page: Page, region: string) => page.getByRole('region', { name: region }).locator('.actor-quote__text').allTextContents();
  /**
   * A direct quote shows inner double marks as single ones (“a ‘b’ c”); reported speech stands in
   * no marks, so it keeps the article's own. The gold file has the article's own marks.
   */
  const shown = (quotes: { kind: string; text: string }[]) => quotes.map((q) => (q.kind === 'direct' ? innerQuoteMarks(q.text) : q.text));

  it('shows Stoltenberg’s quotes on his page, filters them by tag, and jumps to one in its article', async () => {
    const { page, errors } = await openApp();
    await actorList(page).getByText('Jens Stoltenberg', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Jens Stoltenberg' }).count()).toBe(1);
    const his = gold.quotes.filter((q) => q.speaker === 'Jens Stoltenberg');
    await expect.poll(() => quoteTexts(page, 'Quotes by Jens Stoltenberg')).toEqual(shown(his));
    await expect.poll(() => page.getByRole('tab', { name: /Said/ }).textContent()).toBe(`Said${his.length}`);
    await page.screenshot({ path: join(shotsDir, 'actor-page.png') });

    const warnings = his.filter((q) => sampleTags.Warning!.test(q.text));
    await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: `Warning (${warnings.length})` });
    await expect.poll(() => quoteTexts(page, 'Quotes by Jens Stoltenberg')).toEqual(shown(warnings));
    await expect.poll(() => page.getByText(`Showing ${warnings.length} of ${his.length} quotes`).count()).toBe(1);

    await page.getByRole('region', { name: 'Quotes by Jens Stoltenberg' }).getByText('Putin must not win', { exact: false }).click();
    const selected = page.locator('mark[data-selected]');
    await expect.poll(() => selected.allTextContents().then((t) => t.join(''))).toContain('Putin must not win.');
    const openTab = page.getByRole('tablist', { name: 'Open items' }).getByRole('tab', { selected: true });
    await expect.poll(() => openTab.textContent()).toContain('NATO ‘increasingly concerned’');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the quotes about NATO on NATO’s page', async () => {
    const { page } = await openApp();
    await actorList(page).getByText('NATO', { exact: true }).click();
    await page.getByRole('tab', { name: /About/ }).click();
    const about = gold.quotes.filter((q) => q.about?.includes('NATO')).map((q) => q.text);
    await expect.poll(() => quoteTexts(page, 'Quotes about NATO')).toEqual(about);
    await page.close();
  });

  it('counts who said what about whom and opens the quotes behind a cell', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Who said what about whom' }).first().click();
    const cell = page.getByRole('button', { name: 'Wang Wenbin about United States: 3 quotes' });
    await expect.poll(() => cell.count()).toBe(1);
    await cell.click();
    const expected = gold.quotes.filter((q) => q.speaker === 'Wang Wenbin' && q.about?.includes('United States'));
    await expect.poll(() => quoteTexts(page, 'Wang Wenbin about United States')).toEqual(shown(expected));
    expect(await page.locator('svg.flow-chart path.flow-chart__band').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shotsDir, 'who-said-what.png'), fullPage: true });
    await page.close();
  });

  it('merges a duplicate from the review, keeping its quotes, and undoes the merge', async () => {
    const dup = await call('actors:create', { name: 'J. Stoltenberg' });
    const [quote] = sample.quotes.filter((q) => q.gold.speaker === 'Jens Stoltenberg');
    await call('quotes:update', { id: quote!.id, patch: { speakerId: dup.id } });
    const { page } = await openApp();
    await page.getByRole('button', { name: /likely duplicate/ }).click({ timeout: 10_000 });
    const pair = page.getByRole('listitem', { name: 'Jens Stoltenberg and J. Stoltenberg' });
    await pair.getByRole('button', { name: 'Merge into Jens Stoltenberg' }).click({ timeout: 5000 });
    await expect.poll(() => page.locator('.toast').allTextContents().then((t) => t.join(' '))).toMatch(/Merged “J\. Stoltenberg” into “Jens Stoltenberg”; 1 quote moved/);
    await expect.poll(async () => (await call('quotes:list', {})).find((q: { id: string }) => q.id === quote!.id).speakerId).toBe(sample.actors.get('Jens Stoltenberg'));
    expect(await call('quotes:list', {})).toHaveLength(gold.quotes.length);

    await page.getByRole('button', { name: 'Undo' }).click({ timeout: 5000 });
    await expect.poll(async () => (await call('quotes:list', {})).find((q: { id: string }) => q.id === quote!.id).speakerId).toBe(dup.id);
    await expect.poll(() => actorList(page).getByText('J. Stoltenberg', { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('offers the built-in entry for a state typed by its capital when adding an actor', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'New actor' }).click();
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('Kyiv');
    await expect.poll(() => page.getByText('“Kyiv” names Ukraine, which is already in the notebook.').count()).toBe(1);
    await name.fill('Paris');
    await page.getByRole('list', { name: 'From the built-in list of states' }).getByRole('button', { name: 'Use' }).click();
    expect(await name.inputValue()).toBe('France');
    await page.screenshot({ path: join(shotsDir, 'actor-new-form.png') });
    await page.getByRole('button', { name: 'Add actor' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'France' }).count()).toBe(1);
    const france = (await call('actors:list', {})).find((a: { name: string }) => a.name === 'France');
    expect(france).toMatchObject({ kind: 'state', aliases: ['Paris'] });
    // A tint of its own, preselected in the form, so its quotes stand apart (was neutral grey).
    expect(TINTS).toContain(france.colour);
    await page.close();
  });
});
