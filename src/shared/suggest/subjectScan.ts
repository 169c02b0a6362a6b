/**
 * The walk back from a reporting verb over its subject, split from cues.ts: where the subject starts,
 * over titles, relatives, participial and appositive asides ("The audit, ordered by the board after
 * the flood, said"), and why the walk stopped (a quotation, a subordinator, a clause before a comma).
 */
import { isClauseLike } from './clauseBounds';
import { stateOfDemonym } from './data/demonyms';
import type { Paragraph, Sentence } from './document';
import { DOCUMENT_NOUNS, FINITE_MARKERS, IRREGULAR_PAST, SUBORDINATORS, VERB_ADVERBS } from './lexicon';
import { isParticiple } from './nounPhrase';
import { isTitle } from './reportedClause';
import { restrictiveRelative } from './subjectParts';
import { isPunct, type Token } from './tokens';

/** Where a walk back over a verb's subject stopped, and why. */
export interface Scan {
  from: number;
  stop: 'start' | 'quote' | 'sub' | 'clause-comma' | 'punct';
  /** Index of the stopping token. */
  at: number;
  quote: number;
}

export const PRONOUN = /^(?:he|she|they|we|i)$/;

/** Only adverbs ("also", "has repeatedly") stand between `k` and the verb. */
export function skipsToVerb(tokens: readonly Token[], k: number, verb: number): boolean {
  for (let j = k; j < verb; j++) if (!VERB_ADVERBS.has(tokens[j]!.lower)) return false;
  return true;
}

