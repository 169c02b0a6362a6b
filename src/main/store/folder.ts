/**
 * Deciding what a folder is before loading it: a notebook, a new notebook to create, the remains
 * of a notebook whose notebook.json is gone, or something else that we must not write into.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NotebookFileSchema, type NotebookFile } from '../../shared/model';
import { newestVerifiedBackup } from './backups';
import { NotANotebookError, NotebookDamagedError } from './errors';
import { exists, fsyncDir, hasCode, readdirOrEmpty, writeFileDurable } from './fsUtil';
import { acquireLock, type NotebookLock } from './lock';
import type { OpenOptions } from './openOptions';
import { ARTICLES_DIR, BACKUPS_DIR, NOTEBOOK_FILE, NOTES_DIR } from './paths';
import { missingNotebookProblem } from './problems';

/**
 * The folder steps of an open: the folder made (`create`) or checked, its lock taken for writing,
 * and a new notebook written into it when it has none and `create` asks for one. Returns the lock
 * (null when not writing or `lock: false`), released again if a later step here fails.
 */
export async function openFolder(dir: string, opts: OpenOptions, schemaVersion: number): Promise<NotebookLock | null> {
  const writable = !opts.readOnly;
  if (opts.create && writable) await fs.mkdir(dir, { recursive: true });
  await assertFolder(dir);

  const lock = writable && opts.lock !== false ? await acquireLock(dir) : null;
  try {
    if (!(await hasNotebookFile(dir))) {
      await assertNoNotebookRemains(dir);
      if (!opts.create || !writable) throw new NotANotebookError(dir);
      await assertEmptyForCreate(dir);
      await createNotebookFiles(dir, opts.name, schemaVersion);
    }
    return lock;
  } catch (err) {
    await lock?.release();
    throw err;
  }
}

/** Throw NotANotebookError unless `dir` is an existing folder. */
export async function assertFolder(dir: string): Promise<void> {
  try {
    if ((await fs.stat(dir)).isDirectory()) return;
  } catch (err) {
    if (!hasCode(err, 'ENOENT', 'ENOTDIR')) throw err;
    throw new NotANotebookError(dir, `The folder "${dir}" does not exist. Choose an existing notebook, or create a new one.`);
  }
  throw new NotANotebookError(dir, `"${dir}" is a file, not a notebook folder.`);
}

export async function hasNotebookFile(dir: string): Promise<boolean> {
  return exists(path.join(dir, NOTEBOOK_FILE));
}

/**
 * notebook.json is missing. If a damaged copy or backups are here, this *was* a notebook: say so
 * and point at the backup, instead of "not a notebook" (or worse, creating a fresh empty one).
 */
export async function assertNoNotebookRemains(dir: string): Promise<void> {
  const damaged = (await readdirOrEmpty(dir)).filter((n) => n.startsWith(`${NOTEBOOK_FILE}.damaged-`)).sort();
  const hasBackups = (await readdirOrEmpty(path.join(dir, BACKUPS_DIR))).some((n) => !n.startsWith('.'));
  if (!damaged.length && !hasBackups) return;
  const backup = await newestVerifiedBackup(dir);
  throw new NotebookDamagedError(dir, [missingNotebookProblem(damaged, backup)], backup?.id ?? null);
}

/**
 * A new notebook goes into an empty folder (hidden files aside), never on top of someone's files.
 * Empty skeleton folders are allowed: they are what a create interrupted before notebook.json
 * was written leaves behind, and the next create must be able to finish the job.
 */
export async function assertEmptyForCreate(dir: string): Promise<void> {
  const skeleton = new Set([ARTICLES_DIR, NOTES_DIR, BACKUPS_DIR]);
  for (const name of await readdirOrEmpty(dir)) {
    if (name.startsWith('.')) continue;
    const leftover = skeleton.has(name) && (await readdirOrEmpty(path.join(dir, name))).every((n) => n.startsWith('.'));
    if (!leftover) {
      throw new NotANotebookError(
        dir,
        `The folder "${dir}" is not empty and is not a Quotebook notebook, so a notebook was not created there. Choose an empty folder.`,
      );
    }
  }
}

/** Default name: the folder name without a `.quotebook` suffix. */
function defaultName(dir: string): string {
  return path.basename(dir).replace(/\.quotebook$/i, '') || 'Notebook';
}

/** Write the skeleton of a new notebook; notebook.json last, since it is what marks a notebook. */
export async function createNotebookFiles(dir: string, name: string | undefined, schemaVersion: number): Promise<void> {
  await fs.mkdir(path.join(dir, ARTICLES_DIR), { recursive: true });
  await fs.mkdir(path.join(dir, NOTES_DIR), { recursive: true });
  await fs.mkdir(path.join(dir, BACKUPS_DIR), { recursive: true });
  const file: NotebookFile = NotebookFileSchema.parse({
    format: 'quotebook-notebook',
    schemaVersion,
    id: randomUUID(),
    name: (name ?? defaultName(dir)).slice(0, 300),
    createdAt: new Date().toISOString(),
    actors: [],
    tags: [],
    settings: {},
  });
  await writeFileDurable(path.join(dir, NOTEBOOK_FILE), `${JSON.stringify(file, null, 2)}\n`);
  await fsyncDir(path.dirname(dir)); // the notebook folder itself may be new
}
