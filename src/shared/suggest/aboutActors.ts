/**
 * Whom a quote is about: the actors the quote names or refers to, and for a reported clause the
 * actors of the clause. Candidates are the article's actors (the entities the suggester found,
 * which the notebook's actors are matched to afterwards) mentioned inside the quote, in the
 * object of a cue aimed at someone ("accused Washington of …", "urged the bloc to …"), or referred
 * to there by a description ("the company", "the chancellor", "the government") or a third-person
 * pronoun resolved to the nearest fitting actor before it. The speaker is left out: a quote is
 * about others unless it names its speaker's organisation.
 */
import { between, LOOK_BACK, mostNamedPerson, OUTLET, type AboutQuote, type Placed } from './aboutContext';
import { describedSpeaker, descriptions, legislators, senators } from './aboutDescriptions';
import { isDescribedBody } from './aboutBodies';
import { clients } from './aboutClients';
import { itBody } from './aboutIt';
import { localGovernments } from './aboutLocalGovernments';
import { ownBodies } from './aboutOwnBodies';
import { rivals } from './aboutRivals';
import { addressedChamber, sentTo } from './aboutChambers';
import { partiesOf, partyReferences } from './aboutParties';
import { bothSidesSource, demonymStates, joinedSurnames, pairsOfPeople, pairsOfStates, speakerItself, whichGovernment } from './aboutStates';
import { gazetteer, key } from './cache';
import { isUsState } from './regions';
import { stateOfDemonym } from './data/demonyms';
import type { Entity } from './entities';
import { isGovernmentReference } from './government';
import { bodiesOfMembers, isAboutGroup } from './groups';
import { SPEECH_VERBS } from './lexicon';

export type { AboutQuote } from './aboutContext';

/** The most actors one quote is said to be about: more is rarely right and clutters the card. */
export const MAX_ABOUT = 4;

// Cues whose object is the statement's target: "accused X of", "urged X to", "thanked X for".
const TARGET_CUE = /\b(?:accus|urg|blam|thank|criticis|criticiz|condemn|prais|rebuk|warn|remind|assur)\w*\s+|\bcall(?:ed|ing|s)? on\s+|\bcall(?:ed|ing|s)?\s+(?!on\b|for\b|off\b|it\b|this\b|that\b)|\b(?:told|tells?|telling)\s+(?=\S+(?:\s+\S+){0,5}\s+that\b)/gi;

const ADDRESS_CUE = new RegExp(`${TARGET_CUE.source}|\\btold\\s+`, 'gi');

// Continents, regions and events: places and occasions, not actors ("Europe", "the South Caucasus", "the Summer Games").
const REGION = /^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)(?:\s|$)|(?:Europe|Asia|Africa|America|Americas|Middle East|Caucasus|Balkans|Arctic|Antarctica|Pacific|Atlantic|Sahel|Amazon)$)|\b(?:Games|Olympics|Cup|Championships?|Summit|Festival|Expo|War)$/;

// Words after a name used as a name rather than an adjective: a verb ("Brennick would"), or also a
// conjunction or preposition ("Brennick and its allies").
const VERB_AFTER_NAME = /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|said|says|does|did|cannot|can't)\b/;
const AFTER_NAME = /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|said|says|does|did|cannot|can't|and|or|to|in|on|at|for|with|by|from)\b/;

// People an organisation has, after its short name ("Brennick executives"): the organisation is meant, not a place.
const ORG_PEOPLE = /^\s+(?:executives|officials|managers|employees|staff|shareholders|directors|bosses|lawyers|spokes(?:man|woman|person))\b/;

