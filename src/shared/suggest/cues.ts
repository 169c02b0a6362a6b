/**
 * Finds the reporting cues of one sentence: a reporting verb with its speaker ("Stoltenberg
 * said", "said Ben Rutten", "according to officials", "…, adding that") and what it reports: a
 * direct quote it introduces or follows, or a reported clause ("X warned China that …").
 */
import type { Paragraph, Sentence } from './document';
import { BARE_CLAUSE_VERBS, CHARACTERISE_VERBS, DIRECT_ONLY_VERBS, DOCUMENT_NOUNS, FINITE_MARKERS, IRREGULAR_PAST, PREPOSITIONS, OBJECT_VERBS, ROLE_HEADS, SOURCE_NOUNS, SPEECH_VERBS, SUBORDINATORS, VERB_ADVERBS } from './lexicon';
import { parseSpeaker, resolvePronoun, type Context, type Speaker } from './nounPhrase';
import { clauseEnd, isClauseLike } from './clauseBounds';
import { complementClause, complementOf, isStanceVerb, namingWhat, supportVerbHere, takesNounPhrase } from './complements';
import { usedAsNoun } from './cueNouns';
import { isPunct, plain, titleDot, type Token } from './tokens';
import { documentShows, interruptedRest } from './subjectParts';
import { introducedQuote, isTrailing, reportedClause } from './reportedClause';
import { PRONOUN, scanSubject, skipsToVerb } from './subjectScan';

/** A reporting cue in a sentence. */
export interface Cue {
  /** Token index of the verb (or of "according"), and the text shown as the cue. */
  verb: number;
  text: string;
  speaker: Speaker | null;
  /** The quotation this cue follows ("…,” she said) or introduces (she said: “…”), or -1. */
  follows: number;
  introduces: number;
  /** Token range of the reported clause, if the cue reports one. */
  clause: { from: number; to: number } | null;
  how: 'verb' | 'inverted' | 'according' | 'participle' | 'coordinated' | 'relative' | 'clause-first' | 'characterise' | 'complement';
  /** The cue reports a stance (a belief, wish, finding or support), not speech. */
  stance?: boolean;
  /** The rest of a clause the cue interrupts ("A, officials warned, if B"): its second piece. */
  rest?: { from: number; to: number };
}

