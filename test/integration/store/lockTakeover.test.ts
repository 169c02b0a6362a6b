/**
 * "Open Anyway" removes the lock the user was shown, and only that one: a lock taken by someone
 * else while the user read the dialog stays.
 */
import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock, readLockHolder } from '../../../src/main/store';
import { takeOverLock } from '../../../src/main/store/lockTakeover';
import { tempDir } from '../../helpers/tempDir';

const leftOver = { pid: 4242, hostname: 'old-laptop-name', startedAt: '2026-12-04T09:00:00.000Z', app: 'Quotebook', token: 'aaa' };

describe('takeOverLock', () => {
  it('removes the lock the user was shown, after which the notebook can be locked again', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '.lock'), JSON.stringify(leftOver));
    await expect(acquireLock(dir)).rejects.toMatchObject({ code: 'locked' }); // another host: never stale by itself
    expect(await takeOverLock(dir, leftOver)).toBe(true);
    const lock = await acquireLock(dir);
    expect((await readLockHolder(dir))?.pid).toBe(process.pid);
    await lock.release();
  });

  it('leaves a lock that changed hands since the dialog was shown', async () => {
    const dir = await tempDir();
    const newer = { ...leftOver, pid: 5151, token: 'bbb', startedAt: '2026-12-05T08:00:00.000Z' };
    await writeFile(join(dir, '.lock'), JSON.stringify(newer));
    expect(await takeOverLock(dir, leftOver)).toBe(false);
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8'))).toEqual(newer);
  });

  it('is content when the lock is already gone', async () => {
    expect(await takeOverLock(await tempDir(), leftOver)).toBe(true);
  });
});
