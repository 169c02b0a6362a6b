/**
 * End to end (issue 11 item 3): the browser edition's credential reaches no other local service
 * and stays out of the browser's history. A real Chromium profile opens the app from the address
 * `quotebook serve` printed, then visits a second local web service on another port in the same
 * browser. Browsers ignore ports for cookies, so a cookie for 127.0.0.1 (what Quotebook used)
 * would be sent there and give that service the whole API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumProfile } from '../helpers/browser';
import { callApi, callApiValue } from '../helpers/apiClient';
import { cli, samplePath, startServe, type ServeProcess } from '../helpers/cliRunner';
import { shotsDir } from '../helpers/browserEdition';

const title = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';
const PLANTED = 'Planted by another local site';

/** Another local web service: records every request it gets and serves a plain page. */
async function startOtherService(): Promise<{ origin: string; seen: { url: string; headers: IncomingHttpHeaders }[]; close: () => Promise<void> }> {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Another local service</title><p>Hello from another local service.</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

describe('the browser edition credential', () => {
  let dir: string;
  let server: ServeProcess;
  let other: Awaited<ReturnType<typeof startOtherService>>;
  let context: BrowserContext;
  let launchUrl: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qb-e2e-isolation-'));
    const notebook = join(dir, 'e2e.quotebook');
    const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath]);
    expect(added.code, added.stderr).toBe(0);
    server = await startServe(notebook);
    launchUrl = server.url;
    other = await startOtherService();
    context = await launchChromiumProfile(join(dir, 'profile'));
  });
  afterAll(async () => {
    await context?.close();
    await other?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const library = (page: Page) => page.getByRole('listbox', { name: 'Articles' });
  const notice = (page: Page) => page.getByRole('alert', { name: 'No access to the notebook' });
  /** Every secret a leak could carry: the API token and the launch code of the printed address. */
  const secrets = () => [server.token, new URL(launchUrl).searchParams.get('launch')!];

  it('opens from the printed address, which then leaves the address bar and the tab history', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(launchUrl);
    await expect.poll(() => library(page).getByText(title).count(), { timeout: 20_000 }).toBe(1);
    expect(page.url()).toBe(`${server.origin}/`);
    const cdp = await context.newCDPSession(page);
    const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
    for (const entry of entries) for (const secret of secrets()) expect(entry.url).not.toContain(secret);
    expect(await context.cookies()).toEqual([]);
  });

  it('reloading the tab keeps it working', async () => {
    const page = context.pages()[0]!;
    await page.reload();
    await expect.poll(() => library(page).getByText(title).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => notice(page).count()).toBe(0);
  });

  it('sends nothing of Quotebook to another local service the browser visits', async () => {
    const page = context.pages()[0]!;
    // Leave the app for the other service the way a link would (so a Referer could go along).
    await page.evaluate((url) => void setTimeout(() => window.location.assign(url), 0), `${other.origin}/from-quotebook`);
    await page.waitForURL(`${other.origin}/from-quotebook`);
    const visitor = await context.newPage();
    await visitor.goto(`${other.origin}/typed-by-hand`);
    expect(await page.evaluate(() => document.referrer)).toBe('');

    expect(other.seen.map((r) => r.url)).toEqual(expect.arrayContaining(['/from-quotebook', '/typed-by-hand']));
    for (const request of other.seen) {
      expect(request.headers.cookie, `cookie sent with ${request.url}`).toBeUndefined();
      expect(request.headers.referer ?? '', `Quotebook's address sent as the referrer of ${request.url}`).not.toContain(server.origin);
      for (const secret of secrets()) expect(JSON.stringify(request)).not.toContain(secret);
    }
    // Whatever the other service received, none of it opens the API.
    const received = other.seen.flatMap((r) => [r.url, ...Object.values(r.headers).flat()]).filter((v): v is string => typeof v === 'string');
    for (const value of received) expect((await callApi({ origin: server.origin, token: value }, 'actors:list', {})).ok).toBe(false);
    await visitor.close();
  });

  it("refuses the API and the launch trade to that service's pages", async () => {
    const page = context.pages()[0]!;
    const code = new URL(await server.launchUrl()).searchParams.get('launch')!;
    const outcomes = await page.evaluate(
      async ({ api, name, code }) => {
        const attempt = (url: string, init: RequestInit) =>
          fetch(url, { method: 'POST', credentials: 'include', ...init }).then(
            (r) => `answered ${r.type} ${r.status}`,
            () => 'blocked',
          );
        return [
          await attempt(`${api}/api/actors:create`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) }),
          await attempt(`${api}/api/actors:create`, { mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ name }) }),
          await attempt(`${api}/api/session`, { mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ launch: code }) }),
        ];
      },
      { api: server.origin, name: PLANTED, code },
    );
    // The page gets nothing back: the JSON call fails its preflight, the others their resource policy.
    expect(outcomes).toEqual(['blocked', 'blocked', 'blocked']);
    // The server itself refuses that origin, whatever a browser lets through: even with the token.
    const fromThere = { method: 'POST', headers: { origin: other.origin, 'content-type': 'application/json' } };
    const planted = await fetch(`${server.origin}/api/actors:create`, { ...fromThere, headers: { ...fromThere.headers, 'x-quotebook-token': server.token }, body: JSON.stringify({ name: PLANTED }) });
    expect(planted.status).toBe(403);
    const traded = await fetch(`${server.origin}/api/session`, { ...fromThere, body: JSON.stringify({ launch: code }) });
    expect(traded.status).toBe(403);
    expect(await traded.text()).not.toContain(server.token);
    // Nothing was written, and the launch code those attempts carried was not spent by them.
    const own = await fetch(`${server.origin}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ launch: code }) });
    expect(own.status).toBe(200);
    const actors = (await callApiValue(server, 'actors:list', {})) as { name: string }[];
    expect(actors.map((a) => a.name)).not.toContain(PLANTED);
  });

  it('opens nothing from the history or a new tab, and says how to get in', async () => {
    const fromHistory = await context.newPage();
    await fromHistory.goto(launchUrl);
    await expect.poll(() => notice(fromHistory).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice(fromHistory).textContent()).toContain('already used or has expired');
    expect(await library(fromHistory).getByText(title).count()).toBe(0);
    await fromHistory.close();

    const newTab = await context.newPage();
    await newTab.goto(`${server.origin}/`);
    await expect.poll(() => notice(newTab).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice(newTab).textContent()).toContain('quotebook serve --new-address');
    await newTab.screenshot({ path: join(shotsDir, 'access-notice-light.png') });
    await newTab.emulateMedia({ colorScheme: 'dark' });
    await newTab.screenshot({ path: join(shotsDir, 'access-notice-dark.png') });
    await newTab.close();
  });

  it("leaves the token out of the profile's history on disk", async () => {
    await context.close(); // Chromium writes its History database out on close.
    const profile = join(dir, 'profile', 'Default');
    const historyFiles = (await readdir(profile)).filter((f) => f.startsWith('History'));
    expect(historyFiles).toContain('History');
    const visited = Buffer.from(other.origin);
    let sawVisits = false;
    for (const file of historyFiles) {
      const bytes = await readFile(join(profile, file));
      sawVisits ||= bytes.includes(visited);
      expect(bytes.includes(Buffer.from(server.token)), `the token is in ${file}`).toBe(false);
    }
    // The check above looked at a history that recorded this session's visits.
    expect(sawVisits).toBe(true);
  });
});
