/**
 * Deleting moves a file into `trash/<collection>/<id>.json.deleted-<time>` instead of unlinking it,
 * so an article deleted by mistake (with all its quotes) can be brought back.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readDoc, type Doc } from './docs';
import { InvalidDataError } from './errors';
import { fileTimestamp, fsyncDir, hasCode, moveNoOverwrite, readdirOrEmpty } from './fsUtil';
import { TRASH_DIR, type Collection } from './paths';
import { IdSchema } from '../../shared/model';

function assertId(id: string): void {
  // The id becomes part of a path; refuse anything that is not a valid id before touching disk.
  if (!IdSchema.safeParse(id).success) throw new InvalidDataError('id', [`"${id}" is not a valid id`]);
}

/** Move `<collection>/<id>.json` into the trash. False if the file did not exist. */
export async function deleteToTrash(dir: string, collection: Collection, id: string): Promise<boolean> {
  assertId(id);
  const from = path.join(dir, collection, `${id}.json`);
  const trashDir = path.join(dir, TRASH_DIR, collection);
  await fs.mkdir(trashDir, { recursive: true });
  try {
    await moveNoOverwrite(from, path.join(trashDir, `${id}.json.deleted-${fileTimestamp()}`));
  } catch (err) {
    if (hasCode(err, 'ENOENT')) return false;
    throw err;
  }
  await fsyncDir(trashDir);
  await fsyncDir(path.dirname(from));
  return true;
}

/** Names of trashed versions of `id`, oldest first. */
export async function trashedVersions(dir: string, collection: Collection, id: string): Promise<string[]> {
  assertId(id);
  const prefix = `${id}.json.deleted-`;
  return (await readdirOrEmpty(path.join(dir, TRASH_DIR, collection))).filter((n) => n.startsWith(prefix)).sort();
}

/**
 * Put the newest trashed version of `id` back and read it into `doc`. Refuses if a live file with
 * that id exists (restoring must not replace newer work) or if the trashed file is damaged.
 */
export async function restoreFromTrash<T>(dir: string, collection: Collection, id: string, liveExists: boolean, doc: Doc<T>): Promise<void> {
  const versions = await trashedVersions(dir, collection, id);
  const what = collection === 'articles' ? 'article' : 'note';
  if (!versions.length) {
    throw new InvalidDataError(what, [`no deleted ${what} "${id}" in the trash`], `There is no deleted ${what} "${id}" in the trash to restore.`);
  }
  if (liveExists) {
    throw new InvalidDataError(what, [`"${id}" exists`], `The ${what} "${id}" already exists, so the deleted copy was not restored over it.`);
  }
  const trashed = path.join(dir, TRASH_DIR, collection, versions[versions.length - 1] as string);
  const target = doc.adapter.filename;
  // link fails if the target exists, so a file created meanwhile is never replaced.
  try {
    await fs.link(trashed, target);
  } catch (err) {
    if (hasCode(err, 'EEXIST')) {
      throw new InvalidDataError(what, [`"${id}" exists`], `The ${what} "${id}" already exists, so the deleted copy was not restored over it.`);
    }
    if (!hasCode(err, 'EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS', 'EMLINK')) throw err;
    await fs.copyFile(trashed, target, fs.constants.COPYFILE_EXCL);
  }
  try {
    await readDoc(doc);
  } catch (err) {
    // Damaged (or from a newer version) in the trash: undo, so the trash copy stays the only one.
    await fs.rm(target, { force: true });
    throw err;
  }
  await fs.rm(trashed, { force: true });
  await fsyncDir(path.dirname(target));
  await fsyncDir(path.dirname(trashed));
}
