import { describe, expect, it } from 'vitest';
import { filterArticles } from '../../../../src/renderer/src/features/library/filterArticles';
import type { ArticleListing } from '../../../../src/renderer/src/features/library/articleListing';

const listing = (id: string, title: string, outlet = '', authors: string[] = [], section = '') =>
  ({ id, title, section, source: { outlet, url: '', authors, publishedAt: '' } }) as unknown as ArticleListing;

const articles = [
  listing('1', 'NATO worried about China', 'The Hill', ['Ellen Mitchell'], 'Policy'),
  listing('2', 'Élysée statement', 'Le Monde'),
  listing('3', 'Budget talks', 'Reuters', ['Ana Silva']),
];

describe('filterArticles', () => {
  it('returns everything for an empty query', () => {
    expect(filterArticles(articles, '  ')).toHaveLength(3);
  });
  it('needs every word, in any field and order', () => {
    expect(filterArticles(articles, 'hill china').map((a) => a.id)).toEqual(['1']);
    expect(filterArticles(articles, 'silva').map((a) => a.id)).toEqual(['3']);
    expect(filterArticles(articles, 'policy nato').map((a) => a.id)).toEqual(['1']);
  });
  it('ignores case and accents', () => {
    expect(filterArticles(articles, 'ELYSEE').map((a) => a.id)).toEqual(['2']);
  });
  it('returns nothing when a word matches nowhere', () => {
    expect(filterArticles(articles, 'nato zebra')).toEqual([]);
  });
});
