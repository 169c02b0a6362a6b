/**
 * The notebook store: one folder, one writer, one file per article/note, everything in memory.
 * Saving a quote rewrites only that article's file, so save cost does not grow with the notebook.
 * Every write validates first, writes durably, and only then changes memory, so memory never
 * shows something that is not on disk.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  ArticleFileSchema,
  NotebookFileSchema,
  NoteFileSchema,
  type ArticleFile,
  type NotebookFile,
  type NoteFile,
} from '../../shared/model';
import { createBackup, listBackups, newestVerifiedBackup, snapshotIds, type BackupInfo, type CreateBackupOptions } from './backups';
import { OPEN_REASON, openBackupIsRecent } from './backupPolicy';
import { makeDoc, writeDoc, type Doc } from './docs';
import { InvalidDataError, NotANotebookError, NotebookDamagedError, ReadOnlyNotebookError, type StoreProblem } from './errors';
import { assertEmptyForCreate, assertFolder, assertNoNotebookRemains, createNotebookFiles, hasNotebookFile } from './folder';
import { loadArticleFiles, loadNotebook, type LoadedArticles, type LoadedNotebook } from './loader';
import { CatalogKeeper } from './catalogKeeper';
import { stampsOf, type FileStamp } from './articleCatalog';
import { acquireLock, type NotebookLock } from './lock';
import { defaultMigrator, type Migrator } from './migrations';
import { NEWER_VERSION_REASON, toProblem } from './problems';
import { restoreBackupFiles, type RestoreResult } from './restore';
import { acknowledgeMovedAside, PROBLEMS_FILE, recordMovedAside } from './problemLedger';
import { currentProblems } from './problemReport';
import { deleteToTrash, restoreFromTrash } from './trash';
import { checkArticleFile, checkNotebookFile, validateFile } from './validate';
import { ARTICLES_DIR, NOTEBOOK_FILE, NOTES_DIR, absPath } from './paths';
import { LiveFiles, type FileChange, type LiveFilesHost } from './liveFiles';
import { Replica } from '../sync/replica';
import type { SharedDoc } from '../sync/sharedDoc';
import type { Doc as YDoc } from 'yjs';
import type { AnyFile } from '../sync/fileMapping';
import type { DocRef } from '../../shared/sync/docNames';
import type { ArticleSummary, Author } from '../../shared/model';

export interface OpenOptions {
  /** Create the notebook if the folder has no notebook.json (the folder must be empty or absent). */
  create?: boolean;
  /** Open without the lock; every write method throws ReadOnlyNotebookError. */
  readOnly?: boolean;
  /** Name for a newly created notebook (default: the folder name). */
  name?: string;
  /**
   * Take a verified backup right after opening (writable opens only). `'daily'`: only when no
   * backup on open was made in the last 24 hours and the notebook holds articles or notes; a
   * failure is reported as a problem instead of refusing to open.
   */
  backupOnOpen?: boolean | 'daily';
  /** Take the `.lock` (default true). Only turn off when the caller guarantees a single writer. */
  lock?: boolean;
  /** How many backups rotation keeps (default 10). */
  keepBackups?: number;
  /** Test seam: a migrator with a fake registry and target version. */
  migrator?: Migrator;
  /** Keep the live state (shared documents in `sync/`) beside the files (default: writable opens). */
  live?: boolean;
  /** Who edits through this copy when the notebook gets its live state now. */
  author?: Author;
  /**
   * Return before every article file is read and checked (the app and `serve`): the library is
   * shown from the article catalog meanwhile (`articleSummaries`), every write waits for the
   * checks, and `checked` settles when they are done (damaged files moved aside and reported).
   */
  deferChecks?: boolean;
}

const NOTEBOOK_REF: DocRef = { kind: 'notebook', id: '' };
/** Deferred article checks begin at the latest this long after the open. */
const CHECKS_WAIT_MS = 1500;

