/**
 * "Open anyway": the user has read who holds the notebook's `.lock` and says that holder is gone
 * (a shutdown that skipped Quotebook's cleanup, a reused process id, a computer that changed its
 * name). The lock is removed only if it is still the very lock the user was shown, so a Quotebook
 * that took the notebook meanwhile is never pushed aside. Stale-lock detection itself stays in
 * lock.ts; this only acts on the user's word.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LockInfo } from './errors';
import { hasCode } from './fsUtil';
import { LOCK_FILE, readLockHolder } from './lock';

const sameHolder = (a: LockInfo, b: LockInfo): boolean =>
  a.pid === b.pid && a.hostname === b.hostname && a.startedAt === b.startedAt && a.token === b.token;

/**
 * Removes the lock held by `shown` from the notebook in `dir`. Returns false (and removes
 * nothing) when the lock is now held by someone else; true when it is gone.
 */
export async function takeOverLock(dir: string, shown: LockInfo): Promise<boolean> {
  const current = await readLockHolder(dir);
  if (!current) return true;
  if (!sameHolder(current, shown)) return false;
  const lockPath = path.join(path.resolve(dir), LOCK_FILE);
  // Moved aside first, then checked: between our read and the move another process could have
  // replaced the lock; if so it is put back.
  const aside = `${lockPath}.taken-over-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (err) {
    if (hasCode(err, 'ENOENT')) return true;
    throw err;
  }
  const movedInfo = await fs.readFile(aside, 'utf8').then((text) => JSON.parse(text) as LockInfo).catch(() => null);
  if (!movedInfo || !sameHolder(movedInfo, shown)) {
    await fs.link(aside, lockPath).catch(() => undefined);
    await fs.rm(aside, { force: true });
    return false;
  }
  await fs.rm(aside, { force: true });
  return true;
}