/** The cues of a sentence, in order. `subject` gives the sentence's subject for elided ones. */
export function findCues(ctx: Context, para: Paragraph, sentence: Sentence, subject: () => Speaker | null): Cue[] {
  const { tokens, quoteOf } = para;
  const cues: Cue[] = [];
  const mainSpeaker = () => cues.find((c) => c.speaker)?.speaker ?? subject();
  // "…, and a bloc of councillors wrote to her in March urging …": a participle hangs on the nearest verb before it.
  // A cue inside an earlier cue's reported clause ("said the port would seek a delay from the board, arguing that") is not that verb,
  // unless the participle at `at` stands in the same clause.
  const inClause = (o: Cue, k: number) => o.clause !== null && o.clause.from <= k && k < o.clause.to;
  const lastSpeaker = (at: number) => cues.findLast((c) => c.speaker && !cues.some((o) => o !== c && inClause(o, c.verb) && !inClause(o, at)))?.speaker ?? subject();
  for (let i = sentence.from; i < sentence.to; i++) {
    const t = tokens[i]!;
    if (quoteOf[i]! >= 0 || t.type !== 'word') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push(according(ctx, para, sentence, i));
      continue;
    }
    const phrasal = /^point(?:s|ed|ing)?$/.test(t.lower) && tokens[i + 1]?.lower === 'out';
    // "ruled that …", "ruling that …": a court's words; "the rules that govern …" is a noun.
    // "the court ruled the law was void", a headline's "Court rules …": after a court, no "that" is needed.
    const afterCourt = COURTS.test(tokens[i - 1]?.lower ?? '') && (t.lower === 'ruled' || (t.lower === 'rules' && para.heading));
    const ruled = afterCourt || (/^rul(?:es|ed|ing)$/.test(t.lower) && tokens[i + 1]?.lower === 'that' && !DETERMINER_BEFORE.test(tokens[i - 1]?.lower ?? ''));
    // "The minutes record that …": a document's record, only with its "that".
    const recorded = /^record(?:s|ed)?$/.test(t.lower) && tokens[i + 1]?.lower === 'that' && !DETERMINER_BEFORE.test(tokens[i - 1]?.lower ?? '');
    const speech = SPEECH_VERBS.has(t.lower) || phrasal || ruled || recorded;
    const characterise = CHARACTERISE_VERBS.has(t.lower);
    const complement = complementOf(t.lower) !== undefined;
    if (!speech && !characterise && !complement) continue;
    // "Asked whether …, Pierce said": the question's asker is not named, so it is no cue (the answer is labelled).
    if (t.lower === 'asked' && t.cap && i === sentence.from) continue;
    // "Pellow, asked on the radio whether he worried, said …": a passive aside of the subject, who answers.
    if (t.lower === 'asked' && isPunct(tokens[i - 1], ',') && answeredAfter(para, sentence, i)) continue;
    if (!supportVerbHere(tokens, i, para.heading) || usedAsNoun(tokens, i) || closesComparison(para, sentence, i)) continue;
    if (t.cap && !ctx.initial.has(`${para.index}:${i}`) && !para.titleCase) continue; // "Fatima Said" (but "Beijing Warns Of …" in a Title Case headline)
    const before = tokens[i - 1];
    // "to say", "was said" (but "continued to insist that …", "went on to say that …" report what was said).
    const goesOn = before?.lower === 'to' && /^(?:continued|continues|continue|continuing|on)$/.test(tokens[i - 2]?.lower ?? '');
    if (before && ((before.lower === 'to' && !goesOn) || /^(?:is|was|were|been|be|being)$/.test(before.lower))) continue;
    const verbEnd = phrasal ? i + 2 : i + 1;
    const text = phrasal ? `${t.text} out` : t.text;
    const cue = characterise && !speech ? characteriseCue(ctx, para, sentence, i, mainSpeaker) : verbCue(ctx, para, sentence, i, verbEnd, text, mainSpeaker, lastSpeaker);
    if (cue && complement && !speech && !characterise && cue.how !== 'verb' && cue.how !== 'participle' && cue.how !== 'coordinated' && cue.how !== 'relative' && !(cue.how === 'clause-first' && (documentShows(tokens, i) || complementOf(t.lower)?.shape === 'that'))) continue; // "an old wish of the growers, aides said"
    if (cue && complement) withComplement(para, sentence, cue, verbEnd);
    if (cue && (speech || characterise || cue.clause)) cues.push(cue);
  }
  return cues;
}

/** "less than their ads suggest", "more than analysts expected": a verb that closes a comparison reports nothing. */
function closesComparison(para: Paragraph, sentence: Sentence, verb: number): boolean {
  const after = para.tokens[verb + 1];
  if (verb + 1 < sentence.to && after && !isPunct(after)) return false;
  for (let k = verb - 1; k >= sentence.from && k >= verb - 5; k--) {
    if (isPunct(para.tokens[k]!)) return false;
    if (para.tokens[k]!.lower === 'than') return true;
  }
  return false;
}

/** The subject of "a move the council said would …": the words after the last comma and the relative's head ("a move"). */
function gapSubject(ctx: Context, para: Paragraph, sentence: Sentence, from: number, verb: number): Speaker | null {
  const { tokens } = para;
  let k = verb - 1;
  while (k > from && !isPunct(tokens[k - 1]!, ',')) k--;
  if (/^(?:a|an|the)$/.test(tokens[k]!.lower) && tokens[k + 1] && !tokens[k + 1]!.cap && k + 2 < verb) k += 2;
  return parseSpeaker(ctx, para, k, verb, sentence);
}

