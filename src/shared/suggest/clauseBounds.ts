/**
 * Where a reported clause starts and ends. It starts after the reporting verb, its object
 * ("told reporters") and adverbials ("on Tuesday", "during a press briefing"); it ends at the end
 * of the sentence or where the writer takes over again: ", adding that …", ", according to …",
 * "… and called for talks", "; …", " — …".
 */
import type { Paragraph, Sentence } from './document';
import { CHARACTERISE_VERBS, CLAUSE_BREAK_VERBS, DOCUMENT_NOUNS, FINITE_MARKERS, IRREGULAR_PAST, PARTICIPLE_CUES, SOURCE_NOUNS, SPEECH_VERBS, VERB_ADVERBS } from './lexicon';
import { isPunct, titleDot, type Token } from './tokens';

const TIME_PREFIX = new Set(['on', 'last', 'this', 'next', 'late', 'early', 'earlier', 'on']);
const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday week month year night morning evening afternoon weekend january february march april may june july august september october november december day'.split(' '));
const LONE_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'separately', 'again', 'also', 'publicly', 'privately', 'repeatedly', 'recently', 'later', 'earlier', 'quietly', 'previously', 'once', 'then', 'now', 'firmly', 'bluntly', 'flatly']);
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'during', 'at', 'after', 'before', 'outside', 'via', 'over', 'on', 'from', 'through']);
const ADVERBIAL_NOUNS = new Set('statement interview briefing conference meeting vote court parliament letter post call appearance hearing summit session address broadcast programme program podcast television radio speech event rally remarks tweet website lobby sidelines debate'.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const STARTERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'that', 'every', 'each', 'all', 'some', 'no', 'any']);
const CONJUNCTIONS = new Set(['and', 'but', 'though', 'although', 'yet', 'while', 'whereas']);

/** Skips adverbials after a verb ("on Tuesday", "in a statement", "during a press briefing on Monday"). */
export function skipAdverbials(tokens: readonly Token[], k: number, to: number): number {
  for (let guard = 0; guard < 8 && k < to; guard++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (LONE_ADVERBS.has(t.lower) || (TIME_WORDS.has(t.lower) && t.cap)) k++;
    else if (TIME_PREFIX.has(t.lower) && next && (TIME_WORDS.has(next.lower) || next.type === 'number')) {
      k += 2;
      if (tokens[k] && TIME_WORDS.has(tokens[k]!.lower)) k++;
    } else if (ADVERBIAL_PREPOSITIONS.has(t.lower)) {
      let j = k + 1;
      while (j < to && j < k + 7 && tokens[j]!.type === 'word' && !ADVERBIAL_NOUNS.has(tokens[j]!.lower)) j++;
      if (j < to && ADVERBIAL_NOUNS.has(tokens[j]!.lower)) k = j + 1;
      else if (placeAhead(tokens, k + 1, to) > 0) k = placeAhead(tokens, k + 1, to);
      else break;
    } else break;
  }
  return k;
}

/**
 * "told reporters in Brenmouth the ferry was …": a place of one to three capitalised words after "in",
 * "at" or "outside", followed by a word that opens a clause; returns the index past the place, or -1.
 */
function placeAhead(tokens: readonly Token[], k: number, to: number): number {
  if (!/^(?:in|at|outside)$/.test(tokens[k - 1]?.lower ?? '')) return -1;
  let j = k;
  while (j < to && j < k + 3 && tokens[j]!.type === 'word' && tokens[j]!.cap) j++;
  return j > k && j < to && STARTERS.has(tokens[j]!.lower) && !tokens[j]!.cap ? j : -1;
}

