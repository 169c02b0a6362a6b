/**
 * Definite descriptions resolved to the actor they stand for: "the company", "the bloc", "the
 * housing secretary", "the regime". Which actor a noun can mean is read from the article's own
 * names (a "court" for "the court") or roles, never from a list of actors.
 */
import { between, LOOK_BACK, mostNamed, nearest, onlyOne, OUTLET, type AboutQuote, type Placed } from './aboutContext';
import { delayedLedePerson, ledeOffice } from './aboutLede';
import { governmentOf } from './aboutStates';
import type { Entity } from './entities';
import { isAboutGroup } from './groups';
import { PARTY_GROUPS } from './lexicon';

// Nouns of a definite description that stand for a state's government ("the government" itself is
// a mention of the article's government, government.ts).
const STATE_NOUNS = new Set(['regime', 'country', 'state', 'administration']);
// What "the state" has, written after it as a noun ("the state prisons"): no reference to the state.
// Its bodies and offices too ("the state utilities commission", "the state Harbour Board"): the body, not the state.
const STATE_THINGS = /^(?:budget|budgets|buildings|system|systems|funds|funding|money|workers|employees|agencies|prisons|schools|pension|pensions|utilities|commission|board|legislature|senate|house|party|department|agency|court|courts|capitol|police|troopers|\p{Lu}\p{L}*)$/u;
// "in this state", "across the state": where something is, not the state's government acting ("in the state's south" still names it).
const placeBefore = /\b(?:in|across|throughout|around|outside)\s+$/i;
// Nouns that stand for the organisation the article named last.
const ANY_ORG_NOUNS = new Set(['paper', 'newspaper']);
// "The group": the campaign, lobby or advocacy body named last before it, never a public body, a party or a news outlet.
const groupNoun = 'group';
// Nouns that stand for the company the article keeps naming: the firm named most before, never a public body.
const COMPANY_NOUNS = new Set(['company', 'firm', 'carmaker', 'supplier', 'contractor', 'insurer', 'lender', 'retailer', 'developer', 'manufacturer', 'airline', 'miner', 'utility']);
// Public bodies, which "the company" or "the firm" never stands for.
const PUBLIC_BODY = /\b(?:army|navy|air force|county|city of|department|ministry|government|agency|office|commission|council|court|parliament|senate|house|congress|commons|lords|assembly|legislature|committee|bureau|police|service|authority|treasury|pentagon|downing street|nhs)\b/i;
// Nouns that stand for an organisation of the article whose name matches.
const ORG_NOUNS = new Map<string, RegExp>(Object.entries({
  bloc: /^(?:european union|eu)$/i,
  alliance: /^nato$/i,
  institute: /\binstitute\b/i,
  university: /\buniversity\b/i,
  court: /\bcourt\b/i,
  union: /\bunion\b/i,
  commission: /\bcommission\b/i,
  parliament: /\bparliament\b/i,
  ministry: /\bministry\b/i,
  department: /\bdepartment\b/i,
  council: /\bcouncil\b/i,
  chamber: /\b(?:senate|house|chamber|assembly|parliament|congress|commons|lords)\b/i,
  // "the legislature" of a parliament named otherwise (an assembly, a parliament).
  legislature: /\b(?:legislature|assembly|parliament)\b/i,
  association: /\bassociation\b/i,
  coalition: /\bcoalition\b/i,
  committee: /\bcommittee\b/i,
  agency: /\bagency\b/i,
  bureau: /\bbureau\b/i,
  // "the central bank": a bank or reserve the article names, or its short name.
  bank: /\bbank\b|\breserve\b|^fed$/i,
  board: /\bboard\b/i,
  // "the trust": an NHS trust or a charity's trust the article names.
  trust: /\btrust\b/i,
  // "the authority": a British council is one too ("the authority has cut its bus routes").
  authority: /\bauthority\b|\bcouncil\b/i,
  // "the regulator": a body whose name says it regulates or sets standards.
  regulator: /\bregulat\w*\b|\bstandards\b/i,
  railway: /\brailways?\b/i,
  // "the port": a port authority the article names ("Port of Brenna", "Brenna Port Authority").
  port: /\bport\b(?! board)/i,
  // "the club", "the team": a football club by the words its names carry ("FC Brenna", "Brenna United").
  club: /^(?:FC|AFC|SC|CF|SV|VfB|VfL|Union|Real|Sporting)\s|\s(?:FC|AFC|United|City|Rovers|Athletic|Wanderers)$|\bclub\b/,
  team: /^(?:FC|AFC|SC|CF|SV|VfB|VfL|Union|Real|Sporting)\s|\s(?:FC|AFC|United|City|Rovers|Athletic|Wanderers)$|\bclub\b/,
  operator: /\brailways?\b|\boperator\b/i,
  // "the service": an armed service or a health or postal service the article names.
  service: /\b(?:army|navy|air force|marines|coast guard|service)\b/i,
  station: /\b(?:radio|station|television|tv)\b/i,
  // "the party": a party the article names, or the party its members are called by ("Republicans").
  party: /\bparty\b|^(?:republicans?|democrats?|conservatives?|tories|labour|greens|liberal democrats)$/i,
}));
// Role words a definite description can name someone by ("the chancellor", "the housing secretary").
const ROLE_NOUNS = new Set(['minister', 'chancellor', 'secretary', 'president', 'premier', 'judge', 'commissioner', 'governor', 'mayor', 'coach', 'captain', 'senator', 'speaker', 'chairman', 'chairwoman', 'chief', 'congressman', 'congresswoman', 'nominee', 'administrator', 'treasurer']);

