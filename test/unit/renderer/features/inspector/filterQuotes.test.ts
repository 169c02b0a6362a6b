import { describe, expect, it } from 'vitest';
import { filterQuotes, isFiltered, NO_FILTER } from '../../../../../src/renderer/src/features/inspector/filterQuotes';
import type { Quote, Tag } from '../../../../../src/shared/model';

const quote = (id: string, speakerId: string | null, tagIds: string[], kind: Quote['kind'] = 'direct') => ({ id, speakerId, tagIds, kind }) as Quote;
const tags = [
  { id: 'threats', name: 'threats', parentId: null },
  { id: 'warning', name: 'warning', parentId: 'threats' },
  { id: 'aid', name: 'aid', parentId: null },
] as Tag[];
const quotes = [quote('1', 'ann', ['warning']), quote('2', 'bo', ['aid'], 'indirect'), quote('3', null, ['threats']), quote('4', 'ann', [], 'paraphrase')];
const ids = (filter: Parameters<typeof filterQuotes>[1]) => filterQuotes(quotes, filter, tags).map((q) => q.id);

describe('filterQuotes', () => {
  it.each([
    ['nothing', NO_FILTER, ['1', '2', '3', '4']],
    ['a speaker', { ...NO_FILTER, speaker: 'ann' }, ['1', '4']],
    ['quotes without a speaker', { ...NO_FILTER, speaker: 'none' }, ['3']],
    ['a parent tag (its children included)', { ...NO_FILTER, tag: 'threats' }, ['1', '3']],
    ['a child tag', { ...NO_FILTER, tag: 'warning' }, ['1']],
    ['a kind', { ...NO_FILTER, kind: 'indirect' as const }, ['2']],
    ['speaker and kind together', { speaker: 'ann', tag: null, kind: 'paraphrase' as const }, ['4']],
  ])('filters by %s', (_case, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('says whether any filter is set', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, kind: 'direct' })).toBe(true);
  });
});
