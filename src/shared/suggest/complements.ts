/**
 * Cues whose complement is not a "that" clause: "urged the ministers to reopen talks", "asked
 * whether the savings were real", "denied the existence of any deal", "promised a closer review",
 * "called the plan a failure", "accused Beijing of …", "described China as …", "warned of
 * shutdown". The complement is reported as written after the cue, its object included. Stances
 * (beliefs, wishes, findings, support: "believes …", "want …", "found that …", "backed …") are
 * read the same way and marked as not speech.
 */
import type { Paragraph, Sentence } from './document';
import { clauseEnd } from './clauseBounds';
import { ROLE_HEADS, SOURCE_NOUNS, SPEECH_VERBS } from './lexicon';
import { isPunct, titleDot, type Token } from './tokens';

/** What a complement cue needs after it. */
type Shape =
  | 'object-to' // urged the ministers to …, ordered the Legislature to …
  | 'whether' // asked whether …, questioned if …
  | 'noun' // denied the existence of …, rejected the criticism
  | 'after-for' // called for an inquiry, pressed for a pay review
  | 'to-or-noun' // promised a closer review / pledged to build …
  | 'to' // offered to remove …
  | 'of-against' // warned of shutdown, warned against …
  | 'object-of' // accused Beijing of …
  | 'object-as' // described China as …
  | 'object-predicate' // called the plan a failure, called the bill “a gift …”
  | 'clause-or-noun' // believes the plan will fail, want an inquiry
  | 'that'; // found that …, records show that … (read as a "that" clause elsewhere)

export interface Complement {
  shape: Shape;
  stance: boolean;
}

const forms = (stems: string, shape: Shape, stance = false): [string, Complement][] => stems.split(' ').map((w) => [w, { shape, stance }]);

/** Verb forms, lower case, and the complement each takes. */
const COMPLEMENT_VERBS = new Map<string, Complement>([
  ...forms('urge urges urged urging order orders ordered ordering press presses pressed implore implored instruct instructs instructed encourage encourages encouraged advise advises advised', 'object-to'),
  // "told the pilots to wait for the tide" ("told X that …" is read as a clause elsewhere).
  ...forms('tell tells told telling', 'object-to'),
  ...forms('question questions questioned questioning wonder wonders wondered', 'whether'),
  ...forms('deny denies denied denying reject rejects rejected rejecting dispute disputes disputed blame blames blamed blaming dismiss dismisses dismissed dismissing', 'noun'),
  ...forms('promise promises promised promising pledge pledged pledging vow vows vowed vowing demand demands demanded demanding', 'to-or-noun'),
  ...forms('offer offers offered offering', 'to'),
  ...forms('warn warns warned warning caution cautions cautioned cautioning', 'of-against'),
  ...forms('accuse accuses accused accusing', 'object-of'),
  ...forms('describe describes described describing', 'object-as'),
  ...forms('call calls called calling brand brands branded branding', 'object-predicate'),
  ...forms('believe believes believed believing think thinks fear fears feared', 'clause-or-noun', true),
  ...forms('hope hopes hoped', 'to', true),
  ...forms('want wants wanted', 'to-or-noun', true),
  ...forms('back backs backed endorse endorses endorsed', 'noun', true),
  ...forms('find finds found conclude concludes concluded estimate estimates estimated', 'that', true),
  // "economists expect the closure to cost …" ("expect that …" is read as a clause elsewhere).
  ...forms('expect expects expected', 'object-to', true),
  ...forms('show shows showed', 'that'),
]);

/** Words after a headline's verb that open no object ("hits back at critics", "backs down"). */
const HEADLINE_NOT_OBJECT = /^(?:at|on|in|of|off|down|away|up|out|over|from|to|into|with|for|after|as|against)$/;

/** Verbs whose request follows "for": "called for", "pressed for", "pleaded for" ("asked for" is as often a meeting or a comment). */
const FOR_VERBS = /^(?:call|calls|called|calling|press|presses|pressed|pressing|plead|pleads|pleaded|pleading)$/;
/** What "asked for" or "called for" takes that is no request reported: a reporter's question, a need. */
const NOT_ASKED_FOR = /^(?:comment|comments|anonymity|it|this|that|years|months|decades|weeks|days|now)$/;

