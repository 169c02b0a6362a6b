/**
 * The suggester: reads an article and proposes its quotes (direct and reported), who said each
 * one, and the actors it names. Pure and synchronous: the same code runs in the main process,
 * the CLI, the evaluation script and, if ever needed, the browser.
 */
import { actorOfKind } from '../actors/resolveActor';
import { PIECE_JOINER } from '../anchoring/pieces';
import { guessPlainTextHeadings, plainTextBlocks } from '../text/plainTextBlocks';
import { decodeForReading, type DecodedText } from '../text/characterReferences';
import { detokeniseForReading } from '../text/tokenisedText';
import { softBreaksAsSpaces } from '../text/softBreaks';
import type { Block } from '../model';
import { aboutActors, isOneWordBody, MAX_ABOUT } from './aboutActors';
import { describedBodies, describedFactions } from './aboutBodies';
import { describedOffices } from './aboutOffices';
import { describedParties } from './aboutParties';
import { aboutRegions } from './aboutRegions';
import { attributeBody, type Found } from './attribute';
import { boilerplateBlocks, withoutBlocks } from './boilerplate';
import { paragraphsRunTogether } from './runTogether';
import { headlineApart } from './headlineRunIn';
import { key as nameKey } from './cache';
import { Discourse, referentName } from './discourse';
import { buildDoc } from './document';
import { buildEntities, type Entity } from './entities';
import { completeCutNames } from './cutNames';
import { documentActors } from './documents';
import { governmentActor } from './government';
import { isAboutGroup, isPluralName } from './groups';
import { attributeHeadings, headlineRoleHolders, widenHeadlineSources } from './headline';
import { suggestTooLongReason } from './limits';
import { findMentions, sentenceInitial } from './mentions';
import type { Context } from './nounPhrase';
import { shownToBeOrganisation, shownToBePerson } from './kindEvidence';
import { regionForms, regionNames } from './regions';
import { enrichMentions } from './roles';
import { plain } from './tokens';
import { findTurns } from './transcript';
import type { KnownActor, SuggestedActor, SuggestedQuote, SuggestedSpeaker, SuggestInput, SuggestionSet } from './types';

/** Proposes the quotes, speakers and actors of one article. */
export function suggestQuotes(input: SuggestInput): SuggestionSet {
  // Callers check the limit first and say so in their own words; this is the backstop.
  const tooLong = suggestTooLongReason(input.text.length);
  if (tooLong) throw new RangeError(`The text ${tooLong}`);
  const decoded = decodeForReading(input.text);
  return decoded ? suggestDecoded(input, decoded) : suggestSpaced(input);
}

/**
 * `suggestQuotes` for a text whose characters are as they read: a tokenised one (tokenisedText.ts)
 * read without its tokeniser's spaces, each offset put back, and a quote's `text` its words as
 * they stand in the text.
 */
function suggestSpaced(input: SuggestInput): SuggestionSet {
  const reading = detokeniseForReading(input.text);
  if (!reading) return suggestReadable(input);
  const blocks = input.blocks?.map((b) => ({ ...b, start: reading.toDecoded(b.start), end: reading.toDecoded(b.end) }));
  const set = suggestReadable({ ...input, text: reading.text, ...(blocks ? { blocks } : {}) });
  for (const q of set.quotes) {
    q.start = reading.toOriginal(q.start);
    q.end = reading.endToOriginal(q.end);
    if (q.pieces) for (const p of q.pieces) Object.assign(p, { start: reading.toOriginal(p.start), end: reading.endToOriginal(p.end) });
    q.text = q.pieces && q.pieces.length > 1 ? q.pieces.map((p) => input.text.slice(p.start, p.end).trim()).join(PIECE_JOINER) : input.text.slice(q.start, q.end);
  }
  return set;
}

