/**
 * "Keep theirs": the other coder's version of a quote goes into my notebook. Their actors and tags
 * arrive by name; those I lack are created (a tag path "Parent › Child" creates both levels).
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import type { Quote } from '../../shared/model';
import { PATH_SEPARATOR } from '../../shared/tags/codebook';
import { createActor } from '../services/actorsService';
import { createQuote, retargetQuote, updateQuote } from '../services/quotesService';
import { createTag } from '../services/tagsService';
import type { NotebookSession } from '../services/session';
import { leastUsedTint } from '../../shared/palette';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

async function actorIdFor(session: NotebookSession, name: string): Promise<string> {
  const found = session.store.notebook().actors.find((a) => same(a.name, name) || a.aliases.some((alias) => same(alias, name)));
  if (found) return found.id;
  const colour = leastUsedTint(session.store.notebook().actors.map((a) => a.colour));
  return (await createActor(session, { name, kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour })).id;
}

async function tagIdFor(session: NotebookSession, path: string): Promise<string> {
  const parts = path.split(PATH_SEPARATOR);
  const [parentName, childName] = parts.length === 2 ? (parts as [string, string]) : [null, path];
  let parentId: string | null = null;
  if (parentName !== null) {
    const tags = session.store.notebook().tags;
    parentId = tags.find((t) => t.parentId === null && same(t.name, parentName))?.id ?? (await createTag(session, { name: parentName, parentId: null, colour: '', description: '' })).id;
  }
  const existing = session.store.notebook().tags.find((t) => t.parentId === parentId && same(t.name, childName));
  return existing?.id ?? (await createTag(session, { name: childName, parentId, colour: '', description: '' })).id;
}

/** Saves their version of a quote into my article; returns the saved quote. */
export async function adoptQuote(session: NotebookSession, input: ParsedInputOf<'agreement:adopt'>): Promise<Quote> {
  const file = session.articleFile(input.articleId);
  const { quote } = input;
  if (file.article.text.slice(quote.start, quote.end) !== quote.exact) {
    throw new UserError('conflict', 'Their quote no longer fits this article’s text (it was re-imported or changed). Compare again, then choose.');
  }
  const fields = {
    kind: quote.kind,
    speakerId: quote.speaker ? await actorIdFor(session, quote.speaker) : null,
    aboutIds: await Promise.all(quote.about.map((name) => actorIdFor(session, name))),
    tagIds: await Promise.all(quote.tags.map((path) => tagIdFor(session, path))),
    comment: quote.comment,
  };
  if (!input.replaceQuoteId) return createQuote(session, { articleId: input.articleId, start: quote.start, end: quote.end, exact: quote.exact, ...fields, status: 'confirmed' });
  const mine = file.quotes.find((q) => q.id === input.replaceQuoteId);
  if (!mine) throw new UserError('not-found', 'Your quote is no longer in this article (it may have been deleted). Compare again.');
  if (mine.target.start !== quote.start || mine.target.end !== quote.end) await retargetQuote(session, { id: mine.id, start: quote.start, end: quote.end, exact: quote.exact });
  return updateQuote(session, { id: mine.id, patch: fields });
}
