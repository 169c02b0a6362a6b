/**
 * Putting a verified backup back in place. The current files are moved aside (never deleted) into
 * `trash/before-restore-<time>/`, so a restore can itself be undone by hand. notebook.json is
 * replaced last and by an atomic rename, so the folder never stops looking like a notebook even if
 * the restore is interrupted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readBackupFiles, type BackupInfo } from './backups';
import { acknowledgeMovedAside, movedAsideFiles } from './problemLedger';
import { fileTimestamp, fsyncDir, hasCode, mapLimit, readdirOrEmpty, writeFileDurable } from './fsUtil';
import { ARTICLES_DIR, DATA_FILE_RE, NOTEBOOK_FILE, NOTES_DIR, TRASH_DIR, absPath } from './paths';

export interface RestoreResult {
  backupId: string;
  restoredFiles: number;
  /** Notebook-relative folder holding the files that were current before the restore. */
  movedAsideTo: string;
  /** The backup of the files as they were just before the restore, when one was taken. */
  beforeRestoreBackupId: string | null;
}

async function makeAsideDir(dir: string): Promise<string> {
  const base = `before-restore-${fileTimestamp()}`;
  await fs.mkdir(path.join(dir, TRASH_DIR), { recursive: true });
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    try {
      await fs.mkdir(path.join(dir, TRASH_DIR, name));
      return `${TRASH_DIR}/${name}`;
    } catch (err) {
      if (!hasCode(err, 'EEXIST')) throw err;
    }
  }
}

/**
 * Replace the notebook's data files with those of backup `id`. The caller must hold the lock.
 * `backupFirst` snapshots the current files once the chosen backup is read and verified (so
 * rotation in that snapshot cannot remove the backup being restored).
 */
export async function restoreBackupFiles(dir: string, id: string, backupFirst?: () => Promise<BackupInfo>): Promise<RestoreResult> {
  // Read and verify everything first: a backup that turns out damaged must not cost the user
  // their current files.
  const files = await readBackupFiles(dir, id);
  const before = backupFirst ? await backupFirst() : null;
  const asideRel = await makeAsideDir(dir);
  const aside = absPath(dir, asideRel);

  for (const sub of [ARTICLES_DIR, NOTES_DIR]) {
    await fs.mkdir(path.join(aside, sub), { recursive: true });
    await fs.mkdir(path.join(dir, sub), { recursive: true });
    const names = (await readdirOrEmpty(path.join(dir, sub))).filter((n) => DATA_FILE_RE.test(n));
    await mapLimit(names, 32, (name) => fs.rename(path.join(dir, sub, name), path.join(aside, sub, name)));
    await fsyncDir(path.join(aside, sub));
  }
  try {
    await fs.copyFile(path.join(dir, NOTEBOOK_FILE), path.join(aside, NOTEBOOK_FILE));
  } catch (err) {
    if (!hasCode(err, 'ENOENT')) throw err; // a notebook.json moved aside as damaged is already gone
  }

  const dataFiles = [...files.keys()].filter((rel) => rel !== NOTEBOOK_FILE);
  await mapLimit(dataFiles, 32, (rel) => writeFileDurable(absPath(dir, rel), files.get(rel) as Uint8Array));
  const notebook = files.get(NOTEBOOK_FILE);
  if (notebook) await writeFileDurable(path.join(dir, NOTEBOOK_FILE), notebook);
  // A damaged file the backup brought back is dealt with: stop reporting it (its copy stays).
  const resolved = (await movedAsideFiles(dir)).filter((m) => !m.acknowledgedAt && files.has(m.file));
  if (resolved.length) await acknowledgeMovedAside(dir, resolved.map((m) => m.id));
  return { backupId: id, restoredFiles: files.size, movedAsideTo: asideRel, beforeRestoreBackupId: before?.id ?? null };
}
