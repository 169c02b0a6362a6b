/**
 * Reads the article sentence by sentence and attributes every quotation and reported clause to a
 * speaker: the cue next to it (trailing, leading or inverted), the sentence's own cue for a
 * fragment, the previous sentence's speaker for a quote that stands alone, and the discourse
 * record for pronouns. When no rule applies the quote keeps no speaker and a low confidence.
 */
import type { Paragraph, Sentence } from './document';
import { quoteEnd } from './document';
import { MAX_CLAUSE_CHARS } from './clauseBounds';
import { colonSpeaker } from './colonSpeaker';
import { findCues, type Cue } from './cues';
import { CHARACTERISE_VERBS, CLAUSE_BREAK_VERBS, FINITE_MARKERS, HONORIFICS, IRREGULAR_PAST, PREPOSITIONS, SOURCE_NOUNS, SPEECH_VERBS } from './lexicon';
import { isNotSpeech } from './nonSpeech';
import { joinPieces } from './pieces';
import { parseSpeaker, type Context, type Speaker } from './nounPhrase';
import type { Referent } from './discourse';
import { isPunct, tokenStartingAt, type Token } from './tokens';
import type { Turns } from './transcript';
import type { Mention } from './mentions';

/** A quote found in the text, before it becomes a suggestion. */
export interface Found {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speaker: Speaker | null;
  confidence: number;
  cue: string;
  reason: string;
  /** An attribution that is not speech (a belief, wish, finding or support). */
  stance?: boolean;
  /** For a direct quote: the quotation it is, and the sentence it was attributed in. */
  quote?: number;
  sentence?: number;
  /** The pieces of a quote split by its attribution, this one included. */
  pieces?: { start: number; end: number }[];
}

/** A quotation in a heading, attributed once the body is read. */
export interface HeadingQuote {
  quote: number;
  para: Paragraph;
  cues: Cue[];
}

const CLAUSE_CONFIDENCE: Record<Cue['how'], number> = {
  verb: 0.85, inverted: 0.8, according: 0.85, participle: 0.78, coordinated: 0.78, relative: 0.8, 'clause-first': 0.78, characterise: 0.6, complement: 0.7,
};
const LEAD_SKIP = new Set(['but', 'and', 'so', 'yet', 'however', 'meanwhile', 'still']);
const FRONT = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'as', 'when', 'while', 'if', 'although', 'though', 'because', 'since', 'asked', 'speaking', 'sentencing', 'with', 'for', 'from', 'despite', 'unlike', 'like', 'by', 'under', 'outside', 'inside']);

