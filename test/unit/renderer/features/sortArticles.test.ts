import { describe, expect, it } from 'vitest';
import { acceptOrder, sortArticles } from '../../../../src/renderer/src/features/library/sortArticles';
import type { ArticleListing } from '../../../../src/renderer/src/features/library/articleListing';

const article = (title: string, publishedAt: string, importedAt: string): ArticleListing => ({
  id: `art_${title.replace(/\W/g, '')}`,
  title,
  section: '',
  source: { outlet: '', url: '', authors: [], publishedAt },
  language: '',
  importedAt,
  origin: { name: '', sha256: '' },
  contentHash: title,
  quoteCount: 0,
  wordCount: 0,
});

const list = [
  article('Beta talks', '2023-02-21', '2024-01-03T00:00:00Z'),
  article('‘Alpha’ quoted headline', '', '2024-01-01T00:00:00Z'),
  article('The gamma report', '2024-05-01T10:00:00+02:00', '2024-01-02T00:00:00Z'),
  article('item 10', 'not a date', '2024-01-05T00:00:00Z'),
  article('item 9', '2022-12-31', '2024-01-04T00:00:00Z'),
];
const titles = (order: Parameters<typeof sortArticles>[1]) => sortArticles(list, order).map((a) => a.title);

describe('sortArticles', () => {
  it('puts the newest import first', () => {
    expect(titles('imported')).toEqual(['item 10', 'item 9', 'Beta talks', 'The gamma report', '‘Alpha’ quoted headline']);
  });

  it('sorts by title ignoring leading quotes and "The", with numbers in numeric order', () => {
    expect(titles('title')).toEqual(['‘Alpha’ quoted headline', 'Beta talks', 'The gamma report', 'item 9', 'item 10']);
  });

  it('puts the newest publication first and articles without a usable date last (newest import first)', () => {
    expect(titles('published')).toEqual(['The gamma report', 'Beta talks', 'item 9', 'item 10', '‘Alpha’ quoted headline']);
  });

  it('does not change the list it is given, and accepts only known orders', () => {
    const before = list.map((a) => a.id);
    sortArticles(list, 'title');
    expect(list.map((a) => a.id)).toEqual(before);
    expect(acceptOrder('published')).toBe('published');
    expect(acceptOrder('random')).toBeNull();
  });
});
