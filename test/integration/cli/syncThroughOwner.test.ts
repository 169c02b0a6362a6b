/**
 * `quotebook sync` says what it is waiting for (issue "One live notebook", 3): a line on stderr
 * names the server and, when another process has the notebook open, that the round is that
 * process's own; the result (sent, received) follows on stdout as before. The owner here is this
 * test's process itself (its lock, its announced endpoint), as `quotebook serve` would be.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceOwner } from '../../../src/main/live/ownerEndpoint';
import { createOperations } from '../../../src/main/services';
import { startServer, type RunningServer } from '../../../src/main/server/httpServer';
import type { RunningSyncServer } from '../../../src/main/sync/syncServer';
import { cli } from '../../helpers/cliRunner';
import { join, openMember, serve, type Member } from '../../helpers/teamNotebook';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

describe('quotebook sync, with and without a running owner', () => {
  let root: string;
  let shared: Member;
  let running: { server: RunningSyncServer; secret: string };
  let annDir: string;

  beforeAll(async () => {
    root = await makeTempDir('qb-sync-owner-');
    shared = await openMember('Server', path.join(root, 'shared.quotebook'));
    await shared.call('tags:create', { name: 'threat' });
    running = await serve(shared);
    annDir = path.join(root, 'ann.quotebook');
    const ann = await join('Ann', annDir, running.server.url, running.secret);
    await ann.close();
  });
  afterAll(async () => {
    await running?.server.close().catch(() => undefined);
    await shared?.close();
    await removeTempDir(root);
  });

  it('says it is syncing with the server, then what was sent and received', async () => {
    await shared.call('tags:create', { name: 'from the team' });
    const run = await cli(['--notebook', annDir, 'sync']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`Syncing with ${running.server.url}…`);
    expect(run.stdout).toMatch(/^Synced with ws:\/\/127\.0\.0\.1:\d+: sent \d+, received [1-9]\d* of \d+ documents\.$/);
  });

  it('says the round is the running Quotebook’s when one has the notebook open', async () => {
    const ann = await openMember('Ann', annDir);
    ann.session.enableTeamSync();
    let http: RunningServer | null = null;
    let withdraw: (() => Promise<void>) | null = null;
    try {
      http = await startServer({ dispatcher: createOperations(ann.session), rendererDir: root, port: 0 });
      withdraw = await announceOwner(annDir, { url: `http://127.0.0.1:${http.port}`, token: http.token });
      const run = await cli(['--notebook', annDir, 'sync']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe(`Syncing with ${running.server.url} through the Quotebook that has this notebook open (pid ${process.pid})…`);
      expect(run.stdout).toMatch(/^Synced with .*: sent \d+, received \d+ of \d+ documents\.$/);
      // --json stays quiet on stderr: scripts read stdout only.
      const json = await cli(['--notebook', annDir, '--json', 'sync']);
      expect(json.stderr).toBe('');
      expect(Object.keys(JSON.parse(json.stdout))).toEqual(['sent', 'received']);
    } finally {
      await withdraw?.();
      await http?.close();
      await ann.close();
    }
  });
});