/** After ", asked …," comes the subject's own reporting verb ("Pellow, asked whether …, said"). */
function answeredAfter(para: Paragraph, sentence: Sentence, asked: number): boolean {
  const { tokens, quoteOf } = para;
  let k = asked + 1;
  while (k < sentence.to && (quoteOf[k]! >= 0 || !isPunct(tokens[k]!, ','))) k++;
  k++;
  while (k < sentence.to && VERB_ADVERBS.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  return verb !== undefined && k < sentence.to && !verb.cap && (SPEECH_VERBS.has(verb.lower) || CHARACTERISE_VERBS.has(verb.lower));
}

function verbCue(ctx: Context, para: Paragraph, sentence: Sentence, i: number, verbEnd: number, text: string, mainSpeaker: () => Speaker | null, lastSpeaker: (at: number) => Speaker | null): Cue | null {
  const { tokens } = para;
  const t = tokens[i]!;
  const cue: Cue = { verb: i, text, speaker: null, follows: -1, introduces: -1, clause: null, how: 'verb' };
  if (/ing$/.test(t.lower)) {
    cue.how = 'participle';
    cue.speaker = participleSubject(ctx, para, sentence, i) ?? lastSpeaker(i);
    // ", saying it would hurt renters": a bare clause after a say-like participle, too.
    cue.clause = reportedClause(para, sentence, verbEnd, t.lower, t.lower === 'saying');
    return cue.clause || complementOf(t.lower) ? cue : null;
  }
  const scan = scanSubject(para, sentence, i);
  // "Should the inspector conclude that …": a condition reports nothing yet.
  if (scan.stop === 'sub' && /^(?:if|unless)$/.test(tokens[scan.at]!.lower)) return null;
  // "…, including the quarterly farm survey.": a list after a clause has no subject, so its last word is a noun.
  if (scan.stop === 'clause-comma' && /^(?:including|excluding|especially|notably|such|like|from|with|for|of|to|than)$/.test(tokens[scan.from]?.lower ?? '')) return null;
  if (scan.quote >= 0 && scan.from === i && clauseAfterAside(para, sentence, scan.quote, verbEnd)) {
    // "Kelly, who once called her “a chancellor …”, said the speech had …": the quote sits in the
    // subject's aside, and the verb reports a clause of the sentence's subject.
    cue.speaker = mainSpeaker();
  } else if (scan.quote >= 0 && scan.from === i) {
    // "…,” said Dmitri Orlov, a Kremlin spokesman.
    cue.how = 'inverted';
    cue.follows = scan.quote;
    cue.speaker = parseSpeaker(ctx, para, verbEnd, withNameAfterRole(ctx, para, invertedEnd(para, sentence, verbEnd)), sentence);
  } else if (scan.from < i) {
    // "…, a step the union said would …": the speaker is who said it, after the noun the relative hangs on.
    const gap = FINITE_MARKERS.has(tokens[verbEnd]?.lower ?? '') && BARE_CLAUSE_VERBS.has(t.lower);
    cue.speaker = (gap ? gapSubject(ctx, para, sentence, scan.from, i) : null) ?? parseSpeaker(ctx, para, scan.from, i, sentence);
    if (scan.quote >= 0) cue.follows = scan.quote;
  } else if (scan.stop === 'sub' && ['and', 'but', 'yet'].includes(tokens[scan.at]!.lower)) {
    cue.how = 'coordinated';
    cue.speaker = mainSpeaker();
  } else if (scan.stop === 'sub' && (['who', 'which'].includes(tokens[scan.at]!.lower) || relativeThat(tokens, scan.at, i))) {
    cue.how = 'relative';
    cue.speaker = antecedent(ctx, para, sentence, scan.at);
  } else if (para.heading && scan.stop === 'clause-comma' && scan.at === i - 1 && !t.cap && complementOf(t.lower) !== undefined) {
    // "Port urges unions to talk, warns of delays": a headline joins its subject's second verb with a comma.
    cue.how = 'coordinated';
    cue.speaker = mainSpeaker();
  } else if (scan.stop === 'clause-comma' || scan.stop === 'start') {
    cue.how = 'inverted';
    cue.speaker = parseSpeaker(ctx, para, verbEnd, withNameAfterRole(ctx, para, invertedEnd(para, sentence, verbEnd)), sentence);
  }
  const afterVerb = introducedQuote(para, sentence, verbEnd, OBJECT_VERBS.has(t.lower), complementOf(t.lower) !== undefined && !SPEECH_VERBS.has(t.lower), takesNounPhrase(t.lower));
  if (afterVerb >= 0) cue.introduces = afterVerb;
  else if (cue.how !== 'inverted' && cue.follows < 0) {
    // "replied that …": a verb that takes no bare clause still reports a "that" clause.
    cue.clause = reportedClause(para, sentence, verbEnd, t.lower, !DIRECT_ONLY_VERBS.has(t.lower), documentShows(tokens, i));
  }
  else if (cue.follows >= 0 && tokens[verbEnd]?.lower === 'that') cue.clause = reportedClause(para, sentence, verbEnd, t.lower, false);
  // "In the border towns, analysts expect the closure to …": a verb whose complement follows it reports that, not what came before.
  const ownComplement = () => complementOf(t.lower) !== undefined && complementClause(para, sentence, i, verbEnd) !== null;
  // "…, the panel might advise a fine": a modal makes the verb hypothetical, no attribution of what came before.
  const modal = /^(?:could|would|might|may|can|should|will)$/.test(tokens[i - 1]?.lower ?? '');
  if (!cue.clause && cue.follows < 0 && cue.introduces < 0 && scan.stop === 'clause-comma' && !modal && isTrailing(para, sentence, verbEnd, t.lower) && !ownComplement()) {
    // "The proposal would see …, the officials said." — the clause comes first.
    cue.how = cue.how === 'inverted' ? 'inverted' : 'clause-first';
    cue.clause = { from: sentence.from, to: trimEnd(tokens, sentence.from, scan.at) };
    const rest = interruptedRest(para, sentence, verbEnd);
    if (rest) cue.rest = rest;
  }
  return cue;
}

/** Gives a cue that reports nothing yet the complement of its verb ("urged X to …", "denied …"); marks stance verbs. */
function withComplement(para: Paragraph, sentence: Sentence, cue: Cue, verbEnd: number): void {
  const stance = isStanceVerb(para.tokens[cue.verb]!.lower);
  if (stance) cue.stance = true;
  if (cue.clause || cue.follows >= 0 || cue.introduces >= 0 || !cue.speaker) return;
  const c = complementClause(para, sentence, cue.verb, verbEnd);
  if (!c) return;
  cue.clause = { from: c.from, to: c.to };
  if (cue.how !== 'participle') cue.how = 'complement';
  if (para.tokens[cue.verb]!.lower === 'called' && para.tokens[verbEnd]?.lower === 'on') cue.text = 'called on';
}

/** Prepositions after which a source and a participle read as a clause: "despite a staff note cautioning …". */
const CONTRAST_PREPOSITIONS = /^(?:despite|amid|after|following)$/;

/**
 * "…, and Democrats were outraged, saying …": the subject of the clause the participle hangs on,
 * when that clause starts after "and"/"but" or a comma and has a verb of its own.
 */
function participleSubject(ctx: Context, para: Paragraph, sentence: Sentence, verb: number): Speaker | null {
  const { tokens, quoteOf } = para;
  // "…, with its main backer, Councillor Ada Roe, saying that …", "with both sides saying …": the subject of "with … saying".
  // A comma before the participle must close an apposition inside the "with" phrase: in "its war
  // with Ukraine, adding that he …" the phrase ended at the comma and "adding" has the sentence's subject.
  const comma = isPunct(tokens[verb - 1], ',');
  for (let w = verb - 1; w > sentence.from && w >= verb - 15 && quoteOf[w]! < 0 && !FINITE_MARKERS.has(tokens[w]!.lower); w--) {
    // "despite a staff note cautioning the pier is unsafe", "amid experts urging …": a source right before the
    // participle, after such a preposition, is its subject, as after "with" (but only with no comma).
    const contrast = !comma && CONTRAST_PREPOSITIONS.test(tokens[w]!.lower) && SOURCE_NOUNS.has(plain(tokens[verb - 1]!.text));
    if ((tokens[w]!.lower !== 'with' && !contrast) || w + 1 >= verb - (comma ? 1 : 0)) continue;
    const apposition = tokens.slice(w + 1, verb - 1).some((t) => isPunct(t, ','));
    if (!comma || apposition) return parseSpeaker(ctx, para, w + 1, comma ? verb - 1 : verb, sentence);
    break;
  }
  if (!comma) return null;
  let start = verb - 2;
  // ("Tenants’ groups were furious, saying": a plural's possessive apostrophe is part of the subject.)
  while (start > sentence.from && quoteOf[start - 1]! < 0 && (!isPunct(tokens[start - 1]!) || pluralPossessiveMark(tokens, start - 1)) && !['and', 'but', 'while', 'as', 'yet'].includes(tokens[start - 1]!.lower)) start--;
  if (start === sentence.from) return null; // the sentence's own subject: read by the caller
  // "X, the trade minister, said that … backs the deal, calling it …": a stretch that opens with the
  // verb is the predicate of a subject before the comma, so the participle is that speaker's too.
  if (startsWithVerb(tokens[start]!)) return null;
  let end = start;
  // "…, and the ferry lobby objected, saying": a past form after the subject is its verb too.
  while (end < verb - 1 && !FINITE_MARKERS.has(tokens[end]!.lower) && !(end > start && !tokens[end]!.cap && (/^[a-z]{3,}ed$/.test(tokens[end]!.lower) || IRREGULAR_PAST.has(tokens[end]!.lower)))) end++;
  return end > start && end < verb - 1 ? parseSpeaker(ctx, para, start, end, sentence) : null;
}

/** A lower-case speech verb or past form: a predicate, not the start of a subject. */
function startsWithVerb(t: Token): boolean {
  return t.type === 'word' && !t.cap && (SPEECH_VERBS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower));
}

