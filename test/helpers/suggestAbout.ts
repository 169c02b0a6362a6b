/** The about-actors the suggester gives the quote that starts with `start`, for the about-rule tests. */
import { suggestQuotes } from '../../src/shared/suggest';

export function aboutOf(text: string, start: string): string[] {
  const set = suggestQuotes({ text });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return q.about.map((a) => a.name);
}
