/**
 * The library's first screenful (`articles:firstPage`) comes before the whole list, so a large
 * notebook shows rows at once. It must agree with the whole list in the page's order, and it must
 * not show what the checks would refuse: a file changed behind the catalog's back is read again,
 * and a damaged one is left out and still moved aside and reported.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../src/main/store';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { sortArticles, type ArticleOrder } from '../../../src/shared/library/articleOrder';
import type { ArticleSummary } from '../../../src/shared/model';
import { makeArticleFile } from '../../helpers/storeFixtures';
import { tempDir } from '../../helpers/tempDir';

const COUNT = 12;
/** Titles out of import order, so each order puts different articles on top. */
const TITLES = ['Kiwi', 'Apple', 'Lime', 'Banana', 'Mango', 'Cherry', 'Nectarine', 'Date', 'Olive', 'Elder', 'Papaya', 'Fig'];

/** A notebook of twelve articles imported a day apart, opened and closed once so its catalog is saved. */
async function notebook(): Promise<string> {
  const dir = await tempDir('qb-first-page-');
  const store = await NotebookStore.open(dir, { create: true });
  for (let i = 0; i < COUNT; i++) {
    const file = makeArticleFile(`art-${i}`, { title: TITLES[i]! });
    file.article.importedAt = new Date(Date.UTC(2024, 0, 1 + i)).toISOString();
    file.article.source.publishedAt = i % 3 === 0 ? '' : `2023-0${1 + (i % 9)}-15`;
    await store.putArticle(file);
  }
  await store.close();
  return dir;
}

/** Opens as the app and `serve` do: the checks in the background. */
async function open(dir: string) {
  const session = await NotebookSession.open(dir, { deferChecks: true, backupOnOpen: false });
  return { session, operations: createOperations(session) };
}

type Page = { articles: ArticleSummary[]; total: number };
const ids = (summaries: readonly { id: string }[]) => summaries.map((s) => s.id);

describe('the library’s first page', () => {
  it.each<ArticleOrder>(['imported', 'published', 'title'])('is the top of the whole list in %s order, with the number of articles', async (order) => {
    const dir = await notebook();
    const { session, operations } = await open(dir);
    try {
      const first = await operations.invoke('articles:firstPage', { order, limit: 5 });
      expect(first.ok).toBe(true);
      const page = (first as { value: Page }).value;
      expect(page.total).toBe(COUNT);
      const whole = await operations.invoke('articles:list', {});
      const sorted = sortArticles((whole as { value: ArticleSummary[] }).value, order);
      expect(ids(page.articles)).toEqual(ids(sorted.slice(0, 5)));
      expect(page.articles[0]).toEqual(sorted[0]); // the same summary the whole list has, counts and all
    } finally {
      await session.close();
    }
  });

  it('is answered while the articles are still being checked', async () => {
    const dir = await notebook();
    const { session, operations } = await open(dir);
    try {
      const first = await operations.invoke('articles:firstPage', { order: 'imported', limit: 3 });
      expect(session.store.checking).toBe(true);
      expect(first.ok && ids((first.value as Page).articles)).toEqual(['art-11', 'art-10', 'art-9']);
    } finally {
      await session.close();
    }
  });

  it('leaves out a damaged file that would be on it, which is still moved aside and reported', async () => {
    const dir = await notebook();
    const file = path.join(dir, 'articles', 'art-11.json');
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.length / 2));
    const { session, operations } = await open(dir);
    try {
      const first = await operations.invoke('articles:firstPage', { order: 'imported', limit: 3 });
      expect(first.ok && ids((first.value as Page).articles)).toEqual(['art-10', 'art-9', 'art-8']);
      const problems = await operations.invoke('problems:list', {});
      expect(problems.ok && problems.value).toEqual([expect.objectContaining({ file: 'articles/art-11.json', kind: 'truncated' })]);
    } finally {
      await session.close();
    }
    await expect(fs.stat(file)).rejects.toThrow();
  });

  it('shows a file on it that was edited behind the catalog’s back as it is now, in its new place', async () => {
    const dir = await notebook();
    const file = path.join(dir, 'articles', 'art-1.json');
    const edited = JSON.parse(await fs.readFile(file, 'utf8'));
    edited.article.title = 'Zucchini'; // was Apple, first by title: now last
    await new Promise((done) => setTimeout(done, 20)); // a later mtime even on coarse clocks
    await fs.writeFile(file, `${JSON.stringify(edited, null, 2)}\n`);
    const { session, operations } = await open(dir);
    try {
      const first = await operations.invoke('articles:firstPage', { order: 'title', limit: 2 });
      expect(first.ok && (first.value as Page).articles.map((a) => a.title)).toEqual(['Banana', 'Cherry']);
      // Only the files that make the page are stamped: one edited so that it would join the page
      // from further down appears with the whole list, which the page asks for right after.
      const whole = await operations.invoke('articles:list', {});
      expect(whole.ok && (whole.value as ArticleSummary[]).find((a) => a.id === 'art-1')?.title).toBe('Zucchini');
    } finally {
      await session.close();
    }
  });

  it('lists an article the catalog does not know yet', async () => {
    const dir = await notebook();
    const newcomer = makeArticleFile('art-new', { title: 'Newcomer' });
    newcomer.article.importedAt = '2025-01-01T00:00:00.000Z';
    await fs.writeFile(path.join(dir, 'articles', 'art-new.json'), JSON.stringify(newcomer));
    const { session, operations } = await open(dir);
    try {
      const first = await operations.invoke('articles:firstPage', { order: 'imported', limit: 2 });
      expect(first.ok && first.value).toMatchObject({ total: COUNT + 1, articles: [{ id: 'art-new' }, { id: 'art-11' }] });
    } finally {
      await session.close();
    }
  });

  it('refuses a page size it does not serve', async () => {
    const dir = await notebook();
    const { session, operations } = await open(dir);
    try {
      expect((await operations.invoke('articles:firstPage', { order: 'imported', limit: 0 })).ok).toBe(false);
      expect((await operations.invoke('articles:firstPage', { order: 'newest', limit: 5 })).ok).toBe(false);
    } finally {
      await session.close();
    }
  });
});
