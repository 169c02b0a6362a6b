/** The verified backup taken when a notebook is opened for writing (see OpenOptions.backupOnOpen). */
import { snapshotIds } from './backups';
import { OPEN_REASON, openBackupIsRecent } from './backupPolicy';
import type { StoreProblem } from './errors';

/**
 * `true`: a backup now (a failure is thrown). `'daily'`: only when the notebook holds work and no
 * backup on open was made in the last 24 hours; a failure becomes a problem to report instead,
 * because refusing to open would keep the analyst from work that is intact.
 */
export async function backupOnOpen(dir: string, mode: true | 'daily', holdsWork: boolean, backup: (reason: string) => Promise<unknown>): Promise<StoreProblem | null> {
  if (mode === true) {
    await backup(OPEN_REASON);
    return null;
  }
  if (!holdsWork) return null; // nothing worth a copy yet
  if (openBackupIsRecent(await snapshotIds(dir), new Date())) return null;
  try {
    await backup(OPEN_REASON);
    return null;
  } catch (err) {
    return {
      file: 'backups/',
      kind: 'backup-failed',
      message: `${(err as Error).message} (This was the daily backup taken when the notebook is opened; your files are unchanged.) Free some disk space, then run "quotebook backup create" or reopen the notebook.`,
    };
  }
}
