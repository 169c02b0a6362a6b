/**
 * Reading a whole notebook folder into memory. Damaged files are moved aside (when we may write)
 * and reported rather than thrown, so one bad article never hides the other 9,999; only an
 * unusable notebook.json stops the open. Files are read with bounded concurrency so 10,000
 * articles load in parallel without running out of file handles.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  ArticleFileSchema,
  NotebookFileSchema,
  NoteFileSchema,
  type ArticleFile,
  type NotebookFile,
  type NoteFile,
} from '../../shared/model';
import { DamagedFileError } from './errors';
import { makeDoc, readDoc, setDoc, type Doc } from './docs';
import { fileTimestamp, isTempName, mapLimit, moveNoOverwrite, readdirOrEmpty } from './fsUtil';
import type { Migrator } from './migrations';
import { ARTICLES_DIR, DATA_FILE_RE, NOTEBOOK_FILE, NOTES_DIR, absPath, type Collection } from './paths';
import type { DamageRecord } from './problems';

const READ_CONCURRENCY = 64;

export interface LoadOptions {
  migrator: Migrator;
  /** False for read-only opens: damaged files stay where they are and temp files are kept. */
  canWrite: boolean;
  /** `'later'`: only list the article files (`articleIds`); `loadArticleFiles` reads them. */
  articles?: 'now' | 'later';
}

export interface LoadedNotebook {
  /** null when notebook.json is damaged (see `damage`). */
  notebook: Doc<NotebookFile> | null;
  articles: Map<string, Doc<ArticleFile>>;
  /** Every article file present, by id, whether read yet or not. */
  articleIds: string[];
  notes: Map<string, Doc<NoteFile>>;
  damage: DamageRecord[];
  /** Files from a newer Quotebook: the notebook must be read-only. */
  newerVersionFiles: string[];
  /** Files upgraded in memory; `writeBack` saves the upgraded content (after a backup). */
  migrated: Array<{ rel: string; writeBack: () => Promise<void> }>;
}

/** The article part of a load, for reading the articles after the rest (see NotebookStore.open). */
export type LoadedArticles = Pick<LoadedNotebook, 'articles' | 'damage' | 'newerVersionFiles' | 'migrated'>;

/** Remove `.x.json.<pid>.<rand>.tmp` files left by a writer that was killed mid-save. */
async function removeTempLeftovers(dir: string): Promise<void> {
  for (const sub of ['', ARTICLES_DIR, NOTES_DIR]) {
    const folder = path.join(dir, sub);
    for (const name of await readdirOrEmpty(folder)) {
      if (isTempName(name)) await fs.rm(path.join(folder, name), { force: true });
    }
  }
}

/** `name.damaged-<time>` next to the file; a damaged file is never overwritten or deleted. */
export async function moveAsideDamaged(dir: string, rel: string): Promise<string> {
  const abs = absPath(dir, rel);
  const used = await moveNoOverwrite(abs, `${abs}.damaged-${fileTimestamp()}`);
  return path.relative(dir, used).split(path.sep).join('/');
}

/** What reading some files found; `loadNotebook` and `loadArticleFiles` both fill one. */
type Findings = Pick<LoadedNotebook, 'damage' | 'newerVersionFiles' | 'migrated'>;

/** Read one doc; on damage record it in `found` (and move it aside) and return false. */
async function loadOne<T>(dir: string, doc: Doc<T>, schema: z.ZodType<T>, innerId: (data: T) => string | null, opts: LoadOptions, found: Findings): Promise<boolean> {
  let damage: DamagedFileError | null;
  try {
    if (!(await readDoc(doc))) return false;
    damage = idMismatch(doc.rel, innerId(doc.low.data));
  } catch (err) {
    if (!(err instanceof DamagedFileError)) throw err;
    damage = err;
  }
  if (!damage) {
    if (doc.adapter.lastReadMigrated) found.migrated.push({ rel: doc.rel, writeBack: () => doc.adapter.write(doc.low.data) });
    return true;
  }
  if (damage.kind === 'newer-version') {
    // Not damage: leave the file alone. Show it if its known fields still fit our schema (loose
    // schemas keep the fields we do not know).
    found.newerVersionFiles.push(doc.rel);
    const parsed = schema.safeParse(damage.raw);
    const shown = parsed.success && !idMismatch(doc.rel, innerId(parsed.data));
    if (parsed.success && shown) setDoc(doc, parsed.data);
    found.damage.push({ file: doc.rel, kind: damage.kind, detail: damage.detail, shown });
    return shown;
  }
  const rec: DamageRecord = { file: doc.rel, kind: damage.kind, detail: damage.detail };
  if (opts.canWrite) rec.movedTo = await moveAsideDamaged(dir, doc.rel);
  found.damage.push(rec);
  return false;
}

