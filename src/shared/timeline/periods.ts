/**
 * Calendar periods for the timeline and the dynamic network: an article's day (from its
 * publication date), and the week (ISO, starting Monday) or month holding it. Dates are civil
 * days in UTC arithmetic, so no time zone moves an article to another day.
 */

/** How finely the timeline counts. */
export type Granularity = 'week' | 'month';

/** An article's day `YYYY-MM-DD` from its publication date, or null when it has none that reads as a date. */
export function articleDay(publishedAt: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : null;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const parse = (day: string) => new Date(`${day}T00:00:00Z`);

/** The first day of the period holding `day`. */
export function periodStart(day: string, granularity: Granularity): string {
  const date = parse(day);
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  date.setUTCDate(date.getUTCDate() - weekday);
  return iso(date);
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, granularity: Granularity): string {
  const date = parse(start);
  if (granularity === 'month') date.setUTCMonth(date.getUTCMonth() + 1, 1);
  else date.setUTCDate(date.getUTCDate() + 7);
  return iso(date);
}

/** The last day of the period starting on `start`. */
export function periodEnd(start: string, granularity: Granularity): string {
  const date = parse(nextPeriod(start, granularity));
  date.setUTCDate(date.getUTCDate() - 1);
  return iso(date);
}

/** Every period from the one holding `first` to the one holding `last`, empty ones included. */
export function periodsBetween(first: string, last: string, granularity: Granularity): string[] {
  const out: string[] = [];
  const end = periodStart(last, granularity);
  for (let p = periodStart(first, granularity); p <= end; p = nextPeriod(p, granularity)) out.push(p);
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The ISO week number and its year of `day` (week 1 holds the year's first Thursday). */
export function isoWeek(day: string): { year: number; week: number } {
  const date = parse(day);
  date.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7)); // that week's Thursday
  const year = date.getUTCFullYear();
  const dayOfYear = (date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** A short label: "Mar 2024" for a month, "2024-W09" for a week. */
export function periodLabel(start: string, granularity: Granularity): string {
  if (granularity === 'month') return `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  const { year, week } = isoWeek(start);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
