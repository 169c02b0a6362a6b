/**
 * What every exporter reads: the notebook's files as stored (so nothing is lost), with lookups
 * built once, and the choice of what to export (the scope).
 */
import type { Actor, ArticleFile, NotebookFile, NoteFile, Quote, Tag } from '../model';
import { noteReferences } from './noteReferences';
import { tagExportPath } from '../tags/codebook';

/** The notebook as files: notebook.json, one file per article (with its quotes), one per note. */
export interface ExportBundle {
  notebook: NotebookFile;
  articles: ArticleFile[];
  notes: NoteFile[];
}

/** What to export: everything, one note, one article, one actor's dossier, or chosen quotes. */
export type ExportScope =
  | { kind: 'notebook' }
  | { kind: 'note'; id: string }
  | { kind: 'article'; id: string }
  | { kind: 'actor'; id: string }
  | { kind: 'quotes'; ids: string[] };

/** A quote with the article it belongs to. */
export interface QuoteInContext {
  quote: Quote;
  article: ArticleFile;
}

/** Lookups over a bundle; build once per export. */
export interface ExportIndex {
  bundle: ExportBundle;
  actor(id: string | null): Actor | undefined;
  tag(id: string): Tag | undefined;
  /** The tag as exports name it: "group/tag" for a tag in a group (see tagExportPath). */
  tagLabel(id: string): string | undefined;
  quote(id: string): QuoteInContext | undefined;
  article(id: string): ArticleFile | undefined;
  note(id: string): NoteFile | undefined;
  /** Every article, oldest import first (ties by id) so exports are stable. */
  articles: ArticleFile[];
  /** Every note, oldest first. */
  notes: NoteFile[];
  /** Every actor, by name. */
  actors: Actor[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Quotes in reading order: by position in the article text. */
export const inReadingOrder = (a: Quote, b: Quote): number => a.target.start - b.target.start || a.target.end - b.target.end || byId(a.id, b.id);

/** Builds the lookups for `bundle`. */
export function indexBundle(bundle: ExportBundle): ExportIndex {
  const actors = new Map(bundle.notebook.actors.map((a) => [a.id, a]));
  const tags = new Map(bundle.notebook.tags.map((t) => [t.id, t]));
  const articles = new Map(bundle.articles.map((f) => [f.article.id, f]));
  const notes = new Map(bundle.notes.map((f) => [f.note.id, f]));
  const quotes = new Map<string, QuoteInContext>();
  for (const article of bundle.articles) for (const quote of article.quotes) quotes.set(quote.id, { quote, article });
  return {
    bundle,
    actor: (id) => (id ? actors.get(id) : undefined),
    tag: (id) => tags.get(id),
    tagLabel: (id) => {
      const tag = tags.get(id);
      return tag ? tagExportPath(tag, bundle.notebook.tags) : undefined;
    },
    quote: (id) => quotes.get(id),
    article: (id) => articles.get(id),
    note: (id) => notes.get(id),
    articles: [...bundle.articles].sort((a, b) => a.article.importedAt.localeCompare(b.article.importedAt) || byId(a.article.id, b.article.id)),
    notes: [...bundle.notes].sort((a, b) => a.note.createdAt.localeCompare(b.note.createdAt) || byId(a.note.id, b.note.id)),
    actors: [...bundle.notebook.actors].sort(byName),
  };
}

/** The quotes of one article, in reading order. */
export function articleQuotes(article: ArticleFile): QuoteInContext[] {
  return [...article.quotes].sort(inReadingOrder).map((quote) => ({ quote, article }));
}

/** Quotes said by an actor and quotes about them, each in article then reading order. */
export function actorQuotes(index: ExportIndex, actorId: string): { by: QuoteInContext[]; about: QuoteInContext[] } {
  const all = index.articles.flatMap(articleQuotes);
  return {
    by: all.filter(({ quote }) => quote.speakerId === actorId),
    about: all.filter(({ quote }) => quote.aboutIds.includes(actorId)),
  };
}

/** Thrown when a scope names something the notebook does not hold; the message is for the user. */
export class ScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScopeError';
  }
}

function need<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new ScopeError(`There is no ${what} with id "${id}" in this notebook. It may have been deleted.`);
  return value;
}

/** The quotes a scope covers, in the order an analyst reads them. */
export function quotesInScope(index: ExportIndex, scope: ExportScope): QuoteInContext[] {
  switch (scope.kind) {
    case 'notebook':
      return index.articles.flatMap(articleQuotes);
    case 'article':
      return articleQuotes(need(index.article(scope.id), 'article', scope.id));
    case 'actor': {
      need(index.actor(scope.id), 'actor', scope.id);
      return index.articles.flatMap(articleQuotes).filter(({ quote }) => quote.speakerId === scope.id || quote.aboutIds.includes(scope.id));
    }
    case 'note': {
      const note = need(index.note(scope.id), 'note', scope.id);
      return noteReferences(note.note.content).quoteIds.flatMap((id) => index.quote(id) ?? []);
    }
    case 'quotes':
      return [...new Set(scope.ids)].map((id) => need(index.quote(id), 'quote', id));
  }
}

/**
 * The part of the notebook a scope needs, still as whole files (for the JSON export): the
 * codebook (actors and tags) always, the articles holding the scope's quotes, and the note.
 */
export function bundleForScope(index: ExportIndex, scope: ExportScope): ExportBundle {
  const { bundle } = index;
  if (scope.kind === 'notebook') return { notebook: bundle.notebook, articles: index.articles, notes: index.notes };
  const articleIds = new Set(quotesInScope(index, scope).map(({ article }) => article.article.id));
  if (scope.kind === 'article') articleIds.add(scope.id);
  const notes = scope.kind === 'note' ? [need(index.note(scope.id), 'note', scope.id)] : [];
  return { notebook: bundle.notebook, articles: index.articles.filter((f) => articleIds.has(f.article.id)), notes };
}

/** Words for a scope, for file names and messages ("note “Weekly brief”"). */
export function describeScope(index: ExportIndex, scope: ExportScope): string {
  switch (scope.kind) {
    case 'notebook':
      return index.bundle.notebook.name || 'Notebook';
    case 'article':
      return need(index.article(scope.id), 'article', scope.id).article.title;
    case 'actor':
      return need(index.actor(scope.id), 'actor', scope.id).name;
    case 'note':
      return need(index.note(scope.id), 'note', scope.id).note.title;
    case 'quotes':
      return scope.ids.length === 1 ? 'Quote' : 'Quotes';
  }
}
