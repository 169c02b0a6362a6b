/**
 * Who is online (issue "One live notebook", 3: "the app … shows who is online"): a team server on
 * port 0 and two replicas. Each round tells the server who its analyst is, and the server answers
 * with everyone seen lately; the app's status lists the others, never the analyst themselves.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { join, openMember, round, serve, type Member } from '../../helpers/teamNotebook';
import type { RunningSyncServer } from '../../../src/main/sync/syncServer';
import type { TeamSyncStatus } from '../../../src/shared/api/contract';

const names = (list: { name: string }[] | null | undefined) => (list ?? []).map((m) => m.name);

describe('who is online in a team', () => {
  let root: string;
  let shared: Member;
  let running: { server: RunningSyncServer; secret: string };
  let ana: Member;
  let ben: Member;

  beforeAll(async () => {
    root = await makeTempDir('qb-online-');
    shared = await openMember('Server', path.join(root, 'shared.quotebook'));
    running = await serve(shared);
    ana = await join('Ana Lima', path.join(root, 'ana.quotebook'), running.server.url, running.secret);
    ben = await join('Ben Okafor', path.join(root, 'ben.quotebook'), running.server.url, running.secret);
  });
  afterAll(async () => {
    await ana?.close();
    await ben?.close();
    await running?.server.close().catch(() => undefined);
    await shared?.close();
    await removeTempDir(root);
  });

  it('answers each round with everyone seen lately, the analyst who asked included', async () => {
    const first = await round(ana, running.server.url, running.secret);
    expect(names(first.online)).toContain('Ana Lima');
    const second = await round(ben, running.server.url, running.secret);
    expect(names(second.online)).toEqual(['Ana Lima', 'Ben Okafor']);
  });

  it('shows the app the others online, not the analyst using it', async () => {
    ana.session.enableTeamSync(); // as the app does
    const status = (await ana.call('sync:now', {})) as TeamSyncStatus;
    expect(status.state).toBe('synced');
    expect(status.online).toEqual([{ id: ben.session.store.live!.replica.author.id, name: 'Ben Okafor' }]);
  });

  it('shows nobody once the server is gone', async () => {
    await running.server.close();
    const status = (await ana.call('sync:now', {})) as TeamSyncStatus;
    expect(status.state).toBe('offline');
    expect(status.online).toEqual([]);
  });
});