/** Attributes the body; returns what it found and the heading quotations left for later. */
export function attributeBody(ctx: Context, turns: Turns): { found: Found[]; headings: HeadingQuote[] } {
  const { doc, discourse } = ctx;
  const found: Found[] = [];
  const headings: HeadingQuote[] = [];
  const absorbed = new Set<number>();
  // The reported clauses found so far, in reading order (the overlap check looks back only as far as it must).
  const indirect = new ClauseList();
  // A quote over several paragraphs is attributed where it closes; its leading cue is kept here.
  const introduced = new Map<number, Cue>();
  let paraStart = 0;
  for (const para of doc.paragraphs) {
    joinPieces(doc, found, paraStart);
    paraStart = found.length;
    const turn = turns.byPara.get(para.index);
    if (turn?.answer) {
      if (turn.speaker) found.push({ start: turn.start, end: turn.end, kind: 'direct', speaker: turn.speaker, confidence: 0.9, cue: '', reason: 'interview answer' });
      for (const s of para.sentences) discourse.note(s.index, 'speaker', turn.speaker?.ref);
      continue;
    }
    for (const sentence of para.sentences) {
      let subjectMemo: Speaker | null | undefined;
      const subject = () => (subjectMemo === undefined ? (subjectMemo = sentenceSubject(ctx, para, sentence, turn ? turn.bodyFrom : sentence.from)) : subjectMemo);
      const cues = findCues(ctx, para, sentence, subject);
      for (const c of cues) if (!c.speaker && c.how === 'verb') c.speaker = ledeName(ctx, para, sentence, c.verb);
      // "The former head of a trust has denied …, telling an inquiry that …": the participle's speaker is the described subject, named next.
      for (const c of cues) if (c.how === 'participle' && c.speaker?.ref.type === 'desc' && c.speaker.ref.desc.text.toLowerCase().startsWith(para.tokens[sentence.from]!.lower)) c.speaker = ledeName(ctx, para, sentence, subjectEnd(para, sentence, c.verb)) ?? c.speaker;
      for (const c of cues) if (c.introduces >= 0 && c.speaker) introduced.set(c.introduces, c);
      const here: Found[] = [];
      for (const cue of cues) {
        // One word is a clause only as a complement: "backs Quenby", "pressed for calm".
        if (!cue.clause || cue.clause.to - cue.clause.from < (cue.how === 'complement' && para.tokens[cue.clause.from]!.type === 'word' ? 1 : 2)) continue;
        const start = para.tokens[cue.clause.from]!.start;
        const end = para.tokens[cue.clause.to - 1]!.end;
        // A clause before its cue that runs on past the cap ("…, officials said") has no sentence to end it: not a suggestion.
        if (end - start > MAX_CLAUSE_CHARS) continue;
        if (indirect.overlaps(start, end)) continue;
        const base = CLAUSE_CONFIDENCE[cue.how];
        const confidence = base * (cue.speaker ? 0.5 + cue.speaker.confidence / 2 : 0.55);
        // "A, officials warned, if B": one reported clause in two pieces around its cue.
        const rest = cue.rest ? { start: para.tokens[cue.rest.from]!.start, end: para.tokens[cue.rest.to - 1]!.end } : undefined;
        here.push({ start, end, kind: 'indirect', speaker: cue.speaker, confidence, cue: cue.text, reason: cue.stance ? `stance (${cue.how})` : `reported (${cue.how})`, ...(cue.stance ? { stance: true } : {}), ...(rest ? { pieces: [{ start, end }, rest] } : {}) });
        for (let k = firstOpeningAtOrAfter(doc.quotes, start - 1); k < doc.quotes.length && doc.quotes[k]!.open <= end + 1; k++) {
          if (quoteEnd(doc.quotes[k]!, doc.text) <= end + 1) absorbed.add(k);
        }
      }
      for (const q of quotesAnchoredIn(para, sentence, doc.quotes)) {
        if (absorbed.has(q)) continue;
        if (para.heading) {
          headings.push({ quote: q, para, cues });
          continue;
        }
        const span = doc.quotes[q]!;
        // `<tweet id="…">`: an attribute value of markup is no quotation.
        if (isPunct(para.tokens[tokenStartingAt(para.tokens, span.open) - 1], '=')) continue;
        const hasCue = cues.some((c) => c.follows === q || c.introduces === q);
        if (isNotSpeech(doc.text, span, para, hasCue)) continue;
        const direct = attributeDirect(ctx, para, sentence, q, cues, subject, introduced.get(q));
        const words = doc.text.slice(span.start, span.end).split(/\s+/).length;
        // An unattributed short phrase in quotation marks is a scare quote, not speech; so is one
        // whose only link to a speaker is being in their sentence ("Officials drew a “hard limit”").
        if ((!direct.speaker || direct.reason === 'sentence subject') && words <= 3) continue;
        if (direct.reason === 'fragment in sentence' && words <= 2) continue;
        // "where his slogan, “Boats Not Bridges,” plays well": a few capitalised words the sentence only mentions are a title or slogan.
        if ((direct.reason === 'fragment in sentence' || direct.reason === 'sentence subject') && words <= 4 && /^(?:\P{L}*\p{Lu}\S*\s*)+$/u.test(doc.text.slice(span.start, span.end).trim())) continue;
        const truncated = span.close < 0 ? 0.6 : 1;
        here.push({ start: span.start, end: span.close < 0 ? unclosedEnd(doc.text, span.start, span.end) : span.end, kind: 'direct', ...direct, confidence: direct.confidence * truncated, quote: q, sentence: sentence.index });
      }
      const kept: Found[] = [];
      for (const f of here) {
        // An attribution inside another's reported clause is part of it ("X backs Y, its chair said"), not a quote again.
        if (f.kind === 'indirect' && here.some((g) => g !== f && g.kind === 'indirect' && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start)) continue;
        found.push(f);
        kept.push(f);
        if (f.kind === 'indirect') indirect.add(f);
      }
      if (para.heading) continue;
      // The sentence's speaker is the one of a quote kept: "X backs Y, its chair said" is the chair's, not X's, so a "she" after it is the chair.
      const speaker = kept.find((f) => f.speaker)?.speaker ?? cues.find((c) => c.speaker && c.how !== 'characterise')?.speaker;
      discourse.note(sentence.index, 'speaker', speaker?.ref);
      discourse.note(sentence.index, 'subject', subject()?.ref);
      discourse.note(sentence.index, 'person', namedPerson(ctx, para, sentence, speaker?.ref ?? subject()?.ref));
      discourse.note(sentence.index, 'addressee', askedPerson(ctx, para, cues));
    }
  }
  joinPieces(doc, found, paraStart);
  return { found, headings };
}

