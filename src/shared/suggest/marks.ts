/**
 * Pairs quotation marks into direct-quote spans. Handles English (“ ” ‘ ’), German/Central
 * European („ “ ‚ ‘ and „ ”), French and reversed guillemets (« » / » «, ‹ ›), CJK corner brackets,
 * and straight " and ' decided by context. Apostrophes (Russia’s, we’ve, ’90s, farmers’) are
 * never taken for closing marks. A quote never runs past its paragraph unless the next paragraph
 * reopens it (the convention for a quote continued over a paragraph break), so one unbalanced
 * mark cannot swallow the rest of the article.
 */

/** A top-level quotation: marks at `open` and `close`, content `[start, end)` without the marks. */
export interface QuoteSpan {
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended first (a missing closing mark). */
  close: number;
  start: number;
  end: number;
  /** Index of the paragraph holding the opening mark, and of the one holding the closing mark. */
  block: number;
  lastBlock: number;
  mark: string;
}

interface Open {
  mark: string;
  pos: number;
  block: number;
}

const MARKS = /[“”„‟«»‹›‘’‚‛"'「」『』]/g;
const SPACE = /[\s\u00a0\u202f\u2009]/u;
const LETTER = /[\p{L}\p{N}]/u;
// A closing markup tag ("<post …>“…”") may stand right before an opening mark.
const OPEN_BEFORE = /[([{\u2014\u2013\-/>]/;

/** Which closing marks end a quote opened by each mark. */
const CLOSERS: Record<string, string> = {
  // Mismatched marks ("“…," said, "…” she said) still pair: copy pasted from several sources mixes them.
  '“': '”"',
  '„': '“”',
  '‟': '”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '‘': '’',
  '‚': '‘’',
  '‛': '’',
  '"': '"”',
  "'": "'",
  '「': '」',
  '『': '』',
  '”': '”',
};

/** The marks that reopen a quote continued in the next paragraph. */
const REOPENERS: Record<string, string> = { '«': '«»', '»': '»' };

/** Finds every top-level quotation in the given paragraphs of `text`. */
export function findQuoteSpans(text: string, blocks: readonly { start: number; end: number; kind?: string }[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: Open | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const { start: from, end: to } = blocks[b]!;
    const stack: Open[] = carried ? [carried] : [];
    let skip = -1;
    if (carried) {
      skip = firstNonSpace(text, from, to);
      carried = null;
    }
    const marks = collectMarks(text, from, to);
    for (let i = 0; i < marks.length; i++) {
      const pos = marks[i]!;
      if (pos === skip) continue;
      const ch = text[pos]!;
      const prev = pos > from ? text[pos - 1]! : ' ';
      const next = pos + 1 < to ? text[pos + 1]! : ' ';
      const role = classify(ch, prev, next, stack, text, marks, i, to);
      if (role === 'open') stack.push({ mark: ch, pos, block: b });
      else if (role === 'close') {
        const at = findOpener(stack, ch);
        if (at < 0) continue;
        const opener = stack[at]!;
        stack.length = at;
        if (at === 0) spans.push(makeSpan(text, opener, pos, b));
      }
    }
    const bottom = stack[0];
    if (!bottom) continue;
    const nextBlock = blocks[b + 1];
    const isHeading = blocks[b]!.kind === 'heading' || nextBlock?.kind === 'heading';
    if (nextBlock && !isHeading && reopens(text, nextBlock, bottom.mark)) carried = bottom;
    else if (countWords(text.slice(bottom.pos + 1, to)) >= 3) spans.push(makeSpan(text, bottom, -1, b, to));
  }
  return spans;
}

function collectMarks(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  MARKS.lastIndex = from;
  for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) out.push(m.index);
  return out;
}

type Role = 'open' | 'close' | 'none';

function classify(ch: string, prev: string, next: string, stack: readonly Open[], text: string, marks: readonly number[], i: number, to: number): Role {
  const spaceBefore = SPACE.test(prev) || OPEN_BEFORE.test(prev) || '“„«»‹‘‚"\'「『'.includes(prev);
  const spaceAfter = SPACE.test(next) || /[.,;:!?)\]}\u2014\u2013…]/.test(next) || '”’»›"\'」』“‘'.includes(next);
  const leftFlank = spaceBefore && !SPACE.test(next);
  const rightFlank = !SPACE.test(prev) && spaceAfter;
  const canClose = findOpener(stack, ch) >= 0;
  switch (ch) {
    case '’':
    case "'": {
      if (LETTER.test(prev) && LETTER.test(next)) return 'none'; // we’ve, Russia’s
      if (spaceBefore && /\d/.test(next)) return 'none'; // ’90s
      if (leftFlank) return ch === "'" ? 'open' : 'none';
      if (!canClose) return 'none'; // farmers’ cooperatives
      // "the allies’ weapons" inside an open quote: an apostrophe if a clearer closer follows.
      if (prev === 's' && /\s/.test(next) && /\p{Ll}/u.test(text[marksNextChar(text, marks[i]!, to)] ?? '') && laterCloser(text, marks, i, ch)) return 'none';
      return 'close';
    }
    case '‘':
    case '‛':
      if (canClose && !leftFlank) return 'close'; // ‚…‘
      if (/\d/.test(next)) return 'none'; // ‘90s typed with the wrong mark
      return leftFlank || spaceBefore ? 'open' : 'none';
    case '“':
      if (canClose && !leftFlank) return 'close'; // „…“
      return leftFlank || spaceBefore ? 'open' : 'none';
    case '”':
      if (canClose) return 'close';
      return leftFlank ? 'open' : 'none';
    case '"':
      if (leftFlank && !rightFlank) return 'open';
      if (rightFlank && !leftFlank) return canClose ? 'close' : 'none';
      return canClose ? 'close' : 'open';
    case '»':
    case '›':
      if (canClose) return 'close';
      return leftFlank ? 'open' : 'none';
    case '«':
    case '‹':
      if (canClose && rightFlank) return 'close';
      return 'open';
    case '」':
    case '』':
      return canClose ? 'close' : 'none';
    default:
      return 'open'; // „ ‚ ‟ 「 『
  }
}

