/**
 * Fills the store's state (storeState.ts) with what loader.ts read: notebook.json and the notes
 * when the notebook opens or a backup is restored, the article files once the checks have read
 * them. Damaged files become problems, a file from a newer Quotebook makes the notebook read-only,
 * and upgraded files are written back only after one backup that holds them all as they were.
 */
import { stampsOf, type FileStamp } from './articleCatalog';
import { createBackup, newestVerifiedBackup } from './backups';
import type { CatalogKeeper } from './catalogKeeper';
import { NotebookDamagedError } from './errors';
import { assertNoNotebookRemains } from './folder';
import { loadArticleFiles, loadNotebook, type LoadedArticles, type LoadedNotebook } from './loader';
import type { Migrator } from './migrations';
import { ARTICLES_DIR, NOTEBOOK_FILE, absPath } from './paths';
import { currentProblems, findingsToProblems } from './problemReport';
import { NEWER_VERSION_REASON } from './problems';
import type { StoreState } from './storeState';

export class StateLoader {
  /** Upgraded notebook.json and notes, written back with the articles (one backup first for all). */
  #migrateLater: LoadedNotebook['migrated'] = [];

  constructor(
    private readonly state: StoreState,
    private readonly dir: string,
    private readonly migrator: Migrator,
    private readonly keepBackups: number | undefined,
  ) {}

  /**
   * At open: installs notebook.json and the notes, and only lists the article files (read later
   * by `checkArticles`); returns their ids. Throws NotebookDamagedError like `install`.
   */
  async installShell(canWrite: boolean): Promise<string[]> {
    const shell = await loadNotebook(this.dir, { migrator: this.migrator, canWrite, articles: 'later' });
    await this.install(shell, { articlesLater: true });
    return shell.articleIds;
  }

  /**
   * Installs freshly loaded notebook.json, notes and (unless `articlesLater`) articles; throws
   * NotebookDamagedError if notebook.json is unusable.
   */
  async install(loaded: LoadedNotebook, { articlesLater = false } = {}): Promise<void> {
    const problems = await findingsToProblems(this.dir, loaded, !loaded.notebook);
    if (!loaded.notebook) {
      if (!problems.some((p) => p.file === NOTEBOOK_FILE)) {
        // notebook.json vanished between the existence check and the read.
        await assertNoNotebookRemains(this.dir);
      }
      throw new NotebookDamagedError(this.dir, problems.filter((p) => p.file === NOTEBOOK_FILE), (await newestVerifiedBackup(this.dir))?.id ?? null);
    }
    this.state.notebook = loaded.notebook;
    this.state.articles = loaded.articles;
    this.state.notes = loaded.notes;
    this.state.problems = await currentProblems(this.dir, problems);
    // Upgrades wait for the articles, so one backup before migrating holds every file as it was.
    if (articlesLater) this.#migrateLater = loaded.migrated;
    await this.#adoptVersions(articlesLater ? { ...loaded, migrated: [] } : loaded);
  }

  /**
   * Reads and checks the article files `ids` listed at open, then installs them: damaged ones
   * moved aside and reported, and the catalog rebuilt from what was read.
   */
  async checkArticles(ids: string[], catalog: CatalogKeeper, canWrite: boolean): Promise<void> {
    // Stamped before reading: a file changed in between gets a stale entry, never a wrong one.
    const stamps = await stampsOf(ids.map((id) => absPath(this.dir, `${ARTICLES_DIR}/${id}.json`)));
    const loaded = await loadArticleFiles(this.dir, ids, { migrator: this.migrator, canWrite });
    await this.#adoptArticles(loaded);
    catalog.adopt(new Map([...loaded.articles].map(([id, doc]) => [id, doc.low.data])), new Map<string, FileStamp | null>(ids.map((id, i) => [id, stamps[i] ?? null])));
    await this.state.releaseLockIfReadOnly();
  }

  /** Installs the articles the checks read, beside what `install` put there at open. */
  async #adoptArticles(loaded: LoadedArticles): Promise<void> {
    const problems = await findingsToProblems(this.dir, loaded, false);
    this.state.articles = loaded.articles;
    this.state.problems = await currentProblems(this.dir, [...this.state.problems, ...problems]);
    await this.#adoptVersions({ ...loaded, migrated: [...this.#migrateLater, ...loaded.migrated] });
    this.#migrateLater = [];
  }

  /** Files from a newer Quotebook make the notebook read-only; older ones are upgraded on disk. */
  async #adoptVersions(loaded: LoadedArticles): Promise<void> {
    if (loaded.newerVersionFiles.length) {
      this.state.makeReadOnly(NEWER_VERSION_REASON);
    } else if (loaded.migrated.length && !this.state.readOnly) {
      // The backup holds the files as they were before any migration is written back.
      // createBackup directly: the store's backup() queues behind a running restore, which may be us.
      await createBackup(this.dir, `before-migration-to-v${this.migrator.targetVersion}`, { keep: this.keepBackups });
      for (const m of loaded.migrated) await m.writeBack();
    }
  }
}