/** Skips the object of "told", "warned": "reporters", "the Commons", "state television", "China". */
export function skipObject(tokens: readonly Token[], k: number, to: number): number {
  const t = tokens[k];
  // "warned against “outside meddling”": a preposition opens no object.
  if (!t || t.type !== 'word' || t.lower === 'that' || /^(?:it|he|she|they|we|there|against|of|about|over)$/.test(t.lower)) return k;
  if (t.cap) {
    let j = k + 1;
    // "Tells Quayfield Board It Will …": in a Title Case headline the object's capitals stop at a pronoun.
    while (j < to && tokens[j]!.type === 'word' && !/^(?:he|she|they|it|we|i)$/.test(tokens[j]!.lower) && (tokens[j]!.cap || ((tokens[j]!.lower === 'of' || tokens[j]!.lower === 'the') && tokens[j + 1]?.cap))) j++;
    return j;
  }
  let j = DETERMINERS.has(t.lower) ? k + 1 : k;
  for (let n = 0; j < to && n < 3; n++, j++) {
    const w = tokens[j]!;
    if (w.type !== 'word' || (n > 0 && STARTERS.has(w.lower)) || w.lower === 'that' || ADVERBIAL_PREPOSITIONS.has(w.lower) || w.lower === 'to' || w.lower === 'against') break;
    if (n > 0 && w.cap && !tokens[j - 1]!.cap) {
      // "told the radio station Quayfield FM that …": the name of what was told, when "that" follows it.
      let e = j;
      while (e < to && tokens[e]!.type === 'word' && tokens[e]!.cap) e++;
      return tokens[e]?.lower === 'that' ? e : j;
    }
  }
  return j;
}

/** True when tokens `[a, b)` read as a clause rather than an appositive. */
export function isClauseLike(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 12) return true;
  for (let k = a; k < b; k++) if (FINITE_MARKERS.has(tokens[k]!.lower) || (SPEECH_VERBS.has(tokens[k]!.lower) && !tokens[k]!.cap && !afterDeterminer(tokens, k)) || presentVerb(tokens, k, a) || pastAfterName(tokens, k, a) || pluralPresent(tokens, k, a)) return true;
  return false;
}

/**
 * "Most voters oppose the plan, a poll found": a plural noun, then a plain verb form and an
 * object's determiner ("voters oppose the …"); a plural noun is hardly ever followed by such a pair.
 */
function pluralPresent(tokens: readonly Token[], k: number, a: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (k <= a || !prev || t.type !== 'word' || t.cap || prev.type !== 'word' || (prev.cap && k - 1 !== a) || !/^[a-z]{3,}$/.test(t.lower) || /(?:s|ed|ing|ly)$/.test(t.lower)) return false;
  if (!/[^su']s$/.test(prev.lower) || /(?:ous|ss|is|has|was|does)$/.test(prev.lower) || OBJECT_OPENERS.has(prev.lower) || PREPOSITIONS_LIKE.test(t.lower) || !OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = a; j < k; j++) if (/^(?:who|which|that|whose)$/.test(tokens[j]!.lower)) return false;
  return true;
}

const PREPOSITIONS_LIKE = /^(?:and|but|or|nor|for|from|with|into|onto|over|under|after|before|about|across|against|among|around|at|by|in|of|off|on|out|through|to|toward|towards|via|than|then|also|all|both|not|now|only|just|even|still|yet)$/;

const NOUN_DETERMINER = /^(?:the|a|an|this|that|its|his|her|their|our)$/;

/**
 * "the consultant’s report": a lower-case noun with "’s" before the word is a possessive (the
 * tokens flag capitalised owners only); "she’s", "it’s", "that’s" are a pronoun and a verb.
 */
function lowerPossessive(t: Token): boolean {
  return t.type === 'word' && !t.cap && /^[a-z]{3,}['’]s$/.test(t.lower) && !/^(?:she|that|there|what|where|here|who)['’]s$/.test(t.lower);
}

/**
 * "The report, published in June, says": a cue word after an article or possessive is a noun. So is
 * a bare form after an article and a few modifiers ("the long report", "a 40-page report"), unless
 * a plural noun comes right before it ("the unions report that …" is a verb).
 */
function afterDeterminer(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev !== undefined && (prev.possessive || lowerPossessive(prev) || NOUN_DETERMINER.test(prev.lower))) return true;
  const t = tokens[k]!;
  if (!prev || /(?:s|ed|ing)$/.test(t.lower) || (prev.type === 'word' && /s$/.test(prev.lower))) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const w = tokens[j]!;
    if (w.type === 'word' && NOUN_DETERMINER.test(w.lower)) return j < k - 1;
    const modifier = w.type === 'number' || isPunct(w, '-') || (w.type === 'word' && !w.cap && !FINITE_MARKERS.has(w.lower) && !SPEECH_VERBS.has(w.lower));
    if (!modifier) return false;
  }
  return false;
}

