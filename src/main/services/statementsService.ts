/**
 * The same statement in several articles: which quotes of other articles say a quote's words.
 * Derived from the quotes (src/shared/statements), never stored: the index lives beside the open
 * store and follows it article by article — each call checks every article file by identity (the
 * store replaces a file's object when it changes) and indexes again only the ones that changed.
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import { articleDate } from '../../shared/actors/quoteViews';
import type { ArticleFile } from '../../shared/model';
import type { StatementSource } from '../../shared/statements/api';
import { StatementIndex, type IndexedQuote } from '../../shared/statements/statementIndex';
import type { NotebookStore } from '../store';
import type { NotebookSession } from './session';

const indexes = new WeakMap<NotebookStore, StatementIndex>();

/** The statement index of the session's notebook, brought up to date with its articles. */
export function statementIndex(session: NotebookSession): StatementIndex {
  const store = session.store;
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new StatementIndex()));
  index.sync(store.articles());
  return index;
}

/** The quotes, as sources, earliest article first (the outlet that carried it first leads). */
export function asSources(session: NotebookSession, quotes: readonly IndexedQuote[]): StatementSource[] {
  const sources: StatementSource[] = [];
  for (const { id, articleId } of quotes) {
    const file = session.store.article(articleId);
    const quote = file?.quotes.find((q) => q.id === id);
    if (file && quote) sources.push(sourceOf(file, quote));
  }
  return sources.sort((a, b) => a.date.localeCompare(b.date) || a.outlet.localeCompare(b.outlet) || a.title.localeCompare(b.title) || a.quoteId.localeCompare(b.quoteId));
}

function sourceOf(file: ArticleFile, quote: ArticleFile['quotes'][number]): StatementSource {
  const { id, title, source } = file.article;
  return {
    quoteId: quote.id,
    articleId: id,
    title,
    outlet: source.outlet,
    publishedAt: source.publishedAt,
    date: articleDate(file.article),
    speakerId: quote.speakerId,
    exact: quote.target.exact,
  };
}

/** A statement's quotes other than its first, leaving out any in the first one's own article. */
function elsewhere([first, ...others]: readonly IndexedQuote[]): IndexedQuote[] {
  return first ? others.filter((q) => q.articleId !== first.articleId) : [];
}

export function sameStatement(session: NotebookSession, input: ParsedInputOf<'quotes:sameStatement'>): StatementSource[] {
  session.articleOfQuote(input.id); // an unknown id is an error, not "carried nowhere else"
  return asSources(session, elsewhere(statementIndex(session).statementOf(input.id)));
}

export function statements(session: NotebookSession, input: ParsedInputOf<'quotes:statements'>): Record<string, string[]> {
  const index = statementIndex(session);
  const files = input.articleId ? [session.articleFile(input.articleId)] : session.store.articles();
  const out: Record<string, string[]> = {};
  for (const file of files) {
    for (const quote of file.quotes) {
      const others = elsewhere(index.statementOf(quote.id));
      if (others.length > 0) out[quote.id] = others.map((q) => q.id);
    }
  }
  return out;
}

export function matchStatements(session: NotebookSession, input: ParsedInputOf<'quotes:matchStatements'>): Record<string, StatementSource[]> {
  session.articleFile(input.articleId);
  const index = statementIndex(session);
  const out: Record<string, StatementSource[]> = {};
  for (const item of input.items) {
    const found = index.matchText(item.text, input.articleId, item.speakerId);
    if (found.length > 0) out[item.key] = asSources(session, found);
  }
  return out;
}