// "Brenna Governor Ada Kestrel", "Brenna's attorney general": the region's name there says whose office, the person is meant.
const REGION_OFFICE = /^(?:['’]s)?\s+(?:governor|premier|attorney general|lieutenant governor)\b/i;

// Scotland and Wales, nations of the United Kingdom that no list of states holds but whose governments a quote speaks of ("Scotland would lose £400m").
const ukNation = /^(?:Scotland|Wales)$/;

// "Port of Brenna", "Bank of Brenna": an institution by its name, though no rule classed it.
const INSTITUTION_OF = /^(?:Port|Bank|University|Ministry|Department|Office|Council|Board|Commission|Institute|Museum|Authority) of \p{Lu}/u;

// Ministries news copy calls by one word (the finance or defence ministry by its building or old name), which the entity rules
// leave unclassed: a body a quote can be about, though named once.
const ONE_WORD_BODY = /^(?:(?:HM|U\.S\.|US)\s+)?(?:Treasury|Exchequer|Pentagon|Kremlin)$/;

/** A ministry called by one word (ONE_WORD_BODY), or "the Legislature": an actor of the article once a quote is about it, though named only once. */
export function isOneWordBody(e: Entity): boolean {
  return e.kind === 'other' && (ONE_WORD_BODY.test(e.name) || LEGISLATURE_NAME.test(e.name));
}

// Streets, rivers and parks the entity rules took for organisations ("Kestrel Street", "Brenna
// River"): places a quote speaks of, never actors. Downing Street and Wall Street stand for actors.
const STREET_OR_WATER = /^(?!(?:Downing|Wall)\s)(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|Road|Avenue|Lane|Boulevard|River|Creek|Lake|Park)$/u;

// "the Legislature" the entity rules could not class: a state's legislature, which "lawmakers" stand for.
const LEGISLATURE = /\bLegislature$/;
// A state's legislature by that word alone ("the Legislature"): one body, though a story may name it once.
const LEGISLATURE_NAME = /^(?:the\s+)?Legislature$/;

// "You" said to someone, not anyone: thanks, or what the one spoken to did ("you were warned", "like you did").
const ADDRESSED_YOU = /\b[Tt]hank you\b|\b[Yy]ou\s+(?:were|did|had|\p{Ll}+ed)\b/u;

// A clause that opens on its cue's object, a pronoun ("urged |him to| resign", "accused |her of| …").
const CUE_OBJECT = /^(?:him|her)\s+(?:to|of|for)\b/i;

type Pronoun = 'he' | 'she';
const PRONOUNS: Record<string, Pronoun> = { he: 'he', him: 'he', his: 'he', she: 'she', her: 'she' };

/** The actors each quote is about, in the order the quotes are given. */
export function aboutActors(text: string, quotes: readonly AboutQuote[], entities: readonly Entity[], listed: ReadonlySet<Entity>, regionKeys: ReadonlySet<string> = new Set()): Entity[][] {
  const bodies = bodiesOfMembers(text, entities);
  // A region's name read alone belongs to the region, not to its court's entity ("Brenna" of "Brenna Supreme Court").
  const regionAt = new Set(entities.filter((e) => e.kind !== 'person' && regionKeys.has(key(e.name))).flatMap((e) => e.mentions.map((m) => m.start)));
  const named = entities.filter((e) => listed.has(e) && !/\sand\s/.test(e.name));
  // "Junior Brenna Office clerks …": a common word glued to a name at a sentence start is the name alone.
  const glued = new Map(entities.map((e) => [e, gluedTo(text, e, named)] as const).filter((x): x is [Entity, Entity] => x[1] !== undefined));
  // "Venn and Brekk", read as one name: the two actors it joins, when both are the article's.
  const joint = new Map(entities.filter((e) => /^\S+ and \S+$/.test(e.name)).map((e) => [e, jointParts(e, named)] as const).filter((x): x is [Entity, Entity[]] => x[1] !== undefined));
  const placed: Placed[] = entities
    .filter((e) => joint.has(e) || glued.has(e) || (e.kind === 'other' && ukNation.test(e.name)) || (listed.has(e) && !titleCut(text, e) && !headlineWords(text, e) && !commonAcronym(text, e) && !STREET_OR_WATER.test(e.name) && (e.kind !== 'other' || e.spoke || isAboutGroup(e) || recurringName(text, e) || regionKeys.has(key(e.name)) || INSTITUTION_OF.test(e.name) || ONE_WORD_BODY.test(e.name) || LEGISLATURE.test(e.name))))
    .flatMap((e) => e.mentions.filter((m) => !onlyPlace(text, m.start, e, m) && !firstWordOnly(text, m, e) && !(regionAt.has(m.start) && !regionKeys.has(key(e.name))) && !(regionKeys.has(key(e.name)) && REGION_OFFICE.test(text.slice(m.end, m.end + 24)))).map((m): Placed => ({ start: m.start, end: m.end, entity: glued.get(e) ?? (bodies.get(e)?.mentions.includes(m) ? bodies.get(e)! : e), ...(isGovernmentReference(m) ? { government: true as const } : {}) })))
    .concat(localGovernments(text, entities))
    .sort((a, b) => a.start - b.start);
  // "Washington" in a story that calls the government "the federal government": the government, not the country.
  const federal = entities.find((e) => listed.has(e) && /^the federal government$/i.test(e.name));
  if (federal) for (const p of placed) if (p.entity.kind === 'state' && !p.government && gazetteer(text.slice(p.start, p.end))?.viaCapital) p.entity = federal;
  const states = entities.filter((e) => e.kind === 'state' && listed.has(e));
  // An American state named once is what "the state" means too, though the labels leave its name alone uncounted.
  const regions = entities.filter((e) => e.kind !== 'person' && e.kind !== 'state' && ((listed.has(e) && regionKeys.has(key(e.name))) || isUsState(e.name)));
  const parties = partiesOf(entities, listed);
  // A speaker described by a role alone ("the governor wrote that …") is its holder: no quote is about its speaker.
  const withSpeaker = (q: AboutQuote): AboutQuote => (q.speaker || q.described === undefined ? q : { ...q, speaker: describedSpeaker(text, q.start, placed, q.described) ?? null });
  return quotes.map((q) => aboutOne(text, withSpeaker(q), placed, states, regions, parties, joint));
}

/**
 * A name the suggester could not class (no title, no organisation word, not a state) that the
 * article keeps using as a name (a short name of a bank, a party, the seat of a parliament). Left
 * out: a word used mostly as an adjective ("Tavish senators"), a demonym ("Americans"), two names
 * joined, continents and regions, events.
 */
function recurringName(text: string, e: Entity): boolean {
  if (e.mentions.length < 3 || /\s(?:and|to|of)\s|-era$/.test(e.name) || REGION.test(e.name) || stateOfDemonym(e.name.replace(/s$/, '').split(/\s+/).pop()!)) return false;
  // A longer name written out only in a headline ("Why a Brenna Mill Closed") is the headline's words, not a name.
  if (/\s/.test(e.name) && !e.mentions.some((m) => text.slice(m.start, m.end) === e.name && !inHeading(text, m.start))) return false;
  const asName = e.mentions.filter((m) => m.possessive || !/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) || AFTER_NAME.test(text.slice(m.end, m.end + 12)));
  return 2 * asName.length > e.mentions.length;
}

// An article before a capitalised short form, with at most one lower-case word between ("a super PAC", "every NIMBY").
const INDEFINITE_BEFORE = /\b(?:a|an|every|any|each|no|another)\s+(?:\p{Ll}+\s+)?$/u;

/** An acronym the article also writes as a common noun ("a super PAC", "a personal ATM", "a GP"): a kind of thing, not one actor. */
function commonAcronym(text: string, e: Entity): boolean {
  return /^\p{Lu}{2,5}$/u.test(e.name) && !e.spoke && e.mentions.some((m) => INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)));
}

