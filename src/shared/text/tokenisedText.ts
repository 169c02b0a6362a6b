/**
 * Tokenised text, as corpora ship news ("Roe , a senator , said the plan 's cost was \" too high
 * . \""), read as it was written before it was tokenised: the spaces a tokeniser put before stops,
 * before "'s" and "n't", inside brackets and between a quotation mark and its words are read as
 * not there. The rules tell a closing mark from an apostrophe, a clause's end from an
 * abbreviation and a quotation's first word by the spaces around them; tokenised, every one reads
 * wrongly. As with character references, the text itself is never changed: only read.
 */
import { offsetMaps, type DecodedText } from './characterReferences';

/** A stop a tokeniser set apart from the word before it: "said , she". */
const SPACED_STOP = /[\p{L}\p{N}] [,.;:!?](?=\s|$)/gu;
const STOP = /[,.;:!?](?=\s|$)/g;
/** At least this many stops set apart, and at least half of all stops: never an untidy sentence or two. */
const MIN_SPACED_STOPS = 3;

/** What may follow a space the tokeniser put before it: a stop, a bracket's end, a split-off "'s" or "n't". */
const STOP_AFTER_SPACE = /^(?:\.{2,}|[,.;:!?…%])(?=\s|$|["“”’')\]])/;
const CLITIC_AFTER_SPACE = /^(?:['’](?:s|re|ve|ll|d|m)|n['’]t)(?=\s|$|[,.;:!?"”’)])/i;
const CLOSER_AFTER_SPACE = /^(?:[)\]”]|’(?=\s|$|[,.;:!?"”)]))/;
/** A plural's possessive mark split off: "the owners ' association". */
const PLURAL_POSSESSIVE_AFTER_SPACE = /^'(?=\s)/;
const OPENERS = '([“‘';

/** The text as written before tokenising, with the way back to its offsets; null for text that is not tokenised (the common case). */
export function detokeniseForReading(text: string): DecodedText | null {
  if (!isTokenised(text)) return null;
  const quotes = straightQuoteRoles(text);
  const dropped: [number, number][] = [];
  for (const m of text.matchAll(/[ \t]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1];
    if (before === undefined || before === '\n' || before === '\r' || end >= text.length) continue;
    const after = text.slice(end, end + 4);
    const standsAlone = start < 2 || /\s/.test(text[start - 2]!);
    const dropsAfterOpener = standsAlone && (OPENERS.includes(before) || quotes.get(start - 1) === 'opening');
    const dropsBeforeCloser =
      STOP_AFTER_SPACE.test(after) || (/[\p{L}]/u.test(before) && CLITIC_AFTER_SPACE.test(after)) || CLOSER_AFTER_SPACE.test(after) ||
      ((before === 's' || before === 'S') && PLURAL_POSSESSIVE_AFTER_SPACE.test(after)) ||
      quotes.get(end) === 'closing';
    if (dropsAfterOpener || dropsBeforeCloser) dropped.push([start, end]);
  }
  return dropped.length ? readingWithout(text, dropped) : null;
}

function isTokenised(text: string): boolean {
  let spaced = 0;
  for (const _ of text.matchAll(SPACED_STOP)) spaced++;
  if (spaced < MIN_SPACED_STOPS) return false;
  let all = 0;
  for (const _ of text.matchAll(STOP)) all++;
  return spaced * 2 >= all;
}

/**
 * Each straight double mark that stands alone between spaces, as opening or closing: they
 * alternate within a paragraph, the first of a paragraph opening (a quotation continued over a
 * paragraph break opens again).
 */
function straightQuoteRoles(text: string): Map<number, 'opening' | 'closing'> {
  const roles = new Map<number, 'opening' | 'closing'>();
  let opens = true;
  for (const m of text.matchAll(/\n[ \t]*\r?\n|"/g)) {
    if (m[0] !== '"') {
      opens = true;
      continue;
    }
    roles.set(m.index, opens ? 'opening' : 'closing');
    opens = !opens;
  }
  return roles;
}

/** A reading of `text` with the given ranges (sorted, apart) left out. */
function readingWithout(text: string, dropped: readonly [number, number][]): DecodedText {
  // starts[i] / ends[i]: where decoded character i begins / ends in the original; starts has one more entry, for the end.
  const starts: number[] = [];
  const ends: number[] = [];
  let out = '';
  let cursor = 0;
  const copy = (to: number) => {
    for (let i = cursor; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    out += text.slice(cursor, to);
  };
  for (const [start, end] of dropped) {
    copy(start);
    cursor = end;
  }
  copy(text.length);
  starts.push(text.length);
  const { toDecoded, toOriginal } = offsetMaps(starts);
  return { text: out, toOriginal, endToOriginal: (offset) => (offset <= 0 ? toOriginal(0) : ends[Math.min(offset, ends.length) - 1]!), toDecoded };
}
