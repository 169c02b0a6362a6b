/**
 * Suggestions: the suggester's proposed quotes, speakers and actors for an article, and the
 * analyst's decisions on them. Accepted suggestions become confirmed quotes (with new actors for
 * speakers the notebook does not know yet); rejected ones are recorded in the article file so
 * that suggesting again never brings them back.
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import { isDescription, withoutWhen } from '../../shared/actors/descriptionName';
import { nameKey } from '../../shared/actors/normaliseName';
import { actorOfKind } from '../../shared/actors/resolveActor';
import { describePieces, piecesFit } from '../../shared/anchoring/pieces';
import { describeRange } from '../../shared/anchoring/selectors';
import { ActorSchema, type Actor, type Quote, type RejectedSuggestion } from '../../shared/model';
import { suggestTooLongReason, type SuggestionSet } from '../../shared/suggest';
import type { AcceptOutcome, ArticleSuggestions, RejectOutcome } from '../../shared/suggest/api';
import { normaliseText } from '../../shared/text/normalise';
import { leastUsedTint } from '../../shared/palette';
import { suggestInWorker } from '../untrusted';
import { newId } from './ids';
import type { NotebookSession } from './session';

/** Suggestions for an article, without those rejected before or already covered by a quote. */
export async function suggestForArticle(session: NotebookSession, articleId: string): Promise<ArticleSuggestions> {
  const file = session.articleFile(articleId);
  const { text, blocks } = file.article;
  refuseTooLong(`The article "${file.article.title}"`, text);
  // Off the event loop, with a time limit: the owner keeps answering while a long article is read.
  const knownActors = actorsToMatch(session, actorsUsedBy(file.quotes));
  const all = await suggestInWorker({ text, blocks, knownActors }, `the article "${file.article.title}"`);
  const rejectedList = file.rejectedSuggestions ?? [];
  let rejected = 0;
  let tagged = 0;
  const quotes = all.quotes.filter((s) => {
    if (rejectedList.some((r) => isSame(r, s, text))) return !++rejected;
    if (file.quotes.some((q) => covers(q, s))) return !++tagged;
    return true;
  });
  return { articleId, quotes, actors: all.actors, rejected, tagged };
}

/** Suggestions for a text outside the notebook; offsets refer to the text as an import would store it. */
export function suggestForText(session: NotebookSession, input: ParsedInputOf<'suggest:text'>): Promise<SuggestionSet> {
  const text = normaliseText(input.text);
  const blocks = input.blocks && text.length === input.text.length ? input.blocks.filter((b) => b.end <= text.length) : undefined;
  refuseTooLong('The text', text);
  return suggestInWorker({ text, ...(blocks ? { blocks } : {}), knownActors: actorsToMatch(session, new Set()) }, 'the text');
}

/** The actors an article's quotes name, as speaker or about. */
function actorsUsedBy(quotes: readonly Quote[]): Set<string | null> {
  return new Set(quotes.flatMap((q) => [q.speakerId, ...q.aboutIds]));
}

/** The notebook's actors the suggester may match names to: a description-named one only in its own article. */
function actorsToMatch(session: NotebookSession, usedHere: ReadonlySet<string | null>): Actor[] {
  return session.store.notebook().actors.filter((a) => !isDescription(a.name) || usedHere.has(a.id));
}

/** The one size limit of every way to suggestions (the schema checks the text before normalising; this checks what is read). */
function refuseTooLong(what: string, text: string): void {
  const reason = suggestTooLongReason(text.length);
  if (reason) throw new UserError('invalid-input', `${what} ${reason}`);
}

/** A rejection still applies to a suggestion with the same words at the same place (or anywhere, if the text moved). */
function isSame(r: RejectedSuggestion, s: { start: number; end: number; text: string }, text: string): boolean {
  // A suggestion in pieces shows its words joined; the rejection holds the whole range's words.
  if (r.exact !== text.slice(s.start, s.end)) return false;
  return r.start === s.start || text.slice(r.start, r.end) !== r.exact;
}

