/**
 * Whom a quote is about, where states and their governments are concerned: a demonym naming a
 * state's officials ("Qatari mediators"), "both sides" for the states the article names together,
 * which government "the government" means, and the speaker itself under another name ("the
 * justices" for their court, "the government" for its state).
 */
import { key } from './cache';
import { stateOfDemonym } from './data/demonyms';
import type { Entity } from './entities';
import { between, byPlacings, LOOK_BACK, nearest, onlyOne, type AboutQuote, type Placed } from './aboutContext';

// Words a demonym names a state's officials or institutions by ("Qatari mediators", "the Iranian side"),
// or its stance and rights ("the Brennish position", "Brennish sovereignty").
const STATE_PEOPLE = new Set(['side', 'government', 'officials', 'authorities', 'mediators', 'negotiators', 'counterparts', 'forces', 'military', 'delegation', 'leaders', 'ministry', 'diplomats', 'officers', 'troops', 'soldiers', 'envoy', 'envoys', 'embassy', 'ministers', 'regulators', 'prosecutors', 'position', 'sovereignty', 'ambassador', 'ambassadors', 'consul', 'consulate', 'navy']);

// "the Brennians walked out", "the Dutch will sign": a people by its demonym, plural or (for a demonym
// that is its own plural) before a verb, stands for its state in talks between states. An adjective
// before a noun ("the Dutch coast") is left alone.
const PEOPLE = /\b[Tt]he\s+(\p{Lu}\p{Ll}+?(?:ans|is))\b|\b[Tt]he\s+(\p{Lu}\p{Ll}+)(?=\s*[,.;:!?”"’]|\s+(?:have|had|has|are|were|will|would|can|could|should|must|know|knew|want|wanted|say|said|think|do|did|don['’]t|didn['’]t|won['’]t)\b)/gu;

/** "Qatari mediators", "the Iranian side": a demonym naming a state's officials or institutions. */
export function demonymStates(text: string, from: number, to: number, states: readonly Entity[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(PEOPLE)) {
    const state = m[1] ? stateOfDemonym(m[1].slice(0, -1)) : stateOfDemonym(m[2]!);
    const entity = state ? states.find((e) => e.name === state || e.forms.has(state)) : undefined;
    if (entity) out.push({ entity, at: from + m.index! });
  }
  // One word may stand between them: "Brennish customs officers", "Brennish trade negotiators".
  for (const m of text.slice(from, to).matchAll(/\b(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu)) {
    if (!STATE_PEOPLE.has(m[2]!) && !STATE_PEOPLE.has(m[3] ?? '')) continue;
    const state = stateOfDemonym(m[1]!);
    const entity = state ? states.find((e) => e.name === state || e.forms.has(state)) : undefined;
    if (entity) out.push({ entity, at: from + m.index! });
  }
  return out;
}

// An unnamed speaker that is a body's members ("the justices said the court would…"), and the body's name.
const MEMBERS: [RegExp, RegExp][] = [
  [/^the (?:justices|judges)$/i, /\bcourt\b/i],
  [/^the (?:lawmakers|legislators)$/i, /\b(?:legislature|parliament|assembly|congress)\b/i],
  [/^the senators$/i, /\bsenate\b/i],
  [/^the (?:councillors|council members)$/i, /\bcouncil\b/i],
  [/^the (?:commissioners)$/i, /\bcommission\b/i],
  [/^the (?:board members|directors|trustees)$/i, /\bboard\b/i],
];
// A wire dateline's place: "LAKETON, Brenna (AP) —".
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+,\s+(\p{Lu}[\p{L}.'’ -]*?)\s+(?:\(|—|–)/mu;

/**
 * The speaker itself under another name, which its quote is not about: the body an unnamed
 * "the justices" belongs to, or the country of an unnamed "the government" (the speaker's state,
 * the state the article is about, else the place of its dateline).
 */
export function speakerItself(text: string, q: AboutQuote, e: Entity, states: readonly Entity[]): boolean {
  const s = q.described;
  if (q.speaker || !s) return false;
  // "The union said…" with "the union" an actor of its own (aboutBodies.ts).
  if (key(s) === key(e.name)) return true;
  const body = MEMBERS.find(([who]) => who.test(s))?.[1];
  if (body) return e.kind === 'organisation' && body.test(e.name);
  if (!/^the (?:government|administration)$/i.test(s)) return false;
  const home = ownState(q, states) ?? mainState(states);
  if (home) return e === home;
  const dateline = DATELINE.exec(text.slice(0, 2000))?.[1];
  return dateline !== undefined && (e.name === dateline || e.forms.has(dateline));
}

// "Both countries", "the two sides", "neither delegation", "the two foreign ministers": the states the article is about.
const COUNTED = /\b(both|neither|the two|the three)\s+(?:(?:foreign|prime|defence|defense|trade|chief)\s+)?(?:countries|country|sides|side|delegations|delegation|governments|government|nations|ministers|leaders)\b/gi;

// A legislature or one of its chambers, by its bare name.
const LEGISLATURE = /^(?:the\s+)?(?:Senate|House|Congress|Parliament|Assembly|Legislature)$/;

/**
 * "the two sides" in talks between states: the states the article names together ("Armenia and
 * Azerbaijan have agreed…"), else the states named most before it.
 */
export function pairsOfStates(text: string, from: number, to: number, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(COUNTED)) {
    const at = from + m.index!;
    const n = m[1]!.toLowerCase() === 'the three' ? 3 : 2;
    const named = namedTogether(text, between(placed, 0, at), n);
    if (named) {
      for (const entity of named) out.push({ entity, at });
      continue;
    }
    const states = mainOnes(between(placed, 0, at), n, (e) => e.kind === 'state');
    // "Both sides" in a dispute between bodies (a union and the employers): the bodies the story is about.
    const sides = states ?? (/\bsides?$/i.test(m[0]) && !between(placed, 0, at).some((p) => p.entity.kind === 'state' && !/^(?:U\.?S\.?|United States|America)$/.test(p.entity.name)) ? mainOnes(between(placed, 0, at), n, (e) => e.kind === 'organisation') : undefined);
    // Two chambers ("the House and the Senate", "the Senate and Congress") are parts of one legislature,
    // not the two sides of a dispute: the sides are then others the text does not name as bodies.
    if (!states && sides?.every((e) => LEGISLATURE.test(e.name))) continue;
    for (const entity of sides ?? []) out.push({ entity, at });
  }
  return out;
}

// "both candidates", "the two senators", "the candidates" in a two-way race: the two persons the story is about.
const TWO_PEOPLE = /\b(?:both|the two|the)\s+(?:lead\s+)?(?:candidates|senators|negotiators|contenders|rivals)\b/gi;

/** "both candidates", "the two senators": the two persons named most before, when the story plainly follows two. */
export function pairsOfPeople(text: string, from: number, to: number, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(TWO_PEOPLE)) {
    const at = from + m.index!;
    for (const entity of mainOnes(between(placed, 0, at), 2, (e) => e.kind === 'person') ?? []) out.push({ entity, at });
  }
  return out;
}

// "the Roe-Kestrel amendment": two surnames joined by a hyphen, a bill or a plan named after two people.
const JOINED_SURNAMES = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

/** Two people of the story whose surnames a hyphen joins, when the joined word is no one's own (double-barrelled) surname. */
export function joinedSurnames(text: string, from: number, to: number, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(JOINED_SURNAMES)) {
    const at = from + m.index!;
    const bySurname = (word: string) => onlyOne(placed, (e) => e.kind === 'person' && e.surnames.has(key(word)));
    if (bySurname(m[0])) continue;
    const first = bySurname(m[1]!);
    const second = bySurname(m[2]!);
    if (first && second && first !== second) out.push({ entity: first, at }, { entity: second, at });
  }
  return out;
}

/** The `n` actors that fit named most before, when the article plainly is about that many: the next one is named at most half as often. */
function mainOnes(before: readonly Placed[], n: number, fits: (e: Entity) => boolean): Entity[] | undefined {
  const ranked = byPlacings(before, fits);
  if (ranked.length < n || (ranked.length > n && 2 * ranked[n]![1] > ranked[n - 1]![1])) return undefined;
  return ranked.slice(0, n).map(([e]) => e);
}

/** The first `n` states the article names in one coordination ("Armenia and Azerbaijan", "France, Italy and Spain"). */
function namedTogether(text: string, before: readonly Placed[], n: number): Entity[] | undefined {
  for (let k = 0; k + n <= before.length; k++) {
    const run = before.slice(k, k + n);
    const joined = run.every((p, i) => p.entity.kind === 'state' && (i === 0 || /^(?:,\s*|,?\s+and\s+)$/.test(text.slice(run[i - 1]!.end, p.start))));
    const last = /^,?\s+and\s+$/.test(text.slice(run[n - 2]!.end, run[n - 1]!.start));
    if (joined && last && new Set(run.map((p) => p.entity)).size === n) return run.map((p) => p.entity);
  }
  return undefined;
}

/**
 * Which government "the government" or "ministers" means: a state's named after it ("the
 * government in Kyiv"), the speaker's own state's, or that of a state the article keeps naming and
 * named in the same paragraph; else the article's own, unnamed government.
 */
export function whichGovernment(text: string, q: AboutQuote, p: Placed, placed: readonly Placed[], states: readonly Entity[]): Entity | undefined {
  const after = /^['’]?s?\s+(?:of|in)\s+(?:the\s+)?/.exec(text.slice(p.end, p.end + 12));
  const named = after ? states.find((e) => e.mentions.some((m) => m.start === p.end + after[0].length)) : undefined;
  if (named) return named;
  // "the government in Tbilisi", a place the article does not know as a state: a government, but not the article's.
  if (after && /^\p{Lu}/u.test(text.slice(p.end + after[0].length)) && !/ministers$/i.test(text.slice(p.start, p.end))) return undefined;
  // "his government" in the words of an unnamed official: whose it is, the text does not say.
  if (!q.speaker && /^(?:his|her|its|their)\s/i.test(text.slice(p.start, p.end))) return undefined;
  const paragraph = Math.max(0, text.lastIndexOf('\n', p.start));
  const near = nearest(between(placed, paragraph, p.start), (e) => e.kind === 'state' && e.mentions.length >= 2);
  // British copy's "ministers" are the home government's, even in a story about another state.
  const main = /ministers$/i.test(text.slice(p.start, p.end)) ? undefined : mainState(states);
  return ownState(q, states) ?? near ?? main ?? p.entity;
}

/** The state an article is about: named more than once, and at least twice as often as any other. */
export function mainState(states: readonly Entity[]): Entity | undefined {
  const ranked = [...states].sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  return first && first.mentions.length >= 2 && (!second || first.mentions.length >= 2 * second.mentions.length) ? first : undefined;
}

export function ownState(q: AboutQuote, states: readonly Entity[]): Entity | undefined {
  const affiliation = q.speaker?.affiliation;
  return affiliation ? states.find((e) => e.name === affiliation || e.forms.has(affiliation) || e.name === stateOfDemonym(affiliation)) : undefined;
}

/** "The government" of the speaker's state if they have one, else the state the article last named. */
export function governmentOf(q: AboutQuote, at: number, before: readonly Placed[], states: readonly Entity[]): Entity | undefined {
  const own = ownState(q, states);
  // Else a state named close before: one named pages earlier is rarely the government meant.
  return own ?? nearest(before.filter((p) => p.start >= at - LOOK_BACK), (e) => e.kind === 'state');
}

// An unnamed source drawn from two or three states ("officials from both governments", "diplomats of the two countries").
const FROM_BOTH = /\b(?:from|of|in)\s+(?:both|the two|the three)\s+(?:countries|governments|nations|delegations)\b/i;

/** The states an unnamed source "from both governments" belongs to, read as "both governments" is in a quote. */
export function bothSidesSource(text: string, q: AboutQuote, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const described = q.described;
  if (q.speaker || !described || !FROM_BOTH.test(described)) return [];
  // The description as written nearest the quote: before it ("…, officials from both governments said") or after it.
  const before = text.lastIndexOf(described, q.start);
  const at = before >= 0 && q.start - before < 400 ? before : text.indexOf(described, q.end);
  if (at < 0) return [];
  return pairsOfStates(text, at, at + described.length, placed).filter((d) => d.entity.kind === 'state');
}
