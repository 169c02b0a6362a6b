/**
 * The app syncs on its own (issue "One live notebook", 3): a replica whose session runs continuous
 * team sync sends an edit a moment after it is made, receives the others' work when asked (the
 * command line's `sync` goes through the running app), and says when the server is gone.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { join, openMember, round, serve, type Member } from '../../helpers/teamNotebook';
import type { RunningSyncServer } from '../../../src/main/sync/syncServer';
import type { TeamSyncStatus } from '../../../src/shared/api/contract';

const tagNames = async (m: Member) => ((await m.call('tags:list', {})) as { name: string }[]).map((t) => t.name).sort();

describe('continuous team sync in the app', () => {
  let root: string;
  let shared: Member;
  let running: { server: RunningSyncServer; secret: string };
  let app: Member;
  let other: Member;

  beforeAll(async () => {
    root = await makeTempDir('qb-continuous-');
    shared = await openMember('Server', path.join(root, 'shared.quotebook'));
    await shared.call('tags:create', { name: 'threat' });
    running = await serve(shared);
    app = await join('Ann', path.join(root, 'ann.quotebook'), running.server.url, running.secret);
    other = await join('Bob', path.join(root, 'bob.quotebook'), running.server.url, running.secret);
    app.session.enableTeamSync();
  });
  afterAll(async () => {
    await app?.close();
    await other?.close();
    await running?.server.close().catch(() => undefined);
    await shared?.close();
    await removeTempDir(root);
  });

  it('sends an edit made in the app without being asked, and reports the round', async () => {
    await app.call('tags:create', { name: 'warning' });
    // The round starts a moment after the edit; Bob's next round then brings the tag.
    await expect.poll(async () => ((await app.call('sync:status', {})) as TeamSyncStatus).sent, { timeout: 15_000 }).toBeGreaterThan(0);
    const status = (await app.call('sync:status', {})) as TeamSyncStatus;
    expect(status).toMatchObject({ url: running.server.url, state: 'synced', offlineSince: null, lastError: null });
    expect(Date.parse(status.lastSyncedAt!)).not.toBeNaN();
    await round(other, running.server.url, running.secret);
    expect(await tagNames(other)).toEqual(['threat', 'warning']);
  });

  it('receives the others’ work on "sync now"', async () => {
    await other.call('tags:create', { name: 'deterrence' });
    await round(other, running.server.url, running.secret);
    const status = (await app.call('sync:now', {})) as TeamSyncStatus;
    expect(status.received).toBeGreaterThan(0);
    expect(await tagNames(app)).toEqual(['deterrence', 'threat', 'warning']);
  });

  it('says since when it is offline and why once the server is gone, keeping edits for later', async () => {
    await running.server.close();
    await app.call('tags:create', { name: 'offline edit' });
    const status = (await app.call('sync:now', {})) as TeamSyncStatus;
    expect(status.state).toBe('offline');
    expect(status.lastError).toMatch(/sync server/);
    expect(Date.parse(status.offlineSince!)).not.toBeNaN();
    expect(await tagNames(app)).toContain('offline edit');
  });

  it('is off for a notebook that never joined a team', async () => {
    expect(await shared.call('sync:status', {})).toBeNull();
    expect(await shared.call('sync:now', {})).toBeNull();
  });
});
