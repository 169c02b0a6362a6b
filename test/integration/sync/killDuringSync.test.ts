/**
 * A replica killed in the middle of a sync round reconverges (issue "One live notebook", tests):
 * Ann imports 30 articles offline, and `quotebook sync` is killed with SIGKILL the moment the
 * team server has received the first of them, three times over. The next round completes, and
 * every copy then holds all 30 articles with the same files.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli, runBin } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { dataFiles, join, openMember, round, serve, type Member } from '../../helpers/teamNotebook';
import type { RunningSyncServer } from '../../../src/main/sync/syncServer';

const ARTICLES = 30;

describe('a sync round killed midway', () => {
  let root: string;
  let shared: Member;
  let running: { server: RunningSyncServer; secret: string };
  const annDir = () => path.join(root, 'ann.quotebook');

  beforeAll(async () => {
    root = await makeTempDir('qb-kill-sync-');
    shared = await openMember('Server', path.join(root, 'shared.quotebook'));
    await shared.call('tags:create', { name: 'threat' });
    running = await serve(shared);
    const ann = await join('Ann', annDir(), running.server.url, running.secret);
    for (let i = 0; i < ARTICLES; i++) {
      await ann.call('articles:createFromText', { text: `Report ${i}.\n\n"We will respond to item ${i}," the minister said.`, title: `Report ${i}` });
    }
    await ann.close();
  });
  afterAll(async () => {
    await running?.server.close();
    await shared?.close();
    await removeTempDir(root);
  });

  it('completes on the next round, and every copy holds everything', async () => {
    let kills = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const child = spawnCli(['--notebook', annDir(), 'sync']);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // The moment the server stores the first update from Ann, the round is under way: kill it.
      const off = shared.session.store.onChange((change) => {
        if (change.origin === 'local' || child.exitCode !== null) return;
        if (child.kill('SIGKILL')) kills++;
      });
      await exited;
      off();
    }
    expect(kills).toBeGreaterThan(0);

    const finished = await runBin(['--notebook', annDir(), '--json', 'sync']);
    expect(finished.stderr).toBe('');
    expect(finished.code).toBe(0);
    const bob = await join('Bob', path.join(root, 'bob.quotebook'), running.server.url, running.secret);
    try {
      expect(((await bob.call('articles:list', {})) as unknown[]).length).toBe(ARTICLES);
      expect((await round(bob, running.server.url, running.secret)).sent).toBe(0);
      const ann = await openMember('Ann', annDir());
      try {
        expect((await round(ann, running.server.url, running.secret)).sent).toBe(0);
      } finally {
        await ann.close();
      }
      const [annFiles, bobFiles, sharedFiles] = await Promise.all([dataFiles(annDir()), dataFiles(bob.dir), dataFiles(shared.dir)]);
      expect(Object.keys(bobFiles).filter((f) => f.startsWith('articles/'))).toHaveLength(ARTICLES);
      expect(bobFiles).toEqual(annFiles);
      expect(sharedFiles).toEqual(annFiles);
    } finally {
      await bob.close();
    }
  }, 180_000);
});
