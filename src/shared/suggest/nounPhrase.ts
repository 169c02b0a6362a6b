/**
 * Reads the noun phrase that names a speaker: a name ("Hungary’s foreign minister, Gábor Szabó"
 * → Gábor Szabó, skipping possessives, appositives and "who …" clauses), a pronoun (resolved
 * through the discourse record), or the description of an unnamed source ("a senior EU
 * diplomat", "people familiar with Qatar’s role"), kept as written.
 */
import type { Doc, Paragraph, Sentence } from './document';
import { fits, referentName, type Discourse, type Placed, type Pronoun, type Referent } from './discourse';
import type { EntityIndex } from './entities';
import { complementOf } from './complements';
import { DOCUMENT_NOUNS, FINITE_MARKERS, NOT_NAMES, PARTY_GROUPS, PREPOSITIONS, SOURCE_NOUNS, SPEECH_VERBS, SUBORDINATORS, VERB_ADVERBS } from './lexicon';
import type { Mention } from './mentions';
import { stateOfDemonym } from './data/demonyms';
import { properInstitutionName } from './institutionName';
import { isTitle } from './reportedClause';
import { isPunct, plain, type Token } from './tokens';
import { NAMED_BY_HEAD, namedByHead, previousOrganisation } from './namedBodies';
import { cutLongRelative, headBeforePreposition, MAX_SPEAKER_TOKENS, peopleByTrade, QUALIFIERS, timePhrase, WHEN } from './sourceWords';
import { COORDINATORS, earlierSamePronoun, openingPerson, openingThing } from './pronounScope';
import { earlierIndefinite } from './earlierMention';
import { splitSegments } from './segments';

/** What the parser needs to know about the article. */
export interface Context {
  doc: Doc;
  entities: EntityIndex;
  discourse: Discourse;
  /** The mention whose name starts at token `i` of paragraph `p`, keyed `p:i`. */
  mentionAt: Map<string, Mention>;
  /** Tokens that open a sentence or quotation, keyed `p:i`. */
  initial: Set<string>;
}

/** A speaker found in the text, and how. */
export interface Speaker {
  ref: Referent;
  how: 'name' | 'description' | 'pronoun' | 'definite';
  confidence: number;
}

const LEADING_SKIP = new Set(['but', 'and', 'so', 'also', 'however', 'meanwhile', 'yet', 'still', 'then', 'now', 'instead']);
const PRONOUNS: Record<string, Pronoun> = { he: 'he', she: 'she', they: 'they', it: 'it', them: 'they' };
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const DETERMINER_BEFORE = new Set(['of', 'to', 'for', 'with', 'by', 'about', 'against', 'from', 'behind', 'than']);
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their']);
const FRONTED = new Set(['asked', 'sentencing', 'speaking', 'writing', 'responding', 'addressing', 'interviewed', 'questioned', 'pressed']);

const MESSAGES = /^(?:statement|email|e-mail|letter|message|note|post|tweet|video|recording)$/;

const RANK_ABBREVIATION = /^(?:Lt|Col|Gen|Sgt|Maj|Capt|Cmdr|Adm|Cpl|Brig|Rev|Sen|Rep|Gov|Supt|Insp|Det)$/;

