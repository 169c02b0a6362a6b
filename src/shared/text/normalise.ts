/** Canonical article text: NFC, LF line endings, no BOM, no trailing whitespace on lines. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Counts words the way a reader would (runs of letters/digits, apostrophes inside words). */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}