/** Walks back from a verb over its subject, skipping "who …" and participial asides. */
export function scanSubject(para: Paragraph, sentence: Sentence, verb: number): Scan {
  const { tokens, quoteOf } = para;
  let i = verb - 1;
  while (i >= sentence.from && VERB_ADVERBS.has(tokens[i]!.lower) && quoteOf[i]! < 0) i--;
  while (i >= sentence.from) {
    const t = tokens[i]!;
    if (quoteOf[i]! >= 0) {
      // "The newspaper »Bergpost« reported …": a title named by the noun before it is part of the subject.
      let open = i;
      while (open > sentence.from && quoteOf[open - 1] === quoteOf[i]) open--;
      const before = tokens[open - 1];
      if (open > sentence.from && before?.type === 'word' && !before.cap && quoteOf[open - 1]! < 0 && (isTitle(para, open) || namedAfterParticiple(para, open))) {
        i = open - 1;
        continue;
      }
      return { from: i + 1, stop: 'quote', at: i, quote: quoteOf[i]! };
    }
    if (isPunct(t, ';') || isPunct(t, ':')) return { from: i + 1, stop: 'punct', at: i, quote: -1 };
    // "A memo drafted by port staff and seen by the Clarion says": "and" joins two participles of the subject, not two clauses.
    // "Italian and German freight companies warned": "and" between two nationalities joins no clause either.
    // "Department for Harbours, Ferries and Piers said": an "and" between capitals is inside a name.
    const joinsPhrase = t.lower === 'and' && (participleAfter(tokens, i + 1, verb) || secondParticiple(tokens, sentence.from, i, verb) || (tokens[i - 1]?.cap === true && tokens[i + 1]?.cap === true) || (stateOfDemonym(tokens[i - 1]?.text ?? '') !== undefined && stateOfDemonym(tokens[i + 1]?.text ?? '') !== undefined));
    // "ferry logs since spring indicate": "since then" is an adverb of the subject, no subordinate clause.
    const adverb = t.lower === 'since' && tokens[i + 1]?.lower === 'then';
    if (t.type === 'word' && SUBORDINATORS.has(t.lower) && !joinsPhrase && !adverb && !restrictiveRelative(para, i, verb)) return { from: i + 1, stop: 'sub', at: i, quote: -1 };
    if (isPunct(t, ',') || isPunct(t, '—') || isPunct(t, '–')) {
      let j = i - 1;
      while (j >= sentence.from && quoteOf[j]! < 0 && !isPunct(tokens[j]!, ',') && !isPunct(tokens[j]!, '—') && !isPunct(tokens[j]!, '–') && !isPunct(tokens[j]!, ';')) j--;
      if (j === i - 1 && j >= sentence.from && quoteOf[j]! >= 0) {
        // "The review, titled “Held in Reserve”, concluded": a title the aside names is part of the subject.
        let open = j;
        while (open > sentence.from && quoteOf[open - 1] === quoteOf[j]) open--;
        if (open > sentence.from && namedAfterParticiple(para, open)) {
          i = open - 1;
          continue;
        }
        return { from: i + 1, stop: 'quote', at: j, quote: quoteOf[j]! };
      }
      if (fragmentBeforeTrailingCue(para, sentence, j, i, verb)) return { from: i + 1, stop: 'clause-comma', at: i, quote: -1 };
      const first = tokens[j + 1]!;
      // "Marr, a former officer who served two tours …, urged": an appositive with a relative clause, however long.
      // So is "Roe, the council president and a former clerk who …" and "Roe, Tarnland’s port minister and a former captain who …".
      const appositive = (first.lower === 'a' || first.lower === 'an' || ((first.lower === 'the' || (first.possessive && first.cap)) && tokens.slice(j + 2, i).some((w, n) => w.lower === 'and' && /^(?:a|an)$/.test(tokens[j + 3 + n]?.lower ?? '')))) && tokens.slice(j + 1, i).some((w, n) => w.lower === 'who' || w.lower === 'whose' || bodyRelative(tokens, j + 1 + n));
      const aside = ['who', 'which', 'whose', 'whom'].includes(first.lower) || isParticiple(tokens, j + 1) || first.lower === 'asked' || appositive || passiveAside(tokens, j + 1, i) || (isPunct(tokens[j], ',') && thatAppositive(para, sentence, j, i));
      // A headline's "Dredging plan is …, aides say": its first "-ing" word is an adjective, not a participle aside.
      const headline = headlineReport(para, sentence, j + 1, i, verb);
      const clauseLike = isClauseLike(tokens, j + 1, i) && !documentWithParticiple(tokens, j + 1, i);
      if ((!aside || (headline && isParticiple(tokens, j + 1) && clauseLike)) && (headline || clauseLike)) {
        // "The guild, which speaks for bakers, grocers and butchers and is the oldest …, endorsed":
        // a comma inside the subject's relative clause; the whole relative is the aside.
        const relative = mainVerbOpens(tokens, j + 1) ? -1 : relativeOfSubject(para, sentence, j);
        if (relative < 0) return { from: i + 1, stop: 'clause-comma', at: i, quote: -1 };
        i = relative;
        continue;
      }
      // "…declined to comment, but two officials, speaking …, said": the subject starts after the conjunction.
      if (['but', 'and', 'yet'].includes(first.lower) && j + 2 < i && tokens.slice(j + 2, i).every((w) => w.type !== 'punct' && !FINITE_MARKERS.has(w.lower) && !/[a-z]{3,}ed$/.test(w.lower))) return { from: j + 2, stop: 'punct', at: j + 1, quote: -1 };
      // "Speaking on the BBC’s “Today” programme, she said …": a pronoun after the comma is the whole subject.
      if (i + 1 < verb && PRONOUN.test(tokens[i + 1]!.lower) && skipsToVerb(tokens, i + 2, verb)) return { from: i + 1, stop: 'punct', at: i, quote: -1 };
      i = j;
      continue;
    }
    i--;
  }
  return { from: sentence.from, stop: 'start', at: sentence.from, quote: -1 };
}

/** "a research group that favors …", "a charity that runs …": "that" after a body's noun opens a relative about that body. */
function bodyRelative(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k - 1];
  return tokens[k]!.lower === 'that' && head !== undefined && !head.cap && BODY_NOUNS.has(head.lower);
}

/** Bodies an appositive names ("a Washington research group that …"): not "a move that …", which is an aside on a clause. */
const BODY_NOUNS = new Set(['group', 'organization', 'organisation', 'company', 'firm', 'charity', 'nonprofit', 'institute', 'coalition', 'association', 'union', 'agency', 'council', 'committee', 'body', 'think', 'tank', 'foundation', 'network', 'alliance', 'federation', 'trust', 'consultancy', 'campaign']);