/** The apostrophe of a plural possessive ("tenants’ groups"): right after a word in -s, touching it, before a word. */
function pluralPossessiveMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return /^['’]$/.test(t.text) && before?.type === 'word' && /s$/.test(before.lower) && before.end === t.start && tokens[k + 1]?.type === 'word';
}

function according(ctx: Context, para: Paragraph, sentence: Sentence, i: number): Cue {
  const { tokens } = para;
  let end = i + 2;
  while (end < sentence.to && !isPunct(tokens[end]!) && para.quoteOf[end]! < 0) end++;
  end = apposedName(ctx, para, sentence, i + 2, end);
  const speaker = parseSpeaker(ctx, para, i + 2, end, sentence);
  let clause: Cue['clause'] = null;
  const first = firstWord(tokens, sentence.from);
  if (first === i && isPunct(tokens[end], ',')) clause = { from: end + 1, to: clauseEnd(para, sentence, end + 1) };
  // "Under the plan, according to two officials, the ferry would …": a fronted phrase, then the report after.
  else if (isPunct(tokens[i - 1], ',') && isPunct(tokens[end], ',') && PREPOSITIONS.has(tokens[first]!.lower) && !isClauseLike(tokens, first, i - 1)) clause = { from: end + 1, to: clauseEnd(para, sentence, end + 1) };
  // "“…,” he told the panel, according to a recording": the sentence has its own cue; "according to" names a source of the words, not a report.
  else if (i > sentence.from && isPunct(tokens[i - 1], ',') && !ownCueBefore(para, sentence, i)) clause = { from: sentence.from, to: trimEnd(tokens, sentence.from, i - 1) };
  return { verb: i, text: 'according to', speaker, follows: -1, introduces: -1, clause, how: 'according' };
}

