/**
 * The same labelled articles saved the ways real text arrives: one paragraph per line (copied
 * from a web page), hard-wrapped at 72 columns, Windows line ends, quotation marks and
 * apostrophes as HTML character references, the whole story on one line. Each layout rewrites an article's text and moves
 * its labels with it, so the suggester can be scored on it exactly as on the original.
 */
import type { Labelled } from './evalSplits';

/** One change to a text: `del` characters at `at` replaced by `ins`. */
interface Edit {
  at: number;
  del: number;
  ins: string;
}

type Layout = (text: string) => Edit[];

function edits(text: string, pattern: RegExp, change: (m: RegExpExecArray) => Edit | null): Edit[] {
  const out: Edit[] = [];
  for (const m of text.matchAll(pattern)) {
    const edit = change(m as RegExpExecArray);
    if (edit) out.push(edit);
  }
  return out;
}

/** A line break replaces the last space before each 72nd column of every line. */
const hardWrapped: Layout = (text) => {
  const out: Edit[] = [];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (text[i] === ' ') lastSpace = i;
    if (i - lineStart >= 72 && lastSpace > lineStart) {
      out.push({ at: lastSpace, del: 1, ins: '\n' });
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out;
};

/**
 * The headline (and any kicker or standfirst) on lines of their own, then the story, from its first
 * paragraph that ends a sentence, on one line: a news text kept in a spreadsheet cell or copied out of a PDF.
 */
const paragraphsRunTogether: Layout = (text) => {
  const firstSentence = /(?:^|\n[ \t]*\n)([^\n]*[.!?…]['"’”]?)[ \t]*(?=\n|$)/.exec(text);
  const storyStart = firstSentence ? firstSentence.index : text.length;
  return edits(text, /[ \t]*\n\s*/g, (m) => (m.index > storyStart ? { at: m.index, del: m[0].length, ins: ' ' } : null));
};

/** Double quotation marks as TeX and tokenised corpora write them: ``Yes,'' she said. */
const texQuotes: Layout = (text) => {
  let opens = true;
  return edits(text, /[“”"]/g, (m) => {
    const opening = m[0] === '"' ? opens : m[0] === '“';
    opens = !opening;
    return { at: m.index, del: 1, ins: opening ? '``' : "''" };
  });
};

const REFERENCES: Record<string, string> = { '“': '&ldquo;', '”': '&rdquo;', '‘': '&lsquo;', '’': '&rsquo;', '&': '&amp;' };

export const LAYOUTS: Readonly<Record<string, Layout>> = {
  'one paragraph per line': (text) => edits(text, /\n(?:[ \t]*\n)+/g, (m) => ({ at: m.index, del: m[0].length, ins: '\n' })),
  'hard-wrapped at 72 columns': hardWrapped,
  'Windows line ends': (text) => edits(text, /\n/g, (m) => ({ at: m.index, del: 1, ins: '\r\n' })),
  'HTML character references': (text) => edits(text, /[“”‘’&]/g, (m) => ({ at: m.index, del: 1, ins: REFERENCES[m[0]]! })),
  'paragraphs run together': paragraphsRunTogether,
  'TeX quotation marks': texQuotes,
};

/** The article in another layout, every label moved to the same words in the new text. */
export function inLayout(article: Labelled, layout: Layout): Labelled {
  const changes = layout(article.text).sort((a, b) => a.at - b.at);
  let text = '';
  let cursor = 0;
  // After each change: from original offset `from` on, offsets move by `shift`.
  const steps: { from: number; shift: number }[] = [];
  let shift = 0;
  for (const c of changes) {
    text += article.text.slice(cursor, c.at) + c.ins;
    cursor = c.at + c.del;
    shift += c.ins.length - c.del;
    steps.push({ from: cursor, shift });
  }
  text += article.text.slice(cursor);
  const moved = (offset: number) => offset + (steps.findLast((s) => s.from <= offset)?.shift ?? 0);
  // Every change replaces characters (none only inserts), so an end, the start of the character
  // after a range, moves to just past the new form of the range's last character.
  const range = <R extends { start: number; end: number; text: string }>(r: R): R => {
    const start = moved(r.start);
    const end = moved(r.end);
    return { ...r, start, end, text: text.slice(start, end) };
  };
  const gold = {
    ...article.gold,
    quotes: article.gold.quotes.map((q) => ({ ...range(q), ...(q.ranges ? { ranges: q.ranges.map(range) } : {}) })),
    ...(article.gold.not_quotes ? { not_quotes: article.gold.not_quotes.map(range) } : {}),
  };
  return { ...article, text, gold };
}