/** "Senate Majority" cut from "Senate Majority Leader Ada Roe" wherever it is written: a title, not a body. */
function titleCut(text: string, e: Entity): boolean {
  return /\s(?:Majority|Minority)$/.test(e.name) && e.mentions.every((m) => /^\s+(?:Leader|Whip)\b/.test(text.slice(m.end, m.end + 8)));
}

/**
 * A run of capitalised headline words the entity rules took for a name ("Harbour Board Was Told
 * Nothing", "Mayor Blames Rain"): several words, written in full only in headings, never in the story.
 */
export function headlineWords(text: string, e: Entity): boolean {
  // A body named by its description ("the port's board", written "The port's board" or
  // "Brennia's central bank") is found by lower-case words, never a headline's capitals.
  if (isDescribedBody(e)) return false;
  return e.kind !== 'state' && /\s/.test(e.name) && e.mentions.length > 0 && !e.spoke && !e.mentions.some((m) => text.slice(m.start, m.end) === e.name && !inHeading(text, m.start) && !inTitleCaseLine(text, m.start));
}

/** A short line whose longer words are all capitalised: a headline, even one ending on a full stop. */
function inTitleCaseLine(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const line = text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return line.length < 160 && words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A line with no sentence punctuation at its end: a headline, a section name, a byline. */
function inHeading(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', at) + 1), end < 0 ? text.length : end).trimEnd();
  return !/[.!?:;"”'’»)]$/.test(line);
}

/** "plants in Saxony", "held in Tehran", "a march outside the ministry": a place that only says where is not what the quote is about. */
function onlyPlace(text: string, start: number, e: Entity, m?: { name: string }): boolean {
  // "talks in Brussels": a body's seat, when written as the place, says where too.
  const seat = e.kind === 'organisation' && m !== undefined && !/\s/.test(m.name) && !/^\p{Lu}+$/u.test(m.name) && key(m.name) !== key(e.name) && gazetteer(m.name) !== null;
  return (e.kind === 'state' || e.kind === 'other' || seat) && /\b(?:in|at|from|near|across|throughout|outside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * "Arizona farmers" matched to "Arizona Farm Bureau" by its first word: a word used as an
 * adjective is more often the place than the organisation ("Vantage’s head" stays Vantage, and so
 * does "Pellam had", a name followed by a verb, and "Pellam executives", people it has).
 */
function firstWordOnly(text: string, m: { start: number; end: number; name: string; possessive: boolean }, e: Entity): boolean {
  // "Askby" of "Askby Patrolmen", a group the entity rules could not class: the same, unless a verb in the past follows ("Labour promised").
  const single = (e.kind === 'organisation' || (e.kind === 'other' && !/^\s+\p{Ll}+ed\b/u.test(text.slice(m.end, m.end + 20)))) && !/^\p{Lu}{2,}$/u.test(m.name) && !m.name.includes(' ') && e.name.includes(' ') && key(e.name.split(/\s+/)[0]!) === key(m.name);
  return single && !m.possessive && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && !VERB_AFTER_NAME.test(text.slice(m.end, m.end + 12)) && !ORG_PEOPLE.test(text.slice(m.end, m.end + 20));
}

function aboutOne(text: string, q: AboutQuote, placed: readonly Placed[], states: readonly Entity[], regions: readonly Entity[], parties: ReturnType<typeof partiesOf>, joint: ReadonlyMap<Entity, Entity[]>): Entity[] {
  const found: { entity: Entity; at: number }[] = [];
  const add = (entity: Entity | undefined, at: number) => {
    for (const e of entity ? (joint.get(entity) ?? parts(entity, states)) : []) if (e !== q.speaker && !speakerItself(text, q, e, states) && !found.some((f) => f.entity === e)) found.push({ entity: e, at });
  };
  const scopes: [number, number][] = [[q.start, q.end]];
  // "She told Whitmore: ‘You were trusted…’": a quote that says "you" is about whom it was told to.
  const addressed = q.kind === 'direct' && /\byou(?:r|rs)?\b/i.test(text.slice(q.start, q.end));
  const target = targetObject(text, q.start, addressed);
  if (target) scopes.push([target[0], target[1]]);
  // "told the Brenna Herald that …": the outlet a statement was given to is not what it is about.
  const toOutlet = target !== null && /^(?:told|tell)/i.test(text.slice(target[2], target[0]));
  for (const [from, to] of scopes) {
    for (const p of between(placed, from, to)) if (p.end <= to && !(toOutlet && from === target![0] && OUTLET.test(p.entity.name)) && !sentTo(text, p)) add(p.government ? whichGovernment(text, q, p, placed, states) : p.entity, p.start);
    for (const d of demonymStates(text, from, to, states)) add(d.entity, d.at);
    for (const d of descriptions(text, from, to, q, placed, states, regions)) add(d.entity, d.at);
    for (const d of pairsOfStates(text, from, to, placed)) add(d.entity, d.at);
    for (const d of pairsOfPeople(text, from, to, placed)) add(d.entity, d.at);
    for (const d of joinedSurnames(text, from, to, placed)) add(d.entity, d.at);
    for (const d of legislators(text, from, to, placed)) add(d.entity, d.at);
    for (const d of pronouns(text, from, to, q, placed, states, regions)) add(d.entity, d.at);
    for (const d of partyReferences(text, from, to, parties)) add(d.entity, d.at);
    for (const d of ownBodies(text, from, to, q, placed, states)) add(d.entity, d.at);
    for (const d of rivals(text, from, to, q, placed)) add(d.entity, d.at);
  }
  // "told MPs that …", "told the chamber that …": a reported clause given to a parliament is about it too.
  if (target && q.kind === 'indirect') add(addressedChamber(text, target, placed), target[0]);
  add(itsOwner(text, q, placed, states, regions), q.start);
  add(itBody(text, q, placed), q.start);
  for (const d of senators(text, q, placed)) add(d.entity, d.at);
  // "Officials from both governments said…": an unnamed source drawn from two states speaks of both.
  for (const d of bothSidesSource(text, q, placed)) add(d.entity, d.at);
  for (const d of clients(text, q, placed)) add(d.entity, d.at);
  // "Thank you, Dara", "you were warned": said to the person the story is about, when no cue names whom.
  if (addressed && !target && ADDRESSED_YOU.test(text.slice(q.start, q.end))) add(mostNamedPerson(between(placed, 0, q.start)), q.start);
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_ABOUT)
    .map((f) => f.entity);
}

/**
 * The listed actor a name ends with when the words before it are a common word the article also
 * writes in lower case ("Junior" of "Junior Brenna Office clerks", "Back" of "Back the Brenna Council
 * plan!"): capitalised only by the sentence start, and glued to the name by the entity rules.
 */
function gluedTo(text: string, e: Entity, named: readonly Entity[]): Entity | undefined {
  const words = e.name.split(/\s+/);
  const atSentenceStart = (start: number) => /(?:^|[.!?]\s+|\n\s*|[“"‘'«]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
  if (words.length < 2 || e.mentions.length > 2 || !e.mentions.every((m) => atSentenceStart(m.start))) return undefined;
  for (let k = 1; k <= 2 && k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    const core = named.find((n) => n !== e && n.kind !== 'person' && (n.name === rest || n.name === rest.replace(/^the\s+/, '')));
    if (!core) continue;
    // "Back the Brenna Council", not "Port of Brenna" (a name of its own, joined by "of").
    const lead = words.slice(0, k).filter((w) => w !== 'the');
    if (lead.length > 0 && lead.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && new RegExp(`\\b${w.toLowerCase()}\\b`).test(text))) return core;
  }
  return undefined;
}

/** "Armenia and Azerbaijan" read as one name stands for both states, when both are the article's. */
function parts(e: Entity, states: readonly Entity[]): Entity[] {
  if (!/\sand\s/.test(e.name)) return [e];
  const each = e.name.split(/\s+and\s+/).map((part) => {
    const name = gazetteer(part)?.state.name ?? part;
    return states.find((s) => s !== e && (key(s.name) === key(name) || [...s.forms].some((f) => key(f) === key(part))));
  });
  return each.every((x) => x) ? (each as Entity[]) : [e];
}

/**
 * The two actors a name of two words joined by "and" stands for ("Venn and Brekk", "Venn and
 * Brimley"): each word a surname or form of one person, or the first word of one organisation.
 */
function jointParts(e: Entity, named: readonly Entity[]): Entity[] | undefined {
  const each = e.name.split(' and ').map((word) => {
    const k = key(word);
    const fits = named.filter((n) => n !== e && (n.kind === 'person' ? n.surnames.has(k) || [...n.forms].some((f) => key(f) === k) : n.kind === 'organisation' && (key(n.name) === k || key(n.name.split(/\s+/)[0]!) === k)));
    // Two people of one surname: the one the article calls by it alone ("Roe" for Ada Roe, not her brother Ben Roe).
    const bySurname = fits.length > 1 ? fits.filter((n) => [...n.forms].some((f) => key(f) === k)) : fits;
    return bySurname.length === 1 ? bySurname[0] : undefined;
  });
  return each.every((x) => x) && each[0] !== each[1] ? (each as Entity[]) : undefined;
}

/** The object of a cue aimed at someone, in the sentence before the quote: "accused |the government| of ‘…’". */
function targetObject(text: string, quoteStart: number, addressed: boolean): [number, number, number] | null {
  // The sentence start, looked for in a window before the quote (a whole long article each time would be slow).
  const windowStart = Math.max(0, quoteStart - 400);
  const fullStop = text.slice(windowStart, quoteStart).search(/[.!?][”’"]?\s+[^.!?]*$/);
  const sentenceStart = Math.max(text.lastIndexOf('\n', quoteStart - 1), fullStop < 0 ? windowStart - 1 : windowStart + fullStop) + 1;
  const before = text.slice(sentenceStart, quoteStart);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(addressed ? ADDRESS_CUE : TARGET_CUE)) last = m as RegExpExecArray;
  if (!last) return null;
  const from = sentenceStart + last.index + last[0].length;
  // The object runs to the preposition or punctuation that ends it ("of", "for", "to", a comma).
  const rest = text.slice(from, quoteStart);
  const stop = rest.search(/\s(?:of|for|to|over|as|that|on)\b|[,;:“”"‘’«»]/);
  const end = from + (stop < 0 ? rest.length : stop);
  // The cue must be the quote's own: "urged ministers to act, warning that …" aims the warning at no one.
  const gap = text.slice(end, quoteStart);
  if (gap.length > 40 || /[,;]\s*\p{L}/u.test(gap)) return null;
  // "called Brennick “a liability”": the name is a target only right before the quoted words.
  if (/^call(?:ed|ing|s)?\s+(?!on\b)/i.test(last[0]) && !/^\s*[“"‘'«»]?$/.test(gap)) return null;
  // "warns Brennick on dams but says …": a second cue takes the quote from the first.
  if (/\b(?:but|while|and)\b/i.test(gap) || gap.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return null;
  return end - from > 1 && end - from < 60 ? [from, end, sentenceStart + last.index] : null;
}

/**
 * Third-person pronouns resolved to the nearest fitting actor before them. In a reported clause a
 * pronoun that fits the speaker is the speaker ("she said she would…"); in direct speech the
 * speaker says "I", so "he" or "she" there is someone else and the speaker is passed over.
 */
function pronouns(text: string, from: number, to: number, q: AboutQuote, placed: readonly Placed[], states: readonly Entity[], regions: readonly Entity[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  // A person called by a role since their name ("the governor wrote …") is named there too; read
  // once per quote, and only when the quote holds a pronoun.
  let roles: Placed[] | undefined;
  const rolesBefore = () => (roles ??= descriptions(text, Math.max(0, from - LOOK_BACK), to, q, placed, states, regions).filter((d) => d.entity.kind === 'person').map((d) => ({ start: d.at, end: d.at + 1, entity: d.entity })));
  // "It" and "they" are left alone: in direct speech they are rarely an actor ("it worries me"),
  // in a reported clause mostly the speaker itself.
  for (const m of text.slice(from, to).matchAll(/\b(he|him|his|she|her)\b/gi)) {
    const pronoun = PRONOUNS[m[1]!.toLowerCase()]!;
    const at = from + m.index!;
    const named = between(placed, at - LOOK_BACK, at).filter((p) => p.end <= at);
    // "She said she would …": in a reported clause whose speaker fits, the speaker, as before.
    const speakerFits = q.kind === 'indirect' && q.speaker !== null && fits(q.speaker, pronoun);
    const described = speakerFits ? [] : rolesBefore().filter((p) => p.start >= at - LOOK_BACK && p.end <= at);
    const before = described.length ? [...named, ...described].sort((a, b) => a.start - b.start) : named;
    let settled = false;
    for (let k = before.length - 1; k >= 0; k--) {
      const e = before[k]!.entity;
      if (!fits(e, pronoun)) continue;
      // Someone a quote speaks of as "he" was named in its paragraph or the one before it.
      if (q.kind === 'direct' && (text.slice(before[k]!.end, at).match(/\n\s*\n/g)?.length ?? 0) > 1) break;
      // "urged him to …": a clause opening on its cue's object never means the speaker either.
      if (e === q.speaker && (q.kind === 'direct' || (at === q.start && CUE_OBJECT.test(text.slice(at, at + 8))))) continue;
      if (e !== q.speaker) out.push({ entity: e, at });
      settled = true;
      break;
    }
    // Else, in direct speech, the person the story is about, when it plainly has one of that gender.
    const main = settled || q.kind !== 'direct' ? undefined : protagonist(between(placed, 0, at), pronoun);
    if (main && main !== q.speaker) out.push({ entity: main, at });
  }
  return out;
}

// A clause opening on "it" or "its" as its subject, not an empty "it is"/"it was" ("it is usual to …").
const IT_SUBJECT = /^[Ii]ts?\b(?!\s+(?:is|was)\b|['’]s\b)/;
// A source that belongs to a body, not the body itself ("a trust", "the guild", "Brenna’s farm
// ministry" speak for themselves): one's records or papers, or people close to one.
const OWNED_SOURCE = /\bclose to\b|\b(?:accounts|figures|records|lease|contract|papers|documents|report|minutes|filings?|data|emails|letters?|memo)$/i;
// A sentence that goes on about the organisation named before it ("It sells no shares …").
const IT_SENTENCE = /^[“"‘']?[Ii]ts?\b/;

/**
 * "According to its annual filings, it spends …", "Those close to the firm say it kept …": a reported
 * clause from a document or unnamed people, opening on "it", is about the organisation the source
 * belongs to: the one its own sentence names before the clause ("the guild’s ledger records"),
 * else the organisation the sentences before it open on ("Brennick was founded in …").
 * A person opening one of those sentences ends the search: "it" is then more often a plan or a
 * measure than a body.
 */
function itsOwner(text: string, q: AboutQuote, placed: readonly Placed[], states: readonly Entity[], regions: readonly Entity[]): Entity | undefined {
  if (q.speaker || q.described === undefined || !OWNED_SOURCE.test(q.described) || q.kind !== 'indirect' || !IT_SUBJECT.test(text.slice(q.start, q.start + 8))) return undefined;
  const isBody = (e: Entity) => e.kind === 'organisation';
  let end = q.start;
  let start = sentenceStart(text, end);
  const own = [...between(placed, start, end).filter((p) => !p.government && p.end <= end), ...descriptions(text, start, end, q, placed, states, regions).map((d) => ({ start: d.at, entity: d.entity }))]
    .filter((p) => isBody(p.entity))
    .sort((a, b) => a.start - b.start);
  if (own.length > 0) return own[own.length - 1]!.entity;
  for (let n = 0; n < 3 && start > 0; n++) {
    end = start;
    start = sentenceStart(text, end - 1);
    const opening = text.slice(start, end).search(/\S/) + start;
    if (IT_SENTENCE.test(text.slice(opening, opening + 5))) continue;
    const subject = between(placed, opening, opening + 5).find((p) => !p.government);
    return subject && isBody(subject.entity) ? subject.entity : undefined;
  }
  return undefined;
}

/** Where the sentence holding `at` begins: after the last full stop or line break before it. */
function sentenceStart(text: string, at: number): number {
  const windowStart = Math.max(0, at - 600);
  const stops = [...text.slice(windowStart, at).matchAll(/[.!?][”’"]?\s+(?=\S)|\n/g)];
  const last = stops[stops.length - 1];
  return last ? windowStart + last.index! + last[0].length : windowStart;
}


/** The person of that gender named at least five times before, and at least three times as often as any other. */
function protagonist(before: readonly Placed[], pronoun: Pronoun): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const p of before) if (p.entity.kind === 'person' && p.entity.gender === (pronoun === 'he' ? 'm' : 'f')) counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 5 && (!second || first[1] >= 3 * second[1]) ? first[0] : undefined;
}

function fits(e: Entity, pronoun: Pronoun): boolean {
  if (e.kind !== 'person') return false;
  return e.gender === undefined || e.gender === (pronoun === 'he' ? 'm' : 'f');
}
