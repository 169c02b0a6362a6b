/**
 * Paragraphs run together into one block read as the paragraphs they were. A news text kept in
 * one spreadsheet cell, or copied out of a PDF, comes as one line. The rules read paragraph by
 * paragraph: a quotation ends with its paragraph, a quote-only paragraph goes on with the last
 * speaker, and an apostrophe is told from a closing mark by what follows in the paragraph. In a
 * block holding a whole article, one misread mark pairs every later mark wrongly, to the end.
 *
 * A block far longer than any paragraph news is written in is cut into its sentences, and only
 * where no quotation is open: a mark is taken as opening or closing only where that is certain
 * (an apostrophe never closes here), so a missed mark keeps the block whole rather than cutting a
 * quotation. A second opening double mark after a full stop, while one is open, is the start of
 * a new paragraph (how a quotation continued over a paragraph break is written), so it is cut
 * there and the quotation carries on, as the rules read it in paragraphs.
 */
import type { Block } from '../model';
import { isAbbreviationStop } from './document';
import { tokenize, type Token } from './tokens';

/** Longer than any paragraph in the labelled news (the longest is about 500 characters). */
export const RUN_TOGETHER_LENGTH = 1000;
/** A quotation still open this far from its mark lost its closing mark: stop waiting for it. */
const LONGEST_QUOTATION = 1500;

const OPENING_DOUBLE = '“„«';
const CLOSING_DOUBLE = '”»';
const CLOSING_ANY = '”»’"\'';
const SENTENCE_END = /^[.!?…]$/;
/** A speaker's label opening a turn: "Q:", "A:", "HOST:", "MS. ROE:". */
const TURN_LABEL = /^(?:\p{Lu}[\p{Lu}.'’-]*)(?: \p{Lu}[\p{Lu}.'’-]*){0,2}:\s/u;
/** Words that begin a clause or a phrase of their own, so a mark right before them closes a quotation. */
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with', 'as', 'from', 'by', 'that', 'which', 'who', 'when', 'while', 'after', 'before', 'because', 'if', 'than', 'he', 'she', 'they', 'it', 'we', 'said', 'says', 'over', 'about']);

/**
 * The blocks with every run-together paragraph block cut into its sentences, and every paragraph
 * holding an interview's turns ("Q: … A: …") cut before each turn; others as they are.
 */
export function paragraphsRunTogether(text: string, blocks: readonly Block[]): readonly Block[] {
  if (!blocks.some((block) => isRunTogether(block) || opensWithTurn(text, block))) return blocks;
  return blocks.flatMap((block) => {
    if (isRunTogether(block)) return cutAt(text, block, paragraphStarts(text, block));
    return opensWithTurn(text, block) ? cutAt(text, block, laterTurns(text, block)) : [block];
  });
}

/**
 * A paragraph opening with a speaker's label ("Q:", "HOST:") may hold the turns after it too, an
 * interview's paragraphs run onto one line: the rules read a turn by the label opening its paragraph.
 */
function opensWithTurn(text: string, block: Block): boolean {
  return block.kind === 'paragraph' && TURN_LABEL.test(text.slice(block.start, block.start + 40));
}

/**
 * Where the later turns begin in a paragraph that opens with one: each sentence opening with a
 * label, once one of them is unlike the first (a second speaker: not a list of "Note:" lines).
 */
function laterTurns(text: string, block: Block): number[] {
  const label = (at: number) => TURN_LABEL.exec(text.slice(at, at + 40))?.[0].trim();
  const first = label(block.start);
  const turns = sentenceStarts(text, block).filter((at) => label(at) !== undefined);
  return turns.some((at) => label(at) !== first) ? turns : [];
}

function isRunTogether(block: Block): boolean {
  return block.kind === 'paragraph' && block.end - block.start >= RUN_TOGETHER_LENGTH;
}

/**
 * Where the paragraphs began. In a transcript or interview ("HOST: …", "Q: … A: …") each turn was
 * a paragraph, however many sentences it holds: a turn cut at its sentences would lose its label,
 * so once the block has turns it is cut only before them (and at sentences before the first).
 */
