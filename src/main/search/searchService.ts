/**
 * `search:query`: reads the query (never an error) into branches (plan.ts), matches each branch's
 * words in the full-text index and narrows by its fields against the notebook in memory, best
 * first. A branch made only of fields ("tag:economy after:2024") lists what the fields select,
 * newest article first, after the hits with words.
 */
import type { NotebookSession } from '../services/session';
import type { ArticleFile, Quote } from '../../shared/model';
import { planQuery } from '../../shared/search/plan';
import { toFts5 } from '../../shared/search/fts5';
import { articleDate, resolveFields, type ResolvedFields, type SearchKind } from '../../shared/search/fields';
import { plainSnippet, unmarkSnippet } from '../../shared/search/snippet';
import type { SearchHit, SearchResult } from '../../shared/search/api';
import { notePlainText } from '../../shared/editor/noteContent';
import type { MatchedRow, MatchResult } from './searchIndex';

type Keep = (kind: SearchKind, id: string, articleId: string) => boolean;

/** One branch of a query (plan.ts), ready to run: its FTS5 expressions and its fields resolved. */
interface Branch {
  match: string | null;
  exclude: string | null;
  fields: ResolvedFields;
  keep: Keep | null;
}

/** Runs a search over the open notebook: every branch of the query, hits from any of them, best first. */
export async function searchNotebook(session: NotebookSession, input: { query: string; limit: number }): Promise<SearchResult> {
  const plan = planQuery(input.query);
  const notebook = session.store.notebook();
  const branches: Branch[] = plan.branches
    .map((branch) => {
      const fields = resolveFields(branch.fields, notebook.actors, notebook.tags);
      return { ...toFts5(branch.text), fields, keep: keeper(session, fields), typedFields: branch.fields.length > 0 };
    })
    .filter((b) => b.match || b.exclude || b.typedFields);
  const notices = [...new Set([...plan.notices, ...branches.flatMap((b) => b.fields.notices)])];
  if (!branches.length) return { hits: [], notices: [] };

  const rows: MatchedRow[] = [];
  let moreThan: number | null = null;
  for (const branch of branches.filter((b) => b.match)) {
    const found = await matchWords(session, branch.match!, branch, input.limit);
    rows.push(...found.rows);
    if (found.moreThan !== null) moreThan = Math.max(moreThan ?? 0, found.moreThan);
  }
  // Several branches each bring their best: together, best first (a stable sort keeps each one's order).
  if (branches.length > 1) rows.sort((x, y) => y.score - x.score);
  const listed = branches.filter((b) => !b.match);
  if (listed.length) rows.push(...(await listByBranches(session, listed, input.limit)));
  const hits = withoutRepeats(unique(rows).flatMap((row) => toHit(session, row))).slice(0, input.limit);
  return { hits, notices, ...(moreThan === null ? {} : { unranked: { moreThan } }) };
}

async function matchWords(session: NotebookSession, match: string, branch: Branch, limit: number): Promise<MatchResult> {
  try {
    return (await session.searchIndex()).index.match(match, branch.fields.kinds, branch.keep, limit);
  } catch {
    // The cache could not answer (a damaged file, a disk error): build it again, once.
    return (await session.searchIndex({ discard: true })).index.match(match, branch.fields.kinds, branch.keep, limit);
  }
}

/** What branches without words select (each less what its exclusions match), in one pass over the notebook. */
async function listByBranches(session: NotebookSession, branches: Branch[], limit: number): Promise<MatchedRow[]> {
  const { index } = await session.searchIndex();
  const tests = branches.map((b) => {
    const excluded = b.exclude ? index.matchedKeys(b.exclude) : null;
    return (kind: SearchKind, id: string, articleId: string) =>
      b.fields.kinds.has(kind) && (!b.keep || b.keep(kind, id, articleId)) && !excluded?.has(`${kind}:${id}`);
  });
  const kinds = new Set(branches.flatMap((b) => [...b.fields.kinds]));
  const rows: MatchedRow[] = [];
  for (const row of listByFields(session, kinds, (kind, id, articleId) => tests.some((test) => test(kind, id, articleId)))) {
    rows.push(row);
    if (rows.length >= limit) break;
  }
  return rows;
}

/** The first of each row found by more than one branch (the words' rows come first and carry snippets). */
function unique(rows: MatchedRow[]): MatchedRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.kind}\u0000${row.id}\u0000${row.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

/** Everything of these kinds that `keep` accepts, without words: newest article first, quotes in reading order. */
function* listByFields(session: NotebookSession, kinds: ReadonlySet<SearchKind>, keep: Keep): Generator<MatchedRow> {
  const store = session.store;
  const base = { title: '', score: 0, snippet: '' };
  const articles = [...store.articles()].sort((a, b) => articleDate(b.article).localeCompare(articleDate(a.article)) || b.article.importedAt.localeCompare(a.article.importedAt));
  for (const file of articles) {
    const id = file.article.id;
    if (kinds.has('article') && keep('article', id, id)) yield { ...base, kind: 'article', id, articleId: id, at: -1 };
    if (!kinds.has('quote')) continue;
    const quotes = [...file.quotes].sort((a, b) => a.target.start - b.target.start);
    for (const q of quotes) if (keep('quote', q.id, id)) yield { ...base, kind: 'quote', id: q.id, articleId: id, at: q.target.start };
  }
  if (kinds.has('note')) for (const n of store.notes()) if (keep('note', n.note.id, '')) yield { ...base, kind: 'note', id: n.note.id, articleId: '', at: 0 };
  if (kinds.has('actor')) for (const a of store.notebook().actors) if (keep('actor', a.id, '')) yield { ...base, kind: 'actor', id: a.id, articleId: '', at: 0 };
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
