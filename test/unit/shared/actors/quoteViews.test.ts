import { describe, expect, it } from 'vitest';
import { articleDate, groupQuotes, tagUsage, whoSaidWhat, withChildTags } from '../../../../src/shared/actors';
import type { Quote } from '../../../../src/shared/model';

let n = 0;
const quote = (articleId: string, start: number, speakerId: string | null, aboutIds: string[], extra: Partial<Quote> = {}): Quote => ({
  id: `q${++n}`, articleId, target: { exact: 'x', prefix: '', suffix: '', start, end: start + 1 }, kind: 'direct', speakerId, aboutIds,
  tagIds: [], comment: '', status: 'confirmed', cue: '', createdAt: 't', updatedAt: 't', ...extra,
});
const article = (id: string, publishedAt: string, importedAt = '2024-01-01T00:00:00.000Z') => ({
  id, title: `Title ${id}`, importedAt, source: { outlet: 'Outlet', url: '', authors: [], publishedAt },
});

describe('articleDate', () => {
  it.each([
    ['2023-02-21T10:00:00Z', '2023-02-21'],
    ['2023-02-21', '2023-02-21'],
    ['February 21, 2023', '2023-02-21'],
    ['', '2024-01-01'],
    ['some day', '2024-01-01'],
  ])('dates "%s" as %s', (published, day) => expect(articleDate(article('a', published))).toBe(day));
});

describe('groupQuotes', () => {
  const files = [
    { article: article('old', '2022-05-01'), quotes: [quote('old', 5, 'js', ['cn'], { tagIds: ['warn'] })] },
    { article: article('new', '2023-02-21'), quotes: [quote('new', 50, 'js', []), quote('new', 10, 'js', ['ru'], { tagIds: ['threat'] }), quote('new', 20, 'wang', ['js'])] },
    { article: article('sug', '2023-03-01'), quotes: [quote('sug', 1, 'js', [], { status: 'suggested' })] },
  ];
  const said = (q: Quote) => q.speakerId === 'js';

  it('groups by article, newest first, reading order inside, suggestions left out but counted', () => {
    const { groups, suggested } = groupQuotes(files, said);
    expect(groups.map((g) => g.article.id)).toEqual(['new', 'old']);
    expect(groups[0]!.quotes.map((q) => q.target.start)).toEqual([10, 50]);
    expect(groups[0]!.article).toMatchObject({ title: 'Title new', outlet: 'Outlet', date: '2023-02-21' });
    expect(suggested).toBe(1);
  });

  it.each([
    ['a tag', { tagIds: ['warn'] }, ['old']],
    ['any of two tags', { tagIds: ['warn', 'threat'] }, ['new', 'old']],
    ['a start date', { from: '2023-01-01' }, ['new']],
    ['an end date (inclusive)', { to: '2022-05-01' }, ['old']],
    ['a date range with nothing in it', { from: '2022-06-01', to: '2022-12-31' }, []],
  ])('filters by %s', (_what, filter, ids) => {
    expect(groupQuotes(files, said, filter).groups.map((g) => g.article.id)).toEqual(ids);
  });

  it('counts tags and widens a parent tag to its children', () => {
    expect(tagUsage(groupQuotes(files, said).groups)).toEqual([{ id: 'threat', count: 1 }, { id: 'warn', count: 1 }]);
    expect(withChildTags(['p'], [{ id: 'p', parentId: null }, { id: 'c', parentId: 'p' }, { id: 'o', parentId: null }]).sort()).toEqual(['c', 'p']);
  });
});

describe('whoSaidWhat', () => {
  it('counts each speaker → about pair, a quote about several actors in each of their cells', () => {
    const table = whoSaidWhat([[
      quote('a', 1, 'js', ['cn', 'ru']),
      quote('a', 2, 'js', ['cn']),
      quote('a', 3, 'wang', ['nato', 'nato']),
      quote('a', 4, null, ['cn']),
      quote('a', 5, 'js', []), // about nobody: not in the table
      quote('a', 6, 'js', ['cn'], { status: 'suggested' }), // not confirmed: not counted
    ], [quote('b', 1, 'js', ['cn'])]]);
    const cell = (s: string | null, a: string) => table.cells.find((c) => c.speakerId === s && c.aboutId === a)?.count;
    expect(cell('js', 'cn')).toBe(3); // across both lists
    expect(cell('js', 'ru')).toBe(1);
    expect(cell('wang', 'nato')).toBe(1);
    expect(cell(null, 'cn')).toBe(1);
    expect(table.cells).toHaveLength(4);
    expect(table.quotes).toBe(5);
    expect(table.speakers).toEqual([{ id: 'js', count: 3 }, { id: null, count: 1 }, { id: 'wang', count: 1 }]);
    expect(table.abouts[0]).toEqual({ id: 'cn', count: 4 });
  });
});