/**
 * "according to its director, Ada Roe": a description with an article or possessive, then the
 * name of who it describes between commas (or before the full stop); returns the end of the name,
 * or `end` (the comma after the description) when no name stands there alone. A document
 * ("according to the filing, Ada Roe …") is followed by its report, not by a name for it.
 */
function apposedName(ctx: Context, para: Paragraph, sentence: Sentence, from: number, end: number): number {
  const { tokens } = para;
  if (!isPunct(tokens[end], ',') || end - from < 2) return end;
  const first = tokens[from]!;
  if (!(first.possessive || /^(?:the|its|his|her|their)$/.test(first.lower))) return end;
  const head = tokens[end - 1]!;
  if (head.type !== 'word' || head.cap || DOCUMENT_NOUNS.has(head.lower)) return end;
  const m = ctx.mentionAt.get(`${para.index}:${end + 1}`);
  if (!m || m.inQuote || m.possessive) return end;
  let after = end + 1;
  while (after < sentence.to && tokens[after]!.end <= m.end) after++;
  const closes = after >= sentence.to || isPunct(tokens[after], ',') || (isPunct(tokens[after], '.') && after === sentence.to - 1);
  return closes && tokens[after - 1]!.end === m.end ? after : end;
}

/** The sentence opens with a quotation whose own cue comes before token `i` ("“…,” she said, according to …"). */
function ownCueBefore(para: Paragraph, sentence: Sentence, i: number): boolean {
  if (para.quoteOf[firstWord(para.tokens, sentence.from)]! < 0) return false;
  for (let k = sentence.from; k < i; k++) if (para.quoteOf[k]! < 0 && SPEECH_VERBS.has(para.tokens[k]!.lower) && !para.tokens[k]!.cap) return true;
  return false;
}

