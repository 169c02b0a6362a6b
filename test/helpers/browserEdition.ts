/**
 * What every end-to-end file starts from: a notebook in a temporary folder (with the sample
 * article, unless asked otherwise), the real `quotebook serve` on it, and Debian's Chromium.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { callApi, callApiValue, type AnyResult } from './apiClient';
import { launchChromium } from './browser';
import { appRoot, cli, samplePath, startServe } from './cliRunner';

/** Where the end-to-end tests leave their screenshots, to be looked at. */
export const shotsDir = resolve(appRoot, 'test-results');

export interface BrowserEdition {
  dir: string;
  notebook: string;
  /** `http://127.0.0.1:<port>`: where the app answers (no credential). */
  origin: string;
  /** The API token, for calls the tests make themselves. */
  token: string;
  /** A fresh one-time launch address: each page the tests open needs its own. */
  launchUrl: () => Promise<string>;
  browser: Browser;
  /** The sample article's id ('' when the notebook started empty). */
  articleId: string;
  /** Calls the API as the renderer does and returns the Result value. */
  call: (op: string, input: unknown) => Promise<AnyResult>;
  /** Like call, but returns the value and throws on an error value. */
  callValue: (op: string, input: unknown) => Promise<AnyResult['value']>;
  stop: () => Promise<void>;
}

/** Starts serve and Chromium on a fresh notebook; `name` marks the temporary folder. */
export async function startBrowserEdition(
  name: string,
  { withSample = true, prepare }: { withSample?: boolean; prepare?: (notebook: string) => Promise<void> } = {},
): Promise<BrowserEdition> {
  const dir = await mkdtemp(join(tmpdir(), `qb-e2e-${name}-`));
  const notebook = join(dir, 'e2e.quotebook');
  // A notebook written directly (e.g. a large synthetic one) before the server opens it.
  if (prepare) await prepare(notebook);
  let articleId = '';
  if (withSample) {
    const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath]);
    expect(added.code, added.stderr).toBe(0);
    articleId = JSON.parse(added.stdout).article.id;
  }
  await mkdir(shotsDir, { recursive: true });
  const server = await startServe(notebook);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    dir,
    notebook,
    origin: server.origin,
    token: server.token,
    launchUrl: server.launchUrl,
    browser,
    articleId,
    call: (op, input) => callApi(server, op, input),
    callValue: (op, input) => callApiValue(server, op, input),
    async stop() {
      await browser.close();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A new page of the app at 1280 × 800 (unless told otherwise), opened through a fresh launch
 * address, with the page's uncaught errors collected so a test can assert there were none.
 */
export async function openAppPage(
  app: BrowserEdition,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await app.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(await app.launchUrl());
  return { page, errors };
}