/**
 * The first person a sentence names outside quotations, when neither its speaker nor its subject
 * is a person: "X’s diary sold out" or "the files show that X wrote both drafts" leave X for a
 * "he" or "she" in the next sentence.
 */
function namedPerson(ctx: Context, para: Paragraph, sentence: Sentence, main: Referent | undefined): Referent | undefined {
  if (main?.type === 'entity' && (main.entity.kind === 'person' || main.entity.kind === 'unknown')) return undefined;
  if (main?.type === 'desc' && !main.desc.plural && !main.desc.institution) return undefined;
  for (let i = sentence.from; i < sentence.to; i++) {
    const m = ctx.mentionAt.get(`${para.index}:${i}`);
    if (!m || m.inQuote) continue;
    const entity = ctx.entities.ofMention.get(m);
    // (A name of two or more words no list could type, "Petronel Ombrell", is most likely a person’s too.)
    if (entity?.kind === 'person' || (entity?.kind === 'unknown' && /\s/.test(entity.name))) return { type: 'entity', entity };
  }
  return undefined;
}

const ASKING = /^(?:asked|asks|asking|pressed|presses|pressing|questioned|challenged|challenges|urged|invited)$/;

/**
 * The person a question or challenge was put to: the first person named after "asked", "pressed"
 * or "challenged" in its complement ("asked whether Mr Lee had named one", "pressed Ada Roe on
 * …"). The next sentence's "he" or "she" that cannot be the asker is most likely the one who answers.
 */
function askedPerson(ctx: Context, para: Paragraph, cues: readonly Cue[]): Referent | undefined {
  for (const c of cues) {
    if (!c.clause || !ASKING.test(para.tokens[c.verb]!.lower)) continue;
    for (let i = c.verb + 1; i < c.clause.to; i++) {
      const m = ctx.mentionAt.get(`${para.index}:${i}`);
      if (!m || m.inQuote || m.possessive) continue;
      const entity = ctx.entities.ofMention.get(m);
      if (entity?.kind === 'person' || (entity?.kind === 'unknown' && /\s/.test(entity.name))) return { type: 'entity', entity };
    }
  }
  return undefined;
}

/** Paragraphs before the lede that are a byline or a date, not a story's text. */
const MAX_BYLINE_TOKENS = 12;
/** The lede is among the first paragraphs (headline, standfirst, byline, date): the look-back stays short. */
const MAX_LEDE_PARAGRAPH = 6;

/**
 * "A former harbour pilot told the inquiry that …", then a paragraph opening "Ada Roe, who …": a
 * wire lede describes its speaker and names her in the next paragraph. Only the first sentence of
 * the first paragraph of text, when the subject before the verb is an article and lower-case words
 * (capitals only after an "of" or "in", a place) that no rule could read as a speaker, and the next paragraph
 * opens with a person's full name and a comma.
 */
function ledeName(ctx: Context, para: Paragraph, sentence: Sentence, verb: number): Speaker | null {
  if (para.heading || para.index > MAX_LEDE_PARAGRAPH || sentence !== para.sentences[0] || verb - sentence.from < 2 || verb - sentence.from > 20) return null;
  const { paragraphs } = ctx.doc;
  if (paragraphs.slice(0, para.index).some((p) => !p.heading && p.tokens.length > MAX_BYLINE_TOKENS)) return null;
  const { tokens } = para;
  if (!/^(?:a|an|the)$/.test(tokens[sentence.from]!.lower)) return null;
  let place = false;
  for (let k = sentence.from + 1; k < verb; k++) {
    const t = tokens[k]!;
    if (para.quoteOf[k]! >= 0 || (t.type === 'punct' && t.text !== '-')) return null;
    if (t.lower === 'of' || t.lower === 'in') place = true;
    if (t.cap && !place) return null;
  }
  const next = paragraphs[para.index + 1];
  if (!next || next.heading) return null;
  // ("Dr Ada Roe, who …": an honorific may stand before the name.)
  const m = ctx.mentionAt.get(`${next.index}:0`) ?? (HONORIFICS.has(next.tokens[0]?.lower ?? '') ? ctx.mentionAt.get(`${next.index}:${isPunct(next.tokens[1], '.') ? 2 : 1}`) : undefined);
  const entity = m && !m.inQuote && !m.possessive ? ctx.entities.ofMention.get(m) : undefined;
  if (!entity || (entity.kind !== 'person' && entity.kind !== 'unknown') || !/\s/.test(m!.name)) return null;
  let after = 0;
  while (after < next.tokens.length && next.tokens[after]!.end <= m!.end) after++;
  return isPunct(next.tokens[after], ',') ? { ref: { type: 'entity', entity }, how: 'name', confidence: 0.75 } : null;
}