function characteriseCue(ctx: Context, para: Paragraph, sentence: Sentence, i: number, mainSpeaker: () => Speaker | null): Cue | null {
  // "… on what Orrin Sefton called “idle talk”": the naming verb's subject is the words after "what".
  const what = namingWhat(para, sentence, i);
  // ("… would not discuss what he called “…”": a pronoun there is the sentence's subject.)
  if (what >= 0) return { verb: i, text: para.tokens[i]!.text, speaker: (what + 2 === i && PRONOUN.test(para.tokens[what + 1]!.lower) ? mainSpeaker() : null) ?? parseSpeaker(ctx, para, what + 1, i, sentence), follows: -1, introduces: -1, clause: null, how: 'characterise' };
  const scan = scanSubject(para, sentence, i);
  // "said he would appeal and called the ruling “…”": a second verb of the sentence's subject.
  const coordinated = scan.from === i && scan.stop === 'sub' && ['and', 'but', 'yet'].includes(para.tokens[scan.at]!.lower);
  const speaker = scan.from < i ? parseSpeaker(ctx, para, scan.from, i, sentence) : coordinated ? mainSpeaker() : null;
  return { verb: i, text: para.tokens[i]!.text, speaker, follows: -1, introduces: -1, clause: null, how: 'characterise' };
}

const COURTS = /^(?:court|courts|judge|judges|justices|panel|tribunal)$/;
const DETERMINER_BEFORE = /^(?:the|its|their|his|her|new|these|those|our|court|eu|party)$/;

/**
 * After `“…”, said` the verb is inverted (`said Dana Roe`) unless the quote stands inside the
 * sentence (its subject before it) and the words after the verb are a clause: a subject and an
 * auxiliary before any punctuation or relative ("said the speech had …").
 */
function clauseAfterAside(para: Paragraph, sentence: Sentence, quote: number, verbEnd: number): boolean {
  const { tokens, quoteOf } = para;
  if (quoteOf[firstWord(tokens, sentence.from)] === quote) return false;
  for (let k = verbEnd; k < sentence.to && k < verbEnd + 6; k++) {
    const t = tokens[k]!;
    // "…, said on Tuesday that …", "…, told the Courier that …": a "that" clause is the subject's report too.
    if (t.lower === 'that' && quoteOf[k]! < 0) return true;
    if (quoteOf[k]! >= 0 || t.type !== 'word' || /^(?:who|which|whose|whom)$/.test(t.lower)) return false;
    if (FINITE_MARKERS.has(t.lower)) return k > verbEnd;
  }
  return false;
}

/** The name after an inverted verb ends at punctuation or a preposition: "said Claudine Favre at a press conference". */
function invertedEnd(para: Paragraph, sentence: Sentence, from: number): number {
  let k = from;
  while (k < sentence.to && para.quoteOf[k]! < 0 && (!isPunct(para.tokens[k]!) || titleDot(para.tokens, k)) && !/^(?:at|in|on|during|after|before|outside|to|of|who|quietly|on)$/.test(para.tokens[k]!.lower)) k++;
  return k;
}

/** "said its director, Hannah Price": a role and then, after a comma, the name of who holds it. */
function withNameAfterRole(ctx: Context, para: Paragraph, end: number): number {
  const m = isPunct(para.tokens[end], ',') ? ctx.mentionAt.get(`${para.index}:${end + 1}`) : undefined;
  const role = para.tokens[end - 1];
  if (!m || m.inQuote || (m.kind !== 'person' && m.kind !== 'unknown') || !role || !(ROLE_HEADS.has(role.lower) || SOURCE_NOUNS.has(role.lower))) return end;
  let k = end + 1;
  while (k < para.tokens.length && para.tokens[k]!.end <= m.end) k++;
  return k;
}

