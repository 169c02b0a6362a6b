/** Finding a quote to cite by its words, its speaker or its tags. */
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchQuotes } from '../../../../src/shared/editor/quoteSearch';
import type { Quote } from '../../../../src/shared/model';

const quote = (id: string, exact: string, extra: Partial<Quote> = {}): Quote => ({
  id, articleId: 'art', target: { exact, prefix: '', suffix: '', start: 0, end: exact.length }, kind: 'direct', speakerId: null,
  aboutIds: [], tagIds: [], comment: '', status: 'confirmed', cue: '', createdAt: '2024-01-01', updatedAt: '2024-01-01', ...extra,
});
const actors = new Map([
  ['jens', { name: 'Jens Stoltenberg', aliases: ['Stoltenberg'] }],
  ['wang', { name: 'Wang Wenbin', aliases: [] }],
]);
const tags = new Map([['warn', { name: 'Warning' }]]);
const context = { actor: (id: string) => actors.get(id), tag: (id: string) => tags.get(id), articleTitle: () => 'NATO concerned' };
const quotes = [
  quote('q1', 'Putin must not win.', { speakerId: 'jens', tagIds: ['warn'], updatedAt: '2024-01-03' }),
  quote('q2', 'Beijing is on the side of “peace and dialogue.”', { speakerId: 'wang', updatedAt: '2024-01-04' }),
  quote('q3', 'We have not seen Chinese weapons delivered.', { speakerId: 'jens', status: 'suggested', updatedAt: '2024-01-05' }),
];
const ids = (query: string, limit = 10) => searchQuotes(quotes, context, query, limit).map((q) => q.id);

describe('searchQuotes', () => {
  it.each([
    ['putin must', ['q1']],
    ['stoltenberg', ['q1', 'q3']],
    ['warning', ['q1']],
    ['"PEACE and dialogue', ['q2']],
    ['jens weapons', ['q3']],
    ['jens zebra', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('lists confirmed quotes before suggestions, newest first, when nothing is typed', () => {
    expect(ids('')).toEqual(['q2', 'q1', 'q3']);
    expect(ids('', 1)).toEqual(['q2']);
  });

  it('ranks quotes whose own words match above those matched by speaker or tag', () => {
    const more = [...quotes, quote('q4', 'Stoltenberg was asked about it.', { updatedAt: '2023-01-01' })];
    expect(searchQuotes(more, context, 'stoltenberg', 10)[0]!.id).toBe('q4');
  });

  it('folds case, accents and typographic quotes', () => {
    expect(foldForSearch('Ça “Marche” — Öl’s')).toBe('ca "marche" - ol\'s');
  });
});
