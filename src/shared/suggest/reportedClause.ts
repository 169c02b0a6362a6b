/**
 * What a reporting verb reports after it: the quotation it introduces ("said: “…”"), or the clause
 * after "that" or (for "say"-like verbs) a bare clause ("said ministers had …"), and whether the
 * verb closes its sentence instead ("…, the officials said.").
 */
import type { Paragraph, Sentence } from './document';
import { BARE_CLAUSE_VERBS, FINITE_MARKERS, IRREGULAR_PAST, OBJECT_VERBS, PREPOSITIONS, SPEECH_VERBS, VERB_ADVERBS } from './lexicon';
import { clauseEnd, namingRelative, skipAdverbials, skipObject } from './clauseBounds';
import { isPunct, type Token } from './tokens';

/** A clause as a token range `[from, to)` of its paragraph. */
export type ClauseRange = { from: number; to: number } | null;

/** The quotation a verb introduces: "said: “…”", "told Whitmore: ‘…’", "said, “…”". */
export function introducedQuote(para: Paragraph, sentence: Sentence, verbEnd: number, takesObject: boolean, complementVerb = false, nounComplement = false): number {
  let k = skipAdverbials(para.tokens, verbEnd, sentence.to);
  if (takesObject) k = skipObject(para.tokens, k, sentence.to);
  if (isPunct(para.tokens[k], ':') || isPunct(para.tokens[k], ',')) k++;
  // "promised “a fresh look at the tolls”", "denied “any wrongdoing”": quoted words that open a noun phrase right after the verb are its object.
  else if (nounComplement && k === verbEnd && para.quoteOf[k]! >= 0 && opensNounPhrase(para.tokens[k + 1])) return -1;
  else if (k < sentence.to && para.quoteOf[k]! >= 0 && (isTitle(para, k) || runsOn(para, k) || (complementVerb && !para.tokens[quoteAfter(para, k)]?.cap)) && para.tokens[quoteAfter(para, k)]?.type === 'word') return -1; // told the BBC’s “Today” programme; blamed “a small group” for …
  return k < sentence.to && para.quoteOf[k]! >= 0 ? para.quoteOf[k]! : -1;
}

/** Articles and quantity words that open a quoted noun phrase (not a quoted sentence: "a", "no", "any", "more"). */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'any', 'no', 'more', 'every', 'full', 'firm', 'new', 'further', 'real', 'urgent', 'immediate']);

function opensNounPhrase(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && !t.cap && NOUN_PHRASE_OPENERS.has(t.lower);
}

/** "urged “every neighbour” to check on the elderly": quoted words followed by "to" (in a headline, by any word) are part of the report, not a quotation it introduces. */
function runsOn(para: Paragraph, k: number): boolean {
  const next = para.tokens[quoteAfter(para, k)];
  // In a headline any word after the quoted ones carries on the report ("says ‘door to dialogue’ open").
  return next !== undefined && (next.lower === 'to' || (para.heading && next.type === 'word')) && para.quoteOf[quoteAfter(para, k)]! < 0;
}

/** The token after the quotation holding token `k`. */
function quoteAfter(para: Paragraph, k: number): number {
  const q = para.quoteOf[k]!;
  while (k < para.tokens.length && para.quoteOf[k] === q) k++;
  return k;
}

