/**
 * The article as the suggester reads it: paragraphs of tokens, top-level quotations, and
 * sentences that never split inside a quotation (so "“Putin must not win. That would…”" stays in
 * one sentence with its attribution).
 */
import type { Block } from '../model';
import { findQuoteSpans, type QuoteSpan } from './marks';
import { isPunct, tokenize, type Token } from './tokens';

/** A sentence: a run of one paragraph's tokens. */
export interface Sentence {
  index: number;
  para: number;
  /** Token range `[from, to)` in the paragraph's tokens. */
  from: number;
  to: number;
}

/** A paragraph (or heading) with its tokens. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  heading: boolean;
  /** A heading in Title Case ("Allies Back Tougher Line On China"): its capitals say nothing about names. */
  titleCase: boolean;
  tokens: Token[];
  /** For each token, the index of the quotation holding it (marks included), or -1. */
  quoteOf: number[];
  sentences: Sentence[];
}

/** The analysed article. */
export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  sentences: Sentence[];
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'prof', 'jr', 'sr', 'no', 'inc', 'ltd', 'co', 'vs', 'etc', 'capt', 'maj', 'cmdr', 'rev', 'fig', 'approx', 'dept', 'univ', 'adm']);
// Month abbreviations (AP style): "Oct. 1" does not end a sentence; "in Sept. The …" does.
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// After a dotted acronym ("U.S."), only these words start a new sentence.
const SENTENCE_OPENERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'a', 'this', 'his', 'her', 'their', 'that', 'there', 'so', 'yet', 'its']);
const OPENING = '“„«‘‚"\'「『‹';
// "KYIV, Ukraine (AP) —", and wire copy's "PHOENIX, May 14 (Reuters) - " with a hyphen between spaces;
// a story filed from two cities joins them with a slash ("OSLO/BERGEN, …").
const DATELINE = /^\p{Lu}{3,}(?:[ /-]\p{Lu}{2,})*(?:,\s*[\p{L}\d .]+?)?\s*(?:\([^)\n]{1,30}\))?\s*(?:[—–]|\s-(?=\s))\s*/u;

/** Builds the analysed document from text and blocks. */
export function buildDoc(text: string, blocks: readonly Block[]): Doc {
  const quotes = findQuoteSpans(text, blocks);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let q = 0;
  blocks.forEach((block, index) => {
    // A dateline ("KYIV, Ukraine (AP) —") is not part of the first sentence.
    const dateline = index < 4 && block.kind !== 'heading' ? DATELINE.exec(text.slice(block.start, block.end)) : null;
    const tokens = tokenize(text, block.start + (dateline ? dateline[0].length : 0), block.end);
    const quoteOf = tokens.map((t) => {
      while (q < quotes.length && quoteEnd(quotes[q]!, text) <= t.start) q++;
      for (let k = q; k < quotes.length && quotes[k]!.open <= t.start; k++) if (t.start < quoteEnd(quotes[k]!, text)) return k;
      return -1;
    });
    const para: Paragraph = { index, start: block.start, end: block.end, heading: block.kind === 'heading', titleCase: block.kind === 'heading' && isTitleCase(tokens), tokens, quoteOf, sentences: [] };
    for (const [from, to] of splitSentences(para, quotes)) {
      const sentence = { index: sentences.length, para: index, from, to };
      para.sentences.push(sentence);
      sentences.push(sentence);
    }
    paragraphs.push(para);
  });
  return { text, paragraphs, quotes, sentences };
}

/** The offset just past a quotation's closing mark (or its truncated end). */
export function quoteEnd(span: QuoteSpan, text: string): number {
  if (span.close >= 0) return span.close + 1;
  // To the end of its paragraph's line: past trailing spaces, never into a next paragraph (which,
  // in a block of paragraphs run together, starts on the same line).
  let end = span.end;
  while (end < text.length && text[end] !== '\n' && /\s/.test(text[end]!)) end++;
  return end;
}

/**
 * The most tokens one sentence may hold. News sentences run to 60 or so; a text without full stops
 * would otherwise be one sentence whose every cue scans to its end (quadratic time, and reported
 * clauses as long as the paragraph), so an overlong run is cut into pieces of this size.
 */
export const MAX_SENTENCE_TOKENS = 300;

function splitSentences(para: Paragraph, quotes: readonly QuoteSpan[]): [number, number][] {
  const { tokens, quoteOf } = para;
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (endsSentence(tokens, quoteOf, quotes, i) || i + 1 - from >= MAX_SENTENCE_TOKENS) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

function endsSentence(tokens: readonly Token[], quoteOf: readonly number[], quotes: readonly QuoteSpan[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return false;
  const startsNew = next.cap || next.type === 'number' || (isPunct(next) && OPENING.includes(next.text));
  if (!startsNew) return false;
  const q = quoteOf[i]!;
  if (q >= 0) {
    // Inside a quotation only its closing mark can end a sentence, and only after . ! ?
    const span = quotes[q]!;
    if (t.start !== span.close) return false;
    const prev = tokens[i - 1];
    return prev !== undefined && /^[.!?…]$/.test(prev.text) && quoteOf[i + 1] !== q;
  }
  if (/^[.!?…]$/.test(t.text) && t.type === 'punct') {
    const prev = tokens[i - 1];
    if (prev && prev.type === 'word' && prev.end === t.start && MONTHS.has(prev.lower) && prev.cap && next.type === 'number') return false;
    return !(prev && prev.type === 'word' && ABBREVIATIONS.has(prev.lower) && prev.end === t.start);
  }
  if (t.type === 'word' && /\.$/.test(t.text)) return SENTENCE_OPENERS.has(next.lower);
  return false;
}

/** A word whose full stop marks an abbreviation or an initial ("Mr.", "Sen.", "Oct.", "J."), not a sentence end. */
export function isAbbreviationStop(word: Token): boolean {
  return word.type === 'word' && (ABBREVIATIONS.has(word.lower) || MONTHS.has(word.lower) || /^\p{Lu}$/u.test(word.text));
}

/** Most words of four letters or more are capitalised, small words included ("On", "As", "Of"). */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.type === 'word' && /^\p{L}{2,}/u.test(t.text));
  const small = words.filter((t) => /^(?:on|as|of|by|to|in|for|with|over|after|from|and)$/i.test(t.text));
  const caps = words.filter((t) => t.cap).length;
  // "Port Chief Ada Roe Says Ferry Cuts Not Yet Needed" has no small word to tell, but every word is capitalised.
  return words.length >= 4 && caps >= words.length * 0.8 && (small.some((t) => t.cap) || (words.length >= 6 && caps === words.length));
}

/** Tokens of a sentence. */
export function sentenceTokens(doc: Doc, s: Sentence): Token[] {
  return doc.paragraphs[s.para]!.tokens.slice(s.from, s.to);
}
