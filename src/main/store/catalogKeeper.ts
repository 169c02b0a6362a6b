/**
 * Keeps the article catalog (see articleCatalog.ts) in step with the store: read at open, used for
 * the library while the articles are still being checked, rebuilt from what the checks read, and
 * refreshed after every article write in that file's write queue. Saved a moment after the last
 * change and when the notebook closes; a save that never happens costs only a slower next open,
 * because stale entries are recognised by their stamps.
 */
import type { ArticleFile, ArticleSummary } from '../../shared/model';
import { catalogPath, readCatalog, sameStamp, stampOf, summariseArticle, writeCatalog, type CatalogEntry, type FileStamp } from './articleCatalog';
import { mapLimit } from './fsUtil';
import { ARTICLES_DIR, absPath } from './paths';

/**
 * Saves wait this long for more changes: a save writes the whole catalog (about 400 bytes an
 * article), so a burst of edits or an import of 200 articles saves it once, not per file.
 */
const SAVE_DELAY_MS = 5000;
/** Above this share of files unknown to the catalog, the library waits for the checks instead. */
const MOSTLY_UNKNOWN = 0.2;

export class CatalogKeeper {
  #entries: Map<string, CatalogEntry>;
  /** id → the in-memory file its entry describes (a frozen object: identity means "unchanged"). */
  #madeFrom = new Map<string, ArticleFile>();
  #timer: NodeJS.Timeout | null = null;
  #saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    private readonly file: string,
    entries: Map<string, CatalogEntry>,
    private readonly canSave: boolean,
  ) {
    this.#entries = entries;
  }

  /** The saved catalog of the notebook in `dir` (empty when there is none). Only a writer saves. */
  static async open(dir: string, canSave: boolean): Promise<CatalogKeeper> {
    const file = catalogPath(dir);
    return new CatalogKeeper(dir, file, await readCatalog(file, dir), canSave);
  }

  #abs(id: string): string {
    return absPath(this.dir, `${ARTICLES_DIR}/${id}.json`);
  }

  /**
   * Summaries of the article files `ids` as they are on disk now, without reading the files the
   * catalog still describes. A file it does not describe is read with `read` (which checks it like
   * any read; null when it is damaged: it is left out here and reported by the checks). Null
   * when the catalog describes too few of the files to help: then wait for the checks.
   */
  async summariesFromDisk(ids: readonly string[], read: (id: string) => Promise<ArticleFile | null>): Promise<ArticleSummary[] | null> {
    // Without a catalog worth the name, reading the files here would only race the checks for the disk.
    if (this.#entries.size < ids.length * (1 - MOSTLY_UNKNOWN)) return null;
    const summaries: Array<ArticleSummary | null> = [];
    const unknown: Array<{ at: number; id: string; stamp: FileStamp }> = [];
    for (const id of ids) {
      const stamp = stampOf(this.#abs(id));
      const entry = this.#entries.get(id);
      if (!stamp) continue; // gone since the notebook was listed
      if (entry && sameStamp(entry, stamp)) summaries.push(entry.summary);
      else {
        unknown.push({ at: summaries.length, id, stamp });
        summaries.push(null);
      }
    }
    if (unknown.length > ids.length * MOSTLY_UNKNOWN) return null;
    await mapLimit(unknown, 16, async ({ at, id, stamp }) => {
      const file = await read(id);
      if (!file || file.article.id !== id) return;
      // Stamped before the read: if the file changed in between, the entry is stale, never wrong.
      const summary = summariseArticle(file);
      this.#entries.set(id, { ...stamp, summary });
      summaries[at] = summary;
    });
    if (unknown.length) this.#scheduleSave(SAVE_DELAY_MS); // what was learnt here spares the next open a read
    return summaries.filter((s): s is ArticleSummary => s !== null);
  }

  /**
   * The first `limit` summaries of the files `ids` in `compare` order, stamping only the files
   * that make it onto that page: an entry whose file changed is read again (and dropped when it
   * is damaged or gone). Files the catalog does not describe are read too when they are few, and
   * left to the whole list when they are many. Null when the catalog describes too few files.
   */
  async firstFromDisk(
    ids: readonly string[],
    compare: (a: ArticleSummary, b: ArticleSummary) => number,
    limit: number,
    read: (id: string) => Promise<ArticleFile | null>,
  ): Promise<ArticleSummary[] | null> {
    if (this.#entries.size < ids.length * (1 - MOSTLY_UNKNOWN)) return null;
    const known: CatalogEntry[] = [];
    const unknown: string[] = [];
    for (const id of ids) {
      const entry = this.#entries.get(id);
      if (entry) known.push(entry);
      else unknown.push(id);
    }
    const fresh = async (id: string): Promise<ArticleSummary | null> => {
      const stamp = stampOf(this.#abs(id));
      if (!stamp) return null;
      const file = await read(id);
      return file && file.article.id === id ? summariseArticle(file) : null;
    };
    const page: ArticleSummary[] = [];
    if (unknown.length <= limit) for (const summary of await Promise.all(unknown.map(fresh))) if (summary) page.push(summary);
    known.sort((a, b) => compare(a.summary, b.summary));
    // Walk down the order until `limit` unchanged files are on the page. A changed file is read
    // again and placed by what it holds now, which may be further down: it does not count.
    let unchanged = 0;
    for (const entry of known) {
      if (unchanged >= limit) break;
      const id = entry.summary.id;
      if (sameStamp(entry, stampOf(this.#abs(id)))) {
        page.push(entry.summary);
        unchanged++;
      } else {
        const summary = await fresh(id);
        if (summary) page.push(summary);
      }
    }
    return page.sort(compare).slice(0, limit);
  }

  /**
   * Entries for every article the checks read. `stamps` were taken before the reads, so an entry
   * whose stamp still holds describes the file that was read and its summary is kept as it was.
   */
  adopt(articles: ReadonlyMap<string, ArticleFile>, stamps: ReadonlyMap<string, FileStamp | null>): void {
    const next = new Map<string, CatalogEntry>();
    let kept = 0;
    this.#madeFrom.clear();
    for (const [id, file] of articles) {
      const stamp = stamps.get(id);
      if (!stamp) continue;
      const old = this.#entries.get(id);
      const holds = old !== undefined && sameStamp(old, stamp);
      if (holds) kept++;
      next.set(id, { ...stamp, summary: holds ? old.summary : summariseArticle(file) });
      this.#madeFrom.set(id, file);
    }
    // An open that changes nothing (most command line runs) does not rewrite the catalog.
    const unchanged = kept === next.size && next.size === this.#entries.size;
    this.#entries = next;
    if (!unchanged) this.#scheduleSave(0);
  }

  /** The summary of an article in memory: its entry's when the entry describes this very file. */
  summaryOf(id: string, file: ArticleFile): ArticleSummary {
    const entry = this.#entries.get(id);
    return entry && this.#madeFrom.get(id) === file ? entry.summary : summariseArticle(file);
  }

  /** After article `id` was written or removed (inside its write queue, so memory matches the disk). */
  refresh(id: string, file: ArticleFile | undefined): void {
    if (file && this.#madeFrom.get(id) === file) return; // nothing was written
    const stamp = file ? stampOf(this.#abs(id)) : null;
    if (file && stamp) {
      this.#entries.set(id, { ...stamp, summary: summariseArticle(file) });
      this.#madeFrom.set(id, file);
    } else {
      this.#entries.delete(id);
      this.#madeFrom.delete(id);
    }
    this.#scheduleSave(SAVE_DELAY_MS);
  }

  /** Forgets every entry (after a backup replaced the files); the next open reads them all. */
  clear(): void {
    this.#entries.clear();
    this.#madeFrom.clear();
    this.#scheduleSave(0);
  }

  #scheduleSave(delay: number): void {
    if (!this.canSave || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#save();
    }, delay);
    this.#timer.unref();
  }

  #save(): Promise<void> {
    const entries = new Map(this.#entries);
    // One save at a time, in order; a failed save (a full disk) only costs a slower next open.
    this.#saving = this.#saving.then(() => writeCatalog(this.file, this.dir, entries)).catch(() => undefined);
    return this.#saving;
  }

  /** Saves what is pending now (when the notebook closes). */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
      await this.#save();
    }
    await this.#saving;
  }
}
