/**
 * Backups as the front doors see them: list, take one now, restore one, and the verified backup
 * taken before every bulk or destructive operation (see docs/data-format.md, "Backups").
 */
import type { BackupRestored, BackupSummary } from '../../shared/backups/api';
import { UserError } from '../../shared/api/result';
import { BackupError } from '../store';
import type { NotebookSession } from './session';

/** Verified backups of the open notebook, newest first. */
export async function listBackups(session: NotebookSession): Promise<BackupSummary[]> {
  return (await session.store.listBackups()).map((b) => ({ ...b, counts: { ...b.counts } }));
}

/** Takes a verified backup now. */
export async function createBackupNow(session: NotebookSession, reason = 'manual'): Promise<BackupSummary> {
  return session.store.backup(reason || 'manual');
}

/** Restores a verified backup; the current files are backed up first. */
export async function restoreBackup(session: NotebookSession, id: string): Promise<BackupRestored> {
  const result = await session.restoreBackup(id);
  return { backupId: result.backupId, restoredFiles: result.restoredFiles, beforeRestoreBackupId: result.beforeRestoreBackupId, movedAsideTo: result.movedAsideTo };
}

/**
 * Runs `work` after a verified backup named `reason`. If the backup cannot be made, the operation
 * is refused with nothing changed: the promise is a backup before every such operation.
 */
export async function withBackup<T>(session: NotebookSession, reason: string, work: () => Promise<T> | T): Promise<T> {
  try {
    await session.store.backup(reason);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    throw new UserError('unavailable', `${error.message} Nothing was changed: Quotebook takes a backup before this operation and could not. Free some disk space and try again.`);
  }
  return work();
}
