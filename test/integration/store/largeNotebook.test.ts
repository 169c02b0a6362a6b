/**
 * A notebook of 10,000 article files opens with every article, and saving one quote rewrites
 * that one file. How fast is the benchmark's business (`npm run bench -- saveQuote`: opening the
 * 10,000-article notebook and the save latency at 100, 1,000 and 10,000 articles), not a test's.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { NotebookStore } from '../../../src/main/store';
import { mapLimit } from '../../../src/main/store/fsUtil';
import { makeArticleFile, makeQuote, withQuote } from '../../helpers/storeFixtures';
import { tempDir } from '../../helpers/tempDir';

const ARTICLES = 10_000;

describe('a notebook with 10,000 articles', () => {
  // The timeout only stops a hang; it is not a speed target.
  it('opens with every article and saves a quote by rewriting that one file', async () => {
    const dir = await tempDir('quotebook-large-');
    await (await NotebookStore.open(dir, { create: true })).close();
    const ids = Array.from({ length: ARTICLES }, (_, i) => `art-${String(i).padStart(5, '0')}`);
    // Written directly (no fsync) to keep the setup quick; the store only has to read them.
    await mapLimit(ids, 64, (id) => {
      const file = makeArticleFile(id, { quotes: [makeQuote(id, `${id}-q1`), makeQuote(id, `${id}-q2`, undefined, 0, 12)] });
      return fs.writeFile(path.join(dir, 'articles', `${id}.json`), JSON.stringify(file, null, 2));
    });

    const store = await NotebookStore.open(dir);
    expect(store.articles()).toHaveLength(ARTICLES);
    expect(store.problems).toEqual([]);

    const renames = vi.spyOn(fs, 'rename');
    try {
      await store.putArticle(withQuote(store.article('art-05000')!, 'new-quote'));
      // Of the notebook's files; the article catalog in the cache folder is saved later, on its own.
      const inNotebook = renames.mock.calls.map(([, to]) => path.relative(dir, String(to))).filter((rel) => !rel.startsWith('..'));
      expect(inNotebook).toEqual([path.join('articles', 'art-05000.json')]);
    } finally {
      renames.mockRestore();
      await store.close();
    }
    const saved = JSON.parse(await fs.readFile(path.join(dir, 'articles', 'art-05000.json'), 'utf8'));
    expect(saved.quotes.map((q: { id: string }) => q.id)).toContain('new-quote');
  }, 120_000);
});
