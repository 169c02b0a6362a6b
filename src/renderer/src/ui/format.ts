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

/** "1 quote is counted", "3 quotes are counted": the count, its noun and the verb agreeing. */
export function pluralIs(count: number, one: string, participle: string, many = `${one}s`): string {
  return `${plural(count, one, many)} ${count === 1 ? 'is' : 'are'} ${participle}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return listFormat.format(names.filter((name) => name.trim() !== ''));
}

/** Joins the non-empty parts with a middle dot. */
export function dotted(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => !!part && part.trim() !== '').join(' · ');
}

/**
 * A quote's words as shown inside the app's own “ ” marks: double quotation marks within it become
 * single ones, the usual rule for a quote within a quote, so “the alliance is ‘increasingly
 * concerned’ that …” does not read as two quotes. Display only: the stored words never change.
 */
export function innerQuoteMarks(words: string): string {
  return words.replace(/[“”„"]/g, (mark, at: number) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    if (mark === '„') return '‚';
    // A straight mark opens at the start or after a space, bracket or dash, and closes otherwise.
    return at === 0 || /[\s([{—–-]/.test(words[at - 1]!) ? '‘' : '’';
  });
}
