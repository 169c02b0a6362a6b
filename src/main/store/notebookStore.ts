/**
 * The notebook store: one folder, one writer, one file per article/note, everything in memory.
 * Saving a quote rewrites only that article's file, so save cost does not grow with the notebook.
 * Every write validates first, writes durably, and only then changes memory, so memory never
 * shows something that is not on disk.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Doc as YDoc } from 'yjs';
import type { ArticleFile, ArticleSummary, Author, NotebookFile, NoteFile } from '../../shared/model';
import type { DocRef } from '../../shared/sync/docNames';
import type { AnyFile } from '../sync/fileMapping';
import { Replica } from '../sync/replica';
import type { SharedDoc } from '../sync/sharedDoc';
import { stampsOf, type FileStamp } from './articleCatalog';
import { ArticleChecks } from './articleChecks';
import { createBackup, listBackups, newestVerifiedBackup, type BackupInfo, type CreateBackupOptions } from './backups';
import { CatalogKeeper } from './catalogKeeper';
import { writeDoc, type Doc } from './docs';
import { InvalidDataError, NotANotebookError, NotebookDamagedError, ReadOnlyNotebookError, type StoreProblem } from './errors';
import { assertEmptyForCreate, assertFolder, assertNoNotebookRemains, createNotebookFiles, hasNotebookFile } from './folder';
import { LiveFiles, type FileChange, type LiveFilesHost } from './liveFiles';
import { liveHostOf } from './liveHost';
import { loadArticleFiles, loadNotebook, type LoadedArticles, type LoadedNotebook } from './loader';
import { acquireLock, type NotebookLock } from './lock';
import { defaultMigrator, type Migrator } from './migrations';
import { backupOnOpen } from './openBackup';
import type { OpenOptions } from './openOptions';
import { ARTICLES_DIR, NOTEBOOK_FILE, absPath } from './paths';
import { acknowledgeMovedAside, PROBLEMS_FILE } from './problemLedger';
import { currentProblems, findingsToProblems } from './problemReport';
import { NEWER_VERSION_REASON } from './problems';
import { restoreBackupFiles, type RestoreResult } from './restore';
import { folderOf, idOf, newDoc, NOTEBOOK_REF, queueKey, validateAs, type FileKind, type KindFile } from './storeFiles';
import { deleteToTrash, restoreFromTrash } from './trash';
import { WriteQueues } from './writeQueues';

export type { OpenOptions } from './openOptions';

/** Deferred article checks begin at the latest this long after the open. */
const CHECKS_WAIT_MS = 1500;

export class NotebookStore {
  /** What was wrong with files when the notebook was opened (or last restored). */
  problems: StoreProblem[] = [];
  readOnly: boolean;
  /** Why the store is read-only, in words for the analyst; null when writable. */
  readOnlyReason: string | null;

  #notebook!: Doc<NotebookFile>;
  #articles = new Map<string, Doc<ArticleFile>>();
  #notes = new Map<string, Doc<NoteFile>>();
  // Operations on the same file run in call order; others overlap. Writes wait for the deferred
  // checks and for a running restoreBackup.
  #queues = new WriteQueues();
  #closed = false;
  /** The live state (shared documents) every save goes through; null for read-only opens. */
  #live: LiveFiles | null = null;
  /** What the library shows about each article, without reading the files (see catalogKeeper.ts). */
  #catalog!: CatalogKeeper;
  /** The article files present at open, read and checked by `#checkArticles`. */
  #checks!: ArticleChecks;
  /** Upgraded notebook.json and notes, written back with the articles (one backup first for all). */
  #migrateLater: LoadedNotebook['migrated'] = [];

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
      store.#catalog = await CatalogKeeper.open(abs, writable);
      store.#checks = new ArticleChecks(shell.articleIds, abs, migrator, store.#catalog);
      await store.#releaseLockIfReadOnly();
      const startLive = () => (!store.readOnly && opts.live !== false ? store.#startLive(opts.author, shell.articleIds.length) : undefined);
      if (!opts.deferChecks) {
        await store.#checks.runNow(() => store.#checkArticles(writable));
        if (!store.readOnly && opts.backupOnOpen) await store.#backupOnOpen(opts.backupOnOpen);
        await startLive();
        return store;
      }
      await startLive();
      // Every write (and restore) waits for the checks.
      store.#queues.holdUntil(store.#checks.defer(() => store.#checkArticles(writable), CHECKS_WAIT_MS));
      // Queued behind the checks like any write (inside them it would wait for itself). A daily
      // backup that fails is reported as a problem; close() waits for it.
      const backupOnOpen = opts.backupOnOpen;
      if (backupOnOpen) void store.#checks.done.then(() => (store.readOnly ? undefined : store.#backupOnOpen(backupOnOpen))).catch(() => undefined);
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
    const ids = this.#checks.ids;
    // Stamped before reading: a file changed in between gets a stale entry, never a wrong one.
    const stamps = await stampsOf(ids.map((id) => absPath(this.dir, `${ARTICLES_DIR}/${id}.json`)));
    const loaded = await loadArticleFiles(this.dir, ids, { migrator: this.migrator, canWrite });
    await this.#adoptArticles(loaded);
    this.#catalog.adopt(new Map([...loaded.articles].map(([id, doc]) => [id, doc.low.data])), new Map<string, FileStamp | null>(ids.map((id, i) => [id, stamps[i] ?? null])));
    await this.#releaseLockIfReadOnly();
  }