/** A quote covers a suggestion when they share at least half of the shorter one. */
function covers(q: Quote, s: { start: number; end: number }): boolean {
  const overlap = Math.min(q.target.end, s.end) - Math.max(q.target.start, s.start);
  return overlap > 0 && overlap * 2 >= Math.min(q.target.end - q.target.start, s.end - s.start);
}

/** Saves suggestions as confirmed quotes, creating actors for new named speakers. */
export async function acceptSuggestions(session: NotebookSession, input: ParsedInputOf<'suggest:accept'>): Promise<AcceptOutcome> {
  const file = session.articleFile(input.articleId);
  const { text } = file.article;
  const actors = [...session.store.notebook().actors];
  const createdActors: Actor[] = [];
  const byName = new Map<string, string>();
  // Actors this article's quotes already name: a description ("the union") means one of these, if any.
  const usedHere = actorsUsedBy(file.quotes);
  const speakerOf = (choice: (typeof input.items)[number]['speaker']): string | null => (!choice || choice.anonymous ? null : actorFor(choice));
  // An about-actor is resolved as a speaker is: the same name gives the same actor, new or not.
  const actorFor = (choice: (typeof input.items)[number]['about'][number]): string => {
    if (choice.actorId) {
      if (!actors.some((a) => a.id === choice.actorId)) throw new UserError('not-found', `There is no actor with id "${choice.actorId}". It may have been deleted; choose the speaker again.`);
      return choice.actorId;
    }
    const cached = byName.get(choice.name.toLowerCase());
    if (cached) return cached;
    if (isDescription(choice.name)) {
      // Named without the day it ends on ("documents released by the council" for "… on Tuesday");
      // the words as the article wrote them stay an alias, so suggesting this article again finds it.
      const name = withoutWhen(choice.name);
      const sameWords = (a: Actor) => [a.name, ...a.aliases].some((n) => nameKey(n) === nameKey(choice.name) || nameKey(n) === nameKey(name));
      const here = actors.find((a) => usedHere.has(a.id) && sameWords(a));
      const aliases = name === choice.name ? choice.aliases : [...choice.aliases, choice.name];
      const id = here?.id ?? createActor({ ...choice, name, aliases, description: describedIn(name, file.article.title) }, actors, createdActors);
      byName.set(choice.name.toLowerCase(), id);
      return id;
    }
    const id = actorOfKind(choice.name, choice.kind, actors)?.id ?? createActor(choice, actors, createdActors);
    byName.set(choice.name.toLowerCase(), id);
    return id;
  };

  // Speakers are resolved (and new actors saved) first, for the suggestions not yet quotes, so
  // that no quote is ever saved pointing at an actor that does not exist yet.
  const samePlace = (q: Quote, item: { start: number; end: number }) => q.target.start === item.start && q.target.end === item.end;
  const speakers = new Map<(typeof input.items)[number], string | null>();
  const abouts = new Map<(typeof input.items)[number], string[]>();
  for (const item of input.items) {
    if (item.end > text.length || item.start >= item.end || text.slice(item.start, item.end).trim() === '') {
      throw new UserError('invalid-input', `The suggestion at ${item.start}–${item.end} is not inside this article any more. Suggest again and retry.`);
    }
    if (item.pieces && !piecesFit(item.pieces, item.start, item.end)) {
      throw new UserError('invalid-input', `The pieces of the suggestion at ${item.start}–${item.end} overlap or do not run from its start to its end. Suggest again and retry.`);
    }
    if (file.quotes.some((q) => samePlace(q, item))) continue;
    speakers.set(item, speakerOf(item.speaker));
    abouts.set(item, item.about.map(actorFor));
  }
  let saved = createdActors;
  if (createdActors.length) {
    // Inside the write: a speaker another accept added a moment ago is used, not added twice.
    const sameAs = new Map<string, string>();
    await session.store.updateNotebook((nb) => {
      for (const actor of createdActors) {
        // Another article's "the union" is another union: only proper names are shared.
        const existing = isDescription(actor.name) ? undefined : nb.actors.find((a) => nameKey(a.name) === nameKey(actor.name));
        if (existing) sameAs.set(actor.id, existing.id);
        else nb.actors.push(actor);
      }
    });
    for (const [item, id] of speakers) if (id && sameAs.has(id)) speakers.set(item, sameAs.get(id)!);
    for (const [item, ids] of abouts) abouts.set(item, ids.map((id) => sameAs.get(id) ?? id));
    saved = createdActors.filter((a) => !sameAs.has(a.id));
  }

  const now = new Date().toISOString();
  let quotes: Quote[] = [];
  await session.changeArticle(file.article.id, (current) => {
    if (current.article.text !== text) throw new UserError('conflict', 'The article’s text changed while the suggestions were being saved. Suggest again and retry.');
    quotes = [];
    const added: Quote[] = [];
    for (const item of input.items) {
      const existing = [...current.quotes, ...added].find((q) => samePlace(q, item));
      if (existing) {
        quotes.push(existing);
        continue;
      }
      const quote: Quote = {
        id: newId('q'),
        articleId: current.article.id,
        target: item.pieces ? describePieces(text, item.pieces) : describeRange(text, item.start, item.end),
        kind: item.kind,
        speakerId: speakers.get(item) ?? null,
        // Whom it is about, once each; the speaker is who said it, not what it is about.
        aboutIds: [...new Set(abouts.get(item) ?? [])].filter((id) => id !== speakers.get(item)),
        tagIds: [],
        comment: item.speaker?.anonymous ? `Unnamed source: ${item.speaker.name}` : '',
        status: 'confirmed',
        cue: item.cue,
        createdAt: now,
        updatedAt: now,
      };
      added.push(quote);
      quotes.push(quote);
    }
    if (!added.length) return current;
    const accepted = (r: RejectedSuggestion) => added.some((q) => samePlace(q, r));
    return { ...current, quotes: [...current.quotes, ...added], rejectedSuggestions: (current.rejectedSuggestions ?? []).filter((r) => !accepted(r)) };
  });
  return { quotes, createdActors: saved };
}

