/**
 * The article files listed when a notebook opens, and their checks: every file read, validated
 * and installed by the store (damaged ones moved aside and reported). With deferred checks the
 * store returns first; meanwhile the library is listed from the catalog (see catalogKeeper.ts),
 * and the checks start once it has been (or after a moment), so the window's first rows need not
 * share the disk and the processor with 10,000 file reads.
 */
import type { ArticleFile, ArticleSummary } from '../../shared/model';
import type { CatalogKeeper } from './catalogKeeper';
import type { Migrator } from './migrations';
import { articleDoc } from './storeFiles';

type Compare = (a: ArticleSummary, b: ArticleSummary) => number;

export class ArticleChecks {
  #checking = true;
  #start: () => void = () => undefined;
  #done: Promise<void> = Promise.resolve();

  constructor(
    readonly ids: string[],
    private readonly dir: string,
    private readonly migrator: Migrator,
    private readonly catalog: CatalogKeeper,
  ) {}

  /** True while the article files are still being read and checked. */
  get checking(): boolean {
    return this.#checking;
  }

  /** Settles when the checks are done (rejects when they failed). */
  get done(): Promise<void> {
    return this.#done;
  }

  /** Runs the checks now. */
  async runNow(check: () => Promise<void>): Promise<void> {
    await check();
    this.#checking = false;
  }

  /** Runs the checks once the library has been listed, or after `waitMs`; returns `done`. */
  defer(check: () => Promise<void>, waitMs: number): Promise<void> {
    const listed = new Promise<void>((start) => {
      this.#start = start;
      // Not unref'd: a process whose only work left is these checks (a script awaiting `ready`)
      // would otherwise exit before they start, silently and with exit code 0.
      setTimeout(start, waitMs);
    });
    this.#done = listed.then(() => this.runNow(check));
    return this.#done;
  }

  /** Starts deferred checks at once (the library was listed, or the notebook is closing). */
  start(): void {
    this.#start();
  }

  /**
   * What the library lists about each article. While the checks run it comes from the catalog
   * for every file it still describes (size, mtime and inode unchanged) and from the file itself
   * otherwise; a damaged file is left out (the checks report it). After them, `installed()`.
   */
  async summaries(installed: () => ArticleSummary[]): Promise<ArticleSummary[]> {
    if (this.#checking) {
      const fromDisk = await this.catalog.summariesFromDisk(this.ids, this.#readForList);
      this.start();
      if (fromDisk) return fromDisk;
      await this.#done;
    }
    return installed();
  }

  /**
   * The first `limit` summaries in `compare` order and how many articles there are, for the
   * library's first screen. While the checks run only the files on that first page are stamped
   * (not all of them, as `summaries` does), and the checks are not started by it: the whole
   * list, asked for next, starts them. A file the catalog does not know may be missing here.
   */
  async firstSummaries(compare: Compare, limit: number, installed: () => ArticleSummary[]): Promise<{ summaries: ArticleSummary[]; total: number }> {
    if (this.#checking) {
      const first = await this.catalog.firstFromDisk(this.ids, compare, limit, this.#readForList);
      if (first) return { summaries: first, total: this.ids.length };
    }
    const all = (await this.summaries(installed)).sort(compare);
    return { summaries: all.slice(0, limit), total: all.length };
  }

  /** Reads and checks one article file for the list before the checks did; null when damaged. */
  #readForList = async (id: string): Promise<ArticleFile | null> => {
    try {
      return (await articleDoc(this.dir, id, this.migrator).adapter.read()) ?? null;
    } catch {
      return null;
    }
  };
}