/**
 * "companies that said …": a "that" right before the verb, after a noun, is a relative pronoun
 * ("warned that officials said" has a subject between; "said that said" does not occur).
 */
function relativeThat(tokens: readonly Token[], at: number, verb: number): boolean {
  const before = tokens[at - 1];
  return tokens[at]!.lower === 'that' && verb - at <= 2 && skipsToVerb(tokens, at + 1, verb) && before !== undefined && before.type === 'word' && SOURCE_NOUNS.has(before.lower);
}

/** "who warned that …": the person the relative pronoun stands for. */
function antecedent(ctx: Context, para: Paragraph, sentence: Sentence, who: number): Speaker | null {
  let k = who - 1;
  if (isPunct(para.tokens[k], ',')) k--;
  k = beforePartyTag(para, sentence, k);
  let from = k;
  // "pressure from companies that said": a relative "that" stands for the noun phrase after the preposition.
  const that = para.tokens[who]!.lower === 'that';
  while (from > sentence.from && !isPunct(para.tokens[from - 1]!) && para.quoteOf[from - 1]! < 0 && !SUBORDINATORS.has(para.tokens[from - 1]!.lower) && !(that && para.tokens[from - 1]!.lower !== 'of' && PREPOSITIONS.has(para.tokens[from - 1]!.lower))) from--;
  const object = relativeObject(ctx, para, sentence, from, k + 1);
  if (object) return object;
  return parseSpeaker(ctx, para, from, k + 1, sentence) ?? (para.tokens[k]?.lower === 'he' || para.tokens[k]?.lower === 'she' ? resolvePronoun(ctx, para, sentence, k, para.tokens[k]!.lower as 'he') : null);
}

/**
 * "Rep. Ada Pellow, D-Ore., who urged …": a party-and-state tag between commas says who the person
 * before it is; the relative stands for that person. Returns the last token before the tag's comma.
 */
function beforePartyTag(para: Paragraph, sentence: Sentence, k: number): number {
  let c = k;
  while (c > sentence.from && c > k - 7 && !isPunct(para.tokens[c]!, ',')) c--;
  if (c <= sentence.from || !isPunct(para.tokens[c]!, ',') || c === k) return k;
  const tag = para.tokens.slice(c + 1, k + 1).map((t) => t.text).join('');
  return /^[DRI]-[A-Z][A-Za-z.]*$/.test(tag) ? c - 1 : k;
}

/**
 * "…met resistance from pilots, who say …", "Councillors cite the harbour audit, which found …": a
 * relative after a comma stands for the source named after the sentence's last
 * preposition, when that preposition hangs on a word that is no source itself ("officials in
 * Tollis, who said" are the officials).
 */
function relativeObject(ctx: Context, para: Paragraph, sentence: Sentence, from: number, to: number): Speaker | null {
  const { tokens } = para;
  let p = to - 1;
  while (p > from && !(PREPOSITIONS.has(tokens[p]!.lower) && tokens[p]!.lower !== 'of')) p--;
  if (p <= from || p >= to - 1 || SOURCE_NOUNS.has(tokens[p - 1]!.lower) || tokens[p - 1]!.cap) return null;
  const last = tokens[to - 1]!;
  if (last.type !== 'word' || last.cap || !(SOURCE_NOUNS.has(last.lower) || DOCUMENT_NOUNS.has(last.lower) || /^[a-z]{3,}(?:ers|ists|ians)$/.test(last.lower))) return null;
  const speaker = parseSpeaker(ctx, para, p + 1, to, sentence);
  return speaker && speaker.ref.type === 'desc' ? speaker : null;
}

function firstWord(tokens: readonly Token[], from: number): number {
  let k = from;
  while (tokens[k] && tokens[k]!.type === 'punct') k++;
  return k;
}

function trimEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  while (end > from && isPunct(tokens[end - 1]!) && !/[”’"'»“‘«」』]/.test(tokens[end - 1]!.text)) end--;
  return end;
}
