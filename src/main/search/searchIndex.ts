/**
 * The full-text index: an SQLite FTS5 table (through node-sqlite3-wasm, no native build) over the
 * rows of indexRows.ts. It is a cache: rows live in an ordinary table (`entries`, indexed by the
 * file they came from) and FTS5 indexes them as external content, so one file's rows can be found
 * and replaced without a scan. Words are folded (case, diacritics: "erdogan" finds "Erdoğan").
 *
 * Calls are synchronous: a search and a save never interleave inside one call.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type * as SqliteWasm from 'node-sqlite3-wasm';
import type { Database } from 'node-sqlite3-wasm';
import { lazyRequire } from '../lazyRequire';
import type { SearchKind } from '../../shared/search/fields';
import { MARK_END, MARK_START } from '../../shared/search/snippet';
import { rowKey, type IndexRow } from './indexRows';

/** Bump when the tables or what goes into them change: an older index is then rebuilt. */
const FORMAT = '1';
/** Column weights for ranking: title, body, extra (comment, aliases, source). */
const WEIGHTS = '4.0, 1.0, 0.5';
const SNIPPET_WORDS = 24;
/**
 * Matches beyond this many (or the caller's limit, if larger) are not ranked. bm25 over 500 matching
 * rows of a synthetic 10,000-article notebook took 9–23 ms (min–median, wasm, load ~8); it grows
 * with the rows, so a higher bound would break the 30 ms target for queries just under it.
 */