/** Parses tokens `[from, to)` of a paragraph as a speaker. */
export function parseSpeaker(ctx: Context, para: Paragraph, from: number, to: number, sentence: Sentence): Speaker | null {
  const { tokens } = para;
  while (from < to && (LEADING_SKIP.has(tokens[from]!.lower) || isPunct(tokens[from]!, ',') || (tokens[from]!.lower === 'since' && tokens[from + 1]?.lower === 'then'))) from++;
  // "a report released in May": a capital inside the phrase is a month or a name, not the modal or adverb it spells.
  while (to > from && ((VERB_ADVERBS.has(tokens[to - 1]!.lower) && !(tokens[to - 1]!.cap && to - 1 > from)) || isPunct(tokens[to - 1]!))) to--;
  // "A statement from the agency", "an email from a port engineer": the message's sender speaks.
  const k = /^(?:a|an|the)$/.test(tokens[from]?.lower ?? '') ? from + 1 : from;
  if (k + 2 < to && MESSAGES.test(tokens[k]!.lower) && tokens[k + 1]!.lower === 'from') from = k + 2;
  if (from >= to) return null;
  // "In a statement, the company": a fronted adverbial before the subject names no one.
  const segments = splitSegments(tokens, from, to).map(([a, b]): [number, number] => [a, cutLongRelative(tokens, a, b)]).filter(([a, b], k, all) => keepSegment(tokens, a, b, ctx.mentionAt.has(`${para.index}:${a}`), k === all.length - 1) && !(k < all.length - 1 && PREPOSITIONS.has(tokens[a]!.lower)));
  if (segments.length === 0) return null;

  // "Mr Lee’s allies insist … One of them, a junior minister, said": an unnamed member of a group
  // someone owns speaks for that group, as a bare "one of them" does. A member named in the
  // apposition ("One of them, Ada Roe, said") speaks for herself, and so does one of a crowd.
  const [f0, f1] = segments[0]!;
  if (segments.length > 1 && f1 - f0 === 3 && COUNT_OF.test(tokens[f0]!.lower) && tokens[f0 + 1]!.lower === 'of' && tokens[f0 + 2]!.lower === 'them' && !namedIn(ctx, para, segments.slice(1))) {
    const group = resolvePronoun(ctx, para, sentence, f0 + 2, 'they');
    if (group && group.ref.type === 'desc' && /\S['’]s?\s/u.test(group.ref.desc.text)) return group;
  }
  const mentions: Mention[] = [];
  for (const [a, b] of segments) {
    for (let i = a; i < b; i++) {
      const m = ctx.mentionAt.get(`${para.index}:${i}`);
      if (!m || m.possessive || (m.inQuote && !namedTitle(para, i))) continue;
      // "Lt. Col. Maria Fry": an abbreviated rank before the name is no name of its own.
      if (RANK_ABBREVIATION.test(tokens[i]!.text) && isPunct(tokens[i + 1], '.')) continue;
      // "Analysts at Jefferies", "Miriam Cole of Berenberg": a name after a preposition is not the speaker.
      if (m.chunk > a && tokens.slice(a, m.chunk).some((t) => PREPOSITIONS.has(t.lower))) continue;
      // "A NATO official": the name qualifies an unnamed source.
      if (m.kind !== 'person' && tokens.slice(i + 1, b).some((t) => !t.cap && SOURCE_NOUNS.has(t.lower))) continue;
      mentions.push(m);
    }
  }
  const entities = mentions.map((m) => ctx.entities.ofMention.get(m)).filter((e) => e !== undefined);
  // "A former House official, Osric Brandle, said": a name standing alone between commas is who the description is.
  const appositive = mentions.find((m) => m.kind === 'unknown' && !/\s(?:and|of|for|the|&)\s/.test(m.name) && segments.some(([a, b]) => tokens[a]!.start === m.start && tokens[b - 1]!.end === m.end && b - a >= 2 && b - a <= 3));
  const apposed = appositive ? ctx.entities.ofMention.get(appositive) : undefined;
  // "Former Tallis FC winger Ada Roe": a name right after a lower-case job noun is the person the title describes.
  const afterJob = mentions.find((m) => m.kind !== 'organisation' && m.kind !== 'state' && m.token > 0 && jobNoun(tokens[m.token - 1]!) && tokens[m.token - 2]?.cap === true);
  const titled = afterJob ? ctx.entities.ofMention.get(afterJob) : undefined;
  const chosen = entities.find((e) => e.kind === 'person') ?? titled ?? (apposed?.kind === 'unknown' ? apposed : undefined) ?? entities.find((e) => e.kind === 'organisation' || e.kind === 'state') ?? entities[0];
  // "three Green councillors who had met him": some of a party's members, described by a relative, are an unnamed source.
  const [a0, b0] = segments[0]!;
  if (chosen && chosen.kind !== 'person' && /^(?:two|three|four|five|several|some)$/.test(tokens[a0]!.lower) && tokens.slice(a0 + 1, b0).some((t, n) => t.lower === 'who' && SOURCE_NOUNS.has(plain(tokens[a0 + n]!.text)))) {
    const described = describe(ctx, para, segments[0]!);
    if (described) return described;
  }
  if (chosen) return { ref: { type: 'entity', entity: chosen }, how: 'name', confidence: 0.95 };

  const wordAt = segments.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k)).filter((i) => tokens[i]!.type === 'word');
  const words = wordAt.map((i) => tokens[i]!);
  const last = words[words.length - 1];
  // "he", "On Sunday he", "one of them"
  // "one of them", "two of them", "some of them": part of the group last spoken of speaks for it.
  const oneOfThem = words.length === 3 && COUNT_OF.test(words[0]!.lower) && words[1]!.lower === 'of' && last?.lower === 'them';
  const pronounLast = last && PRONOUNS[last.lower] && last.lower !== 'them';
  // "Skippers have complained for months. Several wrote to the board …": a count standing alone as the
  // subject is part of the group last spoken of, as "they" would be ("others" are another group).
  const countAlone = words.length === 1 && /^(?:some|several|many|most|both|few)$/.test(words[0]!.lower);
  // (A "Both" with no group before it to stand for is kept as written: the two the sentence before spoke of.)
  if (countAlone) return resolvePronoun(ctx, para, sentence, wordAt[0]!, 'they') ?? (words[0]!.lower === 'both' ? { ref: ctx.discourse.describe(words[0]!.text, 'both', false, ctx.entities.entities), how: 'description', confidence: 0.6 } : null);
  if (last && (oneOfThem || (pronounLast && (words.length === 1 || !DETERMINER_BEFORE.has(words[words.length - 2]!.lower))))) {
    return resolvePronoun(ctx, para, sentence, wordAt[wordAt.length - 1]!, PRONOUNS[last.lower]!);
  }
  // "the lowest level since 1990, the country's statistics office": the first segment that names a source.
  for (const segment of segments) {
    const described = describe(ctx, para, segment);
    if (described) return described;
  }
  return null;
}

