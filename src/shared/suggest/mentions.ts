/**
 * Finds the names an article mentions and splits titles from names: "U.S. Ambassador to the
 * United Nations Linda Thomas-Greenfield" is a person (Linda Thomas-Greenfield) with a role
 * (Ambassador to the United Nations) and an affiliation (U.S.), and the U.S. and the United
 * Nations are mentions too.
 */
import type { ActorKind } from '../model';
import { gazetteer } from './cache';
import { DEMONYM_STATES, stateOfDemonym } from './data/demonyms';
import type { Doc } from './document';
import { COMMON_ACRONYMS, HONORIFICS, NOT_NAMES, ORG_WORDS, PREPOSITIONS, ROLE_HEADS, SOURCE_NOUNS, SPEECH_VERBS, firstNameGender, isOccupation, roleGender } from './lexicon';
import { FRONTED_CUES, PARTY_MEMBERS, PEERAGES, isDottedPersonTitle, partyTag, withDottedHonorific } from './nameEdges';
import { ownedBody, portfolioList } from './nameRuns';
import { isAcronym, isPunct, plain, titleDot, type Token } from './tokens';

/** A name in the text. */
export interface Mention {
  /** Offsets of the name itself (without title or possessive). */
  start: number;
  end: number;
  name: string;
  kind: ActorKind | 'unknown';
  role: string;
  /** Name of an organisation or state the text ties this mention to ("U.S." in "U.S. Ambassador"). */
  affiliation: string;
  possessive: boolean;
  /** The word before is a preposition ("by Antony Blinken"): not a sentence subject. */
  afterPreposition: boolean;
  inQuote: boolean;
  heading: boolean;
  /** In a Title Case heading, whose capitals say nothing about where a name run ends. */
  titleCase: boolean;
  para: number;
  /** Index of the first token of the name in its paragraph, and of the title or name run it came from. */
  token: number;
  chunk: number;
  honorific: string;
  gender: 'm' | 'f' | undefined;
  /** The gender comes from a title or role, not from a list of first names. */
  genderCertain: boolean;
  /** An acronym given in brackets after the name: "European Union (EU)". */
  acronym: string;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'des', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'bin', 'da', 'di', 'y', 'and', '&', 'to', 'del']);
// Capitalised words of job titles that are never part of a person's name.
const PORTFOLIOS = new Set(['state', 'policy', 'affairs', 'security', 'foreign', 'defence', 'defense', 'relations', 'development', 'cooperation', 'international', 'economic', 'public', 'national', 'home', 'justice', 'finance', 'trade', 'health', 'interior', 'environment', 'energy', 'fisheries', 'agriculture', 'education', 'culture', 'transport', 'treasury', 'commerce', 'labour', 'labor', 'economy', 'housing', 'digital', 'climate', 'general', 'high', 'united', 'nations', 'european', 'commission', 'commonwealth', 'olympic', 'information', 'data', 'police', 'chief', 'executive', 'political', 'prime', 'deputy', 'vice', 'shadow', 'former', 'acting', 'interim', 'senior']);
const POST_NOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'jr', 'sr', 'ii', 'iii', 'phd', 'obe', 'mbe', 'cbe']);
const DEMONYM_STATE_KEYS = new Set(DEMONYM_STATES.map((s) => s.toLowerCase()));
const ROLE_MODIFIERS = new Set(['foreign', 'senior', 'deputy', 'former', 'shadow', 'chief', 'vice', 'acting', 'interim', 'defence', 'defense', 'interior', 'finance', 'economy', 'health', 'trade', 'environment', 'foreign-policy', 'policy', 'ministry', 'housing', 'union', 'plant', 'marine', 'political', 'press', 'executive', 'general', 'fisheries', 'justice', 'education', 'energy', 'economics', 'opposition', 'party', 'state', 'current', 'new', 'top', 'high']);

// The longest run of capitalised words read as one name phrase ("High Representative of the Union
// for Foreign Affairs and Security Policy Josep Borrell" is 14). Splitting a run looks at every
// "and" against all that came before, so an endless run of capitals is cut into pieces this long.
const MAX_NAME_RUN = 32;

/**
 * "the Magistrates’ Association", "the Farmers' Union": an apostrophe right after a plural
 * capitalised word, then an organisation word, joins one body's name (a closing quotation mark
 * would not be followed by one). Body text only: a headline's capitals say less.
 */
