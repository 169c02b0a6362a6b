/**
 * End to end: the quick switcher with more matches than fit in its box. It draws only the rows in
 * view (issue 13: each keystroke painted within 16 ms), so these check what the analyst must still
 * get: every match is reachable with the arrow keys and by scrolling, the row in hand is drawn and
 * in view, Enter and a click open the right place, screen readers hear "n of 40", and axe finds
 * nothing serious. Screenshots in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { appRoot } from '../helpers/cliRunner';
import { openAppPage, shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const axeSource = readFileSync(resolve(appRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** More envoys than the box shows at once (about 11 rows at 800 px). */
const ENVOYS = 40;

describe('the quick switcher with many matches, in Chromium', () => {
  let app: BrowserEdition;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startBrowserEdition('switcher', { withSample: false });
    for (let i = 1; i <= ENVOYS; i++) await app.callValue('actors:create', { name: `Envoy ${String(i).padStart(2, '0')}` });
    ({ page, errors } = await openAppPage(app));
    await page.locator('#nav-tab-articles').waitFor();
  });
  afterAll(() => app?.stop());

  const box = () => page.getByRole('combobox', { name: 'Go to' });
  const places = () => page.getByRole('listbox', { name: 'Places' });
  /** The option the box says is in hand (aria-activedescendant), which must be in the page. */
  const active = async (): Promise<Locator> => {
    const id = await box().getAttribute('aria-activedescendant');
    expect(id).toBeTruthy();
    return page.locator(`[id="${id}"]`);
  };
  /** Whether `option` lies wholly inside the list's scrolling box. */
  const inView = (option: Locator) =>
    option.evaluate((el) => {
      const row = el.getBoundingClientRect();
      const scroller = el.closest('[role=listbox]')!.getBoundingClientRect();
      return row.top >= scroller.top - 0.5 && row.bottom <= scroller.bottom + 0.5;
    });
  const openSwitcher = async (query: string) => {
    await page.keyboard.press('Control+P');
    await box().fill(query);
    await expect.poll(() => places().getByRole('option').first().textContent()).toContain('Envoy');
  };

  it('draws only the rows in view, yet tells each row its place among all matches', async () => {
    await openSwitcher('envoy');
    const drawn = await places().getByRole('option').count();
    expect(drawn).toBeGreaterThan(8);
    expect(drawn).toBeLessThan(ENVOYS);
    const first = places().getByRole('option').first();
    expect(await first.getAttribute('aria-setsize')).toBe(String(ENVOYS));
    expect(await first.getAttribute('aria-posinset')).toBe('1');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: join(shotsDir, 'quick-switcher-many.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'quick-switcher-many-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
  });

  it('ArrowDown reaches rows below the view, each drawn and scrolled into view; Enter opens the one in hand', async () => {
    await openSwitcher('envoy');
    for (let i = 0; i < 29; i++) await page.keyboard.press('ArrowDown');
    const row = await active();
    expect(await row.getAttribute('aria-posinset')).toBe('30');
    expect(await row.getAttribute('aria-selected')).toBe('true');
    expect(await inView(row)).toBe(true);
    const name = (await row.locator('.switcher__title').textContent())!.trim();
    expect(name).toMatch(/^Envoy \d\d$/);
    // And back up past the top of the view.
    for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowUp');
    const up = await active();
    expect(await up.getAttribute('aria-posinset')).toBe('5');
    expect(await inView(up)).toBe(true);
    for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
    expect((await (await active()).locator('.switcher__title').textContent())!.trim()).toBe(name);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name }).count()).toBe(1);
  });

  it('scrolling to the end of the list draws the last rows, and a click opens one', async () => {
    await openSwitcher('envoy');
    await places().evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = places().locator(`[aria-posinset="${ENVOYS}"]`);
    await expect.poll(() => last.count()).toBe(1);
    expect(await inView(last)).toBe(true);
    expect(await places().locator('[aria-posinset="1"]').count()).toBe(0);
    const name = (await last.locator('.switcher__title').textContent())!.trim();
    await last.click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name }).count()).toBe(1);
  });

  it('typing again starts from the top; the open switcher has nothing serious for axe', async () => {
    await openSwitcher('envoy');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.type(' 3');
    await expect.poll(() => places().getAttribute('data-query')).toBe('envoy 3');
    expect(await (await active()).getAttribute('aria-posinset')).toBe('1');
    expect(await inView(await active())).toBe(true);
    await page.evaluate(axeSource);
    const violations = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as { id: string; impact: string }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => JSON.stringify(v).slice(0, 600))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => box().count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