/** The clause a verb reports, after "that" or (for "say"-like verbs) directly. */
export function reportedClause(para: Paragraph, sentence: Sentence, verbEnd: number, verb: string, allowBare: boolean, documentShows = false): ClauseRange {
  const { tokens, quoteOf } = para;
  const that = thatAfter(para, sentence, verbEnd, OBJECT_VERBS.has(verb));
  if (that >= 0) return clauseFrom(para, sentence, that + 1);
  const headline = para.heading && HEADLINE_VERBS.has(verb);
  if (!allowBare || !(BARE_CLAUSE_VERBS.has(verb) || documentShows || headline)) return null;
  let k = skipAdverbials(tokens, verbEnd, sentence.to);
  if (OBJECT_VERBS.has(verb)) k = skipAdverbials(tokens, skipObject(tokens, k, sentence.to), sentence.to);
  const t = tokens[k];
  // "Port Chief Says Ferry Cuts Not Yet Needed", "Port says ‘door to talks’ open": a headline drops the verb of what it reports.
  if (headline && t && (t.type !== 'punct' || quoteOf[k]! >= 0)) {
    // "tells harbour board ‘the worst is behind us’": the rest of the object, then a quotation that ends the headline, is a direct quote.
    const q = quoteOf[k + 1] ?? -1;
    if (t.type === 'word' && !t.cap && q >= 0 && quoteOf[sentence.to - 1] === q) return null;
    return clauseFrom(para, sentence, k);
  }
  // "a move Pyongyang said would bring …": the clause's subject was taken out to head the relative; it starts at its verb.
  if (t && k === verbEnd && quoteOf[k]! < 0 && /^(?:would|will|could|can|might|may|should|must|was|were|is|are|had|has)$/.test(t.lower)) {
    const clause = clauseFrom(para, sentence, k);
    return clause && clause.to - clause.from >= 3 ? clause : null;
  }
  // "ledgers show roughly half of …": what a document shows may open with a quantity.
  const quantity = documentShows && t !== undefined && /^(?:about|around|nearly|almost|roughly|only|just|at|over|more|fewer|less)$/.test(t.lower);
  // "accounts show two payments of …", "the survey found the town shrinking …": what a document shows may be a noun phrase.
  const shown = documentShows && t !== undefined && t.type === 'word' && !NOT_SUBJECT.has(t.lower) && !PREPOSITIONS.has(t.lower) && !/^(?:who|which|that|these|those|this)$/.test(t.lower);
  if (!t || quoteOf[k]! >= 0 || !(t.cap || t.type === 'number' || quantity || shown || /^(?:the|a|an|this|these|those|its|his|her|their|our|my|it|he|she|they|we|i|there|every|each|all|some|no|any|more|most|many|several|few|both|none|one|two|three|four|five|such|other|another)$/.test(t.lower) || bareNounSubject(para, sentence, k))) return null;
  if (OBJECT_VERBS.has(verb) && k === verbEnd && !/^(?:that)$/.test(t.lower) && !['tell', 'tells', 'told'].includes(verb)) {
    // "warned the West against …" has no clause; "warned it would …" does.
    if (!/^(?:it|he|she|they|we|i|there)$/.test(t.lower)) return null;
  }
  const clause = clauseFrom(para, sentence, k);
  return clause && (hasFiniteVerb(tokens, clause.from, clause.to) || documentShows) && !asideOfSubject(tokens, quoteOf, clause) ? clause : null;
}

/** Lower-case words that never open a subject after "said" ("said sorry", "said goodbye to"). */
const NOT_SUBJECT = new Set(['to', 'so', 'sorry', 'goodbye', 'yes', 'nothing', 'little', 'much', 'only', 'just', 'not', 'why', 'how', 'what', 'when', 'where', 'whether', 'if']);

/**
 * "said ministers had …", "said local members were …", "said stocks of sardinella, the fish …, were
 * …": a bare clause whose subject has no determiner. Taken only when an auxiliary or copula follows
 * within a few words (one aside between commas allowed), so "said goodbye" or "told reporters" stays no clause.
 */
function bareNounSubject(para: Paragraph, sentence: Sentence, k: number): boolean {
  const { tokens, quoteOf } = para;
  const first = tokens[k]!;
  if (first.type !== 'word' || first.cap || NOT_SUBJECT.has(first.lower) || PREPOSITIONS.has(first.lower) || SPEECH_VERBS.has(first.lower) || /ly$/.test(first.lower)) return false;
  let aside = false;
  for (let j = k + 1, words = 1; j < sentence.to && words <= 5; j++) {
    const w = tokens[j]!;
    // "said voters “sent me here to fight”": the quoted words open with the clause's verb.
    // "said dredging “without a survey” would wreck …": quoted words inside the subject, its verb after them.
    if (quoteOf[j]! >= 0) return isPunct(w) && (pastOrFinite(tokens[j + 1]) || FINITE_MARKERS.has(tokens[quoteAfter(para, j)]?.lower ?? ''));
    if (isPunct(w, ',') && !aside) {
      // One aside ("stocks of sardinella, the small fish that feeds much of West Africa, were"): skip to its closing comma.
      let c = j + 1;
      while (c < sentence.to && c < j + 16 && quoteOf[c]! < 0 && !isPunct(tokens[c]!)) c++;
      if (!isPunct(tokens[c], ',')) return false;
      aside = true;
      j = c;
      continue;
    }
    if (w.type !== 'word') return false;
    if (FINITE_MARKERS.has(w.lower)) return true;
    // "said inflation remained …", "said residents in the ward voted …": a past tense after the subject.
    if (j > k && pastOrFinite(w) && !PREPOSITIONS.has(tokens[j - 1]!.lower)) return true;
    if (w.lower !== 'of' && !(words >= 1 && SUBJECT_PREPOSITIONS.has(w.lower)) && (PREPOSITIONS.has(w.lower) || w.lower === 'that' || SPEECH_VERBS.has(w.lower))) return false;
    words++;
  }
  return false;
}

