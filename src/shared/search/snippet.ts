/**
 * Snippets come out of the index with the matched words between two control characters that
 * never occur in stored text; these helpers turn them into plain text plus highlight ranges.
 */

/** Put before a matched word by the index's snippet function. */
export const MARK_START = '\u0002';
/** Put after it. */
export const MARK_END = '\u0003';

/** Splits a marked snippet into its plain text and the `[start, end)` ranges that matched. */
export function unmarkSnippet(marked: string): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_START) open = text.length;
    else if (ch === MARK_END) {
      if (open >= 0 && text.length > open) highlights.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

/** The start of a text as a snippet without highlights (for hits found by fields alone). */
export function plainSnippet(text: string, max = 200): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max).trimEnd()}…` : flat;
}
