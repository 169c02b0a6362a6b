/**
 * User-facing messages for files the store could not use. They are built after loading, once we
 * know whether a verified backup exists, because "what to do" depends on it.
 */
import type { BackupInfo } from './backups';
import { describeDamage, type DamageKind, type StoreProblem } from './errors';
import { NOTEBOOK_FILE } from './paths';

/** What the loader found wrong with one file, before it is turned into a message. */
export interface DamageRecord {
  file: string;
  kind: DamageKind;
  detail: string;
  movedTo?: string;
  /** For newer-version files: whether this version could still show the content. */
  shown?: boolean;
}

export const NEWER_VERSION_REASON =
  'This notebook was made by a newer version of Quotebook; opened read-only. Update Quotebook to edit it.';

function likelyCause(kind: DamageKind): string {
  return kind === 'invalid'
    ? 'It may have been changed by another program or by hand.'
    : 'This usually happens when the computer or Quotebook stopped while the file was being saved.';
}

/** How to restore `backup`, from each front door, and what a restore does to later work. */
function howToRestore(backup: BackupInfo): string {
  return `with "Restore from a backup…" in the app's command palette (Ctrl/Cmd+K) or "quotebook backup restore ${backup.id}". The whole notebook goes back to that moment; the files as they are now are backed up first, so nothing is lost.`;
}

/** The sentence for a damaged article or note when a verified backup has a copy of it. */
export function restoreAdvice(backup: BackupInfo): string {
  return `The newest verified backup holding it, "${backup.id}" (made ${backup.createdAt}), has an intact copy: restore it ${howToRestore(backup)}`;
}

function backupSentence(isNotebookFile: boolean, backup: BackupInfo | null): string {
  if (backup) {
    return isNotebookFile
      ? `Restore the newest verified backup, "${backup.id}" (made ${backup.createdAt}), to open the notebook again: run "quotebook backup restore ${backup.id}" (the files as they are now are backed up first).`
      : restoreAdvice(backup);
  }
  return isNotebookFile
    ? 'There is no verified backup to restore. The original bytes are kept in the moved-aside file if you want to try to recover it by hand.'
    : 'There is no verified backup to restore it from; the original bytes are kept if you want to try to recover them by hand.';
}

/** Turn a damage record into the problem shown to the analyst. */
export function toProblem(rec: DamageRecord, backup: BackupInfo | null): StoreProblem {
  const isNotebookFile = rec.file === NOTEBOOK_FILE;
  const what = isNotebookFile ? `The notebook's main file "${rec.file}"` : `The file "${rec.file}"`;

  if (rec.kind === 'newer-version') {
    const shown = rec.shown === false ? ' This version cannot show its contents.' : '';
    return {
      file: rec.file,
      kind: rec.kind,
      message: `${what} was made by a newer version of Quotebook (${rec.detail.replace(/\.$/, '')}); the notebook is opened read-only.${shown} Update Quotebook to edit it.`,
    };
  }

  const where = rec.movedTo
    ? `It was moved aside to "${rec.movedTo}" (nothing was deleted)${isNotebookFile ? '' : ' and is left out of the notebook'}.`
    : 'It was left in place because the notebook is open read-only, and is left out of what you see.';
  const parts = [`${what} ${describeDamage(rec.kind)} (${rec.detail.replace(/\.$/, '')}).`, likelyCause(rec.kind), where];
  if (isNotebookFile) parts.push('The notebook cannot be opened without it.');
  parts.push(backupSentence(isNotebookFile, backup));
  const problem: StoreProblem = { file: rec.file, kind: rec.kind, message: parts.join(' ') };
  if (rec.movedTo) problem.movedTo = rec.movedTo;
  return problem;
}

/** notebook.json is gone but a damaged copy or backups show this was a notebook. */
export function missingNotebookProblem(damagedCopies: string[], backup: BackupInfo | null): StoreProblem {
  const copies = damagedCopies.length
    ? ` A damaged copy was moved aside earlier to "${damagedCopies[damagedCopies.length - 1]}".`
    : '';
  return {
    file: NOTEBOOK_FILE,
    kind: 'missing',
    message: `The notebook's main file "${NOTEBOOK_FILE}" is missing.${copies} ${backupSentence(true, backup)}`,
  };
}