export const RANK_AT_MOST = 500;
const ALL_KINDS: readonly SearchKind[] = ['article', 'quote', 'note', 'actor'];
/** `?, ?, …` for an IN list of n values bound as parameters. */
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
// SQLite's WebAssembly is compiled as the package loads: only commands that search pay for it.
const sqlite = lazyRequire<typeof SqliteWasm>('node-sqlite3-wasm');

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS files (owner TEXT PRIMARY KEY, stamp TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS entries (
    rowid INTEGER PRIMARY KEY, owner TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
    article_id TEXT NOT NULL, at INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, extra TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS entries_owner ON entries(owner);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, extra, content='entries', content_rowid='rowid',
    tokenize="unicode61 remove_diacritics 2");
`;

/** One matched row, with its snippet still marked (see snippet.ts). */
export interface MatchedRow {
  kind: SearchKind;
  id: string;
  articleId: string;
  at: number;
  title: string;
  score: number;
  snippet: string;
}

/** What `match` found: the rows, and when there were too many to rank, how many there were at least. */
export interface MatchResult {
  rows: MatchedRow[];
  /** Set when more rows matched than this: `rows` are then the newest matches (score 0), not the best. */
  moreThan: number | null;
}

type Keep = (kind: SearchKind, id: string, articleId: string) => boolean;

interface StoredRow extends IndexRow {
  rowid: number;
}

/**
 * Newest articles first, but each article's matches in the order they are read (rows of one
 * article are indexed top to bottom): newest first inside an article would list its paragraphs
 * backwards.
 */
function inReadingOrder<T extends { rowid: number; articleId: string }>(newestFirst: T[]): T[] {
  const byArticle = new Map<string, T[]>();
  for (const row of newestFirst) {
    const rows = byArticle.get(row.articleId);
    if (rows) rows.push(row);
    else byArticle.set(row.articleId, [row]);
  }
  return [...byArticle.values()].flatMap((rows) => rows.sort((a, b) => a.rowid - b.rowid));
}

export class SearchIndex {
  #db: Database;
  #keep: Keep = () => true;

  private constructor(db: Database) {
    this.#db = db;
    // Lets SQL ask the caller's filter about each matched row, so LIMIT applies after filtering.
    db.function('qb_keep', (kind, id, articleId) => this.#keep(kind as SearchKind, String(id), String(articleId)), { deterministic: false });
  }

  /**
   * Opens (or creates) the index at `file`; ':memory:' for one that lives only as long as the
   * process. An index of another format, or one SQLite cannot read, is thrown away and started again.
   */
  static open(file: string): SearchIndex {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
      // node-sqlite3-wasm locks with a directory beside the file; one left by a process that died
      // would lock us out forever. Only the notebook's one writer opens its index, so it is stale.
      rmSync(`${file}.lock`, { recursive: true, force: true });
    }
    try {
      return SearchIndex.#tryOpen(file);
    } catch {
      for (const suffix of ['', '-journal']) rmSync(`${file}${suffix}`, { force: true });
      return SearchIndex.#tryOpen(file);
    }
  }

  static #tryOpen(file: string): SearchIndex {
    const db = new (sqlite().Database)(file);
    try {
      // A cache: if the machine stops mid-write the index is rebuilt, so no fsync is needed.
      db.exec('PRAGMA synchronous = OFF; PRAGMA journal_mode = DELETE;');
      const format = SearchIndex.#format(db);
      if (format !== null && format !== FORMAT) {
        db.exec('DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS entries; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta;');
      }
      db.exec(SCHEMA);
      db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('format', ?)", [FORMAT]);
      // Reading a table finds a file that is not a database now rather than in the middle of a search.
      db.get('SELECT count(*) FROM files');
      return new SearchIndex(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  static #format(db: Database): string | null {
    const table = db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!table) return null;
    return (db.get("SELECT value FROM meta WHERE key = 'format'")?.value as string | undefined) ?? '';
  }

  /** The stamp recorded for every indexed file (what the file looked like when it was indexed). */
  stamps(): Map<string, string> {
    const rows = this.#db.all('SELECT owner, stamp FROM files') as { owner: string; stamp: string }[];
    return new Map(rows.map((r) => [r.owner, r.stamp]));
  }

  /** Runs `work` in one transaction (much faster for many files, and all-or-nothing). */
  transaction<T>(work: () => T): T {
    if (this.#db.inTransaction) return work();
    this.#db.exec('BEGIN');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Makes the index hold exactly `rows` for file `owner`; rows that did not change are left alone. */
  replace(owner: string, rows: readonly IndexRow[], stamp: string): void {
    this.transaction(() => {
      const old = this.#db.all('SELECT rowid, kind, id, article_id AS articleId, at, title, body, extra FROM entries WHERE owner = ?', [owner]) as unknown as StoredRow[];
      const wanted = new Map(rows.map((r) => [rowKey(r), r]));
      for (const row of old) {
        const next = wanted.get(rowKey(row));
        if (next && next.title === row.title && next.body === row.body && next.extra === row.extra && next.articleId === row.articleId) {
          wanted.delete(rowKey(row));
        } else this.#deleteRow(row);
      }
      if (wanted.size) {
        const insert = this.#db.prepare('INSERT INTO entries(owner, kind, id, article_id, at, title, body, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
        const index = this.#db.prepare('INSERT INTO fts(rowid, title, body, extra) VALUES (?, ?, ?, ?)');
        try {
          for (const r of wanted.values()) {
            const { lastInsertRowid } = insert.run([owner, r.kind, r.id, r.articleId, r.at, r.title, r.body, r.extra]);
            index.run([lastInsertRowid, r.title, r.body, r.extra]);
          }
        } finally {
          insert.finalize();
          index.finalize();
        }
      }
      this.#db.run('INSERT OR REPLACE INTO files(owner, stamp) VALUES (?, ?)', [owner, stamp]);
    });
  }

  /** Forgets a file that no longer exists. */
  remove(owner: string): void {
    this.transaction(() => {
      const old = this.#db.all('SELECT rowid, title, body, extra FROM entries WHERE owner = ?', [owner]) as unknown as StoredRow[];
      for (const row of old) this.#deleteRow(row);
      this.#db.run('DELETE FROM files WHERE owner = ?', [owner]);
    });
  }

  #deleteRow(row: Pick<StoredRow, 'rowid' | 'title' | 'body' | 'extra'>): void {
    // External content: FTS5 must be told the old values to take them out of its index.
    this.#db.run("INSERT INTO fts(fts, rowid, title, body, extra) VALUES ('delete', ?, ?, ?, ?)", [row.rowid, row.title, row.body, row.extra]);
    this.#db.run('DELETE FROM entries WHERE rowid = ?', [row.rowid]);
  }

  /**
   * The rows matching an FTS5 expression among `kinds` that `keep` accepts, snippets included.
   *
   * Ranking is what made a common word slow: bm25 scores every matching row (and a row scored
   * outside the statement that found it counts the whole term's rows again), so a word in most
   * paragraphs cost seconds before LIMIT could apply. So the matches are first counted up to a
   * bound, in an order FTS5 streams and stops early (rowid, newest first): at most
   * `max(RANK_AT_MOST, limit)` matches are ranked, best first; past it the newest `limit` are
   * returned unranked, and `moreThan` says so — with that many places holding the words, the
   * ranking of a few hundred among thousands means little, and the analyst is told to narrow it.
   * (A count per term from an fts5vocab table was tried as the estimate: fts5vocab reads the
   * term's whole doclist, as slow as the query it was to avoid.)
   */
  match(expression: string, kinds: ReadonlySet<SearchKind>, keep: Keep | null, limit: number): MatchResult {
    if (!kinds.size) return { rows: [], moreThan: null };
    const rankAtMost = Math.max(RANK_AT_MOST, limit);
    // Without a filter the entries table is not read at all while counting; with one, CROSS JOIN
    // keeps FTS5 the outer loop, so its rowid order (and the early stop) holds.
    const filtered = keep !== null || ALL_KINDS.some((k) => !kinds.has(k));
    const kindList = [...kinds].map((k) => `'${k}'`).join(',');
    const where = ['fts MATCH ?', ...(filtered ? [`e.kind IN (${kindList})`] : []), ...(keep ? ['qb_keep(e.kind, e.id, e.article_id)'] : [])].join(' AND ');
    this.#keep = keep ?? (() => true);
    let found: number[];
    try {
      found = (
        this.#db.all(`SELECT fts.rowid AS r FROM fts ${filtered ? 'CROSS JOIN entries e ON e.rowid = fts.rowid' : ''} WHERE ${where} ORDER BY fts.rowid DESC LIMIT ?`, [
          expression,
          rankAtMost + 1,
        ]) as { r: number }[]
      ).map((row) => row.r);
    } finally {
      this.#keep = () => true;
    }
    if (!found.length) return { rows: [], moreThan: null };
    if (found.length > rankAtMost) {
      // The filters were applied while counting: the newest `limit` of those rows are the answer.
      const newest = found.slice(0, limit);
      return { rows: inReadingOrder(this.#details(expression, newest)).map((row) => ({ ...row, score: 0 })), moreThan: rankAtMost };
    }
    // Few enough to rank all: bm25 over exactly the rows found (no second call per row to `keep`).
    const ranked = this.#db.all(
      `SELECT fts.rowid AS r, bm25(fts, ${WEIGHTS}) AS rank FROM fts WHERE fts MATCH ? AND fts.rowid >= ? AND +fts.rowid IN (${marks(found.length)}) ORDER BY rank LIMIT ?`,
      [expression, found[found.length - 1]!, ...found, limit],
    ) as { r: number; rank: number }[];
    const score = new Map(ranked.map((row) => [row.r, -row.rank]));
    return {
      rows: this.#details(expression, ranked.map((row) => row.r))
        .map((row) => ({ ...row, score: score.get(row.rowid)! }))
        .sort((a, b) => b.score - a.score),
      moreThan: null,
    };
  }

  /**
   * Row details and snippets for chosen rowids, newest first. One pass over the matches from the
   * oldest chosen rowid up: a snippet needs the row's match positions, and asking FTS5 for one
   * rowid at a time opens the terms' doclists again for every row (and made bm25 count them again).
   */
  #details(expression: string, rowids: number[]): (Omit<MatchedRow, 'score'> & { rowid: number })[] {
    if (!rowids.length) return [];
    return this.#db.all(
      `SELECT fts.rowid AS rowid, e.kind, e.id, e.article_id AS articleId, e.at, e.title,
         snippet(fts, -1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_WORDS}) AS snippet
       FROM fts CROSS JOIN entries e ON e.rowid = fts.rowid
       WHERE fts MATCH ? AND fts.rowid >= ? AND +fts.rowid IN (${marks(rowids.length)}) ORDER BY fts.rowid DESC`,
      [expression, Math.min(...rowids), ...rowids],
    ) as unknown as (Omit<MatchedRow, 'score'> & { rowid: number })[];
  }

  /** `kind:id` of every row matching an expression (to subtract a search made only of exclusions). */
  matchedKeys(expression: string): Set<string> {
    const rows = this.#db.all('SELECT e.kind, e.id FROM fts JOIN entries e ON e.rowid = fts.rowid WHERE fts MATCH ?', [expression]) as { kind: string; id: string }[];
    return new Set(rows.map((r) => `${r.kind}:${r.id}`));
  }

  /** How many rows the index holds (for tests and the benchmark). */
  size(): number {
    return Number(this.#db.get('SELECT count(*) AS n FROM entries')?.n ?? 0);
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
