/**
 * End to end: a notebook that joined a team, served as the browser edition, syncs on its own and
 * says so under the notebook's counts; a tag made on the team server arrives on "Sync now"; with
 * the server gone, the line says since when and that nothing is lost.
 */
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotebookStore } from '../../src/main/store';
import { createOperations, NotebookSession } from '../../src/main/services';
import { joinNotebook } from '../../src/main/sync/join';
import { startSyncServer, type RunningSyncServer } from '../../src/main/sync/syncServer';
import { serverSecret } from '../../src/main/sync/syncState';
import { shotsDir, startBrowserEdition, type BrowserEdition } from '../helpers/browserEdition';

describe('team sync in Chromium', () => {
  let teamDir: string;
  let shared: NotebookSession;
  let server: RunningSyncServer;
  let app: BrowserEdition;

  beforeAll(async () => {
    teamDir = await mkdtemp(join(tmpdir(), 'qb-e2e-team-'));
    shared = await NotebookSession.open(join(teamDir, 'shared.quotebook'), { create: true });
    await createOperations(shared).invoke('tags:create', { name: 'threat' });
    const store: NotebookStore = shared.store;
    server = await startSyncServer({ store, secret: await serverSecret(store.dir) });
    const secret = await serverSecret(store.dir);
    app = await startBrowserEdition('team', { withSample: false, prepare: (notebook) => joinNotebook(notebook, { url: server.url, secret, name: 'Ann' }).then(() => undefined) });
  });
  afterAll(async () => {
    await app?.stop();
    await server?.close().catch(() => undefined);
    await shared?.close();
    await rm(teamDir, { recursive: true, force: true });
  });

  it('shows when the notebook last synced, brings the team’s work on "Sync now", and says when the server is gone', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(await app.launchUrl());
    const line = page.getByRole('status', { name: 'Team sync' });
    await expect.poll(() => line.textContent(), { timeout: 15_000 }).toMatch(/Synced with the team at .*127\.0\.0\.1/);
    await page.screenshot({ path: join(shotsDir, 'team-sync.png') });

    await createOperations(shared).invoke('tags:create', { name: 'made by the team' });
    await line.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => ((await app.callValue('tags:list', {})) as { name: string }[]).map((t) => t.name).sort()).toEqual(['made by the team', 'threat']);

    await server.close();
    await line.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => line.textContent(), { timeout: 15_000 }).toMatch(/unreachable since .*your work is kept/);
    await page.screenshot({ path: join(shotsDir, 'team-sync-offline.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shotsDir, 'team-sync-offline-dark.png') });
    await page.close();
  });
});