/** "asked": "asked whether …" or "asked X to …". */
const ASK = new Set(['ask', 'asks', 'asked', 'asking']);

/** The complement a verb form takes, if it is a complement cue. */
export function complementOf(verb: string): Complement | undefined {
  return ASK.has(verb) ? { shape: 'whether', stance: false } : COMPLEMENT_VERBS.get(verb);
}

/** A speech verb whose object may be a noun phrase ("promised …", "denied …", "demanded …"). */
export function takesNounPhrase(verb: string): boolean {
  const c = COMPLEMENT_VERBS.get(verb);
  return c !== undefined && !c.stance && (c.shape === 'noun' || c.shape === 'to-or-noun');
}

/** True when the verb form reports a stance (a belief, wish, finding or support), not speech. */
export const isStanceVerb = (verb: string): boolean => COMPLEMENT_VERBS.get(verb)?.stance === true;

/** "back" is a verb of support only after its subject ("Farm groups back …", "Dockers union backs …", "has backed"), not in "came back", "won back". */
export function supportVerbHere(tokens: readonly Token[], verb: number, heading = false): boolean {
  if (!/^back(?:s|ed)?$/.test(tokens[verb]!.lower)) return true;
  // "Harbour council backs toll rise": in a headline "backs" after a lower-case noun is the verb.
  if (heading && tokens[verb]!.lower === 'backs' && tokens[verb - 1]?.type === 'word' && !/^(?:is|was|has|does|its|his|her|their)$/.test(tokens[verb - 1]!.lower)) return true;
  // "The union, which represents 4,000 farms, (broadly) backs …": the subject's relative aside ends at the comma.
  const before = /^[a-z]{3,}ly$/.test(tokens[verb - 1]?.text ?? '') ? verb - 2 : verb - 1;
  if (isPunct(tokens[before], ',') && relativeAsideEndsAt(tokens, before)) return true;
  const prev = tokens[verb - 1];
  if (!prev || prev.type !== 'word') return false;
  return prev.cap || /^(?:has|have|had|also|strongly|publicly|now|all|both)$/.test(prev.lower) || (/[^s]s$/.test(prev.lower) && !/^(?:is|was|has|does|this|its|his|us)$/.test(prev.lower)) || (/s$/.test(tokens[verb]!.lower) && SOURCE_NOUNS.has(prev.lower));
}

/** True when "by N votes" or "by N to M" follows within a few words of `from`: the verb reports a vote. */
function voteTallyAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 10) - 2; k++) {
    if (tokens[k]!.lower !== 'by' || !/^(?:\d+|[a-z]+)$/.test(tokens[k + 1]!.lower)) continue;
    if (/^votes?$/.test(tokens[k + 2]!.lower) || (tokens[k + 2]!.lower === 'to' && /^\d/.test(tokens[k + 1]!.text))) return true;
  }
  return false;
}

/** True when the comma at `comma` closes an aside opened by ", which", ", who" or an appositive's article a few words before, with no comma between. */
function relativeAsideEndsAt(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k > 0 && k >= comma - 16; k--) {
    const t = tokens[k]!;
    if (isPunct(t, ',')) return false;
    if ((t.lower === 'which' || t.lower === 'who') && isPunct(tokens[k - 1], ',')) return k < comma - 2;
    // "The Ferry Owners Guild, a trade body, backs …": an appositive after a capitalised subject.
    if (/^(?:a|an|the|its)$/.test(t.lower) && isPunct(tokens[k - 1], ',') && tokens[k - 2]?.cap === true) return k < comma - 1;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'all', 'its', 'his', 'her', 'their', 'our', 'my', 'this', 'these', 'those', 'that', 'some', 'no', 'every', 'each', 'more', 'further', 'new', 'both', 'such']);