// Words that make a role someone else's than the office's holder ("former minister", "shadow chancellor").
const OTHER_HOLDER = /\b(?:former|ex|shadow|deputy|vice|assistant|junior|acting|lieutenant)\b/i;

/** Definite descriptions resolved to an actor: "the company", "the housing secretary", "the government". */
export function descriptions(text: string, from: number, to: number, q: AboutQuote, placed: readonly Placed[], states: readonly Entity[], regions: readonly Entity[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(/\b(?:the|this)\s+(\p{L}+)(?:\s+(\p{L}+))?/giu)) {
    const at = from + m.index!;
    // "the Court of Appeal", "the Department of Ports": a name, counted as one, not a description.
    const nounEnd = at + m[0].length - m[0].replace(/^\S+\s+\S+/u, '').length;
    if (/^\p{Lu}/u.test(m[1]!) && /^\s+(?:of\s+(?:the\s+)?)?\p{Lu}/u.test(text.slice(nounEnd, nounEnd + 30))) continue;
    const first = m[1]!.toLowerCase();
    const second = m[2]?.toLowerCase();
    // "the state prisons", "the state pension": a thing of the state, not the state itself.
    if (STATE_NOUNS.has(first) && m[2] !== undefined && STATE_THINGS.test(m[2])) continue;
    const afterNoun = at + m[0].indexOf(m[1]!) + m[1]!.length;
    if ((first === 'state' || first === 'province') && placeBefore.test(text.slice(Math.max(0, at - 12), at)) && !/^['’]/.test(text.slice(afterNoun, afterNoun + 1))) continue;
    const before = between(placed, at - LOOK_BACK * 3, at);
    // "the council president", "the committee chairman": the person who holds the body's office, not the body.
    if (second && ROLE_NOUNS.has(second) && ORG_NOUNS.has(first)) {
      const holder = officeHolderOf(text, first, second, q, before, placed);
      if (holder) out.push({ entity: holder, at });
      continue;
    }
    const entity = (first === 'state' || first === 'province' ? regionBefore(text, regions, at) : undefined) ?? described(text, first, undefined, q, at, before, states, regions, placed) ?? (second && !isNoun(first) ? described(text, second, first, q, at, before, states, regions, placed) : undefined);
    if (entity) out.push({ entity, at });
  }
  if (inHeadline(text, from)) out.push(...headlineNouns(text, from, to, q, placed, states, regions));
  return out;
}

// A role or a firm written bare, as headlines write them ("Regulator warned governor …", "Brenna
// governor’s lawsuit", "firm that won port deal"): the body copy would say "the governor".
// Capitalised too, as a headline's first word writes them ("Governor’s veto threat stalls deal", "Speaker weighs deal").
const BARE_NOUN = new RegExp(`(?<!\\b(?:[Tt]he|[Tt]his|[Aa]n?|[Ee]x|[Ff]ormer|[Dd]eputy|[Vv]ice|[Ss]hadow)[\\s-])\\b(${['chancellor', 'governor', 'senator', 'mayor', 'premier', 'speaker', 'firm', 'company'].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\\b`, 'g');
// What follows a headline's opening noun when it is the subject: a verb, "to", or quoted words ("Council ‘ignored warnings’").
const HEADLINE_VERB_AFTER = /^(?:['’]s\s|\s+(?:[‘“'"]|(?:to|will|would|could|may|must|can|has|had|is|was|says|said)\s|\p{Ll}+(?<!ss)(?:s|ed)\b))/u;

/** Bare role and firm nouns of a quote in a headline, resolved as "the <noun>" would be. */
function headlineNouns(text: string, from: number, to: number, q: AboutQuote, placed: readonly Placed[], states: readonly Entity[], regions: readonly Entity[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  // A headline comes before the story that names its actors: the whole article is read for them.
  for (const m of text.slice(from, to).matchAll(BARE_NOUN)) {
    const entity = described(text, m[1]!.toLowerCase(), undefined, q, text.length, [], states, regions, placed);
    if (entity) out.push({ entity, at: from + m.index! });
  }
  const opening = headlineSubject(text, from, to, q, placed, states, regions);
  if (opening) out.push({ entity: opening, at: from });
  // "Ex-senator took gifts": the one person the story writes "former Sen." before; "MP took trips …":
  // the one person the story is plainly about, or whom its delayed lede introduces.
  for (const m of text.slice(from, to).matchAll(HEADLINE_PERSON)) {
    const short = m[1] ? SHORT_OF_OFFICE[m[1].toLowerCase()] : undefined;
    const entity = (short ? onlyOne(placed, (e) => e.kind === 'person' && formerTitle(text, e) === short) : undefined) ?? storySubject(placed) ?? delayedLedePerson(text, placed);
    if (entity && entity !== q.speaker) out.push({ entity, at: from + m.index! });
  }
  return out;
}

/**
 * A headline opening on a body's common noun or on the first word of its name, as its subject
 * ("Council ‘ignored warnings’ …", "Court blocks …", "Interior pauses …"): the one body of the
 * story the word fits, as "the council" would be.
 */
function headlineSubject(text: string, from: number, to: number, q: AboutQuote, placed: readonly Placed[], states: readonly Entity[], regions: readonly Entity[]): Entity | undefined {
  const m = /^(\p{Lu}\p{Ll}+)/u.exec(text.slice(from, to));
  if (!m || !HEADLINE_VERB_AFTER.test(text.slice(from + m[0].length, from + m[0].length + 24))) return undefined;
  const word = m[1]!.toLowerCase();
  if (ORG_NOUNS.has(word)) return described(text, word, undefined, q, text.length, [], states, regions, placed);
  // "The players …": an article opens a noun phrase, never a body's name.
  if (/^(?:the|a|an|this|that)$/.test(word)) return undefined;
  // "Interior" of "Interior Department", named so in the story.
  return onlyOne(placed, (e) => e.kind === 'organisation' && e.name.split(/\s+/).length >= 2 && e.name.split(/\s+/)[0]!.toLowerCase() === word);
}

// A person a headline names by what they are or were, not by an office someone else holds now.
// "Former harbour board chief charged": up to two words of what they ran may come between.
const HEADLINE_PERSON = /(?<![\p{L}-])(?:MP|(?:[Ee]x-|[Ff]ormer\s+)(?:\p{Ll}+\s+){0,2}?(senator|governor|minister|mayor|MP|lawmaker|official|chief|director|executive|boss|officer|aide|councillor|sheriff))(?![\p{L}-])/gu;
const SHORT_OF_OFFICE: Record<string, string> = { senator: 'Sen', governor: 'Gov' };

/** The short title a person is written with as a former holder ("former state Sen. Ada Roe": "Sen"), or ''. */
function formerTitle(text: string, e: Entity): string {
  for (const m of e.mentions) {
    const title = /\b(?:former|Former|ex|Ex)[\s-]+(?:state\s+)?(Gov|Sen)\.?\s+$/.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
    if (title) return title;
  }
  return '';
}

/** The person the article names most, at least twice as often as any other person. */
function storySubject(placed: readonly Placed[]): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const p of placed) if (p.entity.kind === 'person') counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
}

/** A line with no sentence punctuation at its end: a headline or a section name. */
function inHeadline(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', at) + 1), end < 0 ? text.length : end).trimEnd();
  return line.length > 0 && !/[.!?:;"”'’»)]$/.test(line);
}

/**
 * "The state" or "the province" in a story about a region inside a country: the one region the
 * article named before (an Ohio story's "the state" is Ohio, not the United States).
 */
function regionBefore(text: string, regions: readonly Entity[], at: number): Entity | undefined {
  // Named within a longer name counts too: "the Brenna Supreme Court ruled that the state…".
  const named = regions.filter((e) => e.mentions.some((m) => m.start < at) || text.lastIndexOf(e.name, at) >= 0);
  return named.length === 1 ? named[0] : undefined;
}

function isNoun(word: string): boolean {
  return STATE_NOUNS.has(word) || ANY_ORG_NOUNS.has(word) || word === groupNoun || COMPANY_NOUNS.has(word) || ORG_NOUNS.has(word) || ROLE_NOUNS.has(word);
}

// The White House by its name: what "the administration" of an American story stands for.
const WHITE_HOUSE = /^(?:the )?white house$/i;

/**
 * Whether "the <noun>" can stand for this named body, as the rules below read it: a council for
 * "the authority", the White House for "the administration", a body whose name holds the noun
 * ("the union" of a named union). aboutBodies.ts makes no body of its own of a noun a name fits.
 */
export function kindNames(noun: string, e: Entity): boolean {
  if (e.kind === 'person') return false;
  if (noun === 'administration') return WHITE_HOUSE.test(e.name);
  const name = ORG_NOUNS.get(noun) ?? new RegExp(`\\b${noun}\\b`, 'i');
  return [e.name, ...e.forms].some((f) => name.test(f));
}

/** The actor "the <modifier> <noun>" stands for, if the noun is one that names an actor. */
function described(text: string, noun: string, modifier: string | undefined, q: AboutQuote, at: number, before: readonly Placed[], states: readonly Entity[], regions: readonly Entity[], all: readonly Placed[]): Entity | undefined {
  // "the president" that is an office of its own (aboutOffices.ts): that office, not a union's president named before.
  if (!modifier && ROLE_NOUNS.has(noun) && all.some((p) => p.start === at && p.entity.name === `the ${noun}`)) return undefined;
  if (ROLE_NOUNS.has(noun)) return byRole(text, before, all, modifier ? `${modifier} ${noun}` : noun, q.speaker);
  if (modifier && !(modifier === 'central' && noun === 'bank')) return undefined;
  // "The administration" of an American story is the White House, when the article names it.
  // Else the administration itself, when the story calls it only that (aboutBodies.ts): not the country.
  if (noun === 'administration') { const house = onlyOne(between(all, 0, at), (e) => WHITE_HOUSE.test(e.name)) ?? onlyOne(all, (e) => e.name === 'the administration'); if (house) return house; }
  if (STATE_NOUNS.has(noun)) return governmentOf(q, at, before, states);
  // A news outlet is a company too, but never the one a story calls "the company" or "the supplier".
  // Nor is a party ("Labour would win"), a body the story only describes ("the union"), or a
  // region the entity rules took for an organisation ("Brenna sued the firm").
  if (COMPANY_NOUNS.has(noun)) { const firm = (e: Entity) => e.kind === 'organisation' && !regions.includes(e) && !PUBLIC_BODY.test(e.name) && !OUTLET.test(e.name) && !ORG_NOUNS.get('party')!.test(e.name) && e.mentions.some((m) => m.token >= 0); return nearest(before, firm) ?? mostNamed(between(all, 0, at), at, firm); }
  if (ANY_ORG_NOUNS.has(noun)) return nearest(before, (e) => e.kind === 'organisation');
  if (noun === groupNoun) return nearest(before, (e) => (e.kind === 'organisation' || (e.kind === 'other' && /^\p{Lu}/u.test(e.name))) && !regions.includes(e) && !isAboutGroup(e) && !PUBLIC_BODY.test(e.name) && !OUTLET.test(e.name) && !ORG_NOUNS.get('party')!.test(e.name));
  const name = ORG_NOUNS.get(noun);
  if (!name) return undefined;
  // A party by its full name only: "Labour" is also a form of "Labour MPs".
  const fits = (e: Entity) => (noun === 'party' ? [e.name] : [e.name, ...e.forms]).some((f) => name.test(f));
  // "Senior Whigs were furious … the party": the party of the group named last, even when that
  // group's name holds more words than the party's, so never an earlier party's.
  if (noun === 'party' && nearest(before, (e) => fits(e) || (e.kind === 'other' && PARTY_GROUPS.has(e.name.split(/\s+/).pop()!.toLowerCase())))?.name !== nearest(before, fits)?.name) return undefined;
  return nearest(before, fits) ?? onlyOne(between(all, 0, at), fits);
}

/** The person whose role is `role` in a body the noun fits ("president" of a "City Council"), or whose role says both ("council president"). */
function officeHolderOf(text: string, body: string, role: string, q: AboutQuote, before: readonly Placed[], all: readonly Placed[]): Entity | undefined {
  const name = ORG_NOUNS.get(body)!;
  const office = officeOf(role);
  const fits = (e: Entity) => e !== q.speaker && holdsOffice(text, e, office) && (name.test(e.affiliation) || name.test(e.role));
  return nearest(before, fits) ?? onlyOne(all, fits) ?? byRole(text, before, all, `${body} ${role}`, q.speaker);
}

/**
 * The person named last before whose role holds the words ("housing secretary" in "Housing
 * Secretary"); else the one person of the article with that role, however far back: a long story
 * names its minister once at the top and calls her "the minister" pages later, or only after
 * ("the environment minister acted unlawfully, the court said … Minister Ada Kestrel"). The
 * speaker is passed over: "the president" in a spokeswoman's words is the president, and a quote
 * is never about its speaker anyway. A former, shadow or deputy minister is not "the minister".
 */
function byRole(text: string, before: readonly Placed[], all: readonly Placed[], words: string, speaker: Entity | null): Entity | undefined {
  const office = officeOf(words);
  // "The prisons minister has said …" and then "Ada Kestrel told …": the office the lede gave her.
  const lede = ledeOffice(text, all);
  const ledeFits = lede !== undefined && office.words.test(lede.office) && OTHER_HOLDER.test(lede.office) === office.other;
  const fits = (e: Entity) => e !== speaker && (holdsOffice(text, e, office) || (ledeFits && e === lede.person));
  return nearest(before, fits) ?? onlyOne(all, fits);
}

// A speaker described by a role alone ("the governor", "the Labour mayor of Brenna", "the housing
// secretary"): the role's words, not a source close to one ("a spokeswoman for the governor").
const ROLE_SPEAKER = new RegExp(`^(?:(?:the|a|an)\\s+)?((?:(?!(?:for|to|of|close|with|near|from|by|and)\\b)[\\p{L}-]+\\s+){0,2}?)(${[...ROLE_NOUNS].join('|')})(?:\\s+of\\s+\\p{Lu}[^,]*)?$`, 'iu');

/** The person a speaker described by a role alone is ("the governor wrote that …"), as "the governor" there is read. */
export function describedSpeaker(text: string, at: number, placed: readonly Placed[], described: string): Entity | undefined {
  const m = ROLE_SPEAKER.exec(described.trim());
  if (!m) return undefined;
  // A lower-case word before the role says which ("the housing secretary"); a capitalised one says whose ("the Labour mayor").
  const modifier = m[1]!.trim().split(/\s+/).pop() ?? '';
  const words = /^\p{Ll}/u.test(modifier) ? `${modifier} ${m[2]!.toLowerCase()}` : m[2]!.toLowerCase();
  return byRole(text, between(placed, at - LOOK_BACK * 3, at), placed, words, null);
}

/** An office as holdsOffice reads it: its words, and whether they name a former or deputy holder. */
interface Office {
  words: RegExp;
  other: boolean;
}

function officeOf(words: string): Office {
  // "the governor’s aide" holds the word but is not the governor.
  return { words: new RegExp(`\\b${words}\\b(?!['’]s?\\b)`, 'i'), other: OTHER_HOLDER.test(words) };
}

/** Whether a person's role (or the short title before their name) is the office the words name ("prime minister"). */
export function holdsOfficeNamed(text: string, e: Entity, words: string): boolean {
  return holdsOffice(text, e, officeOf(words));
}

// The head of state's title as a role: "President" written before the name ("President Ada Roe").
const HEAD_OF_STATE_TITLE = /^(?:U\.S\.\s+|US\s+)?President$/;

/** Whether a person is the president a bare "the president" means: titled President before the name, or "Pres." so. */
export function holdsPresidency(text: string, e: Entity): boolean {
  return e.kind === 'person' && (HEAD_OF_STATE_TITLE.test(e.role) || shortTitle(text, e) === 'president');
}

/** Whether a person's role (or the short title before their name) is the office. */
function holdsOffice(text: string, e: Entity, office: Office): boolean {
  if (e.kind !== 'person' || (OTHER_HOLDER.test(e.role) && !office.other)) return false;
  const title = shortTitle(text, e);
  // "Lt. Gov. Ada Roe" is the lieutenant governor, never "the governor".
  return office.words.test(e.role) || (office.words.test(title) && OTHER_HOLDER.test(title) === office.other);
}

// Titles written short before a name ("Gov. Ada Roe", "Sen. Ada Roe"), which leave the person no
// role of their own: the office they stand for.
const SHORT_TITLE = /\b(Gov|Sen|Pres|Rep)\.?\s+$/;
const lieutenantGovernor = /\b(?:Lt|Lieut|Lieutenant)\.?\s+Gov(?:\.|ernor)?\s+$/;
const NOT_HOLDER_TITLE = /\b(?:Lt|Lieut|Lieutenant|former|Former|ex|Ex)\.?[\s-]+(?:state\s+)?(?:Gov|Sen|Pres|Rep)\.?\s+$/;
// "Rep. Ada Roe" is the congresswoman (or congressman) a later "the congresswoman" means.
const OFFICE_OF_TITLE: Record<string, string> = { Gov: 'governor', Sen: 'senator', Pres: 'president', Rep: 'representative congressman congresswoman' };
// Read once per person: "the minister" is looked up for every person named before it.
const shortTitles = new WeakMap<Entity, string>();

/** The office a short title before any of a person's mentions stands for ("Sen. Ada Roe": senator), or ''. */
function shortTitle(text: string, e: Entity): string {
  let title = shortTitles.get(e);
  if (title === undefined) {
    title = '';
    for (const m of e.mentions) {
      const before = text.slice(Math.max(0, m.start - 24), m.start);
      // "Lt. Gov. Ada Roe" holds an office of her own; "former Sen. Ada Roe" one held before.
      if (lieutenantGovernor.test(before)) {
        title = 'lieutenant governor';
        break;
      }
      const short = NOT_HOLDER_TITLE.test(before) ? undefined : SHORT_TITLE.exec(before)?.[1];
      if (short) {
        title = OFFICE_OF_TITLE[short]!;
        break;
      }
    }
    shortTitles.set(e, title);
  }
  return title;
}

// "Lawmakers", "state legislators", "legislative leaders": the members of a legislature, which the labels count as the
// body. A party's or a group's ("Republican lawmakers", "lawmakers in both parties") are left alone.
const MEMBERS_OF_LEGISLATURE = /(?<!\p{Lu}\p{Ll}*\s+)\b(?:[Ss]tate\s+)?(?:[Ll]awmakers|[Ll]egislators|[Ll]egislative leaders)\b(?!\s+(?:in|from|of|on|who)\b)/gu;

// Bare senators as a chamber's members ("pressed senators to…", "a matter for the senators"): not a
// party's or a state's ("the governing party's senators", "senators from Brenna") nor a count ("two senators").
const MEMBERS_OF_UPPER_CHAMBER = /(?<!(?:\p{Lu}\p{Ll}*|\d+|two|three|four|five|six|several|some|many|other|fellow|few|of)\s+)\bsenators\b(?!\s+(?:in|from|of|on|who)\b)/gu;
// A senate by its bare name, with at most a country or "state" before it; not one of its committees.
const UPPER_CHAMBER_NAME = /^(?:the\s+)?(?:U\.S\.\s+|US\s+|state\s+)?Senate$/;

/** "Lawmakers" in a story that names one legislature (a state's or a province's, not a congress): that legislature. */
export function legislators(text: string, from: number, to: number, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(MEMBERS_OF_LEGISLATURE)) {
    const body = onlyOne(placed, (e) => e.kind !== 'person' && /\blegislature\b|\bgeneral assembly\b/i.test(e.name));
    if (body) out.push({ entity: body, at: from + m.index! });
  }
  return out;
}

/**
 * Bare senators in a reported clause ("pressed senators to…", "a matter for the senators"), in a
 * story that names one senate: that senate. Left alone in direct speech ("what worries senators
 * most…"), where they are an audience more than the body.
 */
export function senators(text: string, q: AboutQuote, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  if (q.kind !== 'indirect') return out;
  for (const m of text.slice(q.start, q.end).matchAll(MEMBERS_OF_UPPER_CHAMBER)) {
    const body = onlyOne(placed, (e) => e.kind !== 'person' && UPPER_CHAMBER_NAME.test(e.name));
    if (body) out.push({ entity: body, at: q.start + m.index! });
  }
  return out;
}