const byFile = (a: DamageRecord, b: DamageRecord) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export async function loadNotebook(dir: string, opts: LoadOptions): Promise<LoadedNotebook> {
  const result: LoadedNotebook = { notebook: null, articles: new Map(), notes: new Map(), articleIds: [], damage: [], newerVersionFiles: [], migrated: [] };
  if (opts.canWrite) await removeTempLeftovers(dir);

  const notebook = makeDoc(dir, NOTEBOOK_FILE, 'quotebook-notebook', NotebookFileSchema, opts.migrator);
  const [articleNames, noteNames] = await Promise.all([listIds(dir, ARTICLES_DIR), listIds(dir, NOTES_DIR)]);
  result.articleIds = articleNames;
  const noteDocs = noteNames.map((id) => makeDoc(dir, `${NOTES_DIR}/${id}.json`, 'quotebook-note', NoteFileSchema, opts.migrator));
  const noteOk = new Array<boolean>(noteDocs.length).fill(false);
  const jobs: Array<() => Promise<void>> = [
    async () => {
      if (await loadOne(dir, notebook, NotebookFileSchema, () => null, opts, result)) result.notebook = notebook;
    },
    ...noteDocs.map((doc, i) => async () => {
      noteOk[i] = await loadOne(dir, doc, NoteFileSchema, (d) => d.note.id, opts, result);
    }),
  ];
  await mapLimit(jobs, READ_CONCURRENCY, (job) => job());
  noteDocs.forEach((doc, i) => noteOk[i] && result.notes.set(noteNames[i] as string, doc));

  if (opts.articles !== 'later') {
    const articles = await loadArticleFiles(dir, articleNames, opts);
    result.articles = articles.articles;
    result.damage.push(...articles.damage);
    result.newerVersionFiles.push(...articles.newerVersionFiles);
    result.migrated.push(...articles.migrated);
  }
  result.damage.sort(byFile);
  return result;
}

/** Reads and checks the article files `ids` (as listed by `loadNotebook`), 64 at a time. */
export async function loadArticleFiles(dir: string, ids: readonly string[], opts: LoadOptions): Promise<LoadedArticles> {
  const result: LoadedArticles = { articles: new Map(), damage: [], newerVersionFiles: [], migrated: [] };
  const docs = ids.map((id) => makeDoc(dir, `${ARTICLES_DIR}/${id}.json`, 'quotebook-article', ArticleFileSchema, opts.migrator));
  const ok = await mapLimit(docs, READ_CONCURRENCY, (doc) => loadOne(dir, doc, ArticleFileSchema, (d) => d.article.id, opts, result));
  // Keep name order (the order on disk), independent of which read finished first.
  docs.forEach((doc, i) => ok[i] && result.articles.set(ids[i] as string, doc));
  result.damage.sort(byFile);
  return result;
}

/**
 * The file name is the id (saves go to `<id>.json`); a file whose inner id differs would be
 * shadowed or duplicated by the next save, so it counts as invalid.
 */
function idMismatch(rel: string, innerId: string | null): DamagedFileError | null {
  const expected = path.posix.basename(rel, '.json');
  if (innerId === null || innerId === expected) return null;
  return new DamagedFileError(rel, 'invalid', `it holds id "${innerId}" but its file name says "${expected}".`);
}

async function listIds(dir: string, sub: Collection): Promise<string[]> {
  return (await readdirOrEmpty(path.join(dir, sub)))
    .filter((n) => DATA_FILE_RE.test(n))
    .map((n) => n.slice(0, -'.json'.length))
    .sort();
}