/** True when a person's (or an unknown) name heads one of the segments, outside quotation marks (not "an MP for West Kent"). */
function namedIn(ctx: Context, para: Paragraph, segments: readonly [number, number][]): boolean {
  return segments.some(([a, b]) => {
    for (let i = a; i < b && !PREPOSITIONS.has(para.tokens[i]!.lower); i++) {
      const m = ctx.mentionAt.get(`${para.index}:${i}`);
      if (m && !m.inQuote && (m.kind === 'person' || (m.kind === 'unknown' && m.name.includes(' ')))) return true;
    }
    return false;
  });
}

/** Counts that take part of a group ("one of them", "several of them"). */
const COUNT_OF = /^(?:one|two|three|four|five|several|some|many|most|both|all|each)$/;

/** A lower-case noun that can stand as a title before a name ("winger", "lawyer"), not a function word. */
function jobNoun(t: Token): boolean {
  return t.type === 'word' && !t.cap && /^[a-z]{4,}$/.test(t.lower) && !PREPOSITIONS.has(t.lower) && !NOT_NAMES.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !/(?:ly|ing|ed)$/.test(t.lower);
}

/** "the newspaper »Bergpost«": a title in quotation marks right after the noun it names. */
function namedTitle(para: Paragraph, i: number): boolean {
  const open = i - 1;
  const before = para.tokens[open - 1];
  return open > 0 && para.quoteOf[open] === para.quoteOf[i] && para.tokens[open]!.type === 'punct' && isTitle(para, open) && before?.type === 'word' && !before.cap && para.quoteOf[open - 1]! < 0;
}

