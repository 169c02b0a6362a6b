/**
 * End to end: who else has the notebook open. A notebook that joined a team, served as the
 * browser edition: after a teammate's round and "Sync now", the inspector's footer names them;
 * a second tab on the same notebook is counted as "also open in 1 other tab here", and closing it
 * takes it off again.
 */
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperations, NotebookSession } from '../../src/main/services';
import { joinNotebook } from '../../src/main/sync/join';
import { syncRound } from '../../src/main/sync/syncRound';
import { startSyncServer, type RunningSyncServer } from '../../src/main/sync/syncServer';
import { serverSecret } from '../../src/main/sync/syncState';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

describe('who is online, in Chromium', () => {
  let teamDir: string;
  let shared: NotebookSession;
  let ben: NotebookSession;
  let server: RunningSyncServer;
  let secret: string;
  let app: BrowserEdition;

  beforeAll(async () => {
    teamDir = await mkdtemp(join(tmpdir(), 'qb-e2e-online-'));
    shared = await NotebookSession.open(join(teamDir, 'shared.quotebook'), { create: true });
    await createOperations(shared).invoke('tags:create', { name: 'threat' });
    secret = await serverSecret(shared.store.dir);
    server = await startSyncServer({ store: shared.store, secret });
    app = await startBrowserEdition('online', { withSample: false, prepare: (notebook) => joinNotebook(notebook, { url: server.url, secret, name: 'Ana Lima' }).then(() => undefined) });
    await joinNotebook(join(teamDir, 'ben.quotebook'), { url: server.url, secret, name: 'Ben Okafor' });
    ben = await NotebookSession.open(join(teamDir, 'ben.quotebook'));
  });
  afterAll(async () => {
    await app?.stop();
    await ben?.close();
    await server?.close().catch(() => undefined);
    await shared?.close();
    await rm(teamDir, { recursive: true, force: true });
  });

  it('names a teammate online after a round, and counts a second tab', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(await app.launchUrl());
    const syncLine = page.getByRole('status', { name: 'Team sync' });
    const online = page.getByRole('status', { name: 'Who is online' });
    await expect.poll(() => syncLine.textContent(), { timeout: 15_000 }).toMatch(/Synced with the team at/);

    // Ben's app runs a round; Ana's next round hears he is online.
    await syncRound(ben.store, { url: server.url, secret });
    await syncLine.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => online.textContent(), { timeout: 15_000 }).toBe('Online: Ben Okafor');

    const second = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await second.goto(await app.launchUrl());
    await expect.poll(() => online.textContent()).toBe('Online: Ben Okafor · also open in 1 other tab here');
    await expect.poll(() => second.getByRole('status', { name: 'Who is online' }).textContent()).toMatch(/also open in 1 other tab here/);

    const footer = page.locator('footer.notebook-footer');
    await footer.screenshot({ path: join(shotsDir, 'who-is-online.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await footer.screenshot({ path: join(shotsDir, 'who-is-online-dark.png') });
    await page.screenshot({ path: join(shotsDir, 'who-is-online-page-dark.png') });

    await second.close();
    await expect.poll(() => online.textContent()).toBe('Online: Ben Okafor');
    await page.close();
  }, 90_000);
});