const OPENING_MARKS = /^[“‘"'«„]$/;
/** A currency sign opens an amount ("backs £9 fee", "demanded $3 million"). */
const CURRENCY = /^[£$€]$/;
/** The most words between a verb and the "to", "of" or "as" its object leads to. */
const MAX_OBJECT = 8;

/**
 * The complement of the cue at token `verb` (ending at `verbEnd`), or null when the words after it
 * do not have the shape the verb needs. `that`-clauses are read elsewhere.
 */
export function complementClause(para: Paragraph, sentence: Sentence, verb: number, verbEnd: number): { from: number; to: number; stance: boolean } | null {
  const { tokens } = para;
  const lower = tokens[verb]!.lower;
  let from = verbEnd;
  let c = complementOf(lower);
  if (/^call(?:s|ed|ing)?$/.test(lower) && tokens[verbEnd]?.lower === 'on') {
    c = { shape: 'object-to', stance: false };
    from = verbEnd + 1;
  }
  // "called for a fresh survey of the quay": what was asked for, "for" left out (as "that" is).
  if (FOR_VERBS.test(lower) && tokens[verbEnd]?.lower === 'for') {
    c = { shape: 'after-for', stance: false };
    from = verbEnd + 1;
  }
  if (!c) return null;
  // "vowed Tuesday to block …", "urged on Monday …": when it was said comes before what.
  if (WHEN.has(tokens[from]?.lower ?? '') && tokens[from]!.cap) from++;
  else if (/^(?:on|last|this)$/.test(tokens[from]?.lower ?? '') && WHEN.has(tokens[from + 1]?.lower ?? '')) from += 2;
  const first = tokens[from];
  // "called that forecast “a guess”", "called that ‘a fair price’": after a naming verb "that" is the object, never a clause's "that".
  const thatObject = c.shape === 'object-predicate' && first?.lower === 'that';
  if (!first || from >= sentence.to || (first.lower === 'that' && !thatObject) || (isPunct(first) && !OPENING_MARKS.test(first.text) && !CURRENCY.test(first.text))) return null;
  if (!fits(tokens, sentence, from, c.shape, lower, para.heading)) return null;
  if (/^dismiss/.test(lower) && !dismissesWords(tokens, sentence, from)) return null;
  // "MPs backed the bill by 300 votes to 200": a vote's tally says it was a vote, not a stated stance.
  if (/^(?:back|endorse)/.test(lower) && voteTallyAfter(tokens, from, sentence.to)) return null;
  let to = trimTimeAdverbial(tokens, from, nounPhraseEnd(tokens, para.quoteOf, c.shape, from, clauseEnd(para, sentence, from)));
  // "backs Quenby in the mayor's race": whom a stance supports is the name; where and when are the writer's.
  if (c.stance && c.shape === 'noun') to = Math.min(to, namedObjectEnd(tokens, from, to));
  // "has pressed for a pay review since June": how long it has been asked for is the writer's.
  if (c.shape === 'after-for') to = sinceEnd(tokens, para.quoteOf, from, to);
  // "call pay deal ‘a disgrace’ and vote to walk out": a quoted predicate closes what was called.
  if (c.shape === 'object-predicate') {
    // "what she called “…”", "which they called a “…” plan": the relative took the object; the words are a direct quote.
    if (namingWhat(para, sentence, verb) >= 0) return null;
    to = Math.min(to, quotedPredicateEnd(para.quoteOf, from, to));
    // "a toll that drivers called ‘robbery’": no object before the quotation (the relative took it), so the words are a direct quote.
    if (para.quoteOf[from]! >= 0 && para.quoteOf[to - 1] === para.quoteOf[from]) return null;
  }
  // "described the fees as “a tax on weather”" stays a complement (the labelling convention); only "accused X of “…”" gives the words alone.
  if (c.shape === 'object-of' && onlyAFragment(para, sentence, from, to, 'of')) return null;
  return to - from >= 1 && !(to - from === 1 && tokens[from]!.type === 'punct') ? { from, to, stance: c.stance } : null;
}

/** What a court or a board dismisses ("the lawsuit", "the charges", "its chief executive") is an act, not words answered. */
const DISMISSED_ACTS = /^(?:case|cases|lawsuit|lawsuits|suit|suits|charge|charges|indictment|appeal|appeals|petition|motion|complaint|jury|staff|employees|workers|players)$/;

/**
 * "dismissed the pledge", "dismissed the album as …": rejecting what others said or did. Not
 * "dismissed the lawsuit" (a ruling) or "dismissed its coach" (a sacking): a legal act or a person
 * in the object's first words.
 */
function dismissesWords(tokens: readonly Token[], sentence: Sentence, from: number): boolean {
  for (let k = from; k < sentence.to && k < from + 4 && !isPunct(tokens[k]!); k++) {
    const t = tokens[k]!;
    if (DISMISSED_ACTS.test(t.lower) || ROLE_HEADS.has(t.lower) || (k > from && t.lower === 'as')) return !DISMISSED_ACTS.test(t.lower) && !ROLE_HEADS.has(t.lower);
  }
  return !(tokens[from]!.cap && tokens[from + 1]?.cap);
}

/** Just past the first quotation in `[from, to)`, or `to` when there is none. */
function quotedPredicateEnd(quoteOf: readonly number[], from: number, to: number): number {
  let k = from;
  while (k < to && quoteOf[k]! < 0) k++;
  if (k >= to) return to;
  const q = quoteOf[k]!;
  while (k < to && quoteOf[k] === q) k++;
  return k;
}

/**
 * The end of a capitalised name object followed by "in", "for", "as" or "at", or `to`. The office
 * someone is endorsed for goes with the name ("endorsed Ada Roe for mayor"): it says what the support is.
 */
function namedObjectEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && tokens[k]!.type === 'word' && tokens[k]!.cap && !tokens[k]!.possessive) k++;
  if (k > from && k + 1 < to && tokens[k]!.lower === 'for' && OFFICES.has(tokens[k + 1]!.lower)) return k + 2;
  return k > from && k < to && /^(?:in|for|as|at)$/.test(tokens[k]!.lower) ? k : to;
}