/**
 * "The MP lobbied ministers …, emails reveal": a past tense right after a capitalised subject. An
 * appositive's participle follows an article or adverb ("the newly elected mayor"), not a name.
 */
function pastAfterName(tokens: readonly Token[], k: number, a: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (k <= a || t.type !== 'word' || t.cap || !(IRREGULAR_PAST.has(t.lower) || /[a-z]{3,}ed$/.test(t.lower))) return false;
  if (prev === undefined || prev.type !== 'word' || prev.possessive || /^(?:the|a|an|his|her|its|their)$/i.test(prev.text) || /ly$/.test(prev.lower)) return false;
  // "A memo obtained by the paper": a past participle with its agent is a reduced passive, part of the
  // noun phrase ("Unemployment fell by a third" is a clause: a change takes "by" and its amount).
  if (tokens[k + 1]?.lower === 'by' && !CHANGE_VERBS.test(t.lower)) return false;
  // "The councillor lobbied …": a determiner and one noun make a subject too.
  return prev.cap || (k - a === 2 && /^(?:the|a|an)$/i.test(tokens[a]!.text));
}

/** Past tenses of verbs of change, which take "by" and an amount ("rose by 4%"), not an agent. */
const CHANGE_VERBS = /^(?:rose|fell|grew|shrank|sank|slid|dropped|increased|decreased|declined|climbed|jumped|slipped|surged|plunged|soared|tumbled|gained|doubled|tripled|halved|widened|narrowed|improved|worsened|cut|raised|lowered|reduced)$/;

const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'no', 'any', 'all', 'its', 'his', 'her', 'their', 'this', 'these', 'those', 'some', 'every', 'further', 'too']);

/**
 * "The draft contains no reference …", "The text goes further": a present-tense verb after its
 * subject, told from a plural noun ("the officers would") by what follows it: an object's
 * determiner or "further"/"too" follows a verb, hardly ever a plural noun.
 */
