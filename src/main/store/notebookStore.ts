/**
 * The notebook store: one folder, one writer, one file per article/note, everything in memory.
 * Saving a quote rewrites only that article's file, so save cost does not grow with the notebook.
 * Every write validates first, writes durably, and only then changes memory, so memory never
 * shows something that is not on disk.
 */
import path from 'node:path';
import type { Doc as YDoc } from 'yjs';
import type { ArticleFile, ArticleSummary, Author, NotebookFile, NoteFile } from '../../shared/model';
import type { DocRef } from '../../shared/sync/docNames';
import type { AnyFile } from '../sync/fileMapping';
import { Replica } from '../sync/replica';
import type { SharedDoc } from '../sync/sharedDoc';
import { ArticleChecks } from './articleChecks';
import { createBackup, listBackups, type BackupInfo, type CreateBackupOptions } from './backups';
import { CatalogKeeper } from './catalogKeeper';
import { ReadOnlyNotebookError, type StoreProblem } from './errors';
import { FileWrites } from './fileWrites';
import { openFolder } from './folder';
import { LiveFiles, type FileChange, type LiveFilesHost } from './liveFiles';
import { liveHostOf } from './liveHost';
import { loadNotebook } from './loader';
import type { NotebookLock } from './lock';
import { defaultMigrator, type Migrator } from './migrations';
import { backupOnOpen } from './openBackup';
import type { OpenOptions } from './openOptions';
import { ARTICLES_DIR, NOTEBOOK_FILE } from './paths';
import { acknowledgeMovedAside, PROBLEMS_FILE } from './problemLedger';
import { currentProblems } from './problemReport';
import { restoreBackupFiles, type RestoreResult } from './restore';
import { StateLoader } from './stateLoader';
import { NOTEBOOK_REF, queueKey, validateAs } from './storeFiles';
import { StoreState } from './storeState';
import { WriteQueues } from './writeQueues';

export type { OpenOptions } from './openOptions';

/** Deferred article checks begin at the latest this long after the open. */
const CHECKS_WAIT_MS = 1500;

export class NotebookStore {
  /** The documents in memory, the problems, read-only or not, the lock (see storeState.ts). */
  readonly #state: StoreState;
  /** Fills #state at open, after the article checks and after a restore (see stateLoader.ts). */
  readonly #loader: StateLoader;
  /** Puts, updates, deletes and restores article and note files (see fileWrites.ts). */
  readonly #files: FileWrites;
  // Operations on the same file run in call order; others overlap. Writes wait for the deferred
  // checks and for a running restoreBackup.
  #queues = new WriteQueues();
  #closed = false;
  /** The live state (shared documents) every save goes through; null for read-only opens. */
  #live: LiveFiles | null = null;
  /** What the library shows about each article, without reading the files (see catalogKeeper.ts). */
  #catalog!: CatalogKeeper;
  /** The article files present at open, read and checked by StateLoader.checkArticles. */
  #checks!: ArticleChecks;

  private constructor(
    readonly dir: string,
    lock: NotebookLock | null,
    private readonly migrator: Migrator,
    private readonly keepBackups: number | undefined,
    readOnlyReason: string | null,
  ) {
    this.#state = new StoreState(lock, readOnlyReason);
    this.#loader = new StateLoader(this.#state, dir, migrator, keepBackups);
    this.#files = new FileWrites(dir, migrator, this.#state, { live: () => this.#live, serial: (key, fn) => this.#serial(key, fn), assertWritable: () => this.#assertWritable() });
  }

  /** What was wrong with files when the notebook was opened (or last restored). */
  get problems(): StoreProblem[] {
    return this.#state.problems;
  }

  get readOnly(): boolean {
    return this.#state.readOnly;
  }

  /** Why the store is read-only, in words for the analyst; null when writable. */
  get readOnlyReason(): string | null {
    return this.#state.readOnlyReason;
  }

