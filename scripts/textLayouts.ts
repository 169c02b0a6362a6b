/**
 * The same labelled articles saved the ways real text arrives: one paragraph per line (copied
 * from a web page), hard-wrapped at 72 columns, Windows line ends, quotation marks and
 * apostrophes as HTML character references, the whole story on one line, tokenised as corpora ship
 * news. Each layout rewrites an article's text and moves
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

/**
 * Tokenised text, as corpora ship it: a space before each full stop, comma and other stop, before
 * "'s" and "n't", and between a double quotation mark and its words ("Roe , a senator , said the
 * plan 's cost was " too high . ""). Each mark is replaced by itself with a space on the side that
 * had none, so a label ending just before a mark still ends at its last word.
 */
const tokenised: Layout = (text) => {
  const out: Edit[] = [];
  let opens = true;
  for (const m of text.matchAll(/[,.;:!?](?=\s|["“”'’]|$)|["“”]|['’](?=s\b)|n(?=['’]t\b)/g)) {
    const mark = m[0];
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/["“”]/.test(mark)) {
      const opening: boolean = mark === '"' ? opens : mark === '“';
      opens = !opening;
      if (opening && /\S/.test(text[m.index + 1] ?? ' ')) out.push({ at: m.index, del: 1, ins: `${mark} ` });
      if (!opening && /\S$/.test(before)) out.push({ at: m.index, del: 1, ins: ` ${mark}` });
      continue;
    }
    // After a word or a closing mark; an abbreviation ("U.S.", "Mr.") keeps its full stop, as tokenisers do.
    if (!/[\p{L}\p{N})’'"”]$/u.test(before)) continue;
    if (mark === '.' && /(?:\b\p{L}\.\p{L}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Inc|Co|Corp|Ltd|Gen|Lt|Col|Prof|vs))$/u.test(before)) continue;
    out.push({ at: m.index, del: 1, ins: ` ${mark}` });
  }
  return out;
};

/** The headline run into the story's first sentence, with a space for its line break: a feed that lost its markup. */
const headlineRunIn: Layout = (text) => {
  const lines = [...text.matchAll(/[^\n]+/g)];
  const first = lines.findIndex((l) => /[.!?…]['"’”]?\s*$/.test(l[0]));
  if (first < 1) return [];
  const headline = lines[first - 1]!;
  const gap = headline.index + headline[0].length;
  return [{ at: gap, del: lines[first]!.index - gap, ins: ' ' }];
};

/** A turn's label: "Q:", "A:", "HOST:", "MS. ROE:". */
const TURN = /^(?:Q|A|\p{Lu}[\p{Lu}.'’ -]{1,30}):\s/u;

/** An interview's questions and answers on one line, each turn after the last with a space: the page's paragraphs lost. */
const interviewOneLine: Layout = (text) => {
  const out: Edit[] = [];
  let previousTurn = false;
  for (const m of text.matchAll(/[ \t]*\n\s*/g)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const afterTurn: boolean = TURN.test(text.slice(lineStart, m.index)) || (previousTurn && lineStart > 0 && out.at(-1)?.at === lineStart - 1);
    const nextIsTurn = TURN.test(text.slice(m.index + m[0].length));
    previousTurn = afterTurn;
    if (afterTurn && nextIsTurn) out.push({ at: m.index, del: m[0].length, ins: ' ' });
  }
  return out;
};

const REFERENCES: Record<string, string> = { '“': '&ldquo;', '”': '&rdquo;', '‘': '&lsquo;', '’': '&rsquo;', '&': '&amp;' };

export const LAYOUTS: Readonly<Record<string, Layout>> = {
  'one paragraph per line': (text) => edits(text, /\n(?:[ \t]*\n)+/g, (m) => ({ at: m.index, del: m[0].length, ins: '\n' })),
  'hard-wrapped at 72 columns': hardWrapped,
  'Windows line ends': (text) => edits(text, /\n/g, (m) => ({ at: m.index, del: 1, ins: '\r\n' })),
  'HTML character references': (text) => edits(text, /[“”‘’&]/g, (m) => ({ at: m.index, del: 1, ins: REFERENCES[m[0]]! })),
  'paragraphs run together': paragraphsRunTogether,
  'TeX quotation marks': texQuotes,
  'tokenised (spaces before punctuation)': tokenised,
  'headline run into the story': headlineRunIn,
  'interview run onto one line': interviewOneLine,
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