function presentVerb(tokens: readonly Token[], k: number, a: number): boolean {
  const t = tokens[k]!;
  if (k < a || t.type !== 'word' || t.cap || !/[^su']s$/.test(t.lower) || /(?:ous|ss|is)$/.test(t.lower)) return false;
  const prev = tokens[k - 1]!;
  // "by most accounts the best-known …": after a quantifier or number the word is a plural noun.
  if (prev.type === 'number' || /^(?:several|many|most|some|few|all|both|two|three|four|five|six|seven|eight|nine|ten)$/.test(prev.lower)) return false;
  // "Norway, which shares the fjord, opposes any …": the verb opens the segment after its subject's aside.
  const afterAside = k === a && isPunct(prev, ',');
  if ((k === a && !afterAside) || (!afterAside && (prev.type !== 'word' || OBJECT_OPENERS.has(prev.lower))) || !OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '')) return false;
  // "a trader who sells the leaves": the verb of a relative clause makes an appositive, not a clause.
  for (let j = a; j < k; j++) if (/^(?:who|which|that|whose)$/.test(tokens[j]!.lower)) return false;
  return true;
}

/**
 * The longest reported clause, in characters. Labelled clauses run to 250; one that would run on
 * further is a text without full stops, and stops at the last word that fits.
 */
export const MAX_CLAUSE_CHARS = 600;

/** The end (token index, exclusive) of a reported clause starting at `from`: the end of its sentence at the latest. */
export function clauseEnd(para: Paragraph, sentence: Sentence, from: number): number {
  const { tokens, quoteOf } = para;
  const limit = (tokens[from]?.start ?? 0) + MAX_CLAUSE_CHARS;
  for (let k = from; k < sentence.to; k++) {
    if (tokens[k]!.end > limit) return trim(para, from, k);
    if (quoteOf[k]! >= 0) {
      // "… would “hurt firms,” and its chair, Ada Roe, asked …": a comma inside the closing mark ends the report before a new subject and verb.
      const after = k + 2;
      if (isPunct(tokens[k], ',') && quoteOf[k + 1] === quoteOf[k] && quoteOf[after] !== undefined && quoteOf[after]! < 0 && /^(?:and|but|while|whereas)$/.test(tokens[after]!.lower) && newClauseAhead(tokens, quoteOf, after + 1, sentence.to)) return k + 2;
      continue;
    }
    const t = tokens[k]!;
    if (isPunct(t, ';') || isPunct(t, '—') || isPunct(t, '–')) return trim(para, from, k);
    if (isPunct(t, ',')) {
      const n = tokens[k + 1];
      // ", where his slogan …": a place the writer describes, not the report.
      // ", closing the bay to yachts", ", lifting their shares": a participle with its own object is the writer's comment on the report.
      if (n && resultParticiple(tokens, quoteOf, k + 1)) return trim(para, from, k);
      // ", as the guild meets to vote …", ", as floods spread north": the writer's circumstance, with a subject of its own.
      if (n?.lower === 'as' && asClauseAhead(tokens, quoteOf, k + 2, sentence.to)) return trim(para, from, k);
      // ", despite a warning from …": the writer's contrast, not the report.
      if (n && (PARTICIPLE_CUES.has(n.lower) || n.lower === 'according' || n.lower === 'despite' || n.lower === 'though' || n.lower === 'although' || n.lower === 'whereas' || n.lower === 'where')) return trim(para, from, k);
      if (n && CONJUNCTIONS.has(n.lower) && breakAhead(tokens, quoteOf, k + 2, sentence.to)) return trim(para, from, k);
      // ", after an audit found …": the writer's circumstance, with a subject and verb of its own.
      if (n && /^(?:and|but|though|although|after)$/.test(n.lower) && newClauseAhead(tokens, quoteOf, k + 2, sentence.to)) return trim(para, from, k);
      if (cueAhead(tokens, quoteOf, k + 1, sentence.to)) return trim(para, from, k);
      // "… urges the port to reopen, warns of delays": a headline's comma before a bare reporting verb starts its next attribution.
      if (para.heading && n && n.type === 'word' && !n.cap && quoteOf[k + 1]! < 0 && /s$/.test(n.lower) && (SPEECH_VERBS.has(n.lower) || CHARACTERISE_VERBS.has(n.lower))) return trim(para, from, k);
    }
    if (t.type === 'word' && CONJUNCTIONS.has(t.lower) && k > from && breakAhead(tokens, quoteOf, k + 1, sentence.to)) return trim(para, from, k);
    // "… the old lease, which the mayor called “a relic”": the relative gives someone's words of their own.
    if (k > from && namingRelative(tokens, quoteOf, k, sentence.to)) return trim(para, from, k);
    // "Allies Back Firmer Stance On Trade As Tarnavia Warns …": a Title Case headline joins two attributions with "As".
    // So does a sentence-case one ("… ferry plan as strike looms").
    if (para.heading && (t.cap || !para.titleCase) && k > from && /^(?:as|but|while|amid|after|despite)$/.test(t.lower)) return trim(para, from, k);
  }
  return trim(para, from, sentence.to);
}

/**
 * After ", as": a subject (an article, possessive, number or plural noun, or a name) rather than
 * "as well", "as expected", "as part of …" or "as a result", which carry the report on.
 */
function asClauseAhead(tokens: readonly Token[], quoteOf: readonly number[], k: number, to: number): boolean {
  const t = tokens[k];
  if (!t || k >= to || quoteOf[k]! >= 0 || t.type !== 'word') return false;
  if (/^(?:well|much|many|long|soon|far|part|expected|planned|usual|ever|before|such|if|though|of|a|an)$/.test(t.lower)) return false;
  // "as floods spread …": a plural noun followed by more words opens a subject too.
  return t.cap || /^(?:the|its|his|her|their|this|these|those|several|some|most|both|other)$/.test(t.lower) || (/[^s]s$/.test(t.lower) && tokens[k + 1]?.type === 'word');
}

/** Lower-case "-ing" words after a comma that stay inside a report: prepositions, not participles. */
const NOT_PARTICIPLES = /^(?:including|according|during|following|regarding|concerning|excluding|notwithstanding|pending|considering)$/;

/** A lower-case participle at `k` followed by an article or possessive opening its object ("lifting their shares", "setting up a clash"). */
function resultParticiple(tokens: readonly Token[], quoteOf: readonly number[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.cap || quoteOf[k]! >= 0 || !/^[a-z]{3,}ing$/.test(t.text) || NOT_PARTICIPLES.test(t.lower)) return false;
  const o = /^(?:up|off|out|down)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return /^(?:a|an|the|its|his|her|their)$/.test(tokens[o]?.lower ?? '') && quoteOf[o]! < 0;
}

const NAMING_VERBS = /^(?:call|calls|called|dubbed|branded|termed|labelled|labeled)$/;

/**
 * "…, which the mayor called “a relic”", "a toll that drivers call ‘daylight robbery’": a relative whose
 * verb names its noun in someone's quoted words. The quotation is that someone's direct quote, so a
 * clause reported around it ends before the relative.
 */
export function namingRelative(tokens: readonly Token[], quoteOf: readonly number[], k: number, to: number): boolean {
  if (quoteOf[k]! >= 0 || !/^(?:which|that)$/.test(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < to && j <= k + 5; j++) {
    const w = tokens[j]!;
    if (quoteOf[j]! >= 0 || w.type !== 'word') return false;
    if (NAMING_VERBS.test(w.lower)) return j > k + 1 && quoteOf[j + 1] !== undefined && quoteOf[j + 1]! >= 0 && isPunct(tokens[j + 1]);
  }
  return false;
}

/** "… and called for talks", "… but accused Washington", "… though it warned": the writer resumes. */
function breakAhead(tokens: readonly Token[], quoteOf: readonly number[], k: number, to: number): boolean {
  // "… and had asked the ethics office", "… and should resign": an auxiliary or modal keeps the verb inside the report.
  if (/^(?:had|has|have|would|could|should|must|might|may|will|can|was|were|is|are)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k; j < to && j < k + 4; j++) {
    const w = tokens[j]!;
    if (quoteOf[j]! >= 0 || w.type !== 'word' || w.lower === 'that') return false;
    if (CLAUSE_BREAK_VERBS.has(w.lower) || PARTICIPLE_CUES.has(w.lower) || (SPEECH_VERBS.has(w.lower) && !w.cap)) return true;
    if (/^point(?:s|ed)?$/.test(w.lower) && tokens[j + 1]?.lower === 'out') return true; // "… and point out that"
  }
  return false;
}

const NP_OPENERS = /^(?:the|a|an|several|some|many|most|other|both|all|its|his|her|their|our|he|she|they|it|we|i|ministers|officials|analysts|critics|economists)$/;

/**
 * ", and several banks have said …", ", but the commissioner’s office declined …": after a comma a
 * conjunction, a new subject and its verb start the writer's next clause (reports labelled in
 * news stop there). ", and that …" or ", but were still divided" continue the report.
 */
function newClauseAhead(tokens: readonly Token[], quoteOf: readonly number[], k: number, to: number): boolean {
  const first = tokens[k];
  // "…, and ferry logs since spring indicate …": a source noun opens a subject too.
  const sourceNoun = SOURCE_NOUNS.has(first?.lower ?? '') || SOURCE_NOUNS.has(tokens[k + 1]?.lower ?? '');
  if (!first || quoteOf[k]! >= 0 || first.type !== 'word' || first.lower === 'that' || !(first.cap || NP_OPENERS.test(first.lower) || sourceNoun)) return false;
  let apposed = false;
  for (let j = k + 1; j < to && j < k + 7; j++) {
    const w = tokens[j]!;
    // "and its chair, Ada Roe, asked": one name in apposition to the new subject.
    if (isPunct(w, ',') && !apposed) {
      let e = j + 1;
      while (e < to && tokens[e]!.type === 'word' && tokens[e]!.cap && quoteOf[e]! < 0) e++;
      if (e > j + 1 && isPunct(tokens[e], ',')) {
        apposed = true;
        k += e - j;
        j = e;
        continue;
      }
    }
    // "while Lt. Gov. Ada Roe accused …": an abbreviated title's full stop is part of the subject.
    if (titleDot(tokens, j)) continue;
    if (quoteOf[j]! >= 0 || w.type !== 'word') return false;
    if (w.cap) continue;
    if (FINITE_MARKERS.has(w.lower) || IRREGULAR_PAST.has(w.lower) || /[a-z]{3,}ed$/.test(w.lower) || SPEECH_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** ", he said." / ", the official added, …": an attribution closing the clause. */
function cueAhead(tokens: readonly Token[], quoteOf: readonly number[], k: number, to: number): boolean {
  // ", including the quarterly farm survey.": a list has no subject, so its last word is a noun.
  if (/^(?:including|excluding|especially|notably|such|like)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k, names = 0; j < to && j < k + 6 + names; j++) {
    const w = tokens[j]!;
    // ", his spokeswoman, Jada Roe, said": the speaker's name in apposition, between commas.
    if (isPunct(w, ',') && names === 0 && j > k && tokens[j + 1]?.cap) {
      let e = j + 1;
      while (e < to && e < j + 5 && tokens[e]!.type === 'word' && tokens[e]!.cap) e++;
      if (!isPunct(tokens[e], ',')) return false;
      names = e - j + 1;
      j = e;
      continue;
    }
    if (quoteOf[j]! >= 0 || w.type !== 'word') return false;
    // ", papers show." and ", the poll found." close a clause as ", he said." does.
    const shows = (/^show(?:s|ed)?$/.test(w.lower) && DOCUMENT_NOUNS.has(tokens[j - 1]?.lower ?? '')) || /^(?:found|finds|concluded|concludes)$/.test(w.lower);
    // ", and that the vans were sold": "that" carries the report on; a passive ("had been told") or a noun ("a say") attributes nothing.
    if (w.lower === 'that' || w.lower === 'whether') return false;
    if ((SPEECH_VERBS.has(w.lower) && !w.cap && !/ing$/.test(w.lower) && !/^(?:been|was|were|is|are|being|be|a|an|the|any|no|final)$/.test(tokens[j - 1]?.lower ?? '')) || shows) {
      const after = tokens[j + 1];
      // ", a senior official told reporters …": "told" takes its hearers as object.
      return j > k && (!after || isPunct(after, '.') || isPunct(after, ',') || VERB_ADVERBS.has(after.lower) || /^(?:on|in|at|during|to)$/.test(after.lower) || (/^(?:told|tells)$/.test(w.lower) && after.type === 'word' && !/^(?:that|him|her|them)$/.test(after.lower)));
    }
  }
  return false;
}

/** Drops trailing punctuation outside quotations (a closing quotation mark stays). */
function trim(para: Paragraph, from: number, to: number): number {
  let end = to;
  while (end > from && para.tokens[end - 1]!.type === 'punct' && para.quoteOf[end - 1]! < 0) end--;
  return end;
}
