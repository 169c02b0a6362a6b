/**
 * Lists of quotes where a statement counts once: the first of its quotes in the list stays (with
 * the others as its sources), the later ones leave the list.
 */
import type { ArticleQuotes } from '../actors/quoteViews';

/** What `collapseStatements` gives back. */
export interface CollapsedStatements {
  /** The groups with each statement's later quotes left out (and groups left empty dropped). */
  groups: ArticleQuotes[];
  /** How many statements the list holds. */
  statements: number;
  /** For a listed quote that other articles carry too: the ids of those other quotes. */
  others: Record<string, string[]>;
}

/**
 * Collapses `groups` (in the order they are shown) so that a statement counts once.
 * `statementOf(id)` gives the quote's statement: its own id first, then the others'.
 */
export function collapseStatements(groups: readonly ArticleQuotes[], statementOf: (quoteId: string) => readonly { id: string; articleId: string }[]): CollapsedStatements {
  const listed = new Set<string>();
  const others: Record<string, string[]> = {};
  const kept: ArticleQuotes[] = [];
  let statements = 0;
  for (const group of groups) {
    const quotes = group.quotes.filter((quote) => {
      const members = statementOf(quote.id);
      if (members.some((m) => listed.has(m.id))) return false;
      listed.add(quote.id);
      statements++;
      const elsewhere = members.filter((m) => m.id !== quote.id && m.articleId !== quote.articleId).map((m) => m.id);
      if (elsewhere.length > 0) others[quote.id] = elsewhere;
      return true;
    });
    if (quotes.length > 0) kept.push(quotes.length === group.quotes.length ? group : { ...group, quotes });
  }
  return { groups: kept, statements, others };
}
