/** Quotes: marked passages of an article, with speaker, about-actors, tags and comment. */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import { anchorTarget } from '../../shared/anchoring/reanchor';
import { describeRange, isAnchored } from '../../shared/anchoring/selectors';
import type { ArticleFile, Quote } from '../../shared/model';
import { newId } from './ids';
import type { NotebookSession } from './session';

const byPosition = (a: Quote, b: Quote) => a.target.start - b.target.start || a.target.end - b.target.end;

/** An article's quotes in reading order. */
export function inReadingOrder(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort(byPosition);
}

export function listQuotes(session: NotebookSession, articleId?: string, tagIds?: readonly string[]): Quote[] {
  const files = articleId ? [session.articleFile(articleId)] : session.store.articles();
  const wanted = tagIds ? new Set(tagIds) : null;
  return files.flatMap((f) => inReadingOrder(wanted ? f.quotes.filter((q) => q.tagIds.some((id) => wanted.has(id))) : f.quotes));
}

/** Every referenced actor and tag must exist: a dangling id would show as a blank in the UI. */
function checkReferences(session: NotebookSession, fields: { speakerId?: string | null; aboutIds?: string[]; tagIds?: string[] }): void {
  const notebook = session.store.notebook();
  const actorIds = new Set(notebook.actors.map((a) => a.id));
  const tagIds = new Set(notebook.tags.map((t) => t.id));
  for (const id of [...(fields.speakerId ? [fields.speakerId] : []), ...(fields.aboutIds ?? [])]) {
    if (!actorIds.has(id)) throw new UserError('not-found', `There is no actor with id "${id}". Create the actor first.`);
  }
  for (const id of fields.tagIds ?? []) {
    if (!tagIds.has(id)) throw new UserError('not-found', `There is no tag with id "${id}". Create the tag first.`);
  }
}

async function saveArticle(session: NotebookSession, previous: ArticleFile, quotes: Quote[]): Promise<void> {
  const next: ArticleFile = { ...previous, quotes };
  await session.store.putArticle(next);
  session.reindexArticle(next, previous);
}

export async function createQuote(session: NotebookSession, input: ParsedInputOf<'quotes:create'>): Promise<Quote> {
  const file = session.articleFile(input.articleId);
  const { text } = file.article;
  if (input.end > text.length || input.start >= input.end) {
    throw new UserError('invalid-input', `The selection ${input.start}–${input.end} is not inside this article (it has ${text.length} characters).`);
  }
  if (text.slice(input.start, input.end).trim() === '') {
    throw new UserError('invalid-input', 'The selection is only white space. Select the words of the quote.');
  }
  checkReferences(session, input);
  const now = new Date().toISOString();
  const quote: Quote = {
    id: newId('q'),
    articleId: file.article.id,
    target: describeRange(text, input.start, input.end),
    kind: input.kind ?? 'direct',
    speakerId: input.speakerId ?? null,
    aboutIds: unique(input.aboutIds ?? []),
    tagIds: unique(input.tagIds ?? []),
    comment: input.comment ?? '',
    status: input.status ?? 'confirmed',
    cue: input.cue ?? '',
    createdAt: now,
    updatedAt: now,
  };
  await saveArticle(session, file, [...file.quotes, quote]);
  return quote;
}

export async function updateQuote(session: NotebookSession, input: ParsedInputOf<'quotes:update'>): Promise<Quote> {
  const file = session.articleOfQuote(input.id);
  const current = file.quotes.find((q) => q.id === input.id)!;
  checkReferences(session, input.patch);
  const patch = { ...input.patch };
  if (patch.aboutIds) patch.aboutIds = unique(patch.aboutIds);
  if (patch.tagIds) patch.tagIds = unique(patch.tagIds);
  const updated: Quote = { ...current, ...patch, updatedAt: new Date().toISOString() };
  await saveArticle(session, file, file.quotes.map((q) => (q.id === current.id ? updated : q)));
  return updated;
}

export async function deleteQuote(session: NotebookSession, id: string): Promise<Quote> {
  const file = session.articleOfQuote(id);
  const removed = file.quotes.find((q) => q.id === id)!;
  await saveArticle(session, file, file.quotes.filter((q) => q.id !== id));
  return removed;
}

/**
 * Puts back a quote that was deleted (Undo), keeping its id so notes citing it work again. Actors
 * or tags deleted meanwhile are left out; if the article's text changed meanwhile the quote is
 * placed again like on a re-import.
 */
export async function restoreQuote(session: NotebookSession, quote: ParsedInputOf<'quotes:restore'>['quote']): Promise<Quote> {
  const file = session.articleFile(quote.articleId);
  const existing = file.quotes.find((q) => q.id === quote.id);
  if (existing) return existing;
  if (session.hasQuote(quote.id)) throw new UserError('conflict', `Another article already has a quote with id "${quote.id}"; it cannot be restored here.`);
  const notebook = session.store.notebook();
  const actorIds = new Set(notebook.actors.map((a) => a.id));
  const tagIds = new Set(notebook.tags.map((t) => t.id));
  const { text } = file.article;
  let restored: Quote = {
    ...quote,
    speakerId: quote.speakerId && actorIds.has(quote.speakerId) ? quote.speakerId : null,
    aboutIds: quote.aboutIds.filter((id) => actorIds.has(id)),
    tagIds: quote.tagIds.filter((id) => tagIds.has(id)),
  };
  if (!isAnchored(text, restored.target)) {
    const placed = anchorTarget(text, restored.target);
    const { anchorStatus: _previous, ...rest } = restored;
    restored =
      placed.status === 'orphaned'
        ? { ...rest, anchorStatus: 'orphaned' }
        : { ...rest, target: describeRange(text, placed.start, placed.end), ...(placed.status === 'fuzzy' ? { anchorStatus: 'fuzzy' as const } : {}) };
  }
  await saveArticle(session, file, [...file.quotes, restored]);
  return restored;
}

/** Moves a quote onto `[start, end)` of its article's current text; it is no longer an orphan. */
export async function retargetQuote(session: NotebookSession, input: ParsedInputOf<'quotes:retarget'>): Promise<Quote> {
  const file = session.articleOfQuote(input.id);
  const current = file.quotes.find((q) => q.id === input.id)!;
  const { text } = file.article;
  if (input.end > text.length || input.start >= input.end) {
    throw new UserError('invalid-input', `The selection ${input.start}–${input.end} is not inside this article (it has ${text.length} characters).`);
  }
  if (text.slice(input.start, input.end).trim() === '') throw new UserError('invalid-input', 'The selection is only white space. Select the words of the quote.');
  const { anchorStatus: _previous, ...rest } = current;
  const updated: Quote = { ...rest, target: describeRange(text, input.start, input.end), updatedAt: new Date().toISOString() };
  await saveArticle(session, file, file.quotes.map((q) => (q.id === current.id ? updated : q)));
  return updated;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
