/**
 * The notebook's single-writer lock: a `.lock` file holding who owns it (pid, that process's start
 * time, user, host). Only the lock holder writes; everyone else must open read-only. A lock left
 * behind by a crashed process on this machine is taken over, so a crash never locks a user out:
 * its pid is gone, or (Linux) the pid now belongs to another process, which started at another time
 * or in another boot. A lock from another host cannot be judged here: it is explained, and
 * `quotebook unlock` removes it after the analyst confirms.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NotebookLockedError, type LockInfo } from './errors';
import { hasCode } from './fsUtil';
import { currentBootId, processStartTicks } from './processStart';

export const LOCK_FILE = '.lock';
const APP = 'Quotebook';

/** Locks this process holds, by lock path → token; tells a reused pid (ours) from a real holder. */
const heldHere = new Map<string, string>();

export interface NotebookLock {
  readonly path: string;
  readonly info: LockInfo;
  /** Deletes the lock file if it is still ours. Idempotent. */
  release(): Promise<void>;
}

function parseLock(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0) {
      return {
        pid: v.pid,
        hostname: typeof v.hostname === 'string' ? v.hostname : '',
        startedAt: typeof v.startedAt === 'string' ? v.startedAt : 'an unknown time',
        app: typeof v.app === 'string' ? v.app : '',
        ...(typeof v.token === 'string' ? { token: v.token } : {}),
        ...(typeof v.user === 'string' ? { user: v.user } : {}),
        ...(typeof v.processStart === 'string' ? { processStart: v.processStart } : {}),
        ...(typeof v.bootId === 'string' ? { bootId: v.bootId } : {}),
      };
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}

async function readLock(lockPath: string): Promise<{ text: string; info: LockInfo | null } | null> {
  try {
    const text = await fs.readFile(lockPath, 'utf8');
    return { text, info: parseLock(text) };
  } catch (err) {
    if (hasCode(err, 'ENOENT')) return null;
    throw err;
  }
}

/** True if `pid` is a running process on this machine. EPERM means it runs as another user. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return !hasCode(err, 'ESRCH');
  }
}

/** True when the lock was written on another machine (its pid means nothing here). */
export function isForeignLock(info: LockInfo): boolean {
  return Boolean(info.hostname) && info.hostname !== os.hostname();
}

/** Stale = we can prove its owner is gone. A lock from another host never counts as stale. */
export function isStale(lockPath: string, info: LockInfo): boolean {
  if (isForeignLock(info)) return false;
  // Our own pid: either another store in this process holds it (same token), or a dead process
  // that happened to have our pid left it behind.
  if (info.pid === process.pid) return !(heldHere.has(lockPath) && heldHere.get(lockPath) === info.token);
  if (!isProcessAlive(info.pid)) return true;
  // Alive, but is it the same process? A pid is reused after a crash or a reboot.
  const boot = currentBootId();
  if (info.bootId && boot && info.bootId !== boot) return true;
  const started = info.processStart ? processStartTicks(info.pid) : null;
  return started !== null && started !== info.processStart;
}

/**
 * Create the lock with its whole content or not at all: the content goes to a private file first,
 * which is then hard-linked to `.lock` (fails if it exists). A full disk leaves no empty `.lock`.
 */