// Real quotations nest two or three deep; a paragraph of thousands of unmatched opening marks
// must not make every later mark search all of them (that made hostile text quadratic).
const MAX_NESTING = 64;

function findOpener(stack: readonly Open[], closer: string): number {
  const deepest = Math.max(0, stack.length - MAX_NESTING);
  for (let k = stack.length - 1; k >= deepest; k--) if ((CLOSERS[stack[k]!.mark] ?? '').includes(closer)) return k;
  return -1;
}

function marksNextChar(text: string, pos: number, to: number): number {
  let k = pos + 1;
  while (k < to && SPACE.test(text[k]!)) k++;
  return k;
}

/**
 * True when a later mark of the same kind in the paragraph is an unambiguous closer. The answers
 * for every mark of a paragraph are worked out in one backward pass the first time one is asked
 * for, so a paragraph of many apostrophes stays linear.
 */
function laterCloser(text: string, marks: readonly number[], i: number, ch: string): boolean {
  let answers = laterCloserCache.get(marks)?.get(ch);
  if (!answers) {
    answers = new Uint8Array(marks.length);
    let next = 0;
    for (let k = marks.length - 1; k >= 0; k--) {
      answers[k] = next;
      const p = marks[k]!;
      if (text[p] !== ch) continue;
      const prev = text[p - 1] ?? ' ';
      const after = text[p + 1] ?? ' ';
      if (LETTER.test(prev) && LETTER.test(after)) continue;
      next = /[.,!?;:…]/.test(prev) || (!SPACE.test(prev) && !LETTER.test(after) && prev !== 's') ? 1 : 0;
    }
    const byMark = laterCloserCache.get(marks) ?? new Map<string, Uint8Array>();
    byMark.set(ch, answers);
    laterCloserCache.set(marks, byMark);
  }
  return answers[i] === 1;
}

const laterCloserCache = new WeakMap<readonly number[], Map<string, Uint8Array>>();

function reopens(text: string, block: { start: number; end: number }, mark: string): boolean {
  const first = text[firstNonSpace(text, block.start, block.end)];
  return first !== undefined && (REOPENERS[mark] ?? mark).includes(first);
}

function firstNonSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && SPACE.test(text[k]!)) k++;
  return k;
}

function makeSpan(text: string, opener: Open, close: number, lastBlock: number, paragraphEnd?: number): QuoteSpan {
  let start = opener.pos + 1;
  let end = close >= 0 ? close : paragraphEnd!;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { open: opener.pos, close, start, end, block: opener.block, lastBlock, mark: opener.mark };
}

function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