/** `suggestQuotes` for a text whose characters are as they read (no character references). */
function suggestReadable(input: SuggestInput): SuggestionSet {
  // A headline run into the first sentence is read apart from it (headlineRunIn.ts); an importer's blocks say where it is.
  const raw = input.blocks ?? headlineApart(input.text, plainTextBlocks(input.text));
  // The rules read words and spaces; a line break inside a paragraph is a space to them (same length, same offsets).
  const text = softBreaksAsSpaces(input.text, raw);
  // Page furniture between paragraphs ("Advertisement", a caption and its credit) is read around, as if it were not there.
  const drop = inOrder(raw) ? boilerplateBlocks(text, raw) : new Set<number>();
  if (!drop.size || drop.size === raw.length) return suggestIn(input, text, input.blocks ?? guessPlainTextHeadings(text, [...raw]).blocks);
  const reduced = withoutBlocks(text, raw, drop);
  const set = suggestIn(input, reduced.text, input.blocks ? reduced.blocks : guessPlainTextHeadings(reduced.text, reduced.blocks).blocks);
  const at = reduced.toOriginal;
  // An end is the offset just past a character, so it maps as that character does.
  const end = (offset: number) => at(offset - 1) + 1;
  const furniture = [...drop].map((i) => raw[i]!);
  for (const q of set.quotes) {
    q.start = at(q.start);
    q.end = end(q.end);
    if (q.pieces) for (const p of q.pieces) Object.assign(p, { start: at(p.start), end: end(p.end) });
    // A quote continued over a paragraph break with an ad between its paragraphs leaves the ad out: it becomes two pieces.
    const pieces = piecesAround(text, q.pieces ?? [{ start: q.start, end: q.end }], furniture);
    if (pieces.length > 1) q.pieces = pieces;
    q.text = q.pieces && q.pieces.length > 1 ? q.pieces.map((p) => text.slice(p.start, p.end).trim()).join(PIECE_JOINER) : text.slice(q.start, q.end);
  }
  return set;
}

/**
 * Suggests from a text whose HTML character references ("&ldquo;") are read as their characters,
 * then puts every offset back into the text as it is. A quote's `text` is its words as they read.
 */
function suggestDecoded(input: SuggestInput, decoded: DecodedText): SuggestionSet {
  const blocks = input.blocks?.map((b) => ({ ...b, start: decoded.toDecoded(b.start), end: decoded.toDecoded(b.end) }));
  // Decoded once: "&amp;ldquo;" is the words "&ldquo;", not a quotation mark.
  // Tokenised corpora write their marks the TeX way (`` … ''): once read as marks, a tokeniser's spaces are read around.
  const set = suggestSpaced({ ...input, text: decoded.text, ...(blocks ? { blocks } : {}) });
  for (const q of set.quotes) {
    q.start = decoded.toOriginal(q.start);
    q.end = decoded.endToOriginal(q.end);
    if (q.pieces) for (const p of q.pieces) Object.assign(p, { start: decoded.toOriginal(p.start), end: decoded.endToOriginal(p.end) });
  }
  return set;
}

/** `pieces` with every block of `furniture` inside them cut out, each piece trimmed of the white space left at a cut. */
function piecesAround(text: string, pieces: readonly { start: number; end: number }[], furniture: readonly Block[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) out.push({ start, end });
  };
  for (const p of pieces) {
    let from = p.start;
    for (const b of furniture) {
      if (b.start < from || b.end > p.end) continue;
      push(from, b.start);
      from = b.end;
    }
    push(from, p.end);
  }
  return out;
}

/** Blocks in reading order without overlaps (as every importer makes them). */
function inOrder(blocks: readonly Block[]): boolean {
  return blocks.every((b, i) => b.start <= b.end && (i === 0 || blocks[i - 1]!.end <= b.start));
}