/** Resolves the pronoun at token `at`, looking within the sentence only after a subordinator. */
export function resolvePronoun(ctx: Context, para: Paragraph, sentence: Sentence, at: number, pronoun: Pronoun): Speaker | null {
  let k = at - 1;
  while (k >= sentence.from && (VERB_ADVERBS.has(para.tokens[k]!.lower) || isPunct(para.tokens[k]!, ','))) k--;
  const subordinate = k >= sentence.from && SUBORDINATORS.has(para.tokens[k]!.lower);
  if (subordinate) {
    // "She spent …, which she said …", "…, and he promised …": the sentence's own subject first, not the nearest name.
    const earlier = earlierSamePronoun(para, sentence, at, pronoun);
    if (earlier >= 0) return resolvePronoun(ctx, para, sentence, earlier, pronoun);
    const coordinated = COORDINATORS.has(para.tokens[k]!.lower);
    const opener = coordinated ? openingPerson(ctx, para, sentence, at, pronoun) : undefined;
    if (opener) return { ref: opener, how: 'pronoun', confidence: 0.8 };
    // "The report found that …, and it recommended …": the document or body that opens the sentence.
    const thing = coordinated && pronoun === 'it' ? openingThing(para, sentence, at) : -1;
    const opening = thing >= 0 ? parseSpeaker(ctx, para, sentence.from, thing + 1, sentence) : null;
    if (opening && fits(opening.ref, 'it')) return { ref: opening.ref, how: 'pronoun', confidence: 0.8 };
  }
  const within = referentsBefore(ctx, para, sentence, at);
  const found = ctx.discourse.resolve(pronoun, sentence.index, subordinate, within);
  return found ? { ref: found.ref, how: 'pronoun', confidence: found.confidence } : null;
}

/** Referents named in the sentence before token `at`, outside quotations, in order. */
export function referentsBefore(ctx: Context, para: Paragraph, sentence: Sentence, at: number): Placed[] {
  const out: Placed[] = [];
  for (let i = sentence.from; i < at; i++) {
    const m = ctx.mentionAt.get(`${para.index}:${i}`);
    if (!m || m.inQuote) continue;
    const entity = ctx.entities.ofMention.get(m);
    if (entity) out.push({ ref: { type: 'entity', entity }, offset: m.start });
  }
  return out;
}

/** Drops relative clauses, participial phrases and ages: "who asked not to be named", "speaking on…", "58". */
function keepSegment(tokens: readonly Token[], a: number, b: number, named: boolean, last: boolean): boolean {
  const first = tokens[a]!;
  // "28 House members wrote": a count before a noun opens a subject as a number word would.
  // (A whole number only: "13.55 GMT" in a live blog's time stamp counts no one.)
  const count = first.type === 'number' && /^\d{1,3}(?:,\d{3})*$/.test(first.text) && tokens[a + 1]?.type === 'word' && a + 1 < b;
  if (first.type !== 'word' && !count) return false;
  if (['who', 'which', 'whose', 'whom', 'where', 'when'].includes(first.lower)) return false;
  // A name is no participle, whatever its ending ("Browning said", "Fleming told").
  if (FRONTED.has(first.lower) || (isParticiple(tokens, a) && !named && !modifiedSource(tokens, a, b, last))) return false;
  // "the draft, dated May 2, says": a past participle's aside between commas names no one.
  if (!first.cap && isPunct(tokens[a - 1], ',') && /^(?:[a-z]{3,}ed|seen|written|signed|sent|shown)$/.test(first.lower) && !SOURCE_NOUNS.has(first.lower)) return false;
  return b - a <= MAX_SPEAKER_TOKENS;
}

