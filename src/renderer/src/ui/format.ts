/** Small formatting helpers for what lists and headers show. */

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const listFormat = new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' });

/** A date such as "21 Feb 2023"; the original string when it is not a date; '' when empty. */
export function formatDate(value: string): string {
  if (!value.trim()) return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? value.trim() : dateFormat.format(time);
}

/** "1 quote", "3 quotes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return listFormat.format(names.filter((name) => name.trim() !== ''));
}

/** Joins the non-empty parts with a middle dot. */
export function dotted(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => !!part && part.trim() !== '').join(' · ');
}