function suggestIn(input: SuggestInput, text: string, blocks: readonly Block[]): SuggestionSet {
  const doc = buildDoc(text, paragraphsRunTogether(text, blocks));
  const initial = new Set<string>();
  const midSentence = new Set<string>();
  for (const para of doc.paragraphs) {
    const starts = sentenceInitial(para.tokens, para.sentences.map((s) => s.from));
    para.tokens.forEach((t, i) => {
      if (starts.has(i)) initial.add(`${para.index}:${i}`);
      else if (t.type === 'word' && t.cap && !para.heading) midSentence.add(plain(t.text));
    });
  }
  const mentions = findMentions(doc, midSentence);
  enrichMentions(doc, mentions);
  const regions = regionNames(text);
  const entities = buildEntities(mentions, regions);
  const ctx: Context = { doc, entities, discourse: new Discourse(), mentionAt: new Map(mentions.map((m) => [`${m.para}:${m.token}`, m])), initial };
  const turns = findTurns(doc, entities, mentions);
  const { found, headings } = attributeBody(ctx, turns);
  widenHeadlineSources(ctx, found);
  headlineRoleHolders(ctx, found);
  const all = [...attributeHeadings(ctx, headings, found, turns, mentions), ...found].sort((a, b) => a.start - b.start || a.end - b.end);
  return assemble(text, all, entities.entities, input.knownActors ?? [], regions);
}

/** The highest confidence a stance (a belief, wish or finding, not speech) is offered with: below "accept all"'s usual threshold. */
export const STANCE_CONFIDENCE = 0.6;

function assemble(text: string, found: readonly Found[], entities: readonly Entity[], known: readonly KnownActor[], regions: ReadonlySet<string>): SuggestionSet {
  settleKinds(text, found, entities);
  completeCutNames(text, entities);
  const listed = entities.filter((e) => e.kind !== 'unknown' && (e.kind !== 'other' || e.spoke || e.mentions.length >= 2));
  const actors: SuggestedActor[] = listed.map((e) => toActor(e, entities, known));
  const indexOf = new Map(listed.map((e, i) => [e, i]));
  const quotes: SuggestedQuote[] = [];
  const seen = new Set<string>();
  const kept: Found[] = [];
  for (const f of found) {
    // A pair of marks with nothing (or only spaces) between them quotes no one.
    if (f.end <= f.start || text.slice(f.start, f.end).trim() === '') continue;
    const place = `${f.kind}:${f.start}:${f.end}`;
    if (seen.has(place)) continue;
    seen.add(place);
    let speaker: SuggestedSpeaker | null = null;
    if (f.speaker) {
      const ref = f.speaker.ref;
      if (ref.type === 'entity') {
        const i = indexOf.get(ref.entity);
        speaker = { name: ref.entity.name, kind: kindOf(ref.entity), anonymous: false, actorId: i === undefined ? null : actors[i]!.actorId, actorIndex: i ?? null };
      } else {
        const kind = ref.desc.institution ? 'organisation' : ref.desc.plural ? 'other' : 'person';
        speaker = { name: referentName(ref), kind, anonymous: true, actorId: null, actorIndex: null };
      }
    }
    const confidence = Math.round(Math.min(f.stance ? STANCE_CONFIDENCE : 0.99, f.confidence) * 100) / 100;
    kept.push(f);
    quotes.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), kind: f.kind, speaker, about: [], confidence, cue: f.cue, reason: f.reason, ...(f.stance ? { stance: true as const } : {}), ...(f.pieces ? { pieces: f.pieces.map((r) => ({ ...r })) } : {}) });
  }
  // Actors the article refers to only by description: its unnamed government, its documents.
  const government = governmentActor(text, entities);
  // A group named once ("… blamed the Tories"), or a ministry called by one word (aboutActors.ts), is no actor of the
  // article until a quote is about it.
  const groups = entities.filter((e) => !listed.includes(e) && (isAboutGroup(e) || isOneWordBody(e)));
  const courts = aboutRegions(text, regionForms(text), entities);
  const described = [...(government && !entities.includes(government) ? [government] : []), ...documentActors(text), ...describedBodies(text, entities), ...describedFactions(text), ...describedParties(text, entities), ...describedOffices(text, entities), ...courts];
  const candidates = [...listed, ...described, ...groups, ...(government && entities.includes(government) && !listed.includes(government) ? [government] : [])];
  const about = aboutActors(text, kept.map((f) => ({ start: f.start, end: f.end, kind: f.kind, speaker: f.speaker?.ref.type === 'entity' ? f.speaker.ref.entity : null, ...(f.speaker?.ref.type === 'desc' ? { described: f.speaker.ref.desc.text } : {}) })), [...entities, ...described], new Set(candidates), courts.length ? new Set([...regions, ...courts.map((e) => nameKey(e.name))]) : regions);
  // One becomes an actor of the article once a quote is about it.
  for (const e of [...described, ...groups, ...(government ? [government] : [])]) {
    if (indexOf.has(e) || !about.some((a) => a.includes(e))) continue;
    indexOf.set(e, actors.length);
    actors.push(toActor(e, entities, known));
  }
  // A party read alone where its entity is its members' ("SNP" of "SNP MPs", bodiesOfMembers).
  for (const e of about.flat()) {
    if (indexOf.has(e)) continue;
    indexOf.set(e, actors.length);
    actors.push(toActor(e, entities, known));
  }
  // The pieces of a quote split by its attribution are one statement: each is about what all are.
  const ofPieces = (q: SuggestedQuote, n: number) => (q.pieces ? quotes.flatMap((o, k) => (o.pieces && o.pieces[0]!.start === q.pieces![0]!.start ? about[k]! : [])) : about[n]!);
  quotes.forEach((q, n) => {
    q.about = [...new Set(ofPieces(q, n))].slice(0, MAX_ABOUT).map((e) => {
      const i = indexOf.get(e)!;
      return { name: e.name, kind: kindOf(e), actorId: actors[i]!.actorId, actorIndex: i };
    });
  });
  return { quotes: onePerQuote(text, quotes), actors };
}