async function tryCreate(lockPath: string, info: LockInfo): Promise<boolean> {
  const temp = `${lockPath}-new-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.writeFile(temp, JSON.stringify(info), { flag: 'wx' });
    try {
      await fs.link(temp, lockPath);
      return true;
    } catch (err) {
      if (hasCode(err, 'EEXIST')) return false;
      if (!hasCode(err, 'EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV')) throw err;
    }
    // No hard links here (some network and FAT file systems): exclusive create, then write, and
    // remove it again if the write fails.
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(lockPath, 'wx');
    } catch (err) {
      if (hasCode(err, 'EEXIST')) return false;
      throw err;
    }
    try {
      await handle.writeFile(JSON.stringify(info));
      await handle.close();
    } catch (err) {
      await handle.close().catch(() => undefined);
      await fs.rm(lockPath, { force: true });
      throw err;
    }
    return true;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/**
 * Move a stale lock out of the way. Renaming to a unique name (instead of unlinking) and then
 * checking we moved the very bytes we judged stale narrows the race where two processes take over
 * the same stale lock and one removes the other's fresh lock.
 */
async function removeStale(lockPath: string, staleText: string): Promise<boolean> {
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (err) {
    if (hasCode(err, 'ENOENT')) return true; // someone else removed it; just retry creating
    throw err;
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => '');
  if (moved !== staleText) {
    // We moved a fresh lock another process had just created: put it back without clobbering.
    await fs.link(aside, lockPath).catch(() => undefined);
    await fs.rm(aside, { force: true });
    return false;
  }
  await fs.rm(aside, { force: true });
  return true;
}

/** How long a lock file may stay unreadable before we conclude its writer died mid-write. */
const UNREADABLE_GRACE_MS = 1000;

/**
 * Acquire the notebook's lock or throw `NotebookLockedError` naming the holder.
 */
export async function acquireLock(dir: string): Promise<NotebookLock> {
  const lockPath = path.join(path.resolve(dir), LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    app: APP,
    token: randomBytes(12).toString('hex'),
    user: currentUser(),
  };
  const processStart = processStartTicks(process.pid);
  const bootId = currentBootId();
  if (processStart) info.processStart = processStart;
  if (bootId) info.bootId = bootId;
  let unreadableSince = 0;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await tryCreate(lockPath, info)) return makeHandle(lockPath, info);
    const current = await readLock(lockPath);
    if (!current) continue; // released between our create and read: try again
    if (!current.info) {
      // Empty or partial: its creator is between open() and write(), or was killed there.
      unreadableSince ||= Date.now();
      if (Date.now() - unreadableSince < UNREADABLE_GRACE_MS) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      await removeStale(lockPath, current.text);
      continue;
    }
    unreadableSince = 0;
    if (!isStale(lockPath, current.info)) throw new NotebookLockedError(path.resolve(dir), current.info);
    await removeStale(lockPath, current.text);
  }
  throw new NotebookLockedError(path.resolve(dir), null, 'the lock could not be taken after repeated attempts');
}

function makeHandle(lockPath: string, info: LockInfo): NotebookLock {
  heldHere.set(lockPath, info.token ?? '');
  let released = false;
  return {
    path: lockPath,
    info,
    async release() {
      if (released) return;
      released = true;
      if (heldHere.get(lockPath) === info.token) heldHere.delete(lockPath);
      const current = await readLock(lockPath);
      // Only remove it if it is still ours: after a takeover it belongs to someone else.
      if (current?.info?.pid === info.pid && current.info.token === info.token) {
        await fs.rm(lockPath, { force: true });
      }
    },
  };
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

/**
 * Removes the lock whatever holds it (`quotebook unlock`, after the analyst confirmed), unless its
 * content changed since it was shown (someone took it meanwhile). True when it was removed.
 */
export async function removeLock(dir: string, expectedText: string): Promise<boolean> {
  return removeStale(path.join(path.resolve(dir), LOCK_FILE), expectedText);
}

/** The lock's raw text and who it names (null if there is no lock). */
export async function inspectLock(dir: string): Promise<{ text: string; info: LockInfo | null; stale: boolean } | null> {
  const lockPath = path.join(path.resolve(dir), LOCK_FILE);
  const current = await readLock(lockPath);
  if (!current) return null;
  return { ...current, stale: current.info ? isStale(lockPath, current.info) : true };
}

/** Who holds the lock, if anyone (for showing "open elsewhere" before trying to write). */
export async function readLockHolder(dir: string): Promise<LockInfo | null> {
  return (await readLock(path.join(path.resolve(dir), LOCK_FILE)))?.info ?? null;
}
