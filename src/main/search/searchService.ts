/**
 * `search:query`: reads the query (never an error), matches its words in the full-text index and
 * narrows by its fields against the notebook in memory, best first. A query made only of fields
 * ("tag:economy after:2024") lists what the fields select, newest article first.
 */
import type { NotebookSession } from '../services/session';
import type { ArticleFile, Quote } from '../../shared/model';
import { parseQuery } from '../../shared/search/query';
import { toFts5 } from '../../shared/search/fts5';
import { articleDate, resolveFields, type ResolvedFields, type SearchKind } from '../../shared/search/fields';
import { plainSnippet, unmarkSnippet } from '../../shared/search/snippet';
import type { SearchHit, SearchResult } from '../../shared/search/api';
import { notePlainText } from '../../shared/editor/noteContent';
import type { MatchedRow, MatchResult } from './searchIndex';

type Keep = (kind: SearchKind, id: string, articleId: string) => boolean;

/** Runs a search over the open notebook. */
export async function searchNotebook(session: NotebookSession, input: { query: string; limit: number }): Promise<SearchResult> {
  const parsed = parseQuery(input.query);
  const store = session.store;
  const notebook = store.notebook();
  const fields = resolveFields(parsed.fields, notebook.actors, notebook.tags);
  const { match, exclude } = toFts5(parsed.text);
  if (!match && !exclude && !parsed.fields.length) return { hits: [], notices: [] };

  const keep = keeper(session, fields);
  let rows: MatchedRow[];
  let moreThan: number | null = null;
  if (match) {
    let found: MatchResult;
    try {
      found = (await session.searchIndex()).index.match(match, fields.kinds, keep, input.limit);
    } catch {
      // The cache could not answer (a damaged file, a disk error): build it again, once.
      found = (await session.searchIndex({ discard: true })).index.match(match, fields.kinds, keep, input.limit);
    }
    ({ rows, moreThan } = found);
  } else {
    const { index } = await session.searchIndex();
    const excluded = exclude ? index.matchedKeys(exclude) : new Set<string>();
    rows = [];
    for (const row of listByFields(session, fields, keep)) {
      if (excluded.has(`${row.kind}:${row.id}`)) continue;
      rows.push(row);
      if (rows.length >= input.limit) break;
    }
  }
  const hits = withoutRepeats(rows.flatMap((row) => toHit(session, row)));
  return { hits, notices: fields.notices, ...(moreThan === null ? {} : { unranked: { moreThan } }) };
}

/**
 * One hit per place and words: an article's title and a first paragraph that repeats its headline
 * are separate rows in the index, and would show the same snippet twice.
 */
function withoutRepeats(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.kind}\u0000${hit.id}\u0000${hit.snippet}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The fields as one test per matched row; null when nothing needs testing beyond the kinds. */
function keeper(session: NotebookSession, fields: ResolvedFields): Keep | null {
  if (!fields.quote && !fields.article) return null;
  const store = session.store;
  return (kind, id, articleId) => {
    if (kind === 'note' || kind === 'actor') return true;
    const file = store.article(articleId);
    if (!file) return false;
    if (fields.article && !fields.article(file.article)) return false;
    if (kind === 'quote' && fields.quote) {
      const quote = file.quotes.find((q) => q.id === id);
      return !!quote && fields.quote(quote);
    }
    return true;
  };
}

/** Everything the fields select, without words: newest article first, quotes in reading order. */
function* listByFields(session: NotebookSession, fields: ResolvedFields, keep: Keep | null): Generator<MatchedRow> {
  const store = session.store;
  const base = { title: '', score: 0, snippet: '' };
  const articles = [...store.articles()].sort((a, b) => articleDate(b.article).localeCompare(articleDate(a.article)) || b.article.importedAt.localeCompare(a.article.importedAt));
  for (const file of articles) {
    const id = file.article.id;
    if (fields.kinds.has('article') && (!keep || keep('article', id, id))) yield { ...base, kind: 'article', id, articleId: id, at: -1 };
    if (!fields.kinds.has('quote')) continue;
    const quotes = [...file.quotes].sort((a, b) => a.target.start - b.target.start);
    for (const q of quotes) if (!keep || keep('quote', q.id, id)) yield { ...base, kind: 'quote', id: q.id, articleId: id, at: q.target.start };
  }
  if (fields.kinds.has('note')) for (const n of store.notes()) yield { ...base, kind: 'note', id: n.note.id, articleId: '', at: 0 };
  if (fields.kinds.has('actor')) for (const a of store.notebook().actors) yield { ...base, kind: 'actor', id: a.id, articleId: '', at: 0 };
}

/** A row as the analyst sees it; none when what it points to is gone (the index lagging a delete). */
function toHit(session: NotebookSession, row: MatchedRow): SearchHit[] {
  const store = session.store;
  const marked = row.snippet ? unmarkSnippet(row.snippet) : null;
  const hit = (title: string, fallback: string, extra: Partial<SearchHit> = {}): SearchHit[] => [
    {
      kind: row.kind,
      id: row.id,
      title,
      snippet: marked?.text || plainSnippet(fallback),
      highlights: marked?.text ? marked.highlights : [],
      score: Math.round(row.score * 1000) / 1000,
      ...extra,
    },
  ];
  switch (row.kind) {
    case 'article':
    case 'quote': {
      const file: ArticleFile | undefined = store.article(row.articleId);
      if (!file) return [];
      const quote: Quote | undefined = row.kind === 'quote' ? file.quotes.find((q) => q.id === row.id) : undefined;
      if (row.kind === 'quote' && !quote) return [];
      const fallback = quote ? quote.target.exact : file.article.text.slice(0, 400);
      return hit(file.article.title, fallback, { articleId: file.article.id, at: Math.max(0, row.at) });
    }
    case 'note': {
      const note = store.note(row.id)?.note;
      return note ? hit(note.title, notePlainText(note.content, 400)) : [];
    }
    case 'actor': {
      const actor = store.notebook().actors.find((a) => a.id === row.id);
      return actor ? hit(actor.name, [actor.name, ...actor.aliases].join(' · ')) : [];
    }
  }
}
