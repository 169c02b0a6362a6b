/**
 * Finding a quote's words in an article. People type straight quotes where the article has curly
 * ones ("Russia's" for "Russia’s") and plain spaces where it has no-break spaces, so search runs on
 * a folded copy of both texts. Folding maps one UTF-16 unit to one, so offsets stay valid.
 */

const FOLD: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", 'ʼ': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\t': ' ',
};

/** The text with typographic quotes, dashes and spaces folded to plain ones; same length. */
export function foldForSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += FOLD[ch] ?? ch;
  }
  return out;
}

/** Start offsets of every occurrence of `needle` in `text` (overlapping ones included). */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Where `exact` occurs in `text`: exact occurrences if there are any, otherwise occurrences after
 * folding quotes, dashes and spaces on both sides. Each is a `[start, end)` range of `text`.
 */
export function findQuote(text: string, exact: string): { start: number; end: number }[] {
  const needle = exact.normalize('NFC');
  let starts = occurrences(text, needle);
  if (starts.length === 0) starts = occurrences(foldForSearch(text), foldForSearch(needle));
  return starts.map((start) => ({ start, end: start + needle.length }));
}
