/**
 * Whom a quote is about when a story shows a state inside a country only by its supreme court
 * ("the Vandor Supreme Court"): "the state" and the name read alone are the state, an actor of
 * the about rules only, while the court keeps its quotes. The articles here are invented.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

function quoteOf(text: string, start: string) {
  const set = suggestQuotes({ text });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return { set, q, about: q.about.map((a) => a.name) };
}

const STORY = [
  'The Vandor Supreme Court ruled on Tuesday that the state had underpaid its rural clinics for years.',
  'Dara Venn, a nurse in Pellock, said the state had ignored her clinic for a decade.',
  'Ola Brekk, who chairs the clinics group, said Vandor spent less on clinics than any of its neighbours.',
  'The Vandor Supreme Court said it would review the new budget in March.',
].join('\n\n');

describe('about-actors: a state shown only by its supreme court', () => {
  it('reads "the state" as that state', () => {
    const { q, about } = quoteOf(STORY, 'the state had ignored');
    expect(about).toContain('Vandor');
    expect(q.speaker?.name).toBe('Dara Venn');
  });

  it('reads the name alone as the state, not the court', () => {
    const { about } = quoteOf(STORY, 'Vandor spent less');
    expect(about).toContain('Vandor');
    expect(about).not.toContain('Vandor Supreme Court');
  });

  it('leaves the court its own quotes', () => {
    expect(quoteOf(STORY, 'it would review').q.speaker?.name).toBe('Vandor Supreme Court');
  });
});

describe('about-actors: a region named only inside a title', () => {
  it('reads "the state" as the region of "Vandor Premier Ada Kestrel"', () => {
    const text = 'Vandor Premier Ada Kestrel promised on Friday to keep the clinics open.\n\nDara Venn, a nurse in Pellock, said the state had ignored her clinic for a decade.';
    expect(quoteOf(text, 'the state had ignored').about).toContain('Vandor');
  });
});

describe('about-actors: a thing of the state', () => {
  const text = 'Vandor Premier Ada Kestrel promised on Friday to keep the clinics open.\n\nDara Venn, a nurse in Pellock, said guards in the state prisons had not been paid since May.';

  it('leaves "the state prisons" alone: a thing of the state, not the state', () => {
    expect(quoteOf(text, 'guards in the state').about).not.toContain('Vandor');
  });

  it('still reads "the state" followed by its verb as the state', () => {
    const other = text.replace('guards in the state prisons had not been paid since May', 'the state had not paid its guards since May');
    expect(quoteOf(other, 'the state had not paid').about).toContain('Vandor');
  });
});