/** A lower-case auxiliary or past tense. */
function pastOrFinite(w: Token | undefined): boolean {
  return w !== undefined && w.type === 'word' && !w.cap && (FINITE_MARKERS.has(w.lower) || IRREGULAR_PAST.has(w.lower) || /[a-z]{3,}ed$/.test(w.lower));
}

/** Verbs whose report a headline gives without its verb: "says", "tells X", "finds", "rules". */
const HEADLINE_VERBS = new Set(['says', 'say', 'said', 'tells', 'told', 'finds', 'find', 'found', 'rules', 'ruled', 'insists', 'claims', 'admits', 'concedes']);

/** Prepositions that may qualify a bare subject ("voters in his district", "farmers across the region"). */
const SUBJECT_PREPOSITIONS = new Set(['in', 'across', 'from', 'at', 'on']);

const AFTER_VERB_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'outside', 'with', 'to', 'from', 'via', 'over', 'for', 'through', 'in', 'late', 'early', 'last', 'this', 'earlier']);

/**
 * The "that" opening a reported clause: after the verb come only adverbs, prepositional phrases
 * ("during a press briefing on Monday") and, for "told"/"warned", one object. "said the plan
 * that was approved" has no such "that".
 */
function thatAfter(para: Paragraph, sentence: Sentence, verbEnd: number, takesObject: boolean): number {
  const { tokens, quoteOf } = para;
  let j = verbEnd;
  let objectAllowed = takesObject;
  for (let guard = 0; guard < 8 && j < sentence.to; guard++) {
    const t = tokens[j]!;
    if (quoteOf[j]! >= 0 && j > verbEnd && isTitle(para, j)) {
      // "told the BBC’s “Sunday Briefing” programme that …": a title inside the object.
      j = quoteAfter(para, j);
      while (j < sentence.to && tokens[j]!.type === 'word' && tokens[j]!.lower !== 'that' && !AFTER_VERB_PREPOSITIONS.has(tokens[j]!.lower) && quoteOf[j]! < 0) j++;
      continue;
    }
    if (quoteOf[j]! >= 0 || t.type !== 'word') return -1;
    // "a toll that drivers called “robbery”": a relative on a noun, not the "that" of a report.
    if (t.lower === 'that') return namingRelative(tokens, quoteOf, j, sentence.to) ? -1 : j;
    if (VERB_ADVERBS.has(t.lower) || TIME_WORDS.has(t.lower)) j++;
    else if (AFTER_VERB_PREPOSITIONS.has(t.lower)) {
      j++;
      // "in a note to clients", "in a post on X": a cue word after a determiner is a noun of the phrase.
      const noun = (k: number) => /^(?:a|an|the|his|her|its|their|our)$/.test(tokens[k - 1]?.lower ?? '');
      while (j < sentence.to && tokens[j]!.type === 'word' && quoteOf[j]! < 0 && tokens[j]!.lower !== 'that' && !AFTER_VERB_PREPOSITIONS.has(tokens[j]!.lower) && (!SPEECH_VERBS.has(tokens[j]!.lower) || noun(j))) {
        // "against making" (but "in a filing", "at the hearing": an "-ing" noun after its determiner).
        if (/[a-z]ing$/.test(tokens[j]!.lower) && !tokens[j]!.cap && !noun(j) && !/(?:briefing|meeting|evening|morning|hearing|sitting|gathering|building)$/.test(tokens[j]!.lower)) return -1;
        j++;
      }
    } else if (objectAllowed) {
      objectAllowed = false;
      let next = skipObject(tokens, j, sentence.to);
      if (next === j) return -1;
      // "told the harbour minister, Tomas Vidal, that …": the object's name in apposition.
      if (isPunct(tokens[next], ',') && tokens[next + 1]?.cap) {
        let e = next + 1;
        while (e < sentence.to && e < next + 6 && tokens[e]!.type === 'word' && tokens[e]!.cap && quoteOf[e]! < 0) e++;
        if (isPunct(tokens[e], ',') && tokens[e + 1]?.lower === 'that') next = e + 1;
      }
      j = next;
    } else return -1;
  }
  return -1;
}

/** A short quotation of capitalised words ("Sunday Briefing", "Today"): a title, not speech. */
export function isTitle(para: Paragraph, j: number): boolean {
  const q = para.quoteOf[j]!;
  let words = 0;
  for (let k = j; k < para.tokens.length && para.quoteOf[k] === q; k++) {
    const t = para.tokens[k]!;
    if (t.type === 'word' && (!t.cap || ++words > 4)) return false;
  }
  return words > 0;
}

