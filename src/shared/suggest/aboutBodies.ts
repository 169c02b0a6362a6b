/**
 * Bodies an article names only in lower case ("the Commons defence committee", "the public
 * accounts committee"): no capitalised name makes them an entity, yet "the committee" in a later
 * quote plainly means one. Each such body becomes an actor for the about rules, named as the
 * article first writes it; the speaker rules never see it.
 */
import type { Entity } from './entities';
import { headlineWords } from './aboutActors';
import { kindNames } from './aboutDescriptions';
import { reference } from './government';

// "the [Commons] <one to four lower-case words> committee": the words say which committee.
const BODY = /\b[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+){1,4}committee)\b/gu;
// Words that say nothing of which committee it is ("the same committee", "the new committee").
const VAGUE = /^(?:same|new|full|whole|other|first|second|last|main|current|former|powerful|relevant|said|a|an|that|this|its|their|his|her)$/;

// Words that end a name rather than make one: "the vote and thanked the committee", "the plan at committee".
const SMALL = /^(?:the|a|an|at|in|on|of|to|for|by|with|from|into|as|or|but|its|their|his|her|our|\p{Ll}+ed)$/u;

// Bodies a story may call only by their kind ("the union rejected the offer", "the yard’s order book").
const KIND = /\b[Tt]he\s+(union|department|agency|directorate|delegation|jury|board|council|yard|shipyard|club|authority|administration)\b(?![-\s]+(?:of\s+)?\p{Lu})/gu;

// A school district, in a story that shows it runs schools: "the district" is that body.
const schools = /\bschool district\b|\bsuperintendent\b|\bschool board\b/i;
const district = /\b[Tt]he\s+district\b(?![-\s]+(?:of\s+)?\p{Lu})(?!['’]?s?\s+(?:attorney|attorneys|court|courts|judge|line|lines|map|maps|voters|seat)\b)/gu;

// A central bank the story does not name: "the central bank", "Brennia's central bank".
const CENTRAL_BANK = /(?:\b[Tt]he|\b\p{Lu}[\p{L}.-]*['’]s)\s+central bank\b(?![-\s]+(?:of\s+)?\p{Lu})/gu;

// "Brenna's board", "the port board", "the club's board".
const BOARD_OF = /(?:\b[Tt]he\s+(\p{Ll}+)(?:['’]s)?|\b\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s)\s+board\b/gu;

// The bodies describedBodies made: named in lower case ("the bank's board") though a sentence may open on them.
const bodies = new WeakSet<Entity>();

/** A body made by describedBodies, named by its description rather than by capitalised words. */
export function isDescribedBody(e: Entity): boolean {
  return bodies.has(e);
}

/**
 * Bodies of the story it names only by description: a committee in lower case ("the Commons
 * fisheries committee"), one actor each; and a union, department, board, yard… it calls only "the
 * union" (no name of the article holds the word), one actor named so, as a document is.
 */
export function describedBodies(text: string, entities: readonly Entity[]): Entity[] {
  // Asked once per noun: a long article says "the union" hundreds of times.
  const seen = new Map<string, boolean>();
  const named = (noun: string) => {
    let hit = seen.get(noun);
    // A kind noun "the <noun>" resolves to a named body (aboutDescriptions.ts) is that body, not one of its own.
    // A headline's capitalised words ("Board Was Told Nothing") name no body.
    if (hit === undefined) seen.set(noun, (hit = entities.some((e) => kindNames(noun, e) && !headlineWords(text, e))));
    return hit;
  };
  const found = new Map<string, Entity>();
  const add = (name: string, start: number, end: number) => {
    const mention = reference(text, start, end, 'other');
    const k = name.toLowerCase();
    const e = found.get(k);
    if (e) e.mentions.push(mention);
    else {
      const body: Entity = { id: -100 - found.size, name, kind: 'organisation', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([name]), mentions: [mention], surnames: new Set(), firstNames: new Set(), spoke: false };
      bodies.add(body);
      found.set(k, body);
    }
  };
  // The board of one body of the story ("Brenna's board", "the port board"): "the board" is it too.
  const boards = named('board') ? [] : [...text.matchAll(BOARD_OF)].filter((m) => !VAGUE.test(m[1] ?? ''));
  if (new Set(boards.map((m) => m[0].toLowerCase().replace(/’/g, "'"))).size === 1) {
    for (const m of boards) add(boards[0]![0].replace(/^The\b/, 'the'), m.index!, m.index! + m[0].length);
    found.set('the board', found.values().next().value!);
  }
  for (const m of text.matchAll(KIND)) if (!named(m[1]!)) add(`the ${m[1]!.toLowerCase()}`, m.index!, m.index! + m[0].length);
  // "The district" of a story about schools is the school district (elsewhere mostly a voting district, a place).
  if (schools.test(text) && !named('district')) for (const m of text.matchAll(district)) add('the district', m.index!, m.index! + m[0].length);
  // "Brennia's central bank", "the central bank": one body, which "the bank" then stands for.
  if (!named('bank')) for (const m of text.matchAll(CENTRAL_BANK)) add('the central bank', m.index!, m.index! + m[0].length);
  if (named('committee')) return [...found.values()];
  for (const m of text.matchAll(BODY)) {
    const words = m[1]!.split(/\s+/);
    const lower = words.filter((w) => /^\p{Ll}/u.test(w));
    if (lower.length < 2 || VAGUE.test(lower[0]!) || lower.some((w) => SMALL.test(w)) || (lower.includes('and') && lower.length < 3)) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    add(m[1]!, start, start + m[1]!.length);
  }
  return [...found.values()];
}

// A faction named by its body and a lower-case plural ("Assembly moderates", "Senate rebels"),
// and later only by the plural or another faction word ("the conservatives", "the holdouts").
const FACTION_WORDS = 'conservatives|liberals|moderates|progressives|hardliners|hard-liners|rebels|holdouts|backbenchers|centrists|loyalists';
const FACTION = new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\s+(${FACTION_WORDS})\\b`, 'gu');
const FACTION_AGAIN = new RegExp(`\\b[Tt]he\\s+(?:${FACTION_WORDS})\\b`, 'gu');
// Words that open a sentence rather than name a body ("Many conservatives", "Some rebels").
const NOT_BODY = /^(?:The|A|An|Many|Some|Most|Few|Other|Several|Two|Three|Both|All|These|Those|Its|Their|His|Her|Our|Fiscal|Social)$/;

/**
 * The one faction an article names in lower case after its body ("a knot of Assembly moderates"):
 * an actor of the about rules (kind other, a group), read there and wherever the story comes back
 * to "the conservatives" or "the holdouts". Two factions in one story leave "the rebels" unread.
 */
export function describedFactions(text: string): Entity[] {
  const names = new Map<string, { start: number; end: number }[]>();
  for (const m of text.matchAll(FACTION)) {
    if (NOT_BODY.test(m[1]!)) continue;
    const name = `${m[1]} ${m[2]}`;
    names.set(name, [...(names.get(name) ?? []), { start: m.index!, end: m.index! + m[0].length }]);
  }
  if (names.size !== 1) return [];
  const [name, spans] = [...names][0]!;
  for (const m of text.matchAll(FACTION_AGAIN)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  const mentions = spans.sort((a, b) => a.start - b.start).map((x) => reference(text, x.start, x.end, 'other'));
  return [{ id: -4000, name, kind: 'other', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set([name]), mentions, surnames: new Set(), firstNames: new Set(), spoke: true }];
}