  /** A notebook with files from a newer Quotebook: we will not write, so let others. */
  async #releaseLockIfReadOnly(): Promise<void> {
    if (this.readOnly && this.lock) {
      await this.lock.release();
      this.lock = null;
    }
  }

  /** Installs the articles the checks read (see #checkArticles), beside what the open installed. */
  async #adoptArticles(loaded: LoadedArticles): Promise<void> {
    const problems = await findingsToProblems(this.dir, loaded, false);
    this.#articles = loaded.articles;
    this.problems = await currentProblems(this.dir, [...this.problems, ...problems]);
    await this.#adoptVersions({ ...loaded, migrated: [...this.#migrateLater, ...loaded.migrated] });
    this.#migrateLater = [];
  }

  /** Install freshly loaded state; throws NotebookDamagedError if notebook.json is unusable. */
  async #load(loaded: LoadedNotebook, { articlesLater = false } = {}): Promise<void> {
    const problems = await findingsToProblems(this.dir, loaded, !loaded.notebook);
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
    return this.#checks.done;
  }

  /** True while the article files are still being read and checked. */
  get checking(): boolean {
    return this.#checks.checking;
  }

  /** What the library lists about each article (see ArticleChecks.summaries). */
  articleSummaries(): Promise<ArticleSummary[]> {
    return this.#checks.summaries(() => this.#installedSummaries());
  }

  /** The library's first screen (see ArticleChecks.firstSummaries). */
  firstArticleSummaries(compare: (a: ArticleSummary, b: ArticleSummary) => number, limit: number): Promise<{ summaries: ArticleSummary[]; total: number }> {
    return this.#checks.firstSummaries(compare, limit, () => this.#installedSummaries());
  }

  #installedSummaries(): ArticleSummary[] {
    return [...this.#articles].map(([id, doc]) => this.#catalog.summaryOf(id, doc.low.data));
  }

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
      return this.#save(NOTEBOOK_REF, this.#notebook, validateAs(NOTEBOOK_REF, draft, this.migrator.targetVersion) as NotebookFile);
    });
  }

  /** Save one article file (its quotes included). Writes only `articles/<id>.json`. */
  putArticle(file: ArticleFile): Promise<ArticleFile> {
    return this.#put('article', file);
  }

  /**
   * Read-modify-write of one article inside its write queue: `change` sees the file as the
   * previous change left it, so two edits of one article at once (a tag and an about-actor added
   * a moment apart) both survive. `change` returns the new file, or the same object to write
   * nothing; whatever it throws reaches the caller and nothing is written. Undefined when there is
   * no such article (it may have been deleted while the change waited).
   */
  updateArticle(id: string, change: (current: ArticleFile) => ArticleFile): Promise<{ previous: ArticleFile; next: ArticleFile } | undefined> {
    return this.#update('article', id, change);
  }

  /** Move `articles/<id>.json` to the trash. False if there was no such article. */
  deleteArticle(id: string): Promise<boolean> {
    return this.#delete('article', id);
  }

  /** Bring back the most recently deleted version of an article from the trash. */
  restoreArticle(id: string): Promise<ArticleFile> {
    return this.#restore('article', id);
  }

  putNote(file: NoteFile): Promise<NoteFile> {
    return this.#put('note', file);
  }

  /** Read-modify-write of one note inside its write queue (see updateArticle). */
  async updateNote(id: string, change: (current: NoteFile) => NoteFile): Promise<NoteFile | undefined> {
    return (await this.#update('note', id, change))?.next;
  }

  deleteNote(id: string): Promise<boolean> {
    return this.#delete('note', id);
  }

  restoreNote(id: string): Promise<NoteFile> {
    return this.#restore('note', id);
  }

  async #put<K extends FileKind>(kind: K, file: KindFile<K>): Promise<KindFile<K>> {
    this.#assertWritable();
    const next = validateAs({ kind, id: '' }, file, this.migrator.targetVersion) as KindFile<K>;
    const id = idOf(next);
    const ref: DocRef = { kind, id };
    return this.#serial(queueKey(ref), async () => {
      if (this.#live) return (await this.#live.commit(ref, next)) as KindFile<K>;
      const docs = this.#docsOf(kind);
      const doc = docs.get(id) ?? newDoc(this.dir, kind, id, this.migrator);
      await writeDoc(doc, next);
      docs.set(id, doc);
      return next;
    });
  }

  async #update<K extends FileKind>(kind: K, id: string, change: (current: KindFile<K>) => KindFile<K>): Promise<{ previous: KindFile<K>; next: KindFile<K> } | undefined> {
    this.#assertWritable();
    const ref: DocRef = { kind, id };
    return this.#serial(queueKey(ref), async () => {
      const docs = this.#docsOf(kind);
      if (docs.has(id)) await this.#live?.reconcile(ref);
      const doc = docs.get(id);
      if (!doc) return undefined;
      const previous = doc.low.data as KindFile<K>;
      const changed = change(previous);
      if (changed === previous) return { previous, next: previous };
      const next = validateAs(ref, changed, this.migrator.targetVersion) as KindFile<K>;
      if (idOf(next) !== id) throw new InvalidDataError(kind, [`its id changed from "${id}" to "${idOf(next)}"`]);
      return { previous, next: (await this.#save(ref, doc, next)) as KindFile<K> };
    });
  }

  async #delete(kind: FileKind, id: string): Promise<boolean> {
    this.#assertWritable();
    return this.#serial(queueKey({ kind, id }), async () => {
      const docs = this.#docsOf(kind);
      const known = docs.has(id);
      if (known && this.#live) {
        await this.#live.commit({ kind, id }, null);
        return true;
      }
      const moved = await deleteToTrash(this.dir, folderOf(kind), id);
      docs.delete(id);
      return known || moved;
    });
  }

  async #restore<K extends FileKind>(kind: K, id: string): Promise<KindFile<K>> {
    this.#assertWritable();
    return this.#serial(queueKey({ kind, id }), async () => {
      const docs = this.#docsOf(kind);
      const doc = newDoc(this.dir, kind, id, this.migrator);
      await restoreFromTrash(this.dir, folderOf(kind), id, docs.has(id), doc);
      docs.set(id, doc);
      if (this.#live) return (await this.#live.restore({ kind, id })) as KindFile<K>;
      return doc.low.data as KindFile<K>;
    });
  }

  #docsOf(kind: FileKind): Map<string, Doc<AnyFile>> {
    return (kind === 'article' ? this.#articles : this.#notes) as Map<string, Doc<AnyFile>>;
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
    const problem = await backupOnOpen(this.dir, mode, this.#articles.size + this.#notes.size > 0, (reason) => this.backup(reason));
    if (problem) this.problems = [...this.problems, problem];
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
    return this.#queues.alone(async () => {
      // createBackup directly: this.backup() would queue behind this very restore.
      const result = await restoreBackupFiles(this.dir, id, () => createBackup(this.dir, 'before-restore', { keep: this.keepBackups }));
      await this.#load(await loadNotebook(this.dir, { migrator: this.migrator, canWrite: true }));
      this.#catalog.clear(); // every file was replaced: the next open reads them all
      if (this.#live) await this.#live.reconcileAll(this.#allRefs());
      return result;
    });
  }

  /** Wait for pending writes, then release the lock. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#checks?.start(); // close waits for them
    await this.#queues.idle();
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
    return this.#inLiveQueue(ref, (live) => live.applyRemote(ref, updates, origin));
  }

  /** Changes a shared document directly (e.g. the sync registry), in its file's write queue. */
  changeShared(ref: DocRef, mutate: (doc: YDoc) => void, origin: unknown): Promise<AnyFile | null> {
    this.#assertWritable();
    return this.#inLiveQueue(ref, (live) => live.change(ref, mutate, origin));
  }

  /** Runs `work` with the file's shared document loaded and settled, in that file's write queue. */
  withShared<R>(ref: DocRef, work: (shared: SharedDoc) => Promise<R> | R): Promise<R> {
    return this.#inLiveQueue(ref, async (live) => work(await live.reconcile(ref)));
  }

  #inLiveQueue<R>(ref: DocRef, work: (live: LiveFiles) => Promise<R>): Promise<R> {
    const live = this.#live;
    if (!live) throw new ReadOnlyNotebookError(this.dir, 'It has no live state.');
    return this.#serial(queueKey(ref), () => work(live));
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
    return liveHostOf(this.dir, this.migrator, { notebook: () => this.#notebook, articles: () => this.#articles, notes: () => this.#notes });
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
    // An article's catalog entry is refreshed in the file's queue, where memory matches the disk.
    const id = key.startsWith(`${ARTICLES_DIR}/`) ? key.slice(ARTICLES_DIR.length + 1) : null;
    return this.#queues.serial(key, id === null ? fn : () => fn().finally(() => this.#catalog.refresh(id, this.#articles.get(id)?.low.data)));
  }
}
