/**
 * Issue 14's constructions of political and wire news, each on a sentence made up for this test
 * (none is taken from the labelled articles): whom the suggester offers, with which span, kind
 * and speaker.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('a quote split by its attribution', () => {
  it('is one quote in two pieces with one speaker', () => {
    const text = 'Gina Holt arrived late. “The budget is settled,” said Gina Holt, who chairs the finance panel. “The rest is noise.”';
    const quotes = suggest(text);
    expect(quotes.map(brief)).toEqual([
      ['direct', 'The budget is settled,', 'Gina Holt'],
      ['direct', 'The rest is noise.', 'Gina Holt'],
    ]);
    const first = { start: text.indexOf('The budget'), end: text.indexOf('settled,') + 'settled,'.length };
    const second = { start: text.indexOf('The rest'), end: text.indexOf('noise.') + 'noise.'.length };
    expect(quotes[0]!.pieces).toEqual([first, second]);
    expect(quotes[1]!.pieces).toEqual([first, second]);
  });

  it('keeps a second quote with its own cue apart', () => {
    const quotes = suggest('“We tried,” Omar Vance said. “We failed,” he added.');
    expect(quotes.map(brief)).toEqual([
      ['direct', 'We tried,', 'Omar Vance'],
      ['direct', 'We failed,', 'Omar Vance'],
    ]);
    expect(quotes.every((q) => q.pieces === undefined)).toBe(true);
  });
});
