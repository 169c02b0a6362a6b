/**
 * The open notebook behind every front door. It owns the store and the lookup indexes the
 * services need (quote id → article id, content hash → article id), so that no operation has to
 * scan the whole notebook.
 */
import { NotebookStore, type RestoreResult } from '../store';
import { UserError } from '../../shared/api/result';
import type { ArticleFile, Quote } from '../../shared/model';
import { NotebookIndex } from '../search/notebookIndex';
import type { DocRef } from '../../shared/sync/docNames';
import type { TeamSyncStatus } from '../../shared/api/contract';
import type { TeamSync } from '../sync/teamSync';

/** Team sync (and with it the WebSocket client and server) loads only where a notebook syncs. */
const loadTeamSync = () => import('../sync/teamSync');

export interface SessionOptions {
  create?: boolean;
  readOnly?: boolean;
  name?: string;
  /** Default `'daily'`: a verified backup when opened for writing, at most one a day (see NotebookStore). */
  backupOnOpen?: boolean | 'daily';
  /**
   * Answer the library list before every article file is read and checked (the app and `serve`,
   * where the window should show rows at once); every other operation waits for `ready`.
   */
  deferChecks?: boolean;
}

/** Every front door opens through a session, so each takes the daily backup unless told otherwise. */
const withDefaults = (options: SessionOptions): SessionOptions => ({ backupOnOpen: 'daily', ...options });

export class NotebookSession {
  private current: NotebookStore;
  private quoteIndex = new Map<string, string>();
  private hashIndex = new Map<string, string>();
  /** Article id → the ids of its quotes (so an article's entries can be dropped without a scan). */
  private quotesOf = new Map<string, Set<string>>();

  #unwatch: () => void = () => undefined;
  /** Continuous team sync, in the process that owns the notebook (see enableTeamSync). */
  #teamSync: Promise<TeamSync> | null = null;
  #teamSyncOn = false;
  /** The full-text index, opened at the first search (a cache outside the notebook). */
  #search: NotebookIndex | null = null;
  /** Settles when the current notebook's articles are checked and indexed here. */
  #ready: Promise<void>;
  /** Whether notebooks open with their article checks in the background (kept for switchTo). */
  #deferChecks: boolean;

  private constructor(store: NotebookStore, deferChecks: boolean) {
    this.current = store;
    this.#deferChecks = deferChecks;
    this.#ready = this.#indexWhenChecked(store);
  }