/** What a description-named actor's page says, so the analyst can tell them apart and rename them. */
function describedIn(name: string, title: string): string {
  return `From “${title}”, which names it only as “${name}”: rename it, or merge it into the actor it means.`;
}

function createActor(choice: { name: string; kind: Actor['kind']; aliases: string[]; role: string; description?: string }, actors: Actor[], created: Actor[]): string {
  const aliases = [...new Set(choice.aliases.filter((a) => a.toLowerCase() !== choice.name.toLowerCase()))];
  // A colour of its own, as an actor created by hand gets, so its quotes stand apart in the reader and the actor list.
  const colour = leastUsedTint(actors.map((a) => a.colour));
  const actor = ActorSchema.parse({ id: newId('act'), name: choice.name, kind: choice.kind, aliases, role: choice.role, colour, description: choice.description ?? '' }) as Actor;
  actors.push(actor);
  created.push(actor);
  return actor.id;
}

/** Records suggestions as rejected. */
export async function rejectSuggestions(session: NotebookSession, input: ParsedInputOf<'suggest:reject'>): Promise<RejectOutcome> {
  const rejectedAt = new Date().toISOString();
  const saved = await session.changeArticle(input.articleId, (file) => {
    const { text } = file.article;
    const list = [...(file.rejectedSuggestions ?? [])];
    for (const { start, end } of input.items) {
      if (end > text.length || start >= end) throw new UserError('invalid-input', `The suggestion at ${start}–${end} is not inside this article. Suggest again and retry.`);
      if (!list.some((r) => r.start === start && r.end === end)) list.push({ start, end, exact: text.slice(start, end), rejectedAt });
    }
    return { ...file, rejectedSuggestions: list };
  });
  return { rejectedSuggestions: saved.rejectedSuggestions ?? [] };
}

/** Takes rejections back. */
export async function restoreSuggestions(session: NotebookSession, input: ParsedInputOf<'suggest:restore'>): Promise<RejectOutcome> {
  const saved = await session.changeArticle(input.articleId, (file) => ({
    ...file,
    rejectedSuggestions: (file.rejectedSuggestions ?? []).filter((r) => !input.items.some((i) => i.start === r.start && i.end === r.end)),
  }));
  return { rejectedSuggestions: saved.rejectedSuggestions ?? [] };
}
