import type { Block } from '../model';

/**
 * Splits plain text into paragraph blocks at blank lines. Each block's range excludes the
 * surrounding whitespace, so highlighting never starts or ends on a newline.
 */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n[ \t]*\n/g;
  let cursor = 0;
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) blocks.push({ kind: 'paragraph', start, end });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(cursor, m.index);
    cursor = m.index + m[0].length;
  }
  push(cursor, text.length);
  return blocks;
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