/** Where the subject opening a sentence ends: its first verb or auxiliary before `limit` ("The former head of a trust |has denied"). */
function subjectEnd(para: Paragraph, sentence: Sentence, limit: number): number {
  let k = sentence.from + 1;
  while (k < limit && !FINITE_MARKERS.has(para.tokens[k]!.lower) && !SPEECH_VERBS.has(para.tokens[k]!.lower)) k++;
  return k;
}

/**
 * The longest suggestion made of a quotation that never closes. It runs to its paragraph's end,
 * which in a text without line breaks is the whole text; past this it stops at a word's end.
 */
export const MAX_UNCLOSED_CHARS = 2000;

function unclosedEnd(text: string, start: number, end: number): number {
  if (end - start <= MAX_UNCLOSED_CHARS) return end;
  const space = text.lastIndexOf(' ', start + MAX_UNCLOSED_CHARS);
  return space > start ? space : start + MAX_UNCLOSED_CHARS;
}

/** Reported clauses in reading order, with the furthest end reached so far at each (so a look-back can stop early). */
class ClauseList {
  private readonly clauses: Found[] = [];
  private readonly furthestEnd: number[] = [];

  add(f: Found): void {
    this.furthestEnd.push(Math.max(f.end, this.furthestEnd[this.furthestEnd.length - 1] ?? 0));
    this.clauses.push(f);
  }

  /** True when an earlier clause overlaps `[start, end)`; clauses of earlier sentences end before this one starts, so the look-back is short. */
  overlaps(start: number, end: number): boolean {
    for (let k = this.clauses.length - 1; k >= 0 && this.furthestEnd[k]! > start; k--) {
      const c = this.clauses[k]!;
      if (c.start < end && start < c.end) return true;
    }
    return false;
  }
}

/** The first quotation (they are in text order) opening at or after `offset`. */
function firstOpeningAtOrAfter(quotes: Context['doc']['quotes'], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid]!.open < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quotations handled in this sentence: those opening here, or (over several paragraphs) closing here. */
function quotesAnchoredIn(para: Paragraph, sentence: Sentence, quotes: Context['doc']['quotes']): number[] {
  const out: number[] = [];
  for (let i = sentence.from; i < sentence.to; i++) {
    const q = para.quoteOf[i]!;
    if (q < 0) continue;
    const span = quotes[q]!;
    const anchor = span.close >= 0 && span.lastBlock !== span.block ? span.close : span.open;
    if (anchor === para.tokens[i]!.start) out.push(q);
  }
  return out;
}

const NAMING_VERBS = /^(?:call|calls|called|dubbed|branded|termed|labelled|labeled)$/;

