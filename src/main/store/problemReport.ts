/**
 * The problems a notebook shows right now: files left in place by a read-only open or from a newer
 * Quotebook (found by this open), plus every damaged file moved aside by any process and not yet
 * acknowledged. Each says what was lost, as far as the newest verified backup can tell.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BACKUPS_DIR, NOTEBOOK_FILE, absPath } from './paths';
import { newestBackupHolding, newestVerifiedBackup, type BackupInfo } from './backups';
import type { StoreProblem } from './errors';
import type { LoadedArticles } from './loader';
import { movedAsideFiles, recordMovedAside, type MovedAside } from './problemLedger';
import { restoreAdvice, toProblem } from './problems';

/** "the article "Title" with 3 quotes", read from the backup's copy of `file`; null if unknown. */
async function whatWasLost(dir: string, backup: BackupInfo | null, file: string): Promise<string | null> {
  if (!backup) return null;
  try {
    const data = JSON.parse(await fs.readFile(absPath(path.join(dir, BACKUPS_DIR, backup.id), file), 'utf8')) as Record<string, unknown>;
    const article = data.article as { title?: string } | undefined;
    if (article) {
      const quotes = Array.isArray(data.quotes) ? data.quotes.length : 0;
      return `the article "${article.title ?? ''}" with ${quotes} quote${quotes === 1 ? '' : 's'}`;
    }
    const note = data.note as { title?: string } | undefined;
    if (note) return `the note "${note.title ?? ''}"`;
    if (file === NOTEBOOK_FILE) {
      const count = (k: string) => (Array.isArray(data[k]) ? (data[k] as unknown[]).length : 0);
      return `the notebook's ${count('actors')} actors and ${count('tags')} tags`;
    }
  } catch {
    // Not in that backup (made after it) or unreadable: say nothing rather than guess.
  }
  return null;
}

function movedAsideProblem(m: MovedAside, backup: BackupInfo | null, lost: string | null): StoreProblem {
  const base =
    m.kind === 'unknown'
      ? {
          file: m.file,
          kind: 'unknown' as const,
          message: `The file "${m.file}" could not be read and was moved aside to "${m.movedTo}" (nothing was deleted); it is left out of the notebook.${
            backup ? ` ${restoreAdvice(backup)}` : ' There is no verified backup to restore it from.'
          }`,
        }
      : toProblem({ file: m.file, kind: m.kind, detail: m.detail || 'found damaged', movedTo: m.movedTo }, backup);
  const problem: StoreProblem = { ...base, id: m.id, movedTo: m.movedTo, foundAt: m.foundAt };
  if (lost) {
    problem.lost = lost;
    problem.message = `${problem.message} Missing from the notebook: ${lost} (as in that backup).`;
  }
  return problem;
}

/**
 * Current problems: `inPlace` (from this open) first, then open moved-aside files, oldest first.
 * Each moved-aside file is paired with the newest verified backup that has a copy of it.
 */
export async function currentProblems(dir: string, inPlace: StoreProblem[]): Promise<StoreProblem[]> {
  const open = (await movedAsideFiles(dir)).filter((m) => !m.acknowledgedAt);
  if (!open.length) return inPlace.filter((p) => !p.movedTo);
  const moved = await Promise.all(
    open.map(async (m) => {
      const backup = await newestBackupHolding(dir, m.file);
      return movedAsideProblem(m, backup, await whatWasLost(dir, backup, m.file));
    }),
  );
  moved.sort((a, b) => ((a.foundAt ?? '') < (b.foundAt ?? '') ? -1 : 1));
  return [...inPlace.filter((p) => !p.movedTo), ...moved];
}

/** Records damage found while loading in the problems ledger and turns it into problems for the analyst. */
export async function findingsToProblems(dir: string, loaded: LoadedArticles, notebookMissing: boolean): Promise<StoreProblem[]> {
  // Recorded first, so every later open reports them even if this one stops here.
  await recordMovedAside(dir, loaded.damage.flatMap((d) => (d.movedTo && d.kind !== 'newer-version' ? [{ file: d.file, movedTo: d.movedTo, kind: d.kind, detail: d.detail }] : [])));
  const needsBackup = loaded.damage.some((d) => d.kind !== 'newer-version') || notebookMissing;
  const backup = needsBackup ? await newestVerifiedBackup(dir) : null;
  return loaded.damage.map((d) => toProblem(d, backup));
}