const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week month year night morning evening afternoon weekend'.split(' '));

function clauseFrom(para: Paragraph, sentence: Sentence, from: number): ClauseRange {
  const to = clauseEnd(para, sentence, from);
  return to - from >= 2 ? { from, to } : null;
}

/** "Anne Roe, who … wrote its rules, said …": the "clause" runs into the main verb, so the cue sat in an aside. */
function asideOfSubject(tokens: readonly Token[], quoteOf: readonly number[], clause: { from: number; to: number }): boolean {
  for (let k = clause.from; k + 1 < clause.to; k++) {
    const next = tokens[k + 1]!;
    if (quoteOf[k]! < 0 && isPunct(tokens[k], ',') && SPEECH_VERBS.has(next.lower) && !next.cap && !/ing$/.test(next.lower)) return true;
  }
  return false;
}


function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 25; k++) {
    const w = tokens[k]!.lower;
    if (FINITE_MARKERS.has(w) || IRREGULAR_PAST.has(w) || (/[a-z]{3,}ed$/.test(w) && !tokens[k]!.cap) || presentTense(tokens, from, k)) return true;
    // "say they want more": the word after a subject pronoun is its verb.
    if (k === from && /^(?:he|she|they|we|i)$/.test(w) && tokens[k + 1]?.type === 'word' && !tokens[k + 1]!.cap) return true;
  }
  return false;
}

const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'this', 'these', 'those', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'and', 'or', 'many', 'some', 'all', 'more', 'most', 'few', 'several']);

/** "the union’s endorsement “changes nothing”": a present tense in "-s" right after a noun (a quotation mark between allowed). */
function presentTense(tokens: readonly Token[], from: number, k: number): boolean {
  const t = tokens[k]!;
  if (t.type !== 'word' || t.cap || !/^[a-z]{3,}s$/.test(t.lower) || /(?:ss|us|is|ous|ics)$/.test(t.lower)) return false;
  let p = k - 1;
  // "the levy “only works if …”": an adverb may open the quoted words before their verb.
  if (p > from + 1 && QUOTED_ADVERBS.has(tokens[p]!.lower) && isPunct(tokens[p - 1]) && /^[“"‘']$/.test(tokens[p - 1]!.text)) p--;
  const quoted = p > from && isPunct(tokens[p]!) && /^[“"‘']$/.test(tokens[p]!.text);
  if (quoted) p--;
  const prev = tokens[p];
  // Nouns in "-s" are many ("venue changes", "false expenses"): the verb must take an object that shows it.
  // "“firmly opposes” the measures": the object may follow the closing quotation mark.
  const next = isPunct(tokens[k + 1]) && /^[”"’']$/.test(tokens[k + 1]!.text) ? tokens[k + 2] : tokens[k + 1];
  const object = next !== undefined && next.type === 'word' && /^(?:nothing|no|the|a|an|it|them|him|her|us|everything|little|more|its|their|his|any|all|this|these|those)$/.test(next.lower);
  // "the harbour master “looks forward to …”": quoted words that open right after the subject's noun open with its verb, object or not.
  return p >= from && prev !== undefined && prev.type === 'word' && !NOT_BEFORE_VERB.has(prev.lower) && !/s$/.test(prev.lower) && (object || (quoted && p > from && !prev.cap));
}

/** Adverbs that may come between an opening quotation mark and the verb it quotes. */
const QUOTED_ADVERBS = new Set(['only', 'still', 'never', 'always', 'just', 'already', 'also', 'really', 'simply', 'clearly', 'now', 'rarely', 'often']);

/** After the verb comes only an object, adverbials and the end of the sentence (or ", speaking …"). */
export function isTrailing(para: Paragraph, sentence: Sentence, verbEnd: number, verb: string): boolean {
  let k = skipAdverbials(para.tokens, verbEnd, sentence.to);
  if (OBJECT_VERBS.has(verb)) k = skipAdverbials(para.tokens, skipObject(para.tokens, k, sentence.to), sentence.to);
  while (k < sentence.to && para.quoteOf[k]! < 0 && !isPunct(para.tokens[k]!) && para.tokens[k]!.type === 'word' && !FINITE_MARKERS.has(para.tokens[k]!.lower)) {
    if (/^(?:that|it|he|she|they)$/.test(para.tokens[k]!.lower)) return false;
    k++;
  }
  return k >= sentence.to || isPunct(para.tokens[k]!, '.') || isPunct(para.tokens[k]!, ',') || isPunct(para.tokens[k]!, '!');
}