/** The write queue a shared document's file belongs to (the same keys the store's writes use). */
function queueKey(ref: DocRef): string {
  return ref.kind === 'notebook' ? NOTEBOOK_FILE : `${ref.kind === 'article' ? ARTICLES_DIR : NOTES_DIR}/${ref.id}`;
}

export class NotebookStore {
  /** What was wrong with files when the notebook was opened (or last restored). */
  problems: StoreProblem[] = [];
  readOnly: boolean;
  /** Why the store is read-only, in words for the analyst; null when writable. */
  readOnlyReason: string | null;

  #notebook!: Doc<NotebookFile>;
  #articles = new Map<string, Doc<ArticleFile>>();
  #notes = new Map<string, Doc<NoteFile>>();
  // One promise chain per file: operations on the same file run in call order; others overlap.
  #chains = new Map<string, Promise<unknown>>();
  #closed = false;
  // Settles when the running restoreBackup (if any) is done; new writes wait for it.
  #barrier: Promise<void> = Promise.resolve();
  /** The live state (shared documents) every save goes through; null for read-only opens. */
  #live: LiveFiles | null = null;
  /** What the library shows about each article, without reading the files (see catalogKeeper.ts). */
  #catalog!: CatalogKeeper;
  /** The article files present at open; read and checked by `#checkArticles`. */
  #articleIds: string[] = [];
  #checking = true;
  /** Lets deferred checks begin (see open). */
  #startChecks: () => void = () => undefined;
  /** Upgraded notebook.json and notes, written back with the articles (one backup first for all). */
  #migrateLater: LoadedNotebook['migrated'] = [];
  #checked: Promise<void> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private lock: NotebookLock | null,
    private readonly migrator: Migrator,
    private readonly keepBackups: number | undefined,
    readOnlyReason: string | null,
  ) {
    this.readOnly = readOnlyReason !== null;
    this.readOnlyReason = readOnlyReason;
  }

  static async open(dir: string, opts: OpenOptions = {}): Promise<NotebookStore> {
    const abs = path.resolve(dir);
    const migrator = opts.migrator ?? defaultMigrator;
    const writable = !opts.readOnly;
    if (opts.create && writable) await fs.mkdir(abs, { recursive: true });
    await assertFolder(abs);

    const lock = writable && opts.lock !== false ? await acquireLock(abs) : null;
    try {
      if (!(await hasNotebookFile(abs))) {
        await assertNoNotebookRemains(abs);
        if (!opts.create || !writable) throw new NotANotebookError(abs);
        await assertEmptyForCreate(abs);
        await createNotebookFiles(abs, opts.name, migrator.targetVersion);
      }
      const store = new NotebookStore(abs, lock, migrator, opts.keepBackups, writable ? null : 'This notebook was opened read-only.');
      // notebook.json and the notes now; the article files are only listed (see #checkArticles).
      const shell = await loadNotebook(abs, { migrator, canWrite: writable, articles: 'later' });
      await store.#load(shell, { articlesLater: true });
      store.#articleIds = shell.articleIds;
      store.#catalog = await CatalogKeeper.open(abs, writable);
      await store.#releaseLockIfReadOnly();
      const startLive = () => (!store.readOnly && opts.live !== false ? store.#startLive(opts.author, shell.articleIds.length) : undefined);
      if (!opts.deferChecks) {
        await store.#checkArticles(writable);
        if (!store.readOnly && opts.backupOnOpen) await store.#backupOnOpen(opts.backupOnOpen);
        await startLive();
        return store;
      }
      await startLive();
      // The checks start once the library has been listed (or after a moment): the window's first
      // rows then need not share the disk and the processor with 10,000 file reads.
      const listed = new Promise<void>((start) => {
        store.#startChecks = start;
        setTimeout(start, CHECKS_WAIT_MS).unref();
      });
      store.#checked = listed.then(() => store.#checkArticles(writable));
      // Every write (and restore) waits for the checks; the barrier itself never rejects.
      store.#barrier = store.#checked.then(
        () => undefined,
        () => undefined,
      );
      // Queued behind the checks like any write (inside them it would wait for itself). A daily
      // backup that fails is reported as a problem; close() waits for it.
      const backupOnOpen = opts.backupOnOpen;
      if (backupOnOpen) void store.#checked.then(() => (store.readOnly ? undefined : store.#backupOnOpen(backupOnOpen))).catch(() => undefined);
      return store;
    } catch (err) {
      await lock?.release();
      throw err;
    }
  }

  /**
   * Reads and checks every article file listed at open, then installs them: damaged ones moved
   * aside and reported, and the catalog rebuilt from what was read.
   */
  async #checkArticles(canWrite: boolean): Promise<void> {
    const ids = this.#articleIds;
    // Stamped before reading: a file changed in between gets a stale entry, never a wrong one.
    const stamps = await stampsOf(ids.map((id) => absPath(this.dir, `${ARTICLES_DIR}/${id}.json`)));
    const loaded = await loadArticleFiles(this.dir, ids, { migrator: this.migrator, canWrite });
    await this.#adoptArticles(loaded);
    this.#catalog.adopt(new Map([...loaded.articles].map(([id, doc]) => [id, doc.low.data])), new Map<string, FileStamp | null>(ids.map((id, i) => [id, stamps[i] ?? null])));
    this.#checking = false;
    await this.#releaseLockIfReadOnly();
  }

  /** A notebook with files from a newer Quotebook: we will not write, so let others. */
  async #releaseLockIfReadOnly(): Promise<void> {
    if (this.readOnly && this.lock) {
      await this.lock.release();
      this.lock = null;
    }
  }

  /** Records damage in the problems ledger and turns what was found into problems for the analyst. */
  async #findingsToProblems(loaded: LoadedArticles, notebookMissing: boolean): Promise<StoreProblem[]> {
    // Recorded first, so every later open reports them even if this one stops here.
    await recordMovedAside(this.dir, loaded.damage.flatMap((d) => (d.movedTo && d.kind !== 'newer-version' ? [{ file: d.file, movedTo: d.movedTo, kind: d.kind, detail: d.detail }] : [])));
    const needsBackup = loaded.damage.some((d) => d.kind !== 'newer-version') || notebookMissing;
    const backup = needsBackup ? await newestVerifiedBackup(this.dir) : null;
    return loaded.damage.map((d) => toProblem(d, backup));
  }

  /** Installs the articles the checks read (see #checkArticles), beside what the open installed. */
  async #adoptArticles(loaded: LoadedArticles): Promise<void> {
    const problems = await this.#findingsToProblems(loaded, false);
    this.#articles = loaded.articles;
    this.problems = await currentProblems(this.dir, [...this.problems, ...problems]);
    await this.#adoptVersions({ ...loaded, migrated: [...this.#migrateLater, ...loaded.migrated] });
    this.#migrateLater = [];
  }

  /** Install freshly loaded state; throws NotebookDamagedError if notebook.json is unusable. */
  async #load(loaded: LoadedNotebook, { articlesLater = false } = {}): Promise<void> {
    const problems = await this.#findingsToProblems(loaded, !loaded.notebook);
    if (!loaded.notebook) {
      if (!problems.some((p) => p.file === NOTEBOOK_FILE)) {
        // notebook.json vanished between the existence check and the read.
        await assertNoNotebookRemains(this.dir);
      }
      throw new NotebookDamagedError(this.dir, problems.filter((p) => p.file === NOTEBOOK_FILE), (await newestVerifiedBackup(this.dir))?.id ?? null);
    }
    this.#notebook = loaded.notebook;
    this.#articles = loaded.articles;
    this.#notes = loaded.notes;
    this.problems = await currentProblems(this.dir, problems);
    // Upgrades wait for the articles, so one backup before migrating holds every file as it was.
    if (articlesLater) this.#migrateLater = loaded.migrated;
    await this.#adoptVersions(articlesLater ? { ...loaded, migrated: [] } : loaded);
  }

  /** Files from a newer Quotebook make the notebook read-only; older ones are upgraded on disk. */
  async #adoptVersions(loaded: LoadedArticles): Promise<void> {
    if (loaded.newerVersionFiles.length) {
      this.readOnly = true;
      this.readOnlyReason = NEWER_VERSION_REASON;
    } else if (loaded.migrated.length && !this.readOnly) {
      // The backup holds the files as they were before any migration is written back.
      // createBackup directly: this.backup() queues behind a running restore, which may be us.
      await createBackup(this.dir, `before-migration-to-v${this.migrator.targetVersion}`, { keep: this.keepBackups });
      for (const m of loaded.migrated) await m.writeBack();
    }
  }

  // ---- reading (in memory; returned values are frozen: clone before editing) ----

  notebook(): NotebookFile {
    return this.#notebook.low.data;
  }

  articles(): ArticleFile[] {
    return [...this.#articles.values()].map((d) => d.low.data);
  }

  article(id: string): ArticleFile | undefined {
    return this.#articles.get(id)?.low.data;
  }

  notes(): NoteFile[] {
    return [...this.#notes.values()].map((d) => d.low.data);
  }

  note(id: string): NoteFile | undefined {
    return this.#notes.get(id)?.low.data;
  }

  /**
   * Settles when every article file has been read and checked (at once unless the notebook was
   * opened with `deferChecks`). Until then `articles()` is empty and `problems` may be incomplete.
   */
  get checked(): Promise<void> {
    return this.#checked;
  }

  /** True while the article files are still being read and checked. */
  get checking(): boolean {
    return this.#checking;
  }

  /**
   * What the library lists about each article, in name order. While the checks run it comes from
   * the catalog for every file it still describes (size, mtime and inode unchanged) and from the
   * file itself otherwise; a damaged file is left out (the checks report it).
   */
  async articleSummaries(): Promise<ArticleSummary[]> {
    if (this.#checking) {
      const fromDisk = await this.#catalog.summariesFromDisk(this.#articleIds, this.#readForList);
      this.#startChecks();
      if (fromDisk) return fromDisk;
      await this.#checked;
    }
    return [...this.#articles].map(([id, doc]) => this.#catalog.summaryOf(id, doc.low.data));
  }

  /**
   * The first `limit` summaries in `compare` order and how many articles there are, for the
   * library's first screen. While the checks run only the files on that first page are stamped
   * (not all of them, as articleSummaries does), and the checks are not started by it: the whole
   * list, asked for next, starts them. A file the catalog does not know may be missing here.
   */
  async firstArticleSummaries(compare: (a: ArticleSummary, b: ArticleSummary) => number, limit: number): Promise<{ summaries: ArticleSummary[]; total: number }> {
    if (this.#checking) {
      const first = await this.#catalog.firstFromDisk(this.#articleIds, compare, limit, this.#readForList);
      if (first) return { summaries: first, total: this.#articleIds.length };
    }
    const all = (await this.articleSummaries()).sort(compare);
    return { summaries: all.slice(0, limit), total: all.length };
  }

  /** Reads and checks one article file for the list before the checks did; null when damaged. */
  #readForList = async (id: string): Promise<ArticleFile | null> => {
    const doc = makeDoc(this.dir, `${ARTICLES_DIR}/${id}.json`, 'quotebook-article', ArticleFileSchema, this.migrator);
    try {
      return (await doc.adapter.read()) ?? null;
    } catch {
      return null;
    }
  };

  // ---- writing ----

  /** Apply `mutator` to a copy of notebook.json, validate, save. Returns the saved value. */
  async updateNotebook(mutator: (draft: NotebookFile) => void): Promise<NotebookFile> {
    this.#assertWritable();
    // Accepted writes finish even if close() is called meanwhile: close waits for them.
    return this.#serial(NOTEBOOK_FILE, async () => {
      await this.#live?.reconcile(NOTEBOOK_REF);
      // Inside the chain, so two concurrent updates both see each other's result.
      const draft = structuredClone(this.#notebook.low.data);
      mutator(draft);
      const next = validateFile(NotebookFileSchema, draft, this.migrator.targetVersion, 'notebook');
      checkNotebookFile(next);
      return this.#save(NOTEBOOK_REF, this.#notebook, next);
    });
  }

  /** Save one article file (its quotes included). Writes only `articles/<id>.json`. */
  async putArticle(file: ArticleFile): Promise<ArticleFile> {
    this.#assertWritable();
    const next = validateFile(ArticleFileSchema, file, this.migrator.targetVersion, 'article');
    checkArticleFile(next);
    const id = next.article.id;
    return this.#serial(`${ARTICLES_DIR}/${id}`, async () => {
      const ref: DocRef = { kind: 'article', id };
      if (this.#live) return (await this.#live.commit(ref, next)) as ArticleFile;
      const doc = this.#articles.get(id) ?? makeDoc(this.dir, `${ARTICLES_DIR}/${id}.json`, 'quotebook-article', ArticleFileSchema, this.migrator);
      await writeDoc(doc, next);
      this.#articles.set(id, doc);
      return next;
    });
  }

  /**
   * Read-modify-write of one article inside its write queue: `change` sees the file as the
   * previous change left it, so two edits of one article at once (a tag and an about-actor added
   * a moment apart) both survive. `change` returns the new file, or the same object to write
   * nothing; whatever it throws reaches the caller and nothing is written. Undefined when there is
   * no such article (it may have been deleted while the change waited).
   */
  async updateArticle(id: string, change: (current: ArticleFile) => ArticleFile): Promise<{ previous: ArticleFile; next: ArticleFile } | undefined> {
    this.#assertWritable();
    return this.#serial(`${ARTICLES_DIR}/${id}`, async () => {
      const ref: DocRef = { kind: 'article', id };
      if (this.#articles.has(id)) await this.#live?.reconcile(ref);
      const doc = this.#articles.get(id);
      if (!doc) return undefined;
      const previous = doc.low.data;
      const changed = change(previous);
      if (changed === previous) return { previous, next: previous };
      const next = validateFile(ArticleFileSchema, changed, this.migrator.targetVersion, 'article');
      checkArticleFile(next);
      if (next.article.id !== id) throw new InvalidDataError('article', [`its id changed from "${id}" to "${next.article.id}"`]);
      return { previous, next: await this.#save(ref, doc, next) };
    });
  }

  /** Move `articles/<id>.json` to the trash. False if there was no such article. */
  async deleteArticle(id: string): Promise<boolean> {
    this.#assertWritable();
    return this.#serial(`${ARTICLES_DIR}/${id}`, async () => {
      const known = this.#articles.has(id);
      if (known && this.#live) {
        await this.#live.commit({ kind: 'article', id }, null);
        return true;
      }
      const moved = await deleteToTrash(this.dir, ARTICLES_DIR, id);
      this.#articles.delete(id);
      return known || moved;
    });
  }

  /** Bring back the most recently deleted version of an article from the trash. */
  async restoreArticle(id: string): Promise<ArticleFile> {
    this.#assertWritable();
    return this.#serial(`${ARTICLES_DIR}/${id}`, async () => {
      const doc = makeDoc(this.dir, `${ARTICLES_DIR}/${id}.json`, 'quotebook-article', ArticleFileSchema, this.migrator);
      await restoreFromTrash(this.dir, ARTICLES_DIR, id, this.#articles.has(id), doc);
      this.#articles.set(id, doc);
      if (this.#live) return (await this.#live.restore({ kind: 'article', id })) as ArticleFile;
      return doc.low.data;
    });
  }

  async putNote(file: NoteFile): Promise<NoteFile> {
    this.#assertWritable();
    const next = validateFile(NoteFileSchema, file, this.migrator.targetVersion, 'note');
    const id = next.note.id;
    return this.#serial(`${NOTES_DIR}/${id}`, async () => {
      if (this.#live) return (await this.#live.commit({ kind: 'note', id }, next)) as NoteFile;
      const doc = this.#notes.get(id) ?? makeDoc(this.dir, `${NOTES_DIR}/${id}.json`, 'quotebook-note', NoteFileSchema, this.migrator);
      await writeDoc(doc, next);
      this.#notes.set(id, doc);
      return next;
    });
  }

  /** Read-modify-write of one note inside its write queue (see updateArticle). */
  async updateNote(id: string, change: (current: NoteFile) => NoteFile): Promise<NoteFile | undefined> {
    this.#assertWritable();
    return this.#serial(`${NOTES_DIR}/${id}`, async () => {
      if (this.#notes.has(id)) await this.#live?.reconcile({ kind: 'note', id });
      const doc = this.#notes.get(id);
      if (!doc) return undefined;
      const changed = change(doc.low.data);
      if (changed === doc.low.data) return changed;
      const next = validateFile(NoteFileSchema, changed, this.migrator.targetVersion, 'note');
      return this.#save({ kind: 'note', id }, doc, next);
    });
  }

  async deleteNote(id: string): Promise<boolean> {
    this.#assertWritable();
    return this.#serial(`${NOTES_DIR}/${id}`, async () => {
      const known = this.#notes.has(id);
      if (known && this.#live) {
        await this.#live.commit({ kind: 'note', id }, null);
        return true;
      }
      const moved = await deleteToTrash(this.dir, NOTES_DIR, id);
      this.#notes.delete(id);
      return known || moved;
    });
  }

  async restoreNote(id: string): Promise<NoteFile> {
    this.#assertWritable();
    return this.#serial(`${NOTES_DIR}/${id}`, async () => {
      const doc = makeDoc(this.dir, `${NOTES_DIR}/${id}.json`, 'quotebook-note', NoteFileSchema, this.migrator);
      await restoreFromTrash(this.dir, NOTES_DIR, id, this.#notes.has(id), doc);
      this.#notes.set(id, doc);
      if (this.#live) return (await this.#live.restore({ kind: 'note', id })) as NoteFile;
      return doc.low.data;
    });
  }

  // ---- problems ----

  /**
   * Marks moved-aside damaged files as seen (`'all'`, or ids / moved-aside paths), so no front door
   * reports them any more. The damaged copies stay on disk.
   */
  async acknowledgeProblems(which: string[] | 'all'): Promise<{ acknowledged: string[]; unknown: string[] }> {
    this.#assertWritable();
    return this.#serial(PROBLEMS_FILE, async () => {
      const result = await acknowledgeMovedAside(this.dir, which);
      this.problems = await currentProblems(this.dir, this.problems);
      return result;
    });
  }

  // ---- backups ----

  async #backupOnOpen(mode: true | 'daily'): Promise<void> {
    if (mode === true) {
      await this.backup(OPEN_REASON);
      return;
    }
    if (!this.#articles.size && !this.#notes.size) return; // nothing worth a copy yet
    if (openBackupIsRecent(await snapshotIds(this.dir), new Date())) return;
    try {
      await this.backup(OPEN_REASON);
    } catch (err) {
      // The notebook still opens: refusing would keep the analyst from work that is intact.
      this.problems = [
        ...this.problems,
        {
          file: 'backups/',
          kind: 'backup-failed',
          message: `${(err as Error).message} (This was the daily backup taken when the notebook is opened; your files are unchanged.) Free some disk space, then run "quotebook backup create" or reopen the notebook.`,
        },
      ];
    }
  }

  /** Take a verified snapshot now (e.g. before a risky import). */
  async backup(reason: string, opts: Omit<CreateBackupOptions, 'keep'> = {}): Promise<BackupInfo> {
    this.#assertWritable(); // rotation deletes old backups: only the lock holder may do that
    return this.#serial('backups/', () => createBackup(this.dir, reason, { keep: this.keepBackups, ...opts }));
  }

  /** Verified backups, newest first. */
  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.dir);
  }

  /**
   * Replace the notebook's files with a verified backup and reload. The current files are first
   * backed up (a `before-restore` backup, so the restore can itself be restored) and kept in
   * `trash/before-restore-<time>/`.
   */
  async restoreBackup(id: string): Promise<RestoreResult> {
    this.#assertWritable();
    // Replaces every file, so it runs alone: after the writes already queued, before any new one.
    const pending = [...this.#chains.values(), this.#barrier];
    const work = (async () => {
      await Promise.all(pending);
      // createBackup directly: this.backup() would queue behind this very restore.
      const result = await restoreBackupFiles(this.dir, id, () => createBackup(this.dir, 'before-restore', { keep: this.keepBackups }));
      await this.#load(await loadNotebook(this.dir, { migrator: this.migrator, canWrite: true }));
      this.#catalog.clear(); // every file was replaced: the next open reads them all
      if (this.#live) await this.#live.reconcileAll(this.#allRefs());
      return result;
    })();
    this.#barrier = work.then(
      () => undefined,
      () => undefined,
    );
    return work;
  }

  /** Wait for pending writes, then release the lock. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#startChecks(); // close waits for them
    await this.#idle();
    await this.#catalog?.flush();
    this.#live?.replica.clear();
    await this.lock?.release();
    this.lock = null;
  }

  get closed(): boolean {
    return this.#closed;
  }

  // ---- live state (shared documents) ----

  /** The live state, for windows and sync peers; null when the notebook is read-only. */
  get live(): LiveFiles | null {
    return this.#live;
  }

  /** Hears every file written through the live state, whoever made the change. */
  onChange(listener: (change: FileChange) => void): () => void {
    return this.#live?.onChange(listener) ?? (() => undefined);
  }

  /** Applies updates to a shared document that arrived from elsewhere, in that file's write queue. */
  applyRemote(ref: DocRef, updates: readonly Uint8Array[], origin: unknown): Promise<AnyFile | null> {
    this.#assertWritable();
    const live = this.#live;
    if (!live) throw new ReadOnlyNotebookError(this.dir, 'It has no live state.');
    return this.#serial(queueKey(ref), () => live.applyRemote(ref, updates, origin));
  }

  /** Changes a shared document directly (e.g. the sync registry), in its file's write queue. */
  changeShared(ref: DocRef, mutate: (doc: YDoc) => void, origin: unknown): Promise<AnyFile | null> {
    this.#assertWritable();
    const live = this.#live;
    if (!live) throw new ReadOnlyNotebookError(this.dir, 'It has no live state.');
    return this.#serial(queueKey(ref), () => live.change(ref, mutate, origin));
  }

  /** Runs `work` with the file's shared document loaded and settled, in that file's write queue. */
  withShared<R>(ref: DocRef, work: (shared: SharedDoc) => Promise<R> | R): Promise<R> {
    const live = this.#live;
    if (!live) throw new ReadOnlyNotebookError(this.dir, 'It has no live state.');
    return this.#serial(queueKey(ref), async () => work(await live.reconcile(ref)));
  }

  async #startLive(author: Author | undefined, articleCount: number): Promise<void> {
    const replica = await Replica.open(this.dir, author ? { author } : {});
    if (replica.created && (articleCount || this.#notes.size)) {
      // The first open with live state: keep the notebook as it was, in case anything goes wrong.
      await createBackup(this.dir, 'before-live-notebook', { keep: this.keepBackups });
    }
    this.#live = new LiveFiles(this.#liveHost(), replica);
  }

  #liveHost(): LiveFilesHost {
    const docFor = (ref: DocRef): Doc<AnyFile> | undefined =>
      (ref.kind === 'notebook' ? this.#notebook : ref.kind === 'article' ? this.#articles.get(ref.id) : this.#notes.get(ref.id)) as Doc<AnyFile> | undefined;
    return {
      dir: this.dir,
      version: this.migrator.targetVersion,
      jsonDoc: docFor,
      newJsonDoc: (ref) =>
        (ref.kind === 'article'
          ? makeDoc(this.dir, `${ARTICLES_DIR}/${ref.id}.json`, 'quotebook-article', ArticleFileSchema, this.migrator)
          : ref.kind === 'note'
            ? makeDoc(this.dir, `${NOTES_DIR}/${ref.id}.json`, 'quotebook-note', NoteFileSchema, this.migrator)
            : this.#notebook) as Doc<AnyFile>,
      setJsonDoc: (ref, doc) => {
        const map = (ref.kind === 'article' ? this.#articles : this.#notes) as Map<string, Doc<AnyFile>>;
        if (ref.kind === 'notebook') return;
        if (doc) map.set(ref.id, doc);
        else map.delete(ref.id);
      },
      trash: async (ref) => {
        if (ref.kind !== 'notebook') await deleteToTrash(this.dir, ref.kind === 'article' ? ARTICLES_DIR : NOTES_DIR, ref.id);
      },
      notebook: () => this.#notebook.low.data,
      validate: (ref, value) => {
        if (ref.kind === 'notebook') {
          const next = validateFile(NotebookFileSchema, value, this.migrator.targetVersion, 'notebook');
          checkNotebookFile(next);
          return next;
        }
        if (ref.kind === 'article') {
          const next = validateFile(ArticleFileSchema, value, this.migrator.targetVersion, 'article');
          checkArticleFile(next);
          return next;
        }
        return validateFile(NoteFileSchema, value, this.migrator.targetVersion, 'note');
      },
    };
  }

  /** Writes one file: through the live state when there is one, directly otherwise. */
  async #save<T extends AnyFile>(ref: DocRef, doc: Doc<T>, next: T): Promise<T> {
    if (!this.#live) {
      await writeDoc(doc, next);
      return next;
    }
    return (await this.#live.commit(ref, next)) as T;
  }

  // ---- internals ----

  #allRefs(): DocRef[] {
    return [NOTEBOOK_REF, ...[...this.#articles.keys()].map((id) => ({ kind: 'article' as const, id })), ...[...this.#notes.keys()].map((id) => ({ kind: 'note' as const, id }))];
  }

  #assertWritable(): void {
    if (this.#closed) throw new ReadOnlyNotebookError(this.dir, 'It has been closed.');
    if (this.readOnly) throw new ReadOnlyNotebookError(this.dir, this.readOnlyReason ?? 'This notebook is open read-only.');
  }

  #serial<R>(key: string, fn: () => Promise<R>): Promise<R> {
    // Chains and the barrier never reject (see below), so `then(fn)` always runs fn.
    // An article's catalog entry is refreshed in the file's queue, where memory matches the disk.
    const id = key.startsWith(`${ARTICLES_DIR}/`) ? key.slice(ARTICLES_DIR.length + 1) : null;
    const work = id === null ? fn : () => fn().finally(() => this.#catalog.refresh(id, this.#articles.get(id)?.low.data));
    const run = Promise.all([this.#chains.get(key), this.#barrier]).then(work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#chains.set(key, settled);
    // Forget finished chains so the map does not grow with every id ever touched.
    void settled.then(() => {
      if (this.#chains.get(key) === settled) this.#chains.delete(key);
    });
    return run;
  }

  /** Resolves when no write and no restore is pending. */
  async #idle(): Promise<void> {
    for (;;) {
      const barrier = this.#barrier;
      await Promise.all([...this.#chains.values(), barrier]);
      if (!this.#chains.size && barrier === this.#barrier) return;
    }
  }
}