/**
 * "Roe has told aides the levy would “sink the harbour” for years, the official said.": words of the
 * writer's after the quotation, then a comma and a short subject whose verb ends the sentence, make
 * the quotation a fragment inside a reported clause, not the words the cue attributes.
 */
function fragmentBeforeTrailingCue(para: Paragraph, sentence: Sentence, j: number, comma: number, verb: number): boolean {
  const { tokens, quoteOf } = para;
  if (j < sentence.from || quoteOf[j]! < 0 || j >= comma - 1 || isPunct(tokens[j + 1]!) || verb - comma > 5) return false;
  for (let k = j + 1; k < comma; k++) if (tokens[k]!.type === 'punct' || quoteOf[k]! >= 0) return false;
  for (let k = comma + 1; k < verb; k++) if (tokens[k]!.type !== 'word' || /^(?:who|which|whose)$/.test(tokens[k]!.lower)) return false;
  const after = tokens[verb + 1];
  return verb + 1 >= sentence.to || (after !== undefined && (isPunct(after, '.') || isPunct(after, ',')));
}

/**
 * "Harbour board shuts gate for repairs, engineers say", "Ferry fares up, documents show": a headline
 * that ends with its source and verb reports all it says before the comma (three words or more,
 * so a list's "Unions, employers say …" stays a subject), whatever verb the report has or drops.
 */
function headlineReport(para: Paragraph, sentence: Sentence, from: number, comma: number, verb: number): boolean {
  if (!para.heading || comma - from < 3 || verb - comma > 4) return false;
  for (let k = verb + 1; k < sentence.to; k++) if (para.tokens[k]!.type === 'word' || para.quoteOf[k]! >= 0) return false;
  return true;
}

/**
 * "A study commissioned by the port, titled “Below the Tide,” found …": a short quotation after
 * "titled" or "entitled" is the name of the noun before it, part of the subject, however its
 * small words are cased.
 */
function namedAfterParticiple(para: Paragraph, open: number): boolean {
  if (!/^(?:titled|entitled)$/.test(para.tokens[open - 1]!.lower)) return false;
  const q = para.quoteOf[open]!;
  let words = 0;
  for (let k = open; k < para.tokens.length && para.quoteOf[k] === q; k++) if (para.tokens[k]!.type === 'word' && ++words > 8) return false;
  return words > 0 && para.tokens[open + 1]?.cap === true;
}

/** "…, was sold", "…, opposes every …", "…, has kept": a segment opening with a verb is the subject's own clause, not more of an aside. */
function mainVerbOpens(tokens: readonly Token[], from: number): boolean {
  let k = from;
  // "…, firmly backs the …": an adverb before the verb.
  while (tokens[k]?.type === 'word' && !tokens[k]!.cap && /[a-z]{3,}ly$/.test(tokens[k]!.lower) && k < from + 2) k++;
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.cap) return false;
  if (FINITE_MARKERS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /[a-z]{3,}ed$/.test(t.lower) || VERB_ADVERBS.has(t.lower)) return true;
  return /[^su']s$/.test(t.lower) && /^(?:the|a|an|any|all|its|his|her|their|this|these|those|no|some|every)$/.test(tokens[k + 1]?.lower ?? '');
}

/**
 * The comma opening ", which …" or ", who …" after a sentence's subject, when the comma at `before` lies
 * inside that relative: the words before the relative are a noun phrase alone (no comma, no verb, no
 * quotation), so the relative describes the subject. After a clause ("The board sold the pier, which …")
 * it is the writer's, and -1 is returned.
 */
function relativeOfSubject(para: Paragraph, sentence: Sentence, before: number): number {
  const { tokens, quoteOf } = para;
  for (let k = sentence.from + 1; k < before; k++) {
    if (quoteOf[k]! >= 0) return -1;
    if (!isPunct(tokens[k]!, ',')) continue;
    if (!/^(?:which|who)$/.test(tokens[k + 1]?.lower ?? '') || isClauseLike(tokens, sentence.from, k)) return -1;
    for (let j = k + 2; j < before; j++) if (quoteOf[j]! >= 0 || /^[;:—–]$/.test(tokens[j]!.text)) return -1;
    return k;
  }
  return -1;
}