/** Elected offices, written bare after "for" ("for mayor", "for governor"). */
const OFFICES = new Set(['mayor', 'governor', 'president', 'senator', 'senate', 'congress', 'parliament', 'chancellor', 'premier', 'leader', 'chair', 'council', 'sheriff', 'attorney', 'office', 'reelection', 're-election']);

function fits(tokens: readonly Token[], sentence: Sentence, from: number, shape: Shape, verb: string, heading: boolean): boolean {
  const first = tokens[from]!;
  const ahead = (word: string) => wordAhead(tokens, sentence, from, word);
  switch (shape) {
    case 'object-to': {
      const to = ahead('to');
      // "told reporters on the way to the quay": after "told", "to" must open a verb.
      return to > from && (!/^tell/.test(verb) && verb !== 'told' ? true : bareVerb(tokens[to + 1]));
    }
    case 'whether':
      // "asked whether …", "asked the court to …"; not "asked not to be named", "asked for more time".
      return first.lower === 'whether' || first.lower === 'if' || ahead('whether') > from || (ASK.has(verb) && ahead('to') > from && nounStart(first) && !PRONOUN_SUBJECT.has(first.lower) && first.lower !== 'that');
    case 'noun':
      // A headline drops the object's article ("backs mooring fees", "back ferry levy", "backs £9 fee");
      // only support is read so ("Harbour board rejects ferry deal" is a vote, not words).
      return nounStart(first) || (heading && isStanceVerb(verb) && ((first.type === 'word' && !HEADLINE_NOT_OBJECT.test(first.lower)) || CURRENCY.test(first.text)));
    case 'after-for':
      // "called for doubling the fleet", "pressed for calm" (but not "asked for comment", "called for the first time").
      return (first.type === 'word' || first.type === 'number' || OPENING_MARKS.test(first.text)) && !NOT_ASKED_FOR.test(first.lower) && !(first.lower === 'the' && /^(?:first|second|third|last)$/.test(tokens[from + 1]?.lower ?? ''));
    case 'to-or-noun':
      return first.lower === 'to' || nounStart(first) || (verb.startsWith('want') && ahead('to') > from);
    case 'to':
      return first.lower === 'to';
    case 'of-against':
      // "warned of shutdown", "warns ferry operators over fares".
      // "warned voters against “a mayor who …”": an object, then "against".
      return first.lower === 'of' || first.lower === 'against' || (first.cap && ahead('over') > from) || (nounStart(first) && first.lower !== 'that' && ahead('against') > from && ahead('against') <= from + 3);
    case 'object-of':
      return ahead('of') > from;
    case 'object-as':
      return ahead('as') > from;
    case 'object-predicate': {
      // "called the plan a failure", "called the bill “a gift …”": an object, then a second noun phrase.
      // After a pronoun object, "the" opens the predicate ("called it the worst budget in years").
      if (/^(?:it|him|her|them)$/.test(first.lower) && tokens[from + 1]?.lower === 'the') return true;
      for (let k = from + 1; k < sentence.to && k < from + MAX_OBJECT; k++) {
        const t = tokens[k]!;
        // "called Mr. Roe “…”": a title's full stop does not end the object.
        if (titleDot(tokens, k)) continue;
        // A headline drops the object's article ("call pay offer ‘an insult’").
        if (OPENING_MARKS.test(t.text) && t.type === 'punct') return nounStart(first) || first.cap || (heading && first.type === 'word');
        if ((t.lower === 'a' || t.lower === 'an') && k > from) return nounStart(first) || first.cap;
        if (isPunct(t) || t.lower === 'for' || t.lower === 'to') return false;
      }
      return false;
    }
    case 'clause-or-noun':
      return nounStart(first) || first.type === 'number';
    case 'that':
      return false;
  }
}