function attributeDirect(ctx: Context, para: Paragraph, sentence: Sentence, q: number, cues: Cue[], subject: () => Speaker | null, intro: Cue | undefined): Omit<Found, 'start' | 'end' | 'kind'> {
  const span = ctx.doc.quotes[q]!;
  const trailing = cues.find((c) => c.follows === q && c.speaker);
  if (trailing) return { speaker: trailing.speaker, confidence: trailing.speaker!.confidence, cue: trailing.text, reason: trailing.how === 'inverted' ? 'inverted cue' : 'trailing cue' };
  const leading = cues.find((c) => c.introduces === q && c.speaker) ?? intro;
  if (leading) return { speaker: leading.speaker, confidence: leading.speaker!.confidence, cue: leading.text, reason: 'leading cue' };
  const { tokens } = para;
  const close = span.close >= 0 ? tokenStartingAt(tokens, span.close) : -1;
  if (close >= 0 && tokens[close + 1]?.lower === 'by') {
    let end = close + 2;
    while (end < sentence.to && !isPunct(tokens[end]!) && para.quoteOf[end]! < 0) end++;
    const agent = parseSpeaker(ctx, para, close + 2, end, sentence);
    if (agent) return { speaker: agent, confidence: 0.75, cue: 'by', reason: 'passive agent' };
  }
  const open = span.block === para.index ? tokenStartingAt(tokens, span.open) : sentence.from;
  // "Roe: “The pier is open.”": a name and a colon before the quotation, as a post or caption gives it.
  if (open >= 2 && isPunct(tokens[open - 1], ':')) {
    let m: Mention | undefined;
    for (let k = open - 2; k >= Math.max(0, open - 5) && !m; k--) {
      const here = ctx.mentionAt.get(`${para.index}:${k}`);
      if (here?.end === tokens[open - 2]!.end) m = here;
    }
    const entity = entityOutsideQuotes(ctx, m);
    if (entity && (entity.kind === 'person' || entity.kind === 'unknown')) return { speaker: { ref: { type: 'entity', entity }, how: 'name', confidence: 0.8 }, confidence: 0.75, cue: ':', reason: 'name and colon' };
    const owner = m ? null : colonSpeaker(ctx, para, sentence, open);
    if (owner) return { speaker: owner, confidence: 0.7, cue: ':', reason: 'words or role and colon' };
  }
  // "…, which they called “fantasy sums.”", "what he called “idle talk”": the words are the naming verb's subject's own.
  const namingAt = open >= 1 && NAMING_VERBS.test(tokens[open - 1]!.lower) ? open - 1 : open >= 2 && /^(?:a|an)$/.test(tokens[open - 1]!.lower) && NAMING_VERBS.test(tokens[open - 2]!.lower) && tokens[open - 3]?.lower !== 'it' ? open - 2 : -1;
  const namer = namingAt >= 0 ? cues.find((c) => c.verb === namingAt && c.speaker && c.how === 'characterise') : undefined;
  if (namer) return { speaker: namer.speaker, confidence: 0.75, cue: namer.text, reason: 'naming relative' };
  const sameSentence = [...cues].reverse().find((c) => c.verb < open && c.speaker) ?? cues.find((c) => c.speaker);
  if (sameSentence) return { speaker: sameSentence.speaker, confidence: 0.72, cue: sameSentence.text, reason: 'fragment in sentence' };
  const onlyQuote = onlyQuotation(para, sentence);
  if (onlyQuote) {
    const previous = para.sentences[0] !== sentence ? ctx.discourse.speakerOf(sentence.index - 1) : undefined;
    if (previous) return { speaker: { ref: previous, how: 'name', confidence: 0.85 }, confidence: 0.85, cue: '', reason: 'continues previous sentence' };
    const last = ctx.discourse.lastSpeaker(sentence.index, 2);
    if (last) return { speaker: { ref: last.ref, how: 'name', confidence: 0.72 }, confidence: 0.72, cue: '', reason: 'continues previous paragraph' };
    return { speaker: null, confidence: 0.45, cue: '', reason: 'no cue' };
  }
  const subj = subject();
  if (subj) return { speaker: subj, confidence: 0.55, cue: '', reason: 'sentence subject' };
  return { speaker: null, confidence: 0.45, cue: '', reason: 'no cue' };
}

/**
 * The sentence holds nothing but quotations and punctuation. Markup an article keeps around an
 * embedded post (`<tweet id="…">` … `</tweet>`) counts as punctuation, its attribute values too.
 */
function onlyQuotation(para: Paragraph, sentence: Sentence): boolean {
  let tag = false;
  for (let k = sentence.from; k < sentence.to; k++) {
    const t = para.tokens[k]!;
    if (isPunct(t, '<')) tag = true;
    else if (isPunct(t, '>')) tag = false;
    else if (!tag && para.quoteOf[k]! < 0 && t.type !== 'punct') return false;
  }
  return true;
}

