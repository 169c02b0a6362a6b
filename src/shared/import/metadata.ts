/**
 * Article metadata as importers find it (titles with the site's name glued on, bylines such as
 * "By A and B", dates in a dozen formats, links of any scheme) tidied into what an Article stores.
 */
import type { Block, Source } from '../model';
import { escapeRegExp } from '../text/escapeRegExp';

/** What every importer produces: an article before it gets an id and is saved. */
export interface ArticleDraft {
  text: string;
  blocks: Block[];
  title: string;
  section: string;
  source: Source;
  language: string;
}

/** The schema's limit for short fields such as a title. */
export const SHORT_TEXT_MAX = 500;

/** Collapses white space and trims; clips to `max` characters. */
export function cleanLine(value: unknown, max = SHORT_TEXT_MAX): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex -- control characters never belong in metadata
  const flat = value.replace(/[\u0000-\u001F\u007F\u00AD\u200B]/g, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** An absolute http(s) address, or '' for anything else (javascript:, file:, relative, data:). */
export function safeHttpUrl(value: unknown): string {
  if (typeof value !== 'string') return '';
  const url = value.trim();
  if (url.length > 4000 || !/^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i.test(url)) return '';
  return url;
}

/** "www.example.co.uk" from "https://www.example.co.uk/news/1" → "example.co.uk"; '' when not a web address. */
export function siteOf(url: string): string {
  const match = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return match ? match[1]!.toLowerCase() : '';
}

/** Removes the site's name from a title such as "Headline | Outlet" or "Outlet – Headline". */
export function cleanTitle(title: unknown, outlet: string): string {
  let value = cleanLine(title);
  const name = cleanLine(outlet).toLowerCase();
  if (name && value.toLowerCase() !== name) {
    const separators = '[|\\-–—:·•»]';
    const escaped = escapeRegExp(name);
    value = value
      .replace(new RegExp(`\\s+${separators}\\s+${escaped}$`, 'i'), '')
      .replace(new RegExp(`^${escaped}\\s+${separators}\\s+`, 'i'), '')
      .trim();
  }
  return value;
}

const looksLikeName = (value: string) =>
  value.length >= 2 && value.length <= 100 && /\p{L}/u.test(value) && !/^(?:https?:|www\.)|@|\/\//i.test(value);

/** Author names from bylines, meta tags or JSON-LD: "By A and B, C" → ["A", "B", "C"]. */
export function splitAuthors(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const byline = cleanLine(value, 1000).replace(/^(?:by|von|par|por|door|di|av|af)\s+/i, '');
    for (const part of byline.split(/\s*(?:,|;|&|\||\band\b)\s*/i)) {
      const name = part.replace(/^(?:by)\s+/i, '').trim();
      const key = name.toLocaleLowerCase();
      if (!looksLikeName(name) || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
      if (out.length === 20) return out;
    }
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function ymd(year: number, month: number, day: number): string {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Finds a calendar date written out in `value` ("21 February 2023", "Feb. 21, 2023", "2023-02-21"), as YYYY-MM-DD. */
export function findDate(value: string): string {
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(value);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(value);
  if (dayFirst) return ymd(Number(dayFirst[3]), MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase()) + 1, Number(dayFirst[1]));
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(value);
  if (monthFirst) return ymd(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase()) + 1, Number(monthFirst[2]));
  return '';
}

/** A publication date as stored: an ISO 8601 timestamp is kept as given, anything else becomes YYYY-MM-DD or ''. */
export function normaliseDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed) && trimmed.length <= 40) {
    return findDate(trimmed) ? trimmed.replace(' ', 'T') : '';
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$/.exec(trimmed);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return findDate(trimmed);
}

/** A language tag such as "en" or "en-GB" from `lang` or `og:locale` ("en_GB"); '' when it is not one. */
export function normaliseLanguage(value: unknown): string {
  if (typeof value !== 'string') return '';
  const tag = value.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}$/i.test(tag) ? tag : '';
}

/** The first value that is not empty. */
export function firstOf(...values: string[]): string {
  return values.find((value) => value !== '') ?? '';
}
