/**
 * The hostile corpus in the browser edition: every payload dropped onto the window as a file
 * (imported by main through jsdom) and pasted (read in the page through the inert DOMParser),
 * then shown in the reader. A sentinel function is exposed to the page; no payload may call it,
 * and no request may leave the app's own origin. The page's CSP is bypassed on purpose, so the
 * test catches a hostile page reaching the live DOM even where the CSP would have hidden it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { appRoot } from '../helpers/cliRunner';
import { startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

const hostileDir = resolve(appRoot, 'test/fixtures/hostile');
const { payloads } = JSON.parse(readFileSync(join(hostileDir, 'payloads.json'), 'utf8')) as { payloads: { file: string; via: 'html' | 'text'; literal?: string }[] };
const files = payloads.map((p) => ({ ...p, content: readFileSync(join(hostileDir, p.file), 'utf8') }));

/** 35 payloads one after another take ~12 s here; a slower machine gets room. */
const LONG = 120_000;

describe('hostile corpus in Chromium (drop and paste)', () => {
  let app: BrowserEdition;
  let context: BrowserContext;
  let page: Page;
  const sentinelCalls: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserEdition('hostile', { withSample: false });
    context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await context.exposeFunction('__sentinel', (id: unknown) => sentinelCalls.push(String(id)));
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(await app.launchUrl());
    await page.waitForURL((url) => !url.search.includes('launch='));
    // The window takes drops once it is drawn: on a busy machine the address changes long before
    // that, and a drop dispatched earlier reaches no listener.
    await page.getByRole('button', { name: 'Import an article' }).first().waitFor({ timeout: 60_000 });
  });
  afterAll(() => app?.stop());

  const foreignRequests = () => {
    const origin = app.origin;
    return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  };

  it('imports every payload dropped as a file, and shows each in the reader, running nothing', async () => {
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.content], f.file, { type: f.file.endsWith('.txt') ? 'text/plain' : 'text/html' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files);
    const panel = page.getByRole('region', { name: 'Import' });
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/\d+ articles imported/);
    expect(await panel.textContent()).not.toContain('could not be imported');
    await panel.getByRole('button', { name: 'Close the import summary' }).click();

    const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
    await expect.poll(() => rows.count()).toBe(files.length);
    const reader = page.getByRole('document', { name: 'Article text' });
    for (let i = 0; i < files.length; i++) {
      await rows.nth(i).click();
      await expect.poll(() => reader.textContent(), { timeout: 10_000 }).toMatch(/\S/);
    }
    expect(sentinelCalls).toEqual([]);
    expect(foreignRequests()).toEqual([]);
  }, LONG);

  it('makes an article of every payload pasted (HTML or plain text), running nothing', async () => {
    const reader = page.getByRole('document', { name: 'Article text' });
    for (const payload of files) {
      await page.getByRole('listbox', { name: 'Articles' }).focus();
      await page.evaluate((p) => {
        const data = new DataTransfer();
        if (p.via === 'text') data.setData('text/plain', p.content);
        else {
          data.setData('text/html', p.content);
          data.setData('text/plain', 'fallback text');
        }
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, payload);
      // Each paste says what it made and opens it (a new article, or the copy already imported).
      const toast = page.locator('.toast').last();
      await expect.poll(() => toast.textContent(), { timeout: 10_000 }).toMatch(/Pasted as a new article|already in the notebook/);
      await expect.poll(() => reader.textContent(), { timeout: 10_000 }).toMatch(/\S/);
      await toast.getByRole('button', { name: 'Dismiss message' }).click();
      if (payload.literal) await expect.poll(() => page.locator('.workspace__view').textContent()).toContain(payload.literal);
    }
    await page.waitForTimeout(500);
    expect(sentinelCalls).toEqual([]);
    expect(foreignRequests()).toEqual([]);
    expect(errors).toEqual([]);
  }, LONG);

  it('would notice a payload that reached the live page (the harness is not blind)', async () => {
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="http://sentinel.invalid/probe.png" onerror="__sentinel(\'control\')">';
      document.body.append(probe);
    });
    await expect.poll(() => sentinelCalls).toContain('control');
    await expect.poll(() => foreignRequests()).toContain('http://sentinel.invalid/probe.png');
  });
});
