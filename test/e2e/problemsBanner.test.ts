/**
 * End to end: a damaged article file found when `serve` opens the notebook is named in a banner
 * above the panes (what is missing and how to get it back) until the analyst acknowledges it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { cli, samplePath, startServe } from '../helpers/cliRunner';
import { shotsDir } from '../helpers/browserEdition';

describe('the damaged-files banner', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;
  let articleId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qb-e2e-problems-'));
    const notebook = join(dir, 'e2e.quotebook');
    articleId = JSON.parse((await cli(['--notebook', notebook, '--json', 'add-text', samplePath])).stdout).article.id;
    await truncate(join(notebook, 'articles', `${articleId}.json`), 30);
    server = await startServe(notebook);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('names the lost file until it is acknowledged, then stays gone after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(await server.launchUrl());
    const banner = page.getByRole('alert', { name: 'Damaged files' });
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain(`articles/${articleId}.json`);
    expect(await banner.textContent()).toContain('moved aside');
    await page.screenshot({ path: join(shotsDir, 'problems-banner.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'problems-banner-dark.png') });

    await banner.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.reload();
    await expect.poll(async () => (await cli(['--notebook', join(dir, 'e2e.quotebook'), 'list', 'articles'])).stderr).toBe('');
    expect(await page.getByRole('alert', { name: 'Damaged files' }).count()).toBe(0);
    await page.close();
  });
});