  static async open(dir: string, opts: OpenOptions = {}): Promise<NotebookStore> {
    const abs = path.resolve(dir);
    const migrator = opts.migrator ?? defaultMigrator;
    const writable = !opts.readOnly;
    const lock = await openFolder(abs, opts, migrator.targetVersion);
    try {
      const store = new NotebookStore(abs, lock, migrator, opts.keepBackups, writable ? null : 'This notebook was opened read-only.');
      const articleIds = await store.#loader.installShell(writable);
      store.#catalog = await CatalogKeeper.open(abs, writable);
      store.#checks = new ArticleChecks(articleIds, abs, migrator, store.#catalog);
      await store.#state.releaseLockIfReadOnly();
      const checkArticles = () => store.#loader.checkArticles(store.#checks.ids, store.#catalog, writable);
      const startLive = () => (!store.readOnly && opts.live !== false ? store.#startLive(opts.author, articleIds.length) : undefined);
      if (!opts.deferChecks) {
        await store.#checks.runNow(checkArticles);
        if (!store.readOnly && opts.backupOnOpen) await store.#backupOnOpen(opts.backupOnOpen);
        await startLive();
        return store;
      }
      await startLive();
      // Every write (and restore) waits for the checks.
      store.#queues.holdUntil(store.#checks.defer(checkArticles, CHECKS_WAIT_MS));
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

  // ---- reading (in memory; returned values are frozen: clone before editing) ----

  notebook(): NotebookFile {
    return this.#state.notebook.low.data;
  }

  articles(): ArticleFile[] {
    return [...this.#state.articles.values()].map((d) => d.low.data);
  }

  article(id: string): ArticleFile | undefined {
    return this.#state.articles.get(id)?.low.data;
  }

  notes(): NoteFile[] {
    return [...this.#state.notes.values()].map((d) => d.low.data);
  }

  note(id: string): NoteFile | undefined {
    return this.#state.notes.get(id)?.low.data;
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
    return [...this.#state.articles].map(([id, doc]) => this.#catalog.summaryOf(id, doc.low.data));
  }

  // ---- writing ----

  /** Apply `mutator` to a copy of notebook.json, validate, save. Returns the saved value. */
  async updateNotebook(mutator: (draft: NotebookFile) => void): Promise<NotebookFile> {
    this.#assertWritable();
    // Accepted writes finish even if close() is called meanwhile: close waits for them.
    return this.#serial(NOTEBOOK_FILE, async () => {
      await this.#live?.reconcile(NOTEBOOK_REF);
      // Inside the chain, so two concurrent updates both see each other's result.
      const draft = structuredClone(this.#state.notebook.low.data);
      mutator(draft);
      return this.#files.save(NOTEBOOK_REF, this.#state.notebook, validateAs(NOTEBOOK_REF, draft, this.migrator.targetVersion) as NotebookFile);
    });
  }

  /** Save one article file (its quotes included). Writes only `articles/<id>.json`. */
  putArticle(file: ArticleFile): Promise<ArticleFile> {
    return this.#files.put('article', file);
  }

  /**
   * Read-modify-write of one article inside its write queue: `change` sees the file as the
   * previous change left it, so two edits of one article at once (a tag and an about-actor added
   * a moment apart) both survive. `change` returns the new file, or the same object to write
   * nothing; whatever it throws reaches the caller and nothing is written. Undefined when there is
   * no such article (it may have been deleted while the change waited).
   */
  updateArticle(id: string, change: (current: ArticleFile) => ArticleFile): Promise<{ previous: ArticleFile; next: ArticleFile } | undefined> {
    return this.#files.update('article', id, change);
  }

  /** Move `articles/<id>.json` to the trash. False if there was no such article. */
  deleteArticle(id: string): Promise<boolean> {
    return this.#files.delete('article', id);
  }

  /** Bring back the most recently deleted version of an article from the trash. */
  restoreArticle(id: string): Promise<ArticleFile> {
    return this.#files.restore('article', id);
  }

  putNote(file: NoteFile): Promise<NoteFile> {
    return this.#files.put('note', file);
  }

  /** Read-modify-write of one note inside its write queue (see updateArticle). */
  async updateNote(id: string, change: (current: NoteFile) => NoteFile): Promise<NoteFile | undefined> {
    return (await this.#files.update('note', id, change))?.next;
  }

  deleteNote(id: string): Promise<boolean> {
    return this.#files.delete('note', id);
  }

  restoreNote(id: string): Promise<NoteFile> {
    return this.#files.restore('note', id);
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
      this.#state.problems = await currentProblems(this.dir, this.#state.problems);
      return result;
    });
  }

  // ---- backups ----

  async #backupOnOpen(mode: true | 'daily'): Promise<void> {
    const problem = await backupOnOpen(this.dir, mode, this.#state.articles.size + this.#state.notes.size > 0, (reason) => this.backup(reason));
    if (problem) this.#state.problems = [...this.#state.problems, problem];
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
      await this.#loader.install(await loadNotebook(this.dir, { migrator: this.migrator, canWrite: true }));
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
    await this.#state.releaseLock();
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
    if (replica.created && (articleCount || this.#state.notes.size)) {
      // The first open with live state: keep the notebook as it was, in case anything goes wrong.
      await createBackup(this.dir, 'before-live-notebook', { keep: this.keepBackups });
    }
    this.#live = new LiveFiles(this.#liveHost(), replica);
  }

  #liveHost(): LiveFilesHost {
    return liveHostOf(this.dir, this.migrator, { notebook: () => this.#state.notebook, articles: () => this.#state.articles, notes: () => this.#state.notes });
  }

  // ---- internals ----

  #allRefs(): DocRef[] {
    return [NOTEBOOK_REF, ...[...this.#state.articles.keys()].map((id) => ({ kind: 'article' as const, id })), ...[...this.#state.notes.keys()].map((id) => ({ kind: 'note' as const, id }))];
  }

  #assertWritable(): void {
    if (this.#closed) throw new ReadOnlyNotebookError(this.dir, 'It has been closed.');
    if (this.readOnly) throw new ReadOnlyNotebookError(this.dir, this.readOnlyReason ?? 'This notebook is open read-only.');
  }

  #serial<R>(key: string, fn: () => Promise<R>): Promise<R> {
    // An article's catalog entry is refreshed in the file's queue, where memory matches the disk.
    const id = key.startsWith(`${ARTICLES_DIR}/`) ? key.slice(ARTICLES_DIR.length + 1) : null;
    return this.#queues.serial(key, id === null ? fn : () => fn().finally(() => this.#catalog.refresh(id, this.#state.articles.get(id)?.low.data)));
  }
}
