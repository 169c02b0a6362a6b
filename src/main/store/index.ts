/** Public API of the notebook store (see DESIGN.md "Storage"). */
import { acquireLock } from './lock';
import { createBackup, listBackups as listBackupsIn } from './backups';
import type { BackupInfo } from './backups';
import { restoreBackupFiles, type RestoreResult } from './restore';

export { NotebookStore, type OpenOptions } from './notebookStore';
export {
  StoreError,
  NotebookLockedError,
  ReadOnlyNotebookError,
  DamagedFileError,
  NotebookDamagedError,
  NotANotebookError,
  InvalidDataError,
  BackupError,
  type StoreErrorCode,
  type DamageKind,
  type StoreProblem,
  type LockInfo,
} from './errors';
export { DurableJsonAdapter, decodeJsonFile, type DurableJsonAdapterOptions } from './durableJsonAdapter';
export { createMigrator, migrate, MIGRATIONS, MigrationError, type FileFormat, type Migration, type MigrationRegistry, type Migrator, type MigrateResult } from './migrations';
export { acquireLock, readLockHolder, type NotebookLock } from './lock';
export { createBackup, verifyBackup, newestVerifiedBackup, DEFAULT_KEEP, type BackupInfo, type CreateBackupOptions } from './backups';
export type { RestoreResult } from './restore';
export { writeFileDurable } from './fsUtil';

/** Verified backups of a notebook folder, newest first; works when the notebook cannot be opened. */
export function listNotebookBackups(dir: string): Promise<BackupInfo[]> {
  return listBackupsIn(dir);
}

/**
 * Restore a backup into a notebook that cannot be opened (e.g. after NotebookDamagedError).
 * Takes the notebook's lock for the duration; open the notebook afterwards as usual.
 */
export async function restoreNotebookBackup(dir: string, backupId: string): Promise<RestoreResult> {
  const lock = await acquireLock(dir);
  try {
    return await restoreBackupFiles(dir, backupId, () => createBackup(dir, 'before-restore'));
  } finally {
    await lock.release();
  }
}
