/**
 * Word and punctuation tokens with their offsets in the article text. Abbreviations with dots
 * ("U.S.") and hyphenated or apostrophised words ("Thomas-Greenfield", "we’ve") stay whole; a
 * possessive "’s" on a capitalised word is split off into a flag so that "China’s" is a mention
 * of China.
 */

/** One token of the text. */
export interface Token {
  /** The token's text (for a possessive, without the "’s"). */
  text: string;
  /** Lower-case text with accents kept, for word-list look-ups. */
  lower: string;
  start: number;
  /** End of the token, including a split-off possessive "’s". */
  end: number;
  /** A word, a number or a single punctuation character (quote marks included). */
  type: 'word' | 'number' | 'punct';
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A capitalised word followed by "’s" / "'s". */
  possessive: boolean;
}

// Acronyms with dots first (U.S., U.K., a legislator's party and state "R-N.Y."), then numbers (4,000; 2.5), then words with inner
// apostrophes or hyphens, then any single non-space character.
const TOKEN = /(\p{Lu}-(?:\p{Lu}\.){2,}|\p{Lu}\.(?:\p{Lu}\.)+)|(\d+(?:[.,]\d+)*(?:\p{L}+)?)|([\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;

const FUNCTION_CAPS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'let', 'here', 'where']);

/** Tokenises `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const type: Token['type'] = m[1] || m[3] ? 'word' : m[2] ? 'number' : 'punct';
    let word = raw;
    let possessive = false;
    if (type === 'word' && /^\p{Lu}/u.test(raw) && /['’]s$/u.test(raw) && raw.length > 2) {
      const stem = raw.slice(0, -2);
      if (!FUNCTION_CAPS.has(stem.toLowerCase())) {
        word = stem;
        possessive = true;
      }
    }
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + raw.length, type, cap: /^\p{Lu}/u.test(word), possessive });
  }
  return tokens;
}

/** The index of the token starting at `offset` (-1 if none): a binary search, tokens being in text order. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : -1;
}

/** True for a word token. */
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.type === 'word';

/** True when the token is the punctuation character `ch`. */
export const isPunct = (t: Token | undefined, ch?: string): boolean => t !== undefined && t.type === 'punct' && (ch === undefined || t.text === ch);

/** True for an all-capitals word of 2+ letters ("NATO", "IOC") or a dotted acronym ("U.S."). */
export const isAcronym = (t: Token): boolean => t.type === 'word' && /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u.test(t.text);

/** Abbreviated titles and ranks whose full stop belongs to the name that follows ("said Sen. Ada Roe", "said Mr. Roe"). */
const TITLE_ABBREVIATION = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|lt|col|gen|sgt|maj|capt|cmdr|adm|cpl|brig|rev|supt|insp|det|amb|atty|st)$/;

/** The full stop at `k` closes an abbreviated title written against it, and a capitalised name follows. */
export function titleDot(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return isPunct(tokens[k], '.') && prev !== undefined && prev.end === tokens[k]!.start && TITLE_ABBREVIATION.test(prev.lower) && tokens[k + 1]?.cap === true;
}

/** Lower-case, accent-free form for matching against word lists ("Étienne" → "etienne"). */
export function plain(word: string): string {
  let p = plainCache.get(word);
  if (p === undefined) {
    if (plainCache.size > 20_000) plainCache.clear();
    p = /^[ -~]*$/.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    plainCache.set(word, p);
  }
  return p;
}

const plainCache = new Map<string, string>();
