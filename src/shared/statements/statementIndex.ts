/**
 * Which quotes of a notebook are the same statement (see sameStatement.ts for the rule on words).
 * Derived, never stored: the index is rebuilt from the quotes, one article at a time as articles
 * change, so it cannot disagree with them and there is nothing to merge when notebooks sync.
 *
 * Two quotes match when their words are the same statement, they sit in different articles, and
 * their speakers do not conflict (the same actor, or one of them has none yet). A statement is a
 * quote with the quotes it matches and, in turn, theirs; a quote without a speaker joins the
 * statement through which it is first reached, so a statement never gathers two different speakers.
 *
 * Cost: every run of `MIN_SHARED_RUN` words of a confirmed quote is one key (a 32-bit hash) in a
 * map from key to quotes. Indexing an article is linear in its quotes' words; looking up a quote
 * reads the lists of its own keys — O(its words + the quotes sharing a run with it, at most
 * `MAX_STATEMENT_QUOTES` a key) — instead of comparing it with every quote in the notebook.
 */
import type { Quote } from '../model';
import { isSameStatement, statementKeys, statementWords } from './sameStatement';
import { quoteText } from '../anchoring/pieces';

/** What the index needs of a quote. */
export type StatementQuoteInput = Pick<Quote, 'id' | 'articleId' | 'speakerId' | 'status'> & { target: Pick<Quote['target'], 'exact'> };

/** A quote as the index holds it. */
export interface IndexedQuote {
  id: string;
  articleId: string;
  speakerId: string | null;
  /** The quote's words as stored (shared with the article, so holding it costs nothing). */
  exact: string;
  keys: number[];
}

/**
 * A statement gathers at most this many quotes, and a run of words more quotes share than this is
 * not looked up: beyond it a line is boilerplate, not one statement's sources.
 */
export const MAX_STATEMENT_QUOTES = 200;