/** "Shipping logs", "Polling data", "housing officials": an "-ing" word that modifies the source noun after it, not a participle. */
function modifiedSource(tokens: readonly Token[], a: number, b: number, last: boolean): boolean {
  // Right before the verb ("Towing logs seen by the paper show"), the noun may carry a qualifier;
  // an aside earlier in the subject ("Quoting letters seen by …, officials said") is a participle.
  if (last && b - a > 2 && SOURCE_NOUNS.has(tokens[a + 1]!.lower)) return true;
  return b - a <= 3 && SOURCE_NOUNS.has(tokens[b - 1]!.lower) && tokens.slice(a + 1, b).every((t) => t.type === 'word' && !PREPOSITIONS.has(t.lower));
}

/** "Speaking at…", "speaking on condition…" (but not "Housing Secretary" or "King"). */
export function isParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return /[a-z]{2,}ing$/.test(t.lower) && !SOURCE_NOUNS.has(t.lower) && (!next || !next.cap);
}

function sentenceOf(ctx: Context, para: Paragraph, token: number): Sentence {
  return para.sentences.find((s) => s.from <= token && token < s.to) ?? para.sentences[0]!;
}

/** The named owner of a possessive before the head noun ("Mr Lee’s" in "Mr Lee’s allies"), as written, and the token after it. */
function possessiveOwner(ctx: Context, para: Paragraph, a: number, head: number): { name: string; after: number } | null {
  for (let i = a; i < head; i++) {
    const t = para.tokens[i]!;
    if (!t.possessive) continue;
    let from = i;
    while (from > a && !ctx.mentionAt.has(`${para.index}:${from}`)) from--;
    const m = ctx.mentionAt.get(`${para.index}:${from}`);
    const entity = m ? ctx.entities.ofMention.get(m) : undefined;
    // Named as the article writes it ("Roe’s campaign", "Ms. Roe’s allies", as the labels name groups): a reader finds the group by those words.
    const written = ctx.doc.text.slice(para.tokens[a]!.start, t.end).replace(/['’]s?$/, '');
    return entity && (entity.kind === 'person' || entity.kind === 'unknown') ? { name: written, after: i + 1 } : null;
  }
  return null;
}

/** Groups a person has, that "his" or "her" can name ("his team said …"). */
const OWNED_GROUPS = new Set(['campaign', 'aides', 'allies', 'advisers', 'advisors', 'supporters', 'lawyers', 'attorneys', 'office', 'team', 'spokesperson', 'spokesman', 'spokeswoman']);

/** "his team", "her lawyers": the person the pronoun stands for, when it resolves to one with confidence. */
function pronounOwner(ctx: Context, para: Paragraph, a: number, head: number): { name: string; after: number } | null {
  const t = para.tokens[a]!;
  if (head !== a + 1 || !/^(?:his|her)$/.test(t.lower) || !OWNED_GROUPS.has(para.tokens[head]!.lower)) return null;
  const sentence = sentenceOf(ctx, para, a);
  // "Vera Holt will visit the port on Friday, her office said": after the clause it reports, the
  // pronoun is the person that clause is about, the first one it names.
  if (a > sentence.from && isPunct(para.tokens[a - 1]!, ',')) {
    // (A name the article never gave a title or role may not be known as a person's: "his" says it is.)
    const first = referentsBefore(ctx, para, sentence, a).find((r) => r.ref.type === 'entity' && (r.ref.entity.kind === 'person' || r.ref.entity.kind === 'unknown'));
    const gender = first?.ref.type === 'entity' ? first.ref.entity.gender : undefined;
    if (first?.ref.type === 'entity' && gender !== (t.lower === 'his' ? 'f' : 'm')) return { name: first.ref.entity.name, after: a + 1 };
  }
  const found = resolvePronoun(ctx, para, sentence, a, t.lower === 'his' ? 'he' : 'she');
  return found && found.confidence >= 0.85 && found.ref.type === 'entity' && found.ref.entity.kind === 'person' ? { name: found.ref.entity.name, after: a + 1 } : null;
}

/** An unnamed source: the first segment, if its head is a source noun. */
function describe(ctx: Context, para: Paragraph, [a, b]: [number, number]): Speaker | null {
  const { tokens } = para;
  let head = -1;
  let whoEnd = -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (head >= 0 && PREPOSITIONS.has(t.lower)) break;
    // "Fees at the port authority", "the fate of the charter": a source noun after another noun's preposition is not what the phrase names.
    if (head < 0 && i > a && PREPOSITIONS.has(t.lower) && headBeforePreposition(tokens[i - 1]!, ctx.initial.has(`${para.index}:${i - 1}`))) return null;
    // "lawmakers who rely on the grants": a relative right after the head (no comma) says which ones; kept as written.
    if (head === i - 1 && t.lower === 'who' && i + 1 < b && !tokens[i + 1]!.cap) {
      whoEnd = b;
      break;
    }
    if (head >= 0 && (t.lower === 'that' || t.lower === 'which' || t.lower === 'who' || FINITE_MARKERS.has(t.lower))) break; // "the panel found that lawmakers …"
    if (head >= 0 && !t.cap && !SOURCE_NOUNS.has(t.lower) && (SPEECH_VERBS.has(t.lower) || complementOf(t.lower) !== undefined)) break; // "aides want the firm to …"
    if ((SOURCE_NOUNS.has(plain(t.text)) || peopleByTrade(t)) && (!t.cap || ctx.initial.has(`${para.index}:${i}`) || /^\p{Lu}{2,}s?$/u.test(t.text) || PARTY_GROUPS.has(t.lower))) head = i;
  }
  if (head < 0) return namedByHead(ctx, para, a, b);
  const previous = b - a === 2 ? previousOrganisation(ctx, para, a, sentenceOf(ctx, para, a)) : undefined;
  if (previous) return previous;
  // "the forum", "the college": bodies that speak of their own, but the one the article named with that noun if there is one.
  if (b - a === 2 && NAMED_BY_HEAD.has(tokens[head]!.lower)) {
    const named = namedByHead(ctx, para, a, b);
    if (named) return named;
  }
  const first = tokens[a]!;
  // "the study’s authors warned": the authors of a document speak for it ("the authors" alone are a group of their own).
  if (/^authors?$/.test(tokens[head]!.lower) && head > a && /['’]s$/.test(tokens[head - 1]!.lower) && DOCUMENT_NOUNS.has(tokens[head - 1]!.lower.slice(0, -2))) {
    const raw = ctx.doc.text.slice(first.start, tokens[head - 1]!.end - 2);
    const text = first.cap && ctx.initial.has(`${para.index}:${a}`) ? raw[0]!.toLowerCase() + raw.slice(1) : raw;
    const definite = DEFINITE.has(first.lower);
    return { ref: ctx.discourse.describe(text, tokens[head - 1]!.lower.slice(0, -2), definite, ctx.entities.entities), how: definite ? 'definite' : 'description', confidence: 0.8 };
  }
  // "Mr Lee’s allies", "the senator’s aides": a group named by whom it belongs to.
  const namedOwner = possessiveOwner(ctx, para, a, head);
  const owner = namedOwner ?? pronounOwner(ctx, para, a, head);
  if (!owner && NOT_NAMES.has(first.lower) && !DEFINITE.has(first.lower) && !POSSESSIVE_DETERMINERS.has(first.lower) && !['a', 'an', 'one', 'two', 'three', 'four', 'several', 'some', 'many', 'others', 'both'].includes(first.lower)) return null;
  // Keep the description up to its head noun and a short qualifier ("close to the negotiations").
  let end = head + 1;
  // "the inspector general", "the attorney general": "general" after the noun is part of the title.
  if (end < b && tokens[end]!.lower === 'general' && /^(?:inspector|attorney|surgeon|secretary|solicitor|auditor|consul)$/.test(tokens[head]!.lower)) end++;
  // "a district judge on Tuesday", "analysts at the time": when is no part of who.
  // "an aide to a senator on the Rules Committee": whom an aide serves says who the source is.
  const toWhom = tokens[end]?.lower === 'to' && (/^(?:aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|assistant|counsel)$/.test(tokens[head]!.lower) || DOCUMENT_NOUNS.has(tokens[head]!.lower));
  // "a survey it ordered from …": a relative without "that" after a document says which one.
  const contact = DOCUMENT_NOUNS.has(tokens[head]!.lower) && /^(?:it|he|she|they|we)$/.test(tokens[end]?.lower ?? '') && /^(?:[a-z]{3,}ed|wrote|sent|saw|made|drew|took)$/.test(tokens[end + 1]?.lower ?? '');
  // "a survey published in May by …": a participle's time is part of its phrase, not when the source spoke.
  const participle = end < b && /^(?:[a-z]{3,}ed|seen|shared|sent|kept|written|drawn|made|held)$/.test(tokens[end]!.lower);
  // "a survey of 300 firms": a count after "of" is no time.
  // "a report commissioned by the council", "data presented by a witness": any participle with its agent says which document.
  // (The list holds some nouns in the plural only: "a letter signed by …" is a document too.)
  const document = DOCUMENT_NOUNS.has(tokens[head]!.lower) || DOCUMENT_NOUNS.has(`${tokens[head]!.lower}s`);
  const agent = document && participle && tokens[end + 1]?.lower === 'by';
  // "a survey of 200 shops": after a document, a number counts what was surveyed, not when.
  const counted = document && tokens[end]?.lower === 'of' && tokens[end + 1]?.type === 'number' && /^[a-z]{3,}$/.test(tokens[end + 2]?.text ?? '') && !WHEN.test(tokens[end + 2]!.lower.replace(/s$/, ''));
  if (end < b && (QUALIFIERS.has(tokens[end]!.lower) || toWhom || contact || agent) && (participle || tokens[end]!.lower === 'of' || !timePhrase(tokens, end + 1))) {
    const start = end;
    end = Math.min(b, end + 6);
    // "people familiar with the harbour board vetting process": a qualifier that runs to the verb a little past the cap is kept whole.
    if (b - start <= 8 && tokens.slice(start, b).every((t, n) => t.type === 'word' && !WHEN.test(t.lower) && !FINITE_MARKERS.has(t.lower) && (n === 0 || !QUALIFIERS.has(t.lower) || /^(?:of|with|by|for)$/.test(t.lower)))) end = b;
    // A name the cap would cut in two ("the Rules | Committee") is kept whole.
    while (end < b && end < start + 9 && tokens[end]!.cap && tokens[end - 1]!.cap) end++;
    // "accounts filed with the harbour office of | the port": nor does the cap end on a preposition or article.
    while (end < b && end < start + 9 && /^(?:of|the|a|an|by|with|for|to|in|at|on)$/.test(tokens[end - 1]!.lower)) end++;
    // "by the website | Trailhead", "from the consulting firm | Dalby Advisory": nor does it cut off the name a noun introduces.
    const named = end < b && tokens[end - 1]!.type === 'word' && !tokens[end - 1]!.cap ? ctx.mentionAt.get(`${para.index}:${end}`) : undefined;
    if (named && !named.inQuote) while (end < b && tokens[end]!.end <= named.end) end++;
    if (agent || counted) {
      // "commissioned by the Lakeside Chamber | of Commerce": an agent's name is kept whole.
      for (let k = start; k < end; k++) {
        const m = ctx.mentionAt.get(`${para.index}:${k}`);
        if (m && !m.inQuote) while (end < b && tokens[end]!.end <= m.end) end++;
      }
    }
    // "people familiar with the port board's vetting | process said": nor does it strand the last word or
    // two of the phrase ("… Ministry of Fisheries | and Oceans").
    const rest = tokens.slice(end, b);
    if (rest.length >= 1 && rest.length <= 2 && rest.every((t) => t.type === 'word' && (t.cap || t.lower === 'and' || /^[a-z]{4,}$/.test(t.text)) && !WHEN.test(t.lower) && !PREPOSITIONS.has(t.lower) && !VERB_ADVERBS.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !/(?:ly|ed)$/.test(t.lower))) end = b;
    // "a memo sent to the mayors and seen by the paper": the qualifier ends where a second one is joined on.
    for (let k = start + 1; k < end; k++) if ((tokens[k]!.lower === 'and' || tokens[k]!.lower === 'but') && (QUALIFIERS.has(tokens[k + 1]?.lower ?? '') || /[a-z]ed$/.test(tokens[k + 1]?.lower ?? ''))) end = k;
  }
  if (whoEnd > end && whoEnd - head <= 12) end = whoEnd;
  let text = ctx.doc.text.slice(first.start, tokens[end - 1]!.end);
  // "two people close to him": the pronoun is someone the article named.
  const last = tokens[end - 1]!;
  if (end - 1 > head && whoEnd < 0 && (last.lower === 'him' || last.lower === 'her')) {
    // Within its own sentence first ("Ellison believes …, according to two people close to him").
    const sentence = sentenceOf(ctx, para, a);
    const who = ctx.discourse.resolve(last.lower === 'him' ? 'he' : 'she', sentence.index, true, referentsBefore(ctx, para, sentence, end - 1));
    if (who) text = `${ctx.doc.text.slice(first.start, last.start)}${referentName(who.ref)}`;
  }
  // "Pellow’s campaign" stays as written: the group is known by the form the story gives its owner
  // ("Mr Lee’s allies"), not the owner's full name from an earlier sentence. Only "his"/"her" needs the name.
  if (owner && !namedOwner) text = `${owner.name}’s ${ctx.doc.text.slice(tokens[owner.after]!.start, tokens[end - 1]!.end)}`;
  // An acronym ("MPs said") keeps its capitals at a sentence's start too.
  const lowerFirst = !owner && first.cap && !/^\p{Lu}{2}/u.test(first.text) && !PARTY_GROUPS.has(first.lower) && !(tokens[a + 1]?.cap && a + 1 <= head && !NOT_NAMES.has(first.lower)) && ctx.initial.has(`${para.index}:${a}`) && !ctx.mentionAt.has(`${para.index}:${a}`) && !stateOfDemonym(first.text);
  if (lowerFirst) text = text[0]!.toLowerCase() + text.slice(1);
  const proper = properInstitutionName(ctx.doc.text, text);
  // The article names the body elsewhere: the speaker is that actor, not an unnamed source.
  const named = proper ? ctx.entities.entities.find((e) => e.name === proper || e.forms.has(proper)) : undefined;
  if (named) return { ref: { type: 'entity', entity: named }, how: 'name', confidence: 0.9 };
  text = proper ?? text;
  // "two of the officials" refers back to the officials already described, like "the officials".
  const partitive = tokens.slice(a, head).some((t, k) => t.lower === 'of' && DEFINITE.has(tokens[a + k + 1]?.lower ?? ''));
  const definite = DEFINITE.has(first.lower) || partitive;
  // "The manager replied" after "asked a depot manager if …": the person first described as an object.
  const firstMet = definite && head === a + 1 && !partitive ? earlierIndefinite(ctx, para, a, tokens[head]!.lower) : undefined;
  const ref = ctx.discourse.describe(firstMet ?? text, plain(tokens[head]!.text), !firstMet && definite, ctx.entities.entities);
  const how = definite ? 'definite' : 'description';
  return { ref, how, confidence: definite ? 0.85 : 0.9 };
}
