/** Quotes: marked passages of an article, with speaker, about-actors, tags and comment. */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import { placeTarget } from '../../shared/anchoring/pieces';
import { anchorTarget } from '../../shared/anchoring/reanchor';
import { describeRange, isAnchored } from '../../shared/anchoring/selectors';
import type { ArticleFile, Quote } from '../../shared/model';
import { newQuote } from '../../shared/anchoring/newQuote';
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

export async function createQuote(session: NotebookSession, input: ParsedInputOf<'quotes:create'>): Promise<Quote> {
  checkReferences(session, input);
  let quote!: Quote;
  await session.changeArticle(input.articleId, (file) => {
    const { text } = file.article;
    checkRange(text, input.start, input.end, input.exact);
    const again = input.id ? sameQuoteAgain(session, file, input) : undefined;
    if (again) {
      quote = again;
      return file;
    }
    quote = newQuote(input.id ?? newId('q'), file.article.id, text, input.start, input.end, input, new Date().toISOString());
    return { ...file, quotes: [...file.quotes, quote] };
  });
  return quote;
}

/**
 * The quote already saved under the id the caller chose, when this is the same request again (a
 * retry after a lost answer); an id that another quote holds, or held before it was deleted, is
 * refused, so a quote never replaces another or comes back from the trash under a new meaning.
 */
function sameQuoteAgain(session: NotebookSession, file: ArticleFile, input: ParsedInputOf<'quotes:create'>): Quote | undefined {
  const id = input.id!;
  const saved = file.quotes.find((q) => q.id === id);
  if (saved && saved.target.start === input.start && saved.target.end === input.end) return saved;
  if (saved || session.hasQuote(id) || (file.deletedQuotes ?? []).some((q) => q.id === id)) {
    throw new UserError('conflict', `Another quote already has the id "${id}". Mark the quote again.`);
  }
  return undefined;
}

/** Changes only the fields in the patch, on the quote as it is now (another edit may just have landed). */
export async function updateQuote(session: NotebookSession, input: ParsedInputOf<'quotes:update'>): Promise<Quote> {
  checkReferences(session, input.patch);
  const patch = { ...input.patch };
  if (patch.aboutIds) patch.aboutIds = unique(patch.aboutIds);
  if (patch.tagIds) patch.tagIds = unique(patch.tagIds);
  return replaceQuote(session, input.id, (current) => ({ ...current, ...patch, updatedAt: new Date().toISOString() }));
}

export async function deleteQuote(session: NotebookSession, id: string): Promise<Quote> {
  let removed!: Quote;
  await session.changeArticleOfQuote(id, (file, quote) => {
    removed = quote;
    return { ...file, quotes: file.quotes.filter((q) => q.id !== id) };
  });
  return removed;
}

/**
 * Puts back a quote that was deleted (Undo), keeping its id so notes citing it work again. Actors
 * or tags deleted meanwhile are left out; if the article's text changed meanwhile the quote is
 * placed again like on a re-import.
 */
export async function restoreQuote(session: NotebookSession, quote: ParsedInputOf<'quotes:restore'>['quote']): Promise<Quote> {
  let restored!: Quote;
  await session.changeArticle(quote.articleId, (file) => {
    const existing = file.quotes.find((q) => q.id === quote.id);
    if (existing) {
      restored = existing;
      return file;
    }
    if (session.hasQuote(quote.id)) throw new UserError('conflict', `Another article already has a quote with id "${quote.id}"; it cannot be restored here.`);
    // A quote from the deleted list carries when and by whom it was deleted; it is live again.
    const { deletedAt: _at, deletedBy: _by, ...live } = quote as Quote & { deletedAt?: unknown; deletedBy?: unknown };
    restored = placedAgain(session, file.article.text, live);
    return { ...file, quotes: [...file.quotes, restored] };
  });
  return restored;
}

/** The quote as it comes back: without actors or tags deleted meanwhile, and placed again if the text changed. */
function placedAgain(session: NotebookSession, text: string, quote: Quote): Quote {
  const notebook = session.store.notebook();
  const actorIds = new Set(notebook.actors.map((a) => a.id));
  const tagIds = new Set(notebook.tags.map((t) => t.id));
  const kept: Quote = {
    ...quote,
    speakerId: quote.speakerId && actorIds.has(quote.speakerId) ? quote.speakerId : null,
    aboutIds: quote.aboutIds.filter((id) => actorIds.has(id)),
    tagIds: quote.tagIds.filter((id) => tagIds.has(id)),
  };
  if (isAnchored(text, kept.target)) return kept;
  const placed = anchorTarget(text, kept.target);
  const { anchorStatus: _previous, ...rest } = kept;
  return placed.status === 'orphaned'
    ? { ...rest, anchorStatus: 'orphaned' }
    : { ...rest, target: placeTarget(text, kept.target, placed.start, placed.end), ...(placed.status === 'fuzzy' ? { anchorStatus: 'fuzzy' as const } : {}) };
}

/** Moves a quote onto `[start, end)` of its article's current text; it is no longer an orphan. */
export async function retargetQuote(session: NotebookSession, input: ParsedInputOf<'quotes:retarget'>): Promise<Quote> {
  return replaceQuote(session, input.id, (current, text) => {
    checkRange(text, input.start, input.end, input.exact);
    const { anchorStatus: _previous, ...rest } = current;
    return { ...rest, target: describeRange(text, input.start, input.end), updatedAt: new Date().toISOString() };
  });
}

/** Replaces one quote with `change(quote as it is now, article text)` and saves its article. */
async function replaceQuote(session: NotebookSession, id: string, change: (current: Quote, text: string) => Quote): Promise<Quote> {
  let updated!: Quote;
  await session.changeArticleOfQuote(id, (file, current) => {
    updated = change(current, file.article.text);
    return { ...file, quotes: file.quotes.map((q) => (q.id === id ? updated : q)) };
  });
  return updated;
}

function checkRange(text: string, start: number, end: number, exact: string | undefined): void {
  if (exact !== undefined && text.slice(start, end) !== exact) {
    throw new UserError('conflict', `The article’s text changed since “${shorten(exact)}” was selected (it was re-imported or edited elsewhere). Select the words again.`);
  }
  if (end > text.length || start >= end) {
    throw new UserError('invalid-input', `The selection ${start}–${end} is not inside this article (it has ${text.length} characters).`);
  }
  if (text.slice(start, end).trim() === '') throw new UserError('invalid-input', 'The selection is only white space. Select the words of the quote.');
}

const shorten = (words: string) => (words.length > 60 ? `${words.slice(0, 59)}…` : words);

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