function paragraphStarts(text: string, block: Block): number[] {
  const starts = sentenceStarts(text, block);
  const turns = starts.filter((at) => TURN_LABEL.test(text.slice(at, at + 40)));
  if (turns.length < 2) return starts;
  return starts.filter((at) => at < turns[0]! || turns.includes(at));
}

interface OpenQuote {
  double: boolean;
  at: number;
}

/** Offsets inside the block where a sentence outside any quotation begins. */
function sentenceStarts(text: string, block: Block): number[] {
  const tokens = tokenize(text, block.start, block.end);
  const starts: number[] = [];
  let open: OpenQuote | null = null;
  // Whether the sentence now ending began with a quotation: `“A,” she said. “B.”` is one quotation
  // in pieces, so its second piece is not cut off as a paragraph of its own.
  let sentenceBeganQuoted = tokens.length > 0 && opensQuotation(text, tokens, 0);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (open && t.start - open.at > LONGEST_QUOTATION) open = null;
    const mark = t.type === 'punct' ? t.text : '';
    if (open && closes(tokens, i, open)) {
      open = null;
      continue;
    }
    const opening = mark !== '' && opensQuotation(text, tokens, i);
    if (opening && open?.double && OPENING_DOUBLE.includes(mark) && afterSentenceEnd(text, tokens, i)) {
      starts.push(t.start); // the quotation goes on in a new paragraph
      open = { double: true, at: t.start };
      continue;
    }
    const startsSentence = !open && (opening || t.cap) && afterSentenceEnd(text, tokens, i);
    if (startsSentence && !(opening && sentenceBeganQuoted)) starts.push(t.start);
    if (startsSentence) sentenceBeganQuoted = opening;
    if (opening && !open) open = { double: mark !== '‘' && mark !== "'", at: t.start };
  }
  return starts;
}

/** An opening mark: a quotation mark with a space (or nothing) before it and a word after it. */
function opensQuotation(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!`${OPENING_DOUBLE}‘"'`.includes(t.text)) return false;
  const next = tokens[i + 1];
  return /\s/.test(text[t.start - 1] ?? ' ') && next !== undefined && next.start === t.end && next.type !== 'punct';
}

/** A closing mark that cannot be an apostrophe: right after punctuation, or before punctuation or a word that starts a clause. */
function closes(tokens: readonly Token[], i: number, open: OpenQuote): boolean {
  const t = tokens[i]!;
  if (t.type !== 'punct' || !CLOSING_ANY.includes(t.text)) return false;
  if (open.double) return CLOSING_DOUBLE.includes(t.text) || t.text === '"';
  if (t.text !== '’' && t.text !== "'") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const punctBefore = prev !== undefined && prev.end === t.start && /^[.,!?;:…]$/.test(prev.text);
  const punctAfter = next !== undefined && next.start === t.end && /^[.,;:!?]$/.test(next.text);
  // "called it ‘a textbook case’ and urged": a plural possessive ("the farmers’ union") is followed by a noun, not by "and".
  const wordAfter = next !== undefined && next.start > t.end && CLAUSE_WORDS.has(next.lower);
  return punctBefore || punctAfter || wordAfter;
}

/** The token follows a space after a full stop, question or exclamation mark (and any closing marks) that ends a sentence. */
function afterSentenceEnd(text: string, tokens: readonly Token[], i: number): boolean {
  if (!/\s/.test(text[tokens[i]!.start - 1] ?? '')) return false;
  let k = i - 1;
  while (k > 0 && tokens[k]!.type === 'punct' && CLOSING_ANY.includes(tokens[k]!.text)) k--;
  const stop = tokens[k];
  if (!stop || stop.type !== 'punct' || !SENTENCE_END.test(stop.text)) return false;
  const word = tokens[k - 1];
  return !(word && word.end === stop.start && isAbbreviationStop(word));
}

function cutAt(text: string, block: Block, starts: readonly number[]): Block[] {
  const bounds = [block.start, ...starts, block.end];
  const out: Block[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let end = bounds[k + 1]!;
    while (end > bounds[k]! && /\s/.test(text[end - 1]!)) end--;
    if (end > bounds[k]!) out.push({ ...block, start: bounds[k]!, end });
  }
  return out;
}
