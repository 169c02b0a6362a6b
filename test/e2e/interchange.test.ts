/**
 * End to end in Chromium against the real `quotebook serve`: agreement with another coder's
 * notebook (figures, keep theirs), the timeline (a bar opens its quotes, which open the article),
 * and the REFI-QDA project download from the Export dialog. Also an accessibility audit of both
 * new views, and screenshots in light and dark to be looked at.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appRoot } from '../helpers/cliRunner';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';
import { twoCoders } from '../helpers/twoCoders';

const axeSource = readFileSync(resolve(appRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical accessibility problems axe finds in the page now. */
async function problems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as { id: string; impact: string; nodes: { target: string[] }[] }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('working with other tools, in Chromium', () => {
  let app: BrowserEdition;
  let other = '';
  let ids: Awaited<ReturnType<typeof twoCoders>>['ids'];

  beforeAll(async () => {
    app = await startBrowserEdition('interchange', {
      withSample: false,
      prepare: async (notebook) => {
        // The served notebook is coder A's; coder B's sits beside it.
        const root = resolve(notebook, '..');
        const coders = await twoCoders(root);
        ids = coders.ids;
        other = join(root, 'B.quotebook');
        // A second, later article so the timeline has more than one month.
        const { article } = await coders.a.call('articles:createFromText', { text: 'Later, Stoltenberg said: “We stand ready.”', title: 'Later', source: { publishedAt: '2023-04-12' } });
        const text = (await coders.a.call('articles:get', { id: article.id })).article.text;
        const start = text.indexOf('We stand ready.');
        await coders.a.call('quotes:create', { articleId: article.id, start, end: start + 15, speakerId: coders.ids.actorIds.get('Jens Stoltenberg')! });
        await coders.a.session.close();
        await coders.b.session.close();
        const { rename } = await import('node:fs/promises');
        await rename(join(root, 'A.quotebook'), notebook);
      },
    });
  });
  afterAll(() => app?.stop());

  /** Opens the app and a view from the command palette, by keyboard. */
  async function openView(query: string, heading: string): Promise<Page> {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).waitFor();
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill(query);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  it('compares with another coder’s notebook and keeps theirs for a disagreement', async () => {
    const page = await openView('agreement', 'Agreement between coders');
    await page.getByLabel(/Notebook folder/).fill(other);
    await page.getByRole('button', { name: 'Compare' }).click();
    const figures = page.getByRole('region', { name: 'Figures' });
    await expect.poll(() => figures.textContent()).toMatch(/Units\d+/);
    expect(await problems(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'agreement.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await problems(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'agreement-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('article.unit').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, 'agreement-units.png') });

    const card = page.locator('article.unit', { hasText: 'Differs in speaker' });
    await card.getByRole('button', { name: 'Keep theirs' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Kept theirs.');
    const quotes = (await app.callValue('articles:get', { id: ids.articleId })).quotes as { id: string; speakerId: string | null; kind: string }[];
    expect(quotes.find((q) => q.id === ids.quoteIds[1])).toMatchObject({ speakerId: null, kind: 'paraphrase' });
    await page.close();
  }, 90_000);

  it('charts an actor’s quotes by month; a bar lists its quotes, and a quote opens its article', async () => {
    const page = await openView('timeline', 'Timeline');
    await page.getByRole('checkbox', { name: 'Jens Stoltenberg' }).check();
    const bars = page.getByRole('button', { name: /^Jens Stoltenberg, \w+ 2023: \d+ quotes?$/ });
    await expect.poll(() => bars.count()).toBeGreaterThanOrEqual(2);
    expect(await problems(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'timeline.png') });
    await page.getByRole('button', { name: 'Jens Stoltenberg, Apr 2023: 1 quote' }).click();
    const list = page.getByRole('region', { name: 'Quotes of the chosen bar' });
    await expect.poll(() => list.textContent()).toContain('We stand ready.');
    await page.screenshot({ path: join(shotsDir, 'timeline-bar.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await problems(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'timeline-dark.png') });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^Timeline Jens Stoltenberg by month\.csv$/);
    await list.getByRole('button', { name: /We stand ready/ }).click();
    await expect.poll(() => page.getByRole('tablist', { name: 'Open items' }).getByRole('tab', { selected: true }).textContent()).toContain('Later');
    await page.close();
  }, 90_000);

  it('downloads a REFI-QDA project from the Export dialog', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(await app.launchUrl());
    await page.getByRole('listbox', { name: 'Articles' }).waitFor();
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /REFI-QDA project/ }).check();
    await dialog.getByRole('radio', { name: 'Download' }).check();
    await page.screenshot({ path: join(shotsDir, 'export-formats.png') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip archive
    await page.close();
  }, 90_000);
});