/**
 * "accused ministers of “emptying the harbour for good”", "… of having “no plan”": what follows
 * "of" is the speaker's quoted words and nothing else, so they are a direct quote of the speaker,
 * not a reported complement (the labelling convention). "of “wrecking” the plan" stays a complement.
 */
function onlyAFragment(para: Paragraph, sentence: Sentence, from: number, to: number, word: string): boolean {
  const { tokens, quoteOf } = para;
  let k = wordAhead(tokens, sentence, from, word) + 1;
  if (k <= 0) return false;
  if (quoteOf[k]! < 0 && tokens[k]?.type === 'word' && !DETERMINERS.has(tokens[k]!.lower)) k++; // "of having “…”"
  const q = quoteOf[k] ?? -1;
  if (q < 0 || k >= to) return false;
  let j = k;
  while (j < to && quoteOf[j] === q) j++;
  // "of “changing the terms” at the last minute": when it was said is the writer's, not part of the words.
  return j === to || (to - j <= 5 && /^(?:at|on|in|during|last|this|earlier|late)$/.test(tokens[j]!.lower) && tokens.slice(j + 1, to).every((t) => (t.type !== 'punct' && !t.cap) || TIME_CAPS.test(t.text)));
}

const TIME_CAPS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const COMPARATIVES = new Set(['closer', 'greater', 'tougher', 'stronger', 'better', 'higher', 'lower', 'bigger', 'faster', 'deeper', 'wider', 'fewer', 'less', 'full', 'urgent', 'immediate']);
const PRONOUN_SUBJECT = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** A lower-case word that can be a verb's bare form after "to" (not an article, a name or a number). */
function bareVerb(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && !t.cap && !DETERMINERS.has(t.lower) && !/^(?:his|her|their|its|my|our|your)$/.test(t.lower) && !/ing$/.test(t.lower);
}

/** A word that can open the noun phrase or clause after a verb. */
function nounStart(t: Token): boolean {
  if (t.type === 'number') return true;
  if (t.type !== 'word') return OPENING_MARKS.test(t.text);
  // "promised closer ties", "vowed tougher action": a comparative opens a noun phrase too.
  return DETERMINERS.has(t.lower) || t.cap || PRONOUN_SUBJECT.has(t.lower) || /^(?:him|them|us|me|ministers|officials|members|lawmakers|voters|everyone|nothing|any)$/.test(t.lower) || COMPARATIVES.has(t.lower);
}

