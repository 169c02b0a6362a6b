/**
 * When two quotes are the same statement: one line carried by several outlets, each with its own
 * quotation marks, capitals and punctuation, one of them perhaps starting or stopping a few words
 * earlier. The rule, on the quotes' normalised words (see `statementWords`):
 *
 * 1. the shorter quote has at least `MIN_STATEMENT_WORDS` words ("no comment", "we will see" and
 *    other short, generic lines never link);
 * 2. the two share a run of at least `MIN_SHARED_RUN` words in a row (this is what the index looks
 *    up, so nothing that meets the rule is missed);
 * 3. at least `MIN_COVERAGE` of the shorter quote's words lie in word triples that the longer quote
 *    also has — so one quote inside the other matches, so do two overlapping ends (one outlet
 *    cut the start, another the end), and a long quote with a word changed here and there.
 *
 * Speakers and articles are the index's business (statementIndex.ts): the rule is about words.
 */

/** Fewer words than this never link: short lines are too generic to say they are one statement. */
export const MIN_STATEMENT_WORDS = 6;
/** Two quotes must share this many words in a row. */
export const MIN_SHARED_RUN = 6;
/** The share of the shorter quote's words that must lie in word triples the longer one has too. */
export const MIN_COVERAGE = 0.8;

/** Quotes longer than this are compared on their first words only (a whole speech is not a line). */
const MAX_WORDS = 2_000;

/**
 * A quote's words as the rule compares them: accents, case, quotation marks, apostrophes and all
 * other punctuation dropped, so “We’re ready,” and "we're ready" give the same words.
 */
export function statementWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // An apostrophe inside a word joins it ("don't" → "dont"), whichever apostrophe an outlet typed.
    .replace(/(?<=\p{L})['’ʼ‘`´](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > MAX_WORDS ? words.slice(0, MAX_WORDS) : words;
}

/** The runs of `size` words in a row, each as one string. */
export function wordRuns(words: readonly string[], size: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + size <= words.length; i++) runs.push(words.slice(i, i + size).join(' '));
  return runs;
}

/** A 32-bit hash of a word (FNV-1a). */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The distinct index keys of a quote's words: one 30-bit hash per run of `MIN_SHARED_RUN` words,
 * folded from the words' own hashes (no strings are built). Collisions only cost a comparison.
 */
export function statementKeys(words: readonly string[]): number[] {
  if (words.length < MIN_STATEMENT_WORDS) return [];
  const hashes = words.map(wordHash);
  const keys = new Set<number>();
  for (let i = 0; i + MIN_SHARED_RUN <= hashes.length; i++) {
    let key = 0x811c9dc5;
    for (let j = i; j < i + MIN_SHARED_RUN; j++) key = Math.imul(key ^ hashes[j]!, 0x01000193);
    // 30 bits: small integers, which V8 keeps unboxed as Map keys (half the index's memory).
    keys.add(key & 0x3fffffff);
  }
  return [...keys];
}

/** Whether two quotes' words (from `statementWords`) are the same statement by the rule above. */
export function isSameStatement(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < MIN_STATEMENT_WORDS) return false;
  const longRuns = new Set(wordRuns(longer, MIN_SHARED_RUN));
  if (!wordRuns(shorter, MIN_SHARED_RUN).some((run) => longRuns.has(run))) return false;
  return coverage(shorter, longer) >= MIN_COVERAGE;
}

/** The share of `shorter`'s words that lie in a word triple `longer` has too. */
function coverage(shorter: readonly string[], longer: readonly string[]): number {
  const triples = new Set(wordRuns(longer, 3));
  const covered = new Uint8Array(shorter.length);
  for (let i = 0; i + 3 <= shorter.length; i++) {
    if (triples.has(`${shorter[i]} ${shorter[i + 1]} ${shorter[i + 2]}`)) covered.fill(1, i, i + 3);
  }
  return covered.reduce((n, c) => n + c, 0) / shorter.length;
}
