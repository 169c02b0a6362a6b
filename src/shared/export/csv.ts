/**
 * CSV for spreadsheets (RFC 4180): one row per quote and actor role, so a pivot table can count
 * who said what about whom. Fields are quoted when needed, lines end in CRLF, and a cell that a
 * spreadsheet would run as a formula is defused.
 */
import type { ExportIndex, QuoteInContext } from './bundle';
import { cleanText } from './text';
import { quoteText } from '../anchoring/pieces';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'article_id',
  'article_title',
  'outlet',
  'published',
  'quote_id',
  'quote',
  'kind',
  'status',
  'role',
  'actor',
  'actor_id',
  'speaker',
  'about',
  'tags',
  'comment',
  'cue',
  'start',
  'end',
  'created',
  'updated',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

/**
 * Spreadsheets execute a cell starting with = + - @ (and, in some, tab or carriage return) as a
 * formula, which a hostile article could use (OWASP "CSV injection"). A leading apostrophe makes
 * the cell text; the apostrophe is not shown by Excel, LibreOffice or Google Sheets.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, quote, or line break; quotes doubled. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const cell = defuseFormula(cleanText(value));
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One CSV record (no line ending). */
export function csvRecord(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

function rows(index: ExportIndex, { quote, article }: QuoteInContext): Row[] {
  const name = (id: string | null) => (id ? (index.actor(id)?.name ?? '') : '');
  const base = {
    article_id: article.article.id,
    article_title: article.article.title,
    outlet: article.article.source.outlet,
    published: article.article.source.publishedAt,
    quote_id: quote.id,
    quote: quoteText(quote.target),
    kind: quote.kind,
    status: quote.status,
    speaker: name(quote.speakerId),
    about: quote.aboutIds.map(name).join('; '),
    tags: quote.tagIds.map((id) => index.tagLabel(id) ?? '').join('; '),
    comment: quote.comment,
    cue: quote.cue,
    start: quote.target.start,
    end: quote.target.end,
    created: quote.createdAt,
    updated: quote.updatedAt,
  };
  const roles = [...(quote.speakerId ? [{ role: 'speaker', id: quote.speakerId }] : []), ...quote.aboutIds.map((id) => ({ role: 'about', id }))];
  // A quote with no actor yet still gets its row, so no quote is missing from the sheet.
  if (roles.length === 0) return [{ ...base, role: '', actor: '', actor_id: '' }];
  return roles.map(({ role, id }) => ({ ...base, role, actor: name(id), actor_id: id }));
}

/**
 * The CSV text for `quotes`. It starts with a UTF-8 byte order mark: without it Excel reads the
 * file as the local code page and mangles curly quotes and accents.
 */
export function quotesCsv(index: ExportIndex, quotes: QuoteInContext[]): string {
  const lines = [csvRecord(CSV_COLUMNS), ...quotes.flatMap((q) => rows(index, q)).map((row) => csvRecord(CSV_COLUMNS.map((c) => row[c])))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
