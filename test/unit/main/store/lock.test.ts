import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../../src/main/store';
import { NotebookLockedError } from '../../../../src/main/store/errors';
import { acquireLock, isProcessAlive, LOCK_FILE } from '../../../../src/main/store/lock';
import { tempDir } from '../../../helpers/tempDir';

/** The pid of a process that has already exited: a lock naming it is stale. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  const pid = child.pid as number;
  expect(isProcessAlive(pid)).toBe(false);
  return pid;
}

function lockJson(pid: number, hostname = os.hostname()): string {
  return JSON.stringify({ pid, hostname, startedAt: '2024-05-01T09:00:00.000Z', app: 'Quotebook' });
}

describe('notebook lock', () => {
  it('creates .lock holding pid, hostname, start time and app', async () => {
    const dir = await tempDir();
    const lock = await acquireLock(dir);
    const info = JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, hostname: os.hostname(), app: 'Quotebook' });
    expect(Date.parse(info.startedAt)).not.toBeNaN();
    await lock.release();
    await lock.release(); // idempotent
    await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toThrow();
  });

  it('refuses a second holder with a message that says who and what to do', async () => {
    const dir = await tempDir();
    const lock = await acquireLock(dir);
    const err = (await acquireLock(dir).catch((e: unknown) => e)) as NotebookLockedError;
    expect(err).toBeInstanceOf(NotebookLockedError);
    expect(err.code).toBe('locked');
    expect(err.message).toContain(`The notebook "${dir}" is open in another Quotebook process (pid ${process.pid}`);
    expect(err.message).toMatch(/Close it there and try again\. To only read it meanwhile, use the command line with --read-only\.$/);
    await lock.release();
    await (await acquireLock(dir)).release(); // free again after release
  });

  it('refuses when a live process on this host holds it', async () => {
    const dir = await tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await fs.writeFile(path.join(dir, LOCK_FILE), lockJson(holder.pid as number));
      await expect(acquireLock(dir)).rejects.toThrow(`pid ${holder.pid}`);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a stale lock left by a dead process', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, LOCK_FILE), lockJson(await deadPid()));
    const lock = await acquireLock(dir);
    expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
    expect(await fs.readdir(dir)).toEqual([]); // no stale-lock leftovers
  });

  it('never calls a lock from another host stale: its pid means nothing here', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, LOCK_FILE), lockJson(await deadPid(), 'some-other-host'));
    await expect(acquireLock(dir)).rejects.toThrow(/on some-other-host/);
  });

  it('takes over a lock file that stays unreadable (holder killed between create and write)', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, LOCK_FILE), '');
    const started = Date.now();
    const lock = await acquireLock(dir);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // waited for a slow writer first
    await lock.release();
  });

  it('release leaves a lock that someone else has taken over', async () => {
    const dir = await tempDir();
    const lock = await acquireLock(dir);
    const theirs = lockJson(12345);
    await fs.writeFile(path.join(dir, LOCK_FILE), theirs);
    await lock.release();
    expect(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8')).toBe(theirs);
  });

  describe('through NotebookStore.open', () => {
    it('a second writable open throws NotebookLockedError; a read-only open does not need the lock', async () => {
      const dir = await tempDir();
      const first = await NotebookStore.open(dir, { create: true });
      await expect(NotebookStore.open(dir)).rejects.toBeInstanceOf(NotebookLockedError);
      const reader = await NotebookStore.open(dir, { readOnly: true });
      expect(reader.notebook().id).toBe(first.notebook().id);
      await reader.close();
      await first.close();
      const again = await NotebookStore.open(dir);
      await again.close();
    });

    it('a store opened over a stale lock works and releases it on close', async () => {
      const dir = await tempDir();
      await (await NotebookStore.open(dir, { create: true })).close();
      await fs.writeFile(path.join(dir, LOCK_FILE), lockJson(await deadPid()));
      const store = await NotebookStore.open(dir);
      await store.updateNotebook((nb) => void (nb.name = 'taken over'));
      await store.close();
      await store.close();
      await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toThrow();
    });
  });
});
