/** Locks never shut people out: a reused pid is stale, and a full disk leaves no empty lock. */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireLock, LOCK_FILE } from '../../../../src/main/store/lock';
import { processStartTicks } from '../../../../src/main/store/processStart';
import { describeFsError } from '../../../../src/main/store/fsErrors';
import { tempDir } from '../../../helpers/tempDir';

const onLinux = process.platform === 'linux';

afterEach(() => vi.restoreAllMocks());

describe('lock safety', () => {
  it.skipIf(!onLinux)('records the holder process start time, user and boot', async () => {
    const dir = await tempDir();
    const lock = await acquireLock(dir);
    const info = JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'));
    expect(info.processStart).toBe(processStartTicks(process.pid));
    expect(info.user).toBe(os.userInfo().username);
    expect(info.bootId).toMatch(/\w/);
    await lock.release();
  });

  it.skipIf(!onLinux)('takes over a lock whose pid is alive but belongs to a process started later (pid reuse)', async () => {
    const dir = await tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const pid = other.pid as number;
      await expect.poll(() => processStartTicks(pid)).not.toBeNull();
      const real = await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8');
      const lockOfAnEarlierProcess = { pid, hostname: os.hostname(), startedAt: '2024-05-01T09:00:00.000Z', app: 'Quotebook', processStart: '1', bootId: real.trim() };
      await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(lockOfAnEarlierProcess));
      const lock = await acquireLock(dir);
      expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      await lock.release();
      // The same pid with its real start time is a live holder and is respected.
      await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ ...lockOfAnEarlierProcess, processStart: processStartTicks(pid) }));
      await expect(acquireLock(dir)).rejects.toThrow(`pid ${pid}`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('a full disk while taking the lock leaves no .lock behind and says so plainly', async () => {
    const dir = await tempDir();
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: path.join(dir, LOCK_FILE) });
    const realWrite = fs.writeFile.bind(fs);
    vi.spyOn(fs, 'writeFile').mockImplementation(async (file, ...rest) => {
      if (String(file).startsWith(path.join(dir, LOCK_FILE))) throw full;
      return realWrite(file, ...(rest as [never]));
    });
    const failure = await acquireLock(dir).catch((e: unknown) => e);
    expect(failure).toBe(full);
    expect(await fs.readdir(dir)).toEqual([]);
    expect(describeFsError(failure)).toMatch(/^The disk holding ".*\.lock" is full, so this change was not saved\. Free some space/);
  });
});