const byId = (a: IndexedQuote, b: IndexedQuote) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class StatementIndex {
  /** Article id → what was indexed for it (`version`: the object it came from, to skip unchanged articles). */
  #articles = new Map<string, { version: unknown; quotes: IndexedQuote[] }>();
  #quotes = new Map<string, IndexedQuote>();
  /** Key → the quotes having that run of words (one quote is kept bare, the common case). */
  #postings = new Map<number, IndexedQuote | IndexedQuote[]>();

  /** How many quotes are indexed (confirmed quotes long enough to link). */
  get size(): number {
    return this.#quotes.size;
  }

  /**
   * Brings the index to a notebook's articles: articles whose object changed are indexed again,
   * articles no longer there are dropped. With frozen, replaced-on-write article files (the store's)
   * an unchanged notebook costs one identity check per article.
   */
  sync(files: Iterable<{ article: { id: string }; quotes: readonly StatementQuoteInput[] }>): void {
    const seen = new Set<string>();
    for (const file of files) {
      seen.add(file.article.id);
      if (this.#articles.get(file.article.id)?.version !== file) this.setArticle(file.article.id, file.quotes, file);
    }
    for (const id of [...this.#articles.keys()]) if (!seen.has(id)) this.removeArticle(id);
  }

  /** Indexes an article's quotes in place of what was indexed for it. Only confirmed quotes count. */
  setArticle(articleId: string, quotes: readonly StatementQuoteInput[], version: unknown = quotes): void {
    this.removeArticle(articleId);
    const indexed: IndexedQuote[] = [];
    for (const quote of quotes) {
      if (quote.status !== 'confirmed') continue;
      const words = statementWords(quoteText(quote.target));
      const keys = statementKeys(words);
      if (keys.length === 0) continue;
      const entry: IndexedQuote = { id: quote.id, articleId, speakerId: quote.speakerId, exact: quoteText(quote.target), keys };
      indexed.push(entry);
      this.#quotes.set(entry.id, entry);
      for (const key of keys) {
        const list = this.#postings.get(key);
        if (list === undefined) this.#postings.set(key, entry);
        else if (Array.isArray(list)) list.push(entry);
        else this.#postings.set(key, [list, entry]);
      }
    }
    this.#articles.set(articleId, { version, quotes: indexed });
  }

  /** Drops an article's quotes from the index. */
  removeArticle(articleId: string): void {
    const old = this.#articles.get(articleId);
    if (!old) return;
    this.#articles.delete(articleId);
    for (const entry of old.quotes) {
      if (this.#quotes.get(entry.id) === entry) this.#quotes.delete(entry.id);
      for (const key of entry.keys) {
        const list = this.#postings.get(key);
        if (list === entry) this.#postings.delete(key);
        else if (Array.isArray(list)) {
          const kept = list.filter((e) => e !== entry);
          if (kept.length === 1) this.#postings.set(key, kept[0]!);
          else this.#postings.set(key, kept);
        }
      }
    }
  }

  /** The indexed quote with this id, if it is indexed. */
  get(quoteId: string): IndexedQuote | undefined {
    return this.#quotes.get(quoteId);
  }

  /** The quotes in other articles that are the same statement as `quoteId`, speakers permitting; by id. */
  matchesOf(quoteId: string): IndexedQuote[] {
    const entry = this.#quotes.get(quoteId);
    return entry ? this.#matches(statementWords(entry.exact), entry.keys, entry.articleId, entry.speakerId) : [];
  }

  /**
   * The indexed quotes in other articles than `articleId` that say `text` (e.g. a suggestion), with
   * a speaker that does not conflict with `speakerId` (null: any).
   */
  matchText(text: string, articleId: string, speakerId: string | null): IndexedQuote[] {
    const words = statementWords(text);
    return this.#matches(words, statementKeys(words), articleId, speakerId);
  }

  /**
   * The statement `quoteId` belongs to: the quote first, then the others by id. Empty when the
   * quote is not indexed; just the quote when nothing else says it.
   */
  statementOf(quoteId: string): IndexedQuote[] {
    const start = this.#quotes.get(quoteId);
    if (!start) return [];
    const members = new Set<IndexedQuote>([start]);
    let speaker = start.speakerId;
    const queue = [start];
    while (queue.length > 0 && members.size < MAX_STATEMENT_QUOTES) {
      const next = queue.shift()!;
      for (const other of this.#matches(statementWords(next.exact), next.keys, next.articleId, next.speakerId)) {
        if (members.has(other)) continue;
        // Reached through a quote without a speaker, another speaker's line stays its own statement.
        if (speaker && other.speakerId && other.speakerId !== speaker) continue;
        speaker ??= other.speakerId;
        members.add(other);
        queue.push(other);
        if (members.size >= MAX_STATEMENT_QUOTES) break;
      }
    }
    const [, ...rest] = members;
    return [start, ...rest.sort(byId)];
  }

  #matches(words: readonly string[], keys: readonly number[], articleId: string, speakerId: string | null): IndexedQuote[] {
    const looked = new Set<IndexedQuote>();
    const found: IndexedQuote[] = [];
    for (const key of keys) {
      const list = this.#postings.get(key);
      if (list === undefined) continue;
      // Six words in a row that more quotes share than a statement may gather are boilerplate
      // (a slogan, a stock phrase): they identify nothing, and reading their list would cost the most.
      if (Array.isArray(list) && list.length > MAX_STATEMENT_QUOTES) continue;
      for (const other of Array.isArray(list) ? list : [list]) {
        if (other.articleId === articleId) continue;
        if (speakerId && other.speakerId && other.speakerId !== speakerId) continue;
        if (looked.has(other)) continue;
        looked.add(other);
        // Words are normalised again for the few quotes that share a key: cheaper than holding every quote's.
        if (isSameStatement(words, statementWords(other.exact))) found.push(other);
      }
    }
    return found.sort(byId);
  }
}