  /** The lookup indexes need every article, so they are built once the store has checked them. */
  #indexWhenChecked(store: NotebookStore): Promise<void> {
    const index = () => {
      if (this.current !== store) return;
      this.rebuildIndexes();
      this.watch();
    };
    if (!store.checking) {
      index();
      return Promise.resolve();
    }
    const ready = store.checked.then(index);
    ready.catch(() => undefined); // reported to every operation that waits for it
    return ready;
  }

  /**
   * Settles when every article of the notebook has been read and checked (damaged ones moved aside
   * and reported). Operations other than the library list wait for it (see createOperations).
   */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Changes that reach the files from elsewhere (a sync peer, another window's note) keep the indexes right. */
  private watch(): void {
    this.#unwatch();
    this.#unwatch = this.current.onChange((change) => {
      if (change.ref.kind !== 'article' || change.origin === 'local') return;
      this.forgetArticle(change.ref.id);
      const file = change.file as ArticleFile | null;
      if (file) this.reindexArticle(file);
    });
  }

  /** Opens (and with `create`, creates) the notebook in `dir`. */
  static async open(dir: string, options: SessionOptions = {}): Promise<NotebookSession> {
    return new NotebookSession(await NotebookStore.open(dir, withDefaults(options)), options.deferChecks ?? false);
  }

  /** The open store. */
  get store(): NotebookStore {
    return this.current;
  }

  #switchListeners = new Set<(store: NotebookStore) => void>();

  /** Hears the session move to another notebook (the live channel follows it). */
  onSwitch(listener: (store: NotebookStore) => void): () => void {
    this.#switchListeners.add(listener);
    return () => this.#switchListeners.delete(listener);
  }

  /** Closes the current notebook and opens another; on failure the current one stays open. */
  async switchTo(dir: string, options: SessionOptions = {}): Promise<void> {
    if (dir === this.current.dir) return;
    const next = await NotebookStore.open(dir, withDefaults({ deferChecks: this.#deferChecks, ...options }));
    const previous = this.current;
    this.current = next;
    const search = this.#search;
    this.#search = null;
    this.#unwatch();
    this.quoteIndex.clear();
    this.hashIndex.clear();
    this.quotesOf.clear();
    this.#ready = this.#indexWhenChecked(next);
    for (const listener of this.#switchListeners) listener(next);
    await this.#stopTeamSync();
    if (this.#teamSyncOn) this.#teamSync = this.#startTeamSync(next);
    await search?.close();
    await previous.close();
  }

  /** The article file holding `articleId`, or a not-found error for the user. */
  articleFile(articleId: string): ArticleFile {
    const file = this.current.article(articleId);
    if (!file) throw articleNotFound(articleId);
    return file;
  }

  /** The article file holding quote `quoteId`. */
  articleOfQuote(quoteId: string): ArticleFile {
    const articleId = this.quoteIndex.get(quoteId);
    const file = articleId ? this.current.article(articleId) : undefined;
    if (!file) throw quoteNotFound(quoteId);
    return file;
  }

  /**
   * Changes article `articleId` inside its write queue, so `change` sees every earlier change
   * (no lost updates when edits overlap), and keeps the indexes in step. Returns the saved file.
   */
  async changeArticle(articleId: string, change: (current: ArticleFile) => ArticleFile): Promise<ArticleFile> {
    const done = await this.current.updateArticle(articleId, change);
    if (!done) throw articleNotFound(articleId);
    if (done.next !== done.previous) this.reindexArticle(done.next, done.previous);
    return done.next;
  }

  /** Changes the article holding quote `quoteId`; `change` gets that quote as it is now. */
  async changeArticleOfQuote(quoteId: string, change: (current: ArticleFile, quote: Quote) => ArticleFile): Promise<ArticleFile> {
    const articleId = this.quoteIndex.get(quoteId);
    const done =
      articleId &&
      (await this.current.updateArticle(articleId, (file) => {
        const quote = file.quotes.find((q) => q.id === quoteId);
        if (!quote) throw quoteNotFound(quoteId);
        return change(file, quote);
      }));
    if (!done) throw quoteNotFound(quoteId);
    if (done.next !== done.previous) this.reindexArticle(done.next, done.previous);
    return done.next;
  }

  /** True when some article of the notebook holds quote `quoteId`. */
  hasQuote(quoteId: string): boolean {
    return this.quoteIndex.has(quoteId);
  }

  /** The id of an article with this content hash, if one was imported already. */
  articleWithHash(hash: string): string | undefined {
    const id = this.hashIndex.get(hash);
    return id && this.current.article(id) ? id : undefined;
  }

  /** Keeps the indexes in step after an article file was written or removed. */
  reindexArticle(file: ArticleFile | undefined, previous?: ArticleFile): void {
    if (previous) this.forgetArticle(previous.article.id, previous.article.contentHash);
    if (file) {
      const ids = new Set(file.quotes.map((q) => q.id));
      for (const id of ids) this.quoteIndex.set(id, file.article.id);
      this.quotesOf.set(file.article.id, ids);
      this.hashIndex.set(file.article.contentHash, file.article.id);
    }
  }

  /** Drops an article's quotes (and its content hash) from the indexes. */
  private forgetArticle(articleId: string, contentHash?: string): void {
    for (const id of this.quotesOf.get(articleId) ?? []) if (this.quoteIndex.get(id) === articleId) this.quoteIndex.delete(id);
    this.quotesOf.delete(articleId);
    for (const [hash, id] of contentHash ? [[contentHash, this.hashIndex.get(contentHash)] as const] : this.hashIndex) {
      if (id === articleId) this.hashIndex.delete(hash);
    }
  }

  /** The notebook's search index, up to date with its files (opened and caught up on first use). */
  async searchIndex({ discard = false } = {}): Promise<NotebookIndex> {
    const store = this.current;
    if (this.#search && (discard || this.#search.stale)) {
      // Its file is thrown away only when SQLite could not use it; a stale one just catches up.
      const old = this.#search;
      this.#search = null;
      await old.close();
      if (discard) old.discardFile();
    }
    this.#search ??= NotebookIndex.open(store);
    const search = this.#search;
    await search.ready;
    return search;
  }

  /**
   * Puts a verified backup back (the store backs up the current files first) and rebuilds what is
   * derived from the files: the lookup indexes here and the search index.
   */
  async restoreBackup(id: string): Promise<RestoreResult> {
    const result = await this.current.restoreBackup(id);
    this.rebuildIndexes();
    // A stale index catches up with the files at the next search (see searchIndex()).
    if (this.#search) this.#search.stale = true;
    return result;
  }

  /** Tells an open search index about a file the store restored without announcing it. */
  searchRefresh(ref: DocRef): void {
    this.#search?.refresh(ref);
  }

  /**
   * Syncs with the notebook's team server on its own from now on (the app and `quotebook serve`
   * do; a single command line run does not). Follows the session to another notebook.
   */
  enableTeamSync(): void {
    this.#teamSyncOn = true;
    this.#teamSync ??= this.#startTeamSync(this.current);
  }

  /** Team sync reads every article, so it starts once they are checked. */
  async #startTeamSync(store: NotebookStore): Promise<TeamSync> {
    const [sync] = await Promise.all([loadTeamSync(), store.checked]);
    return sync.startTeamSync(store);
  }

  /** Where team sync stands: null when it is off or the notebook has no team server. */
  async teamSyncStatus(): Promise<TeamSyncStatus | null> {
    return (await this.#teamSync)?.status() ?? null;
  }

  /** A round now: the continuous sync's when it runs, otherwise one round of this process's own. */
  async syncNow(): Promise<TeamSyncStatus | null> {
    const running = await this.#teamSync;
    return running ? running.syncNow() : (await loadTeamSync()).roundOnce(this.current);
  }

  async #stopTeamSync(): Promise<void> {
    const running = this.#teamSync;
    this.#teamSync = null;
    await (await running)?.stop();
  }

  async close(): Promise<void> {
    this.#teamSyncOn = false;
    await this.#stopTeamSync();
    this.#unwatch();
    const search = this.#search;
    this.#search = null;
    await search?.close();
    await this.current.close();
  }

  private rebuildIndexes(): void {
    this.quoteIndex.clear();
    this.hashIndex.clear();
    this.quotesOf.clear();
    for (const file of this.current.articles()) this.reindexArticle(file);
  }
}

const articleNotFound = (id: string) => new UserError('not-found', `There is no article with id "${id}" in this notebook. It may have been deleted.`);
const quoteNotFound = (id: string) => new UserError('not-found', `There is no quote with id "${id}". It may have been deleted.`);