function pluralOwner(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  return (t.text === '’' || t.text === "'") && before !== undefined && before.type === 'word' && before.cap && before.end === t.start && /s$/.test(before.text) && next !== undefined && next.type === 'word' && next.cap && ORG_WORDS.has(plain(next.text));
}

/** Every name mentioned in the document, in text order. */
export function findMentions(doc: Doc, capitalisedMidSentence: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (const para of doc.paragraphs) {
    const { tokens } = para;
    const initial = sentenceInitial(para.tokens, para.sentences.map((s) => s.from));
    // In a Title Case headline only words the body capitalises too (or known names) are names.
    const nameish = para.titleCase ? (t: Token) => looksLikeName(t) && (isAcronym(t) || known(t, capitalisedMidSentence, undefined)) : looksLikeName;
    let i = 0;
    while (i < tokens.length) {
      const office = primeMinistersOffice(tokens, i);
      if (office) {
        out.push(office(para));
        i += 2;
        continue;
      }
      if (!nameish(tokens[i]!) || partyTag(tokens, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      let acronym = '';
      while (j < tokens.length && j - i < MAX_NAME_RUN && (!tokens[j - 1]!.possessive || ownedBody(tokens, j - 1))) {
        const t = tokens[j]!;
        const list = isPunct(t, ',') ? portfolioList(tokens, i, j) : -1;
        if (list > j) j = list;
        else if (nameish(t)) j++;
        else if (!para.heading && pluralOwner(tokens, j)) j += 2;
        else if (CONNECTORS.has(t.lower) && !t.cap && nextName(tokens, j, nameish)) j++;
        else if (isPunct(t, '(') && tokens[j + 1] && isAcronym(tokens[j + 1]!) && isPunct(tokens[j + 2], ')')) {
          acronym ||= tokens[j + 1]!.text;
          j += 3;
        } else break;
      }
      let from = i;
      const first = tokens[from]!;
      const second = tokens[from + 1];
      // A capitalised sentence opener is a name if known, or if a name follows ("Ravi Kumar said").
      const followedByName = from + 1 < j && second !== undefined && second.cap && !NOT_NAMES.has(second.lower) && !NOT_NAMES.has(first.lower);
      // "Secretary of State Antony Blinken said": a title opening a sentence stays part of the title.
      const title = ROLE_HEADS.has(plain(first.text)) && j - from > 2;
      if (initial.has(from) && !known(first, capitalisedMidSentence, tokens[from + 1]) && !followedByName && !title) {
        // "“Meet The Press”": a dropped sentence opener followed by "The" is a title, not a name.
        from++;
        // ("But Mr Roe’s aides": an honorific after the opener still opens a name.)
        if (from < j && tokens[from]!.cap && NOT_NAMES.has(tokens[from]!.lower) && !HONORIFICS.has(tokens[from]!.lower)) from = j;
      }
      // "Said Ada Roe, a retired judge: “…”": a reporting verb fronted before its speaker is no part of the name.
      if (initial.has(from) && from + 2 < j && FRONTED_CUES.test(tokens[from]!.text)) from++;
      while (from < j && (NOT_NAMES.has(tokens[from]!.lower) || !nameish(tokens[from]!)) && !isAcronym(tokens[from]!)) from++;
      // "AI" or "IT" standing alone is a common noun, not a body; "AI Tarrow Labs" stays a name.
      if (j - from === 1 && isAcronym(tokens[from]!) && COMMON_ACRONYMS.has(tokens[from]!.lower)) {
        i = j;
        continue;
      }
      for (const [a, b] of splitAtAnd(tokens, from, j)) {
        if (a < b && !CONNECTORS.has(tokens[a]!.lower)) out.push(...withDottedHonorific(tokens, a, parseChunk(tokens, a, b, acronym, para, doc)));
      }
      i = j;
    }
  }
  return out;
}

/**
 * "No 10 said …": the British prime minister's office by its door number, an organisation that
 * speaks. Only "No 10" or "Number 10" not followed by a further number or a capitalised word (a street name after it makes an address).
 */
function primeMinistersOffice(tokens: readonly Token[], i: number): ((para: Doc['paragraphs'][number]) => Mention) | null {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (!/^(?:No|Number)$/.test(t.text) || n?.text !== '10' || n.start !== t.end + 1) return null;
  const after = tokens[i + 2];
  if (after && (after.type === 'number' || after.cap || isPunct(after, '%'))) return null;
  // "was No 10 on the list", "at No 10 in the charts": a rank, not the office.
  if (/^(?:is|was|are|were|be|at|ranked|placed|from)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  return (para) => ({
    start: t.start, end: n.end, name: `${t.text} 10`, kind: 'organisation', role: '', affiliation: '', possessive: false,
    afterPreposition: PREPOSITIONS.has(tokens[i - 1]?.lower ?? ''), inQuote: para.quoteOf[i]! >= 0, heading: para.heading, titleCase: para.titleCase,
    para: para.index, token: i, chunk: i, honorific: '', gender: undefined, genderCertain: false, acronym: '',
  });
}

/**
 * Splits "North Korea and Iran" or "Foreign Minister Dmytro Kuleba and the High Representative…"
 * into separate names, but keeps "Foreign Affairs and Security Policy" or "Procter and Gamble".
 */
function splitAtAnd(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let a = from;
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const after = tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const nextKey = plain(tokens[after]?.text ?? '');
    const before = tokens.slice(a, k);
    const beforeKeys = before.map((t) => plain(t.text));
    const headAt = beforeKeys.findLastIndex((w) => ROLE_HEADS.has(w) || HONORIFICS.has(w));
    const personDone = headAt >= 0 && headAt < beforeKeys.length - 1 && personWord(before[before.length - 1]!, beforeKeys[beforeKeys.length - 1]!);
    const stateAfter = [1, 2, 3].some((n) => gazetteer(tokens.slice(after, Math.min(to, after + n)).map((t) => t.text).join(' ')) !== null);
    const stateBefore = gazetteer(before.map((t) => t.text).join(' ')) !== null;
    // "Ada Roe and Lee Kim": two full names (two name words on each side, no organisation word after).
    const word = (i: number) => tokens[i] !== undefined && i < to && personWord(tokens[i]!, plain(tokens[i]!.text));
    const twoNames = k - a >= 2 && word(k - 2) && word(k - 1) && word(after) && word(after + 1) && !tokens.slice(after, to).some((t) => ORG_WORDS.has(plain(t.text)));
    // "Ada Roe of Tallis Radio and Lee Kim of The Harbour Post": two people, each "of" where they work.
    const personOf = (i: number) => word(i) && word(i + 1) && tokens[i + 2]?.lower === 'of';
    const twoPeopleOf = personOf(a) && personOf(after);
    if (ROLE_HEADS.has(nextKey) || HONORIFICS.has(nextKey) || nextKey === 'high' || firstNameGender(tokens[after]?.text ?? '') || personDone || stateAfter || stateBefore || twoNames || twoPeopleOf) {
      parts.push([a, k]);
      a = after;
    }
  }
  parts.push([a, to]);
  return parts;
}

function looksLikeName(t: Token): boolean {
  return t.type === 'word' && (t.cap || isAcronym(t));
}

function nextName(tokens: readonly Token[], j: number, nameish: (t: Token) => boolean): boolean {
  for (let k = j; k < tokens.length && k < j + 3; k++) {
    if (nameish(tokens[k]!)) return true;
    if (!CONNECTORS.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** Token indexes that open a sentence or a quotation (capitalised there for grammar, not as names). */
export function sentenceInitial(tokens: readonly Token[], starts: readonly number[]): Set<number> {
  const set = new Set(starts);
  tokens.forEach((t, i) => {
    if (isPunct(t) && /[“„«‘‚"'「『:—]/.test(t.text)) set.add(i + 1);
  });
  return set;
}

/** A capitalised sentence opener that is nonetheless a name. */
function known(t: Token, midSentence: ReadonlySet<string>, next: Token | undefined): boolean {
  const key = plain(t.text).split(/['’]/)[0]!;
  if (NOT_NAMES.has(key) || SOURCE_NOUNS.has(key)) return false;
  // "Greenpeace said": a capitalised word that speaks is a name ("Police said" is not: a source noun).
  const speaks = next !== undefined && SPEECH_VERBS.has(next.lower) && !t.possessive;
  return speaks || midSentence.has(key) || isAcronym(t) || firstNameGender(t.text) !== undefined || gazetteer(t.text) !== null || DEMONYM_STATE_KEYS.has(key) || stateOfDemonym(t.text) !== undefined;
}

/** Splits one capitalised run into mentions: role and affiliation words, then the name. */
function parseChunk(tokens: readonly Token[], from: number, to: number, acronym: string, para: Doc['paragraphs'][number], doc: Doc): Mention[] {
  const keys = tokens.slice(from, to).map((t) => plain(t.text.replace(/\.$/, '')));
  let head = -1;
  for (let k = keys.length - 1; k >= 0; k--) {
    // A job opening a run of a full name is a title too ("Glaciologist Ada Roe of …").
    // "the MP for Northfield": what follows a legislator's initials and "for" is a seat, not a name.
    // "Ada Roe MP": initials after the name are a post-nominal, not a title before one.
    if (/^(?:mp|mep|msp|mla)$/.test(keys[k]!) && (keys[k + 1] === 'for' || k === keys.length - 1)) continue;
    if (ROLE_HEADS.has(keys[k]!) || HONORIFICS.has(keys[k]!) || (k === 0 && keys.length >= 3 && isOccupation(keys[k]!))) {
      head = k;
      break;
    }
  }
  let end = to;
  while (end > from && POST_NOMINALS.has(keys[end - from - 1]!)) end--;
  // A run of post-nominals alone ("Jr." after "Biden,") names no one.
  if (end === from) return [];
  // The name is the longest run at the end of words that are not titles, organisations or places.
  let nameFrom = end;
  while (nameFrom > from + head + 1 && nameFrom > end - 4 && personWord(tokens[nameFrom - 1]!, keys[nameFrom - 1 - from]!)) nameFrom--;
  // "Lord Quillworth": a peer known by a title and one family name keeps the title, which is how the
  // name is written and known ("Quillworth" alone would be a different, untitled person).
  if (head >= 0 && keys[head] === 'lord' && nameFrom === from + head + 1 && end - nameFrom === 1 && !firstNameGender(tokens[nameFrom]!.text)) nameFrom = from + head;
  // "… Security Policy Josep Borrell": a name starts at its first name when one is known.
  for (let k = nameFrom; k < end - 1; k++) {
    if (firstNameGender(tokens[k]!.text)) {
      nameFrom = k;
      break;
    }
  }
  const mentions: Mention[] = [];
  const make = (a: number, b: number, kind: Mention['kind'], extra: Partial<Mention> = {}): Mention => {
    const first = tokens[a]!;
    const last = tokens[b - 1]!;
    const prev = tokens[from - 1];
    return {
      start: first.start,
      end: last.possessive ? last.start + last.text.length : last.end,
      name: doc.text.slice(first.start, last.possessive ? last.start + last.text.length : last.end),
      kind,
      role: '',
      affiliation: '',
      possessive: last.possessive && b === to,
      afterPreposition: prev !== undefined && PREPOSITIONS.has(prev.lower),
      inQuote: para.quoteOf[a]! >= 0,
      heading: para.heading,
      titleCase: para.titleCase,
      para: para.index,
      token: a,
      chunk: from,
      honorific: '',
      gender: undefined,
      genderCertain: false,
      acronym: '',
      ...extra,
    };
  };
  // "Sen. Ada Kirwin of North Dakota", "Mayor Ada Roe of Leeds": the person, then the place or body they belong to.
  const placed = personOfPlace(tokens, from, to, keys, head);
  if (placed) {
    const rest = tokens.slice(placed.rest, to);
    return [...parseChunk(tokens, from, placed.of, acronym, para, doc), make(placed.rest, to, classify(rest, keys.slice(placed.rest - from)), { afterPreposition: true, chunk: placed.rest })];
  }
  // "Democrat Ada Roe", "Republican Roe": a party's member named by the party is a person, the party her role.
  // ("Republican Party", "Republican National Committee" hold words no name has.)
  if (head < 0 && end - from >= 2 && end - from <= 4 && PARTY_MEMBERS.test(keys[0]!) && keys.slice(1, end - from).every((k, n) => personWord(tokens[from + 1 + n]!, k))) {
    return [make(from + 1, end, 'person', { role: tokens[from]!.text, gender: firstNameGender(tokens[from + 1]!.text) })];
  }
  if (head >= 0 && nameFrom < end) {
    const found = affiliations(tokens, from, nameFrom, head, make);
    // The role is the title without the organisation or nationality in front: "NATO Secretary-General" → "Secretary-General".
    let roleFrom = from;
    while (roleFrom < from + head && (found.some((m) => m.token <= roleFrom && tokens[roleFrom]!.end <= m.end) || stateOfDemonym(tokens[roleFrom]!.text) || tokens[roleFrom]!.possessive)) roleFrom++;
    const roleTokens = tokens.slice(roleFrom, nameFrom);
    const honorific = HONORIFICS.has(keys[head]!) ? keys[head]! : '';
    const role = (honorific && head === 0) || roleTokens.length === 0 ? '' : doc.text.slice(roleTokens[0]!.start, roleTokens[roleTokens.length - 1]!.end);
    const demonym = tokens.slice(from, from + head).map((t) => stateOfDemonym(t.text)).find((x) => x);
    const nameTokens = tokens.slice(nameFrom, end);
    const certain = (honorific ? HONORIFICS.get(honorific) : undefined) ?? roleGender(role);
    const gender = certain ?? firstNameGender(nameTokens[0]!.text);
    mentions.push(...found);
    const affiliation = found[0]?.name ?? demonym ?? '';
    mentions.push(make(nameFrom, end, 'person', { role, honorific, gender, genderCertain: certain !== undefined, affiliation }));
    return mentions;
  }
  // "Office of the Trade Representative", "Attorney General’s Office": a body named after a post.
  if (head >= 0 && ((ORG_WORDS.has(keys[0]!) && /^(?:of|for)$/.test(keys[1] ?? '')) || (tokens[from + head]!.possessive && ORG_WORDS.has(keys[end - from - 1]!)))) return [make(from, end, 'organisation', { acronym })];
  if (head >= 0) return affiliations(tokens, from, end, head, make);
  if (end - from === 1 && stateOfDemonym(tokens[from]!.text) && !gazetteer(tokens[from]!.text)) return []; // "German"
  // "Miriam Cole of Berenberg", "Bjarni Helgason of Forlagið": a person, then where they work.
  const of = keys.indexOf('of');
  const rest = tokens.slice(from + of + 1, end);
  const restKeys = keys.slice(of + 1);
  // Without a known first name, two or three name words "of" a body ("Ada Roe of Tallis University").
  // A state whose name holds "of" ("Democratic Republic of Congo …") is no person.
  const state = () => [1, 2, 3].some((n) => gazetteer(tokens.slice(from, Math.min(end, from + of + 1 + n)).map((t) => t.text).join(' ')) !== null);
  const ofBody = () => of <= 3 && rest.length > 0 && classify(rest, restKeys) === 'organisation' && !state();
  // In the body, exactly two name words before it make a person too ("Ada Roe of Tallis Radio"): a
  // body's name of two capitalised words and "of" holds an organisation word ("Port Authority of …").
  // Not after "the" (a body: "the Tallis Friends of the Pier"), nor a peer's title and seat ("Baroness Roe of Tallis").
  const twoNameWords = () => of === 2 && !para.heading && rest.length > 0 && tokens[from - 1]?.lower !== 'the' && !PEERAGES.test(keys[0]!) && !state();
  if (of > 1 && keys.slice(0, of).every((k, n) => personWord(tokens[from + n]!, k)) && (firstNameGender(tokens[from]!.text) || ofBody() || twoNameWords())) {
    return [make(from, from + of, 'person', { gender: firstNameGender(tokens[from]!.text) }), ...(rest.length ? [make(from + of + 1, end, classify(rest, restKeys), { afterPreposition: true })] : [])];
  }
  const titled = titledPerson(tokens, from, end, keys);
  if (titled) return [make(from, end, 'person', titled)];
  // "Democrat Ada Roe", "Republican Ada Roe": a party's member, named after the party word as after a title.
  if (PARTY_MEMBERS.test(keys[0]!) && end - from >= 3 && end - from <= 4 && keys.slice(1, end - from).every((k, n) => personWord(tokens[from + 1 + n]!, k))) {
    return [make(from + 1, end, 'person', { role: tokens[from]!.text, gender: firstNameGender(tokens[from + 1]!.text) })];
  }
  return [make(from, end, classify(tokens.slice(from, end), keys), { acronym, gender: firstNameGender(tokens[from]!.text) })];
}

/**
 * "Sen. Ada Roe", "Gov. Ada Roe", "Mr. Roe": the full stop of the title ends the capitalised run
 * before the name, so the name comes alone, and without a known first name its words do not say
 * it is a person. The title before it does, and an honorific its gender.
 */
function titledPerson(tokens: readonly Token[], from: number, end: number, keys: readonly string[]): Partial<Mention> | undefined {
  const title = tokens[from - 2];
  if (!titleDot(tokens, from - 1) || !title || !isDottedPersonTitle(title.lower) || end - from > 3) return undefined;
  if (!keys.slice(0, end - from).every((k, n) => personWord(tokens[from + n]!, k))) return undefined;
  const honorific = HONORIFICS.has(title.lower) ? title.lower : '';
  const certain = honorific ? HONORIFICS.get(honorific) : undefined;
  return { honorific, gender: certain ?? firstNameGender(tokens[from]!.text), genderCertain: certain !== undefined };
}

/**
 * The last "of" of a name run that splits a person from where they belong: one to three name
 * words before it, and a sign that they are a person's (a title in the run or just before it, a
 * known first name). "Secretary of State" or "Bank of England" have no name words before their "of".
 */
function personOfPlace(tokens: readonly Token[], from: number, to: number, keys: readonly string[], head: number): { of: number; rest: number } | null {
  const before = tokens[from - 1];
  const titled = titleDot(tokens, from - 1) || (before !== undefined && before.cap && (HONORIFICS.has(plain(before.text)) || ROLE_HEADS.has(plain(before.text))));
  for (let at = keys.indexOf('of', head + 2); at > 0 && at < keys.length - 1; at = keys.indexOf('of', at + 1)) {
    let names = 0;
    while (names < at && personWord(tokens[from + at - 1 - names]!, keys[at - 1 - names]!)) names++;
    if (names === 0 || names > 3) continue;
    let rest = from + at + 1;
    while (rest < to - 1 && CONNECTORS.has(keys[rest - from]!)) rest++;
    const person = head >= 0 || titled || (names >= 2 && firstNameGender(tokens[from + at - names]!.text) !== undefined);
    if (person) return { of: from + at, rest };
  }
  return null;
}

function personWord(t: Token, key: string): boolean {
  return t.cap && !isAcronym(t) && !ROLE_HEADS.has(key) && !PORTFOLIOS.has(key) && !ORG_WORDS.has(key) && !CONNECTORS.has(key) && !NOT_NAMES.has(key) && gazetteer(t.text) === null && !DEMONYM_STATE_KEYS.has(key) && stateOfDemonym(t.text) === undefined;
}

/** Organisations and states inside a title ("NATO" in "NATO Secretary-General", "United Nations" in "Ambassador to the United Nations"). */
function affiliations(tokens: readonly Token[], from: number, to: number, head: number, make: (a: number, b: number, kind: Mention['kind']) => Mention): Mention[] {
  const out: Mention[] = [];
  let k = from;
  while (k < to) {
    if (!looksLikeName(tokens[k]!) || k === from + head || ROLE_HEADS.has(plain(tokens[k]!.text)) || ROLE_MODIFIERS.has(tokens[k]!.lower)) {
      k++;
      continue;
    }
    let e = k + 1;
    // "Brenna Press Secretary Ada Roe": a modifier right before the title is the title's ("press secretary"), not the body's.
    while (e < to && (looksLikeName(tokens[e]!) || (tokens[e]!.lower === 'of' && e + 1 < to)) && !ROLE_HEADS.has(plain(tokens[e]!.text)) && !(e + 1 === from + head && ROLE_MODIFIERS.has(tokens[e]!.lower))) e++;
    const run = tokens.slice(k, e);
    const kind = classify(run, run.map((t) => plain(t.text)));
    if (kind === 'state' || kind === 'organisation') out.push(make(k, e, kind));
    k = e;
  }
  return out;
}

/** Person, organisation or state by the words of a name alone ('unknown' when they do not tell). */
export function classify(run: readonly Token[], keys: readonly string[]): Mention['kind'] {
  const text = run.map((t) => t.text).join(' ');
  if (gazetteer(text) || DEMONYM_STATE_KEYS.has(plain(text))) return 'state';
  if (keys.some((k) => ORG_WORDS.has(k))) return 'organisation';
  if (run.length === 1 && isAcronym(run[0]!)) return 'organisation';
  if (HONORIFICS.has(keys[0]!)) return 'person';
  if (firstNameGender(run[0]!.text) !== undefined && run.length >= 2) return 'person';
  return 'unknown';
}
