/**
 * End to end (issue 14): the review queue over two articles in Chromium — opened from the
 * palette and from the library's filtered list, triaged with the keyboard, a whole group
 * rejected, and decisions undone — checking the notebook through the API after each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';
import { appRoot } from '../helpers/cliRunner';
import { quoteText } from '../../src/shared/anchoring/pieces';

const axeSource = readFileSync(resolve(appRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The serious and critical problems axe finds in the page as it is now (as in accessibility.test.ts). */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as { id: string; impact: string; nodes: { target: string[] }[] }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const talks = [
  'Grain talks stall in Istanbul',
  'Russia wants sanctions on its farm bank lifted before any deal is signed, officials familiar with the talks said.',
  '“We are not close to an agreement yet,” said Mevlüt Çavuşoğlu, Turkey’s foreign minister.',
  'A new round could start as early as next week, officials familiar with the talks said.',
  'Talks could resume in Ankara later this month, officials familiar with the talks said.',
  'Ukraine believes the corridor can be reopened without Moscow.',
].join('\n\n');

interface SavedQuote {
  id: string;
  target: { exact: string; start: number; end: number; pieces?: { start: number; end: number }[] };
  speakerId: string | null;
}

describe('the review queue in the browser edition', () => {
  let app: BrowserEdition;
  let talksId: string;

  beforeAll(async () => {
    app = await startBrowserEdition('queue');
    const created = (await app.callValue('articles:createFromText', { text: talks, title: 'Grain talks stall in Istanbul', fileName: 'talks.txt' })) as { article: { id: string } };
    talksId = created.article.id;
  });
  afterAll(() => app?.stop());

  const quotes = async (): Promise<SavedQuote[]> => [
    ...((await app.callValue('quotes:list', { articleId: app.articleId })) as SavedQuote[]),
    ...((await app.callValue('quotes:list', { articleId: talksId })) as SavedQuote[]),
  ];
  const open = async (articleId: string) => (await app.callValue('suggest:article', { articleId })) as { rejected: number; quotes: { text: string }[] };
  const queue = (page: Page) => page.getByRole('region', { name: 'Review queue' });
  // The queue's rows (the toolbar's <select> options are options too).
  const rows = (page: Page) => queue(page).locator('.queue-list [role="option"]');
  const selectedWords = (page: Page) => page.locator('.queue-row[aria-selected="true"] .queue-row__text').textContent();

  async function newPage(errors: string[]): Promise<Page> {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).waitFor();
    return page;
  }

  it('triages two articles by keyboard, rejects a whole group, and undoes', async () => {
    const errors: string[] = [];
    const page = await newPage(errors);
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill('review suggestions');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Review suggestions/ }).waitFor();

    // Both articles are suggested; the officials' three clauses are one group, likeliest first.
    const officials = queue(page).getByRole('listbox', { name: /^officials familiar with the talks/ });
    // The sample article is long: on a busy machine suggesting it takes a while.
    await expect.poll(() => rows(page).count(), { timeout: 45_000 }).toBeGreaterThan(20);
    await expect.poll(() => queue(page).getByRole('status').filter({ hasText: 'Suggesting' }).count()).toBe(0);
    await expect.poll(() => officials.getByRole('option').count()).toBe(3);
    const offered = await rows(page).count();
    expect(await officials.getByRole('option').first().textContent()).toContain('Grain talks stall in Istanbul');
    await page.screenshot({ path: join(shotsDir, 'review-queue.png') });
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('clause');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'review-queue-wording-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('speaker');
    // A belief is never accepted with its group.
    await expect.poll(() => page.getByRole('button', { name: /^Accept 0 in “Ukraine”/ }).isDisabled()).toBe(true);

    // J moves down, A accepts: the quote is saved and the next row takes the keyboard.
    await page.locator('.queue-row[aria-selected="true"]').click();
    await page.keyboard.press('j');
    const accepted = (await selectedWords(page))!;
    await page.keyboard.press('a');
    await expect.poll(async () => (await quotes()).map((q) => quoteText(q.target))).toEqual([accepted]);
    await expect.poll(() => rows(page).count()).toBe(offered - 1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');

    // K moves back up, R rejects: recorded in the article.
    await page.keyboard.press('k');
    const rejected = (await selectedWords(page))!;
    expect(rejected).not.toBe(accepted);
    await page.keyboard.press('r');
    await expect.poll(async () => (await open(app.articleId)).rejected + (await open(talksId)).rejected).toBe(1);
    await expect.poll(() => rows(page).count()).toBe(offered - 2);

    // E changes the speaker (the inspector's field), then A accepts with it.
    const edited = (await selectedWords(page))!;
    await page.keyboard.press('e');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('Blinken');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Selected suggestion' }).textContent()).toContain('Blinken');
    // Picking a speaker gives the keyboard back to the row.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
    // O adds whom it is about (a new person typed in); Escape gives the keyboard back, A accepts.
    await page.keyboard.press('o');
    const aboutField = page.getByRole('region', { name: 'Selected suggestion' }).getByRole('combobox', { name: 'About', exact: true });
    await expect.poll(() => aboutField.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('Wilma Okonkwo-Hale');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Wilma Okonkwo-Hale from whom it is about' }).waitFor();
    await page.screenshot({ path: join(shotsDir, 'review-queue-about.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
    await page.keyboard.press('a');
    await expect.poll(async () => (await quotes()).length).toBe(2);
    const actors = (await app.callValue('actors:list', {})) as { id: string; name: string }[];
    const saved = (await quotes()).find((q) => quoteText(q.target) === edited)! as SavedQuote & { aboutIds: string[] };
    expect(actors.find((a) => a.id === saved.speakerId)?.name).toContain('Blinken');
    expect(saved.aboutIds.map((id) => actors.find((a) => a.id === id)?.name)).toContain('Wilma Okonkwo-Hale');

    // The whole officials group goes at once.
    const before = (await open(talksId)).rejected;
    await page.getByRole('button', { name: 'Reject 3 in “officials familiar with the talks”' }).click();
    await expect.poll(async () => (await open(talksId)).rejected).toBe(before + 3);
    await expect.poll(() => officials.count()).toBe(0);

    // Undo brings the group back (suggest:restore); Undo again takes back the last acceptance.
    await page.getByRole('button', { name: 'Undo rejecting 3 suggestions' }).click();
    await expect.poll(async () => (await open(talksId)).rejected).toBe(before);
    await expect.poll(() => officials.getByRole('option').count()).toBe(3);
    await page.locator('.queue-row[aria-selected="true"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await quotes()).map((q) => quoteText(q.target))).toEqual([accepted]);
    await expect.poll(() => rows(page).count()).toBe(offered - 2);
    expect((await open(app.articleId)).quotes.some((q) => q.text === edited) || (await open(talksId)).quotes.some((q) => q.text === edited)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('reviews only the articles the library lists', async () => {
    const errors: string[] = [];
    const page = await newPage(errors);
    await page.getByRole('searchbox', { name: /Filter articles/ }).fill('Grain');
    await page.getByRole('button', { name: /^Review suggestions for the 1 article listed/ }).click();
    await page.getByRole('tab', { name: /Review: 1 article/ }).waitFor();
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    const titles = await page.locator('.queue-row__article').allTextContents();
    expect(new Set(titles)).toEqual(new Set(['Grain talks stall in Istanbul']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