/** The index of `word` within a short object after `from`, or -1 (punctuation other than quotation marks stops the search). */
function wordAhead(tokens: readonly Token[], sentence: Sentence, from: number, word: string): number {
  for (let k = from; k < sentence.to && k <= from + MAX_OBJECT; k++) {
    const t = tokens[k]!;
    if (t.lower === word) return k;
    if (t.type === 'punct' && !OPENING_MARKS.test(t.text) && !/^[”’"'»]$/.test(t.text)) return -1;
  }
  return -1;
}

/** The index of a "since" in the last few words of `[from, to)` outside quotation marks, or `to`. */
function sinceEnd(tokens: readonly Token[], quoteOf: readonly number[], from: number, to: number): number {
  for (let k = Math.max(from + 1, to - 4); k < to; k++) if (tokens[k]!.lower === 'since' && quoteOf[k]! < 0) return k;
  return to;
}

const WHEN = new Set('monday tuesday wednesday thursday friday saturday sunday week month year weekend night morning evening afternoon'.split(' '));

/** Drops a trailing "on Monday", "last week", "yesterday": when the cue was spoken, not what it reports. */
function trimTimeAdverbial(tokens: readonly Token[], from: number, to: number): number {
  const last = tokens[to - 1];
  if (!last || to - from < 3) return to;
  if (/^(?:yesterday|today|tonight)$/.test(last.lower)) return to - 1;
  if (WHEN.has(last.lower) && /^(?:on|last|this|next|late|early|that)$/.test(tokens[to - 2]!.lower)) return to - 2;
  return to;
}

const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'which', 'who', 'as', 'so']);

/**
 * A noun phrase ends at its first comma outside quotation marks ("backed the deal, its president
 * said"); any complement ends at a comma before a new clause ("…, and a group of senators wrote").
 */
function nounPhraseEnd(tokens: readonly Token[], quoteOf: readonly number[], shape: Shape, from: number, to: number): number {
  const nounOnly = shape === 'noun' || shape === 'after-for';
  const participleCue = (w: string) => /ing$/.test(w) && SPEECH_VERBS.has(w);
  for (let k = from + 1; k < to; k++) {
    // "backs the toll and has hired a lobbyist": a noun phrase ends where its subject's next verb starts.
    if (nounOnly && quoteOf[k]! < 0 && /^(?:and|but)$/.test(tokens[k]!.lower) && secondVerb(tokens[k + 1])) return k;
    if (!isPunct(tokens[k], ',')) continue;
    // "…to “hold the line,” warning that …": the comma inside the closing mark ends the words too.
    if (quoteOf[k]! >= 0) {
      if (k + 2 < to && quoteOf[k + 1] === quoteOf[k] && isPunct(tokens[k + 1]) && participleCue(tokens[k + 2]!.lower)) return k + 2;
      continue;
    }
    const next = tokens[k + 1]?.lower ?? '';
    // "urged pilots to “hold the line,” warning that …": a participle cue after the comma reports a clause of its own.
    if (nounOnly || CLAUSE_JOINS.has(next) || participleCue(next)) return k;
  }
  return to;
}

/** A verb of the subject's own after "and": an auxiliary ("has hired") or a cue ("and wants a vote", "and said"). */
function secondVerb(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && !t.cap && (/^(?:has|have|had|is|are|was|were|will|would|says|said)$/.test(t.lower) || COMPLEMENT_VERBS.has(t.lower) || SPEECH_VERBS.has(t.lower));
}

/** The index of "what" or "which" a few words before a naming verb followed by a quotation ("what she called “…”", "which they called “…”"), or -1. */
export function namingWhat(para: Paragraph, sentence: Sentence, i: number): number {
  const { tokens, quoteOf } = para;
  // "what she called a “half-built” scheme", "what he called their “quiet courage”".
  const q = /^(?:a|an|their|his|her|its|our|the)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if (!/^(?:call|calls|called|dubbed|branded|termed|labelled|labeled)$/.test(tokens[i]!.lower) || quoteOf[q] === undefined || quoteOf[q]! < 0) return -1;
  for (let k = i - 2; k >= sentence.from && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (quoteOf[k]! >= 0) return -1;
    if ((t.lower === 'what' || t.lower === 'which') && !t.cap) return k;
  }
  return -1;
}
