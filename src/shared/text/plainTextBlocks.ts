import type { Block } from '../model';
import { headlineApart } from '../suggest/headlineRunIn';
import { paragraphsRunTogether, RUN_TOGETHER_LENGTH } from '../suggest/runTogether';

/**
 * Splits plain text into paragraph blocks at blank lines. Each block's range excludes the
 * surrounding whitespace, so highlighting never starts or ends on a newline.
 *
 * Text copied from a web page or saved by many tools has no blank lines at all: each paragraph
 * is one line. Such text is split at its line breaks (else the headline and the whole story
 * would be one paragraph), unless its lines are hard-wrapped (see `lineBreaksBetweenParagraphs`).
 */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) blocks.push({ kind: 'paragraph', start, end });
  };
  // "\r" counts as white space, so a CRLF text that was never normalised splits the same way.
  const blankLine = /\n[ \t\r]*\n/g;
  const separator = blankLine.test(text) ? blankLine : lineBreaksBetweenParagraphs(text);
  separator.lastIndex = 0;
  let cursor = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(cursor, m.index);
    cursor = m.index + m[0].length;
  }
  push(cursor, text.length);
  // A feed that lost its markup runs the headline into the story ("… pay deal LISBON (Wire) — Dockers …"):
  // shown apart, and so read as the title, where a wire dateline marks the story's start.
  return [...headlineApart(text, storyOnOneLine(text, blocks), { marks: 'dateline' })];
}

/**
 * A story kept on one line (a spreadsheet cell, text copied out of a PDF) is its paragraphs run
 * together: shown as one block it is a wall of text. The block that holds most of the text, over
 * 1,000 characters without a line break, is cut between its sentences where no quotation is open
 * (runTogether.ts); a long paragraph among others is left as it was written.
 */
function storyOnOneLine(text: string, blocks: Block[]): Block[] {
  const last = blocks.at(-1);
  if (!last) return blocks;
  const length = last.end - last.start;
  if (length < RUN_TOGETHER_LENGTH || length < 0.8 * text.trim().length || text.slice(last.start, last.end).includes('\n')) return blocks;
  return [...blocks.slice(0, -1), ...paragraphsRunTogether(text, [last])];
}

/** Lines longer than this are paragraphs written on one line, not a hard-wrapped column. */
const WRAP_WIDTH = 100;
const ENDS_SENTENCE = /[.!?…"”’')]$/;

/**
 * Lines cut at a column: none longer than a column would be, most of them nearly as long as the
 * widest, and most of those ending mid-sentence. Short lines that each end a sentence (a
 * transcript, a list of one-line paragraphs) are paragraphs of their own.
 */
function hardWrapped(lines: readonly string[]): boolean {
  const widest = Math.max(0, ...lines.map((line) => line.length));
  if (widest > WRAP_WIDTH || lines.length < 3) return false;
  const full = lines.filter((line) => line.length >= widest * 0.75);
  return full.length >= lines.length / 2 && full.filter((line) => !ENDS_SENTENCE.test(line)).length >= full.length * 0.6;
}


/**
 * For text without blank lines: a pattern matching the line breaks that end a paragraph. Every
 * break, unless the text is hard-wrapped; then only a break after a line that ends a sentence
 * well short of the column, as the last line of a wrapped paragraph does.
 */
function lineBreaksBetweenParagraphs(text: string): RegExp {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (!hardWrapped(lines)) return /\r?\n/g;
  const widest = Math.max(...lines.map((line) => line.length));
  const short = Math.floor(widest * 0.85);
  return new RegExp(`(?<=[.!?…"”’')][ \\t\\r]{0,3})\\n(?<=^.{0,${short}}\\n)`, 'gmu');
}

/**
 * Guesses section and title of a plain-text article: a short first line without end punctuation
 * followed by another paragraph is a kicker/section ("Policy"), the next paragraph the title.
 * Marks those blocks as headings.
 */
export function guessPlainTextHeadings(
  text: string,
  blocks: Block[],
): { title: string; section: string; blocks: Block[] } {
  const slice = (b: Block | undefined) => (b ? text.slice(b.start, b.end) : '');
  const looksLikeHeading = (s: string) => s.length > 0 && s.length <= 200 && !s.includes('\n') && !/[.!?:;,]$/.test(s);
  const looksLikeKicker = (s: string) => looksLikeHeading(s) && s.split(/\s+/).length <= 4 && s.length <= 40;
  const out = blocks.map((b) => ({ ...b }));
  const first = slice(out[0]);
  const second = slice(out[1]);
  if (out.length >= 3 && looksLikeKicker(first) && looksLikeHeading(second) && second.length > first.length) {
    out[0]!.kind = 'heading';
    out[1]!.kind = 'heading';
    return { section: first, title: second, blocks: out };
  }
  if (out.length >= 2 && looksLikeHeading(first)) {
    out[0]!.kind = 'heading';
    return { section: '', title: first, blocks: out };
  }
  return { section: '', title: first.slice(0, 120), blocks: out };
}
