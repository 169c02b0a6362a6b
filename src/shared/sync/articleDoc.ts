/**
 * An article file as a Yjs document, and back. The document holds the article's fields, its
 * quotes (live and deleted: a deleted quote is a tombstone that a later edit or restore still
 * finds), the rejected suggestions and the edit log. `readArticleFile` gives the same bytes on
 * every replica holding the same document: it is what the JSON file is written from.
 */
import * as Y from 'yjs';
import { anchorTarget } from '../anchoring/reanchor';
import { placeTarget } from '../anchoring/pieces';
import { isAnchored } from '../anchoring/selectors';
import type { ArticleFile, DeletedQuote, Quote, RejectedSuggestion } from '../model';
import { logEdit, readHistory, type EditStamp } from './editLog';
import { compareQuotes, readQuote, writeQuote } from './quoteFields';
import { compareStrings, setField } from './yValues';

const ARTICLE = 'article';
const QUOTES = 'quotes';
const REJECTED = 'rejected';
/** Top-level file fields this version does not know, and the article's own tombstone. */
const FILE = 'file';
const DELETED_AT = 'deletedAt';
const KNOWN_FILE_KEYS = new Set(['format', 'schemaVersion', 'article', 'quotes', 'rejectedSuggestions', 'deletedQuotes', 'history']);
/** Article fields whose values are too large for a history line; the content hash stands for them. */
const UNLOGGED_ARTICLE = new Set(['text', 'blocks', 'importedAt', 'id']);

/** How references to actors read when materialised (merged actors point at their survivor). */
export interface ActorRefs {
  /** The id to show for `id`: itself, its survivor after a merge, or null when it was deleted. */
  resolve(id: string): string | null;
}

export const KEEP_ACTOR_REFS: ActorRefs = { resolve: (id) => id };

/** True when the document has never held an article. */
export function isEmptyArticleDoc(doc: Y.Doc): boolean {
  return !doc.getMap(ARTICLE).has('id');
}

/** True when the article was deleted (its file is in the trash). */
export function isArticleDeleted(doc: Y.Doc): boolean {
  return typeof doc.getMap(FILE).get(DELETED_AT) === 'string';
}

/** Marks the article deleted or restored. */
export function setArticleDeleted(doc: Y.Doc, deleted: boolean, stamp: EditStamp): void {
  const file = doc.getMap<unknown>(FILE);
  if (deleted === isArticleDeleted(doc)) return;
  setField(file, DELETED_AT, deleted ? stamp.at : undefined);
}

/**
 * Makes the document hold `file`: only differences become Yjs operations. A quote the file no
 * longer has at all (neither live nor deleted) becomes a deleted quote, never a lost one.
 */
export function writeArticleFile(doc: Y.Doc, file: ArticleFile, stamp: EditStamp): void {
  const isNew = isEmptyArticleDoc(doc);
  const article = doc.getMap<unknown>(ARTICLE);
  for (const [key, value] of Object.entries(file.article as Record<string, unknown>)) {
    if (setField(article, key, value) && !isNew && !UNLOGGED_ARTICLE.has(key)) {
      logEdit(doc, stamp, { target: 'article', id: file.article.id, field: key, value });
    }
  }
  const extras = doc.getMap<unknown>(FILE);
  for (const [key, value] of Object.entries(file as Record<string, unknown>)) {
    if (!KNOWN_FILE_KEYS.has(key)) setField(extras, `x:${key}`, value);
  }

  const quotes = doc.getMap<Y.Map<unknown>>(QUOTES);
  const seen = new Set<string>();
  const write = (quote: Quote | DeletedQuote) => {
    seen.add(quote.id);
    const existing = quotes.get(quote.id);
    const map = existing ?? new Y.Map<unknown>();
    if (!existing) quotes.set(quote.id, map);
    // A new quote records who made it (its author), unless it already says.
    const withAuthor = !existing && !quote.author && stamp.author ? { ...quote, author: { ...stamp.author } } : quote;
    writeQuote(doc, map, withAuthor, !existing, stamp);
  };
  for (const quote of file.quotes) write(quote);
  // A quote both live and deleted was just restored by code that kept the old trash entry.
  for (const quote of file.deletedQuotes ?? []) if (!seen.has(quote.id)) write(quote);
  for (const [id, map] of quotes.entries()) {
    if (seen.has(id) || typeof map.get('deletedAt') === 'string') continue;
    map.set('deletedAt', stamp.at);
    if (stamp.author) map.set('deletedBy', { ...stamp.author });
    logEdit(doc, stamp, { target: 'quote', id, field: 'deletedAt', value: stamp.at });
  }

  const rejected = doc.getMap<unknown>(REJECTED);
  const wanted = new Map((file.rejectedSuggestions ?? []).map((r) => [rejectedKey(r), r]));
  for (const key of [...rejected.keys()]) if (!wanted.has(key)) rejected.delete(key);
  for (const [key, value] of wanted) setField(rejected, key, value);
}