/** The subject of a sentence: the first name, pronoun or source description before its verb. */
function sentenceSubject(ctx: Context, para: Paragraph, sentence: Sentence, from: number): Speaker | null {
  const { tokens, quoteOf } = para;
  let i = from;
  if (quoteOf[i]! >= 0) return null;
  while (i < sentence.to && (LEAD_SKIP.has(tokens[i]!.lower) || isPunct(tokens[i]!))) i++;
  if (i < sentence.to && FRONT.has(tokens[i]!.lower)) {
    let comma = i;
    while (comma < sentence.to && comma < i + 20 && !isPunct(tokens[comma]!, ',') && quoteOf[comma]! < 0) comma++;
    if (isPunct(tokens[comma], ',')) {
      i = comma + 1;
      // "In the fields of X, where rice grows below sea level, Ada Roe walks …": the fronted phrase's own relative clause.
      if (i < sentence.to && /^(?:where|which|when|whose)$/.test(tokens[i]!.lower)) {
        let next = i + 1;
        while (next < sentence.to && next < i + 20 && !isPunct(tokens[next]!, ',') && quoteOf[next]! < 0) next++;
        if (isPunct(tokens[next], ',')) i = next + 1;
      }
    } else {
      i++;
      while (i < sentence.to && i < from + 6 && !/^(?:he|she|they|it)$/.test(tokens[i]!.lower) && !(tokens[i]!.cap && ctx.mentionAt.has(`${para.index}:${i}`))) i++;
    }
  }
  let end = i;
  while (end < sentence.to && end < i + 10) {
    const t = tokens[end]!;
    if (quoteOf[end]! >= 0 || isPunct(t, ';') || isPunct(t, ':')) break;
    // ("The auditor’s report": a cue word after a possessive or an article is a noun.)
    const noun = end > i && (/['’]s$/.test(tokens[end - 1]!.text) || /^(?:the|a|an)$/.test(tokens[end - 1]!.lower)) && !FINITE_MARKERS.has(t.lower);
    if (t.type === 'word' && !t.cap && !noun && (FINITE_MARKERS.has(t.lower) || SPEECH_VERBS.has(t.lower) || CHARACTERISE_VERBS.has(t.lower) || CLAUSE_BREAK_VERBS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /[a-z]{3,}ed$/.test(t.lower))) break;
    // ("The auditor’s report": a possessive after an article is no verb.)
    if (t.type === 'word' && !t.cap && end > i && tokens[end - 1]!.cap && /s$/.test(t.lower) && !/ss$/.test(t.lower) && !SOURCE_NOUNS.has(t.lower) && !(/['’]s$/.test(t.text) && /^(?:the|a|an|this|that)$/.test(tokens[end - 1]!.lower))) break; // "Mwangi leads" (but "Union leaders")
    if (end > i && pluralSourceVerb(tokens[end - 1]!, t)) break; // "Environmental groups oppose it, saying …"
    end++;
  }
  // "Among the crowd was Tomas Vidal, 61, …": a fronted place, then the copula, then who the sentence is about.
  if (end > i && /^(?:among|with|beside|behind|joining|also)$/.test(tokens[i]!.lower) && /^(?:was|were|is|are)$/.test(tokens[end]?.lower ?? '')) {
    const entity = entityOutsideQuotes(ctx, ctx.mentionAt.get(`${para.index}:${end + 1}`));
    if (entity) return { ref: { type: 'entity', entity }, how: 'name', confidence: 0.85 };
  }
  return end > i ? parseSpeaker(ctx, para, i, end, sentence) : null;
}

/** Words after a plural noun that are no verb of it ("groups who", "unions and", "officials familiar with …"). */
const NOT_A_VERB = /^(?:and|or|nor|but|who|whom|whose|that|which|than|then|also|both|all|alike|themselves|too|familiar|close|aware|present|responsible|here|there|abroad|inside|alone|nearby|overseas|today|now)$/;

/**
 * "Environmental groups oppose it", "farmers fear …": a plural source noun, then a plain verb form,
 * ends the subject there (the verb is the clause's, not more of the noun phrase).
 */
function pluralSourceVerb(prev: Token, t: Token): boolean {
  if (prev.type !== 'word' || prev.cap || !/[^s]s$/.test(prev.lower) || !SOURCE_NOUNS.has(prev.lower)) return false;
  return t.type === 'word' && !t.cap && /^[a-z]{3,}$/.test(t.lower) && !/(?:s|ed|ing|ly)$/.test(t.lower) && !PREPOSITIONS.has(t.lower) && !NOT_A_VERB.test(t.lower);
}

/** The actor a mention names, unless the mention stands inside a quotation (words a speaker said name no speaker). */
function entityOutsideQuotes(ctx: Context, m: Mention | undefined) {
  return m && !m.inQuote ? ctx.entities.ofMention.get(m) : undefined;
}
