/**
 * HTML character references left in plain text ("&ldquo;", "&#8217;", "&amp;"), as text pulled
 * out of a web page or a feed often has them, read as the characters they stand for, with the
 * way back to the text's own offsets; TeX's typewriter quotation marks (``…'', kept by tokenised
 * corpora) read as curly ones. The text itself is never changed: an analyst's file says what it
 * says, and quotes are anchored in it.
 */

// The references news text carries: quotation marks, apostrophes, dashes, spaces and the
// characters HTML must escape. Others are rare in prose and are left as they are.
const NAMED: Readonly<Record<string, string>> = {
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  ndash: '–', mdash: '—', hellip: '…', middot: '·', bull: '•', pound: '£', euro: '€', eacute: 'é', shy: '\u00ad',
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
// Typewriter quotation marks as TeX and tokenised corpora write them (``Yes,'' she said): read only
// in a text that opens a quotation that way, since '' alone is rarely a mark elsewhere.
const REFERENCE_OR_TEX_QUOTE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));|(``|'')/g;

/** Text with its references decoded, and each decoded offset's offset in the original. */
export interface DecodedText {
  text: string;
  /** The original offset of a decoded offset (a start, or an end just past a character). */
  toOriginal: (offset: number) => number;
  /** The original offset of a decoded end (an offset just past a character): past that character in the original. */
  endToOriginal: (offset: number) => number;
  /** The decoded offset of an original offset (one inside a reference maps to just past its character). */
  toDecoded: (offset: number) => number;
}

function characterOf(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED[name] ?? null;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  // Not NUL, not a lone surrogate, not past Unicode.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
  return String.fromCodePoint(code);
}

/** The text with its character references (and TeX quotation marks) decoded; null when it has none (the common case). */
export function decodeForReading(text: string): DecodedText | null {
  const texQuotes = text.includes('``');
  if (!text.includes('&') && !texQuotes) return null;
  let out = '';
  // starts[i]: the original offset where decoded code unit i begins; one more entry for the end.
  const starts: number[] = [];
  let cursor = 0;
  const copy = (to: number) => {
    for (let i = cursor; i < to; i++) starts.push(i);
    out += text.slice(cursor, to);
  };
  for (const m of text.matchAll(texQuotes ? REFERENCE_OR_TEX_QUOTE : REFERENCE)) {
    const character = m[4] !== undefined ? (m[4] === '``' ? '“' : '”') : characterOf(m[1], m[2], m[3]);
    if (character === null) continue;
    copy(m.index);
    // Both halves of a surrogate pair begin where the reference does.
    for (let k = 0; k < character.length; k++) starts.push(m.index);
    out += character;
    cursor = m.index + m[0].length;
  }
  if (cursor === 0) return null;
  copy(text.length);
  starts.push(text.length);
  const { toDecoded, toOriginal } = offsetMaps(starts);
  // Nothing is left out, so an end maps as the start of the character after it: past a whole reference.
  return { text: out, toOriginal, endToOriginal: toOriginal, toDecoded };
}

/**
 * The two ways between a reading and its original, from `starts` (where each read code unit
 * begins in the original, sorted, with one more entry for the end): an original offset inside
 * something read as one character maps just past it.
 */
export function offsetMaps(starts: readonly number[]): Pick<DecodedText, 'toDecoded' | 'toOriginal'> {
  const toDecoded = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const toOriginal = (offset: number) => starts[Math.max(0, Math.min(offset, starts.length - 1))]!;
  return { toDecoded, toOriginal };
}