/** The file the document holds, or null when it holds none. `schemaVersion` is the writer's. */
export function readArticleFile(doc: Y.Doc, schemaVersion: number, refs: ActorRefs = KEEP_ACTOR_REFS): ArticleFile | null {
  if (isEmptyArticleDoc(doc)) return null;
  const article = doc.getMap<unknown>(ARTICLE).toJSON() as ArticleFile['article'];
  const live: Quote[] = [];
  const deleted: DeletedQuote[] = [];
  for (const map of doc.getMap<Y.Map<unknown>>(QUOTES).values()) {
    const quote = placeInText(resolveActors(readQuote(map) as unknown as Quote, refs), article.text);
    if (typeof (quote as DeletedQuote).deletedAt === 'string') deleted.push(quote as DeletedQuote);
    else live.push(quote);
  }
  live.sort(compareQuotes);
  deleted.sort((a, b) => compareStrings(a.deletedAt, b.deletedAt) || compareQuotes(a, b));
  const rejected = [...doc.getMap<RejectedSuggestion>(REJECTED).values()].sort(
    (a, b) => a.start - b.start || a.end - b.end || compareStrings(a.exact, b.exact),
  );
  const file: Record<string, unknown> = { format: 'quotebook-article', schemaVersion, article, quotes: live, rejectedSuggestions: rejected };
  if (deleted.length) file.deletedQuotes = deleted;
  const history = readHistory(doc);
  if (history.length) file.history = history;
  for (const [key, value] of [...doc.getMap<unknown>(FILE).entries()].sort(([a], [b]) => compareStrings(a, b))) {
    if (key.startsWith('x:')) file[key.slice(2)] = value;
  }
  return file as unknown as ArticleFile;
}

function rejectedKey(r: RejectedSuggestion): string {
  return `${r.start}:${r.end}:${r.exact.length}`;
}

/** Speaker and about-actors as they read now (a merge made elsewhere moves them to the survivor). */
function resolveActors(quote: Quote, refs: ActorRefs): Quote {
  const speakerId = quote.speakerId ? refs.resolve(quote.speakerId) : null;
  const aboutIds = [...new Set(quote.aboutIds.map((id) => refs.resolve(id)).filter((id): id is string => id !== null))];
  if (speakerId === quote.speakerId && aboutIds.length === quote.aboutIds.length && aboutIds.every((id, i) => id === quote.aboutIds[i])) return quote;
  return { ...quote, speakerId, aboutIds };
}

/**
 * A quote made on another replica against an older text (a re-import crossed it) is placed in the
 * current text the way a re-import places quotes; one that cannot be placed is an orphan.
 */
function placeInText(quote: Quote, text: string): Quote {
  if (quote.anchorStatus === 'orphaned' || isAnchored(text, quote.target)) return quote;
  const placed = anchorTarget(text, quote.target);
  if (placed.status === 'orphaned') return { ...quote, anchorStatus: 'orphaned' };
  const target = placeTarget(text, quote.target, placed.start, placed.end);
  return { ...quote, target, ...(placed.status === 'fuzzy' ? { anchorStatus: 'fuzzy' as const } : {}) };
}