/**
 * The pieces of a quote split by its attribution become one suggestion, spanning them all (as a
 * quote in pieces does) with their words joined, so the analyst accepts or rejects it once.
 */
function onePerQuote(text: string, quotes: readonly SuggestedQuote[]): SuggestedQuote[] {
  const out: SuggestedQuote[] = [];
  const joined = new Set<number>();
  for (const q of quotes) {
    if (!q.pieces || q.pieces.length < 2) {
      out.push(q);
      continue;
    }
    const first = q.pieces[0]!.start;
    if (joined.has(first)) continue;
    joined.add(first);
    const end = q.pieces[q.pieces.length - 1]!.end;
    out.push({ ...q, start: first, end, text: q.pieces.map((p) => text.slice(p.start, p.end).trim()).join(PIECE_JOINER) });
  }
  return out;
}

/** A name the text never classified is a person if it spoke, an organisation if it spoke of itself as "it". */
function settleKinds(text: string, found: readonly Found[], entities: readonly Entity[]): void {
  for (const f of found) {
    if (f.speaker?.ref.type !== 'entity') continue;
    const e = f.speaker.ref.entity;
    e.spoke = true;
    // "Democrats", "Labour MPs": a plural name is a group of people, not a person.
    if (e.kind === 'unknown' && isPluralName(e.name)) e.kind = 'other';
    if (e.kind === 'unknown') e.kind = f.kind === 'indirect' && /^(?:it|its)\b/i.test(text.slice(f.start, f.end)) ? 'organisation' : 'person';
  }
  for (const e of entities) if (e.kind === 'unknown') e.kind = shownToBePerson(text, e) ? 'person' : shownToBeOrganisation(text, e) ? 'organisation' : 'other';
}

function kindOf(e: Entity): SuggestedActor['kind'] {
  return e.kind === 'unknown' ? 'other' : e.kind;
}

function toActor(e: Entity, entities: readonly Entity[], known: readonly KnownActor[]): SuggestedActor {
  const key = nameKey(e.name);
  const aliases: string[] = [];
  const seen = new Set([key]);
  for (const form of e.forms) {
    const k = nameKey(form);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    aliases.push(form);
  }
  const affiliationEntity = e.affiliation ? entities.find((x) => x !== e && [...x.forms, x.name].some((f) => nameKey(f) === nameKey(e.affiliation))) : undefined;
  let actorId: string | null = null;
  for (const name of known.length ? [e.name, ...aliases] : []) {
    const actor = actorOfKind(name, e.kind, known);
    if (actor) {
      actorId = actor.id;
      break;
    }
  }
  return { name: e.name, kind: kindOf(e), aliases, role: e.role, affiliation: affiliationEntity?.name ?? e.affiliation, actorId, mentions: e.mentions.length };
}