/**
 * "The audit, ordered by the board after the flood, said …", "The treaty, dated 1921, states …":
 * an aside opening with a past participle describes the subject (a document, mostly) and is no
 * clause of its own, however long its agent or dates run. One with an auxiliary is a clause.
 */
function passiveAside(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a];
  if (!first || first.type !== 'word' || first.cap || !/^(?:[a-z]{3,}ed|seen|written|signed|sent|shown|given|drawn|taken|made|held)$/.test(first.lower)) return false;
  return tokens.slice(a + 1, b).every((t) => !FINITE_MARKERS.has(t.lower));
}

/**
 * "Ada Roe, the head of Kelp Watch, a trust that has mapped the reef for a decade, said …": an
 * appositive noun phrase whose head carries a "that" (or "which") relative is an aside of the name
 * before it, however long, when everything before it is a noun phrase too. After a clause
 * ("The board sold the pier, a step that …, its chair said") it stays part of the report.
 */
function thatAppositive(para: Paragraph, sentence: Sentence, comma: number, end: number): boolean {
  const { tokens, quoteOf } = para;
  if (!/^(?:a|an|the)$/.test(tokens[comma + 1]!.lower)) return false;
  const relative = tokens.slice(comma + 2, end).findIndex((w) => w.lower === 'that' || w.lower === 'which');
  // The relative follows the appositive's head noun closely ("a trust that …").
  if (relative < 1 || relative > 6) return false;
  let from = sentence.from;
  for (let k = sentence.from; k <= comma; k++) {
    if (quoteOf[k]! >= 0) return false;
    if (k < comma && !isPunct(tokens[k]!, ',')) continue;
    if (k === from || isClauseLike(tokens, from, k)) return false;
    from = k + 1;
  }
  return true;
}

/** A past participle ("kept", "filed") at `k`, followed by one of `after`. */
function participleBefore(tokens: readonly Token[], k: number, after: RegExp): boolean {
  const t = tokens[k];
  return !!t && t.type === 'word' && !t.cap && (/[a-z]{3,}ed$/.test(t.lower) || /^(?:seen|shown|given|written|sent|made|held|kept)$/.test(t.lower)) && after.test(tokens[k + 1]?.lower ?? '');
}

/**
 * "Logs made by guards and lodged with the registry show": after a participle with its agent, "and" and a
 * second participle with its own preposition run on to the verb; the subject is one phrase.
 */
function secondParticiple(tokens: readonly Token[], from: number, and: number, verb: number): boolean {
  if (!participleBefore(tokens, and + 1, /^(?:by|with|to|in|on|at|from)$/) || verb - and > 8) return false;
  if (!tokens.slice(and + 1, verb).every((w) => w.type !== 'punct' && !FINITE_MARKERS.has(w.lower))) return false;
  for (let k = Math.max(from, and - 8); k < and; k++) if (participleBefore(tokens, k, /^by$/)) return true;
  return false;
}

/** "obtained by Reuters", "seen by the Clarion": a past participle and its agent, running up to the verb. */
function participleAfter(tokens: readonly Token[], k: number, verb: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.cap || !(/[a-z]{3,}ed$/.test(t.lower) || /^(?:seen|shown|given|written|sent|made|held|kept)$/.test(t.lower))) return false;
  return tokens[k + 1]?.lower === 'by' && verb - k <= 8 && tokens.slice(k + 1, verb).every((w) => w.type !== 'punct' && !FINITE_MARKERS.has(w.lower));
}

/**
 * "A report issued in May, which …, said": a document noun and the participle that says when or by
 * whom it was made, however clause-like; a document does no past deed of its own before a comma.
 */
function documentWithParticiple(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1 && k <= a + 5; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || t.cap || !DOCUMENT_NOUNS.has(t.lower)) continue;
    const next = tokens[k + 1]!;
    return /^[a-z]{3,}ed$/.test(next.lower) && /^(?:in|on|by|last|this|earlier|to|at|for|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(tokens[k + 2]?.lower ?? '') && tokens.slice(k + 2, b).every((w) => w.cap || !FINITE_MARKERS.has(w.lower));
  }
  return false;
}
