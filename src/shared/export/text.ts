/**
 * Small text rules every exporter shares: which characters may leave the app, how a quote is cut
 * into paragraphs, and how dates are shown.
 */

// C0 controls except tab and line feed, plus DEL: invisible, meaningless in an analyst's text, and
// treated inconsistently by Markdown parsers (NUL becomes U+FFFD) and spreadsheets.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Text as it may leave the app: line endings unified to `\n`, control characters dropped. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** The same text on one line: line breaks become spaces (for places a line break cannot go). */
export function oneLine(value: string): string {
  return cleanText(value).replace(/\s*\n\s*/g, ' ');
}

/**
 * Cuts text into paragraphs at blank lines (`\n\n`) so that joining them with `\n\n` gives the
 * text back exactly: extra line feeds stay inside a paragraph instead of being lost, and an empty
 * piece is merged into its neighbour because Markdown has no empty paragraph.
 */
export function splitParagraphs(value: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  for (const part of value.split('\n\n')) {
    if (current === null) current = part;
    else if (current === '' || part === '') current = `${current}\n\n${part}`;
    else {
      out.push(current);
      current = part;
    }
  }
  out.push(current ?? '');
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date for readers ("14 February 2023"); anything that is not an ISO date is shown as written,
 * because publication dates come from imported pages and may be free text.
 */
export function readableDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return value.trim();
  const month = MONTHS[Number(m[2]) - 1];
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return value.trim();
  return `${day} ${month} ${m[1]}`;
}

/** The number of Unicode code points in `text` before UTF-16 offset `offset` (W3C selectors count code points). */
export function codePointOffset(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point: count it once.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff && i + 1 < offset) i++;
    }
    points++;
  }
  return points;
}

/** True for http(s) URLs, the only ones an export turns into links (never `javascript:` or `file:`). */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s<>"`\\]+$/i.test(value);
}
