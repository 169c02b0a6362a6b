/** Opening stays fast with 10,000 article files, and saving one quote still writes one file. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../src/main/store';
import { mapLimit } from '../../../src/main/store/fsUtil';
import { makeArticleFile, makeQuote, withQuote } from '../../helpers/storeFixtures';
import { tempDir } from '../../helpers/tempDir';

const ARTICLES = 10_000;

describe('a notebook with 10,000 articles', () => {
  it('opens in a few seconds and saves a quote by rewriting one file', async () => {
    const dir = await tempDir('quotebook-large-');
    await (await NotebookStore.open(dir, { create: true })).close();
    const ids = Array.from({ length: ARTICLES }, (_, i) => `art-${String(i).padStart(5, '0')}`);
    // Written directly (no fsync) to keep the setup quick; the store only has to read them.
    await mapLimit(ids, 64, (id) => {
      const file = makeArticleFile(id, { quotes: [makeQuote(id, `${id}-q1`), makeQuote(id, `${id}-q2`, undefined, 0, 12)] });
      return fs.writeFile(path.join(dir, 'articles', `${id}.json`), JSON.stringify(file, null, 2));
    });

    const started = performance.now();
    const store = await NotebookStore.open(dir);
    const openMs = performance.now() - started;
    expect(store.articles()).toHaveLength(ARTICLES);
    expect(store.problems).toEqual([]);

    const saveStarted = performance.now();
    await store.putArticle(withQuote(store.article('art-05000')!, 'new-quote'));
    const saveMs = performance.now() - saveStarted;
    await store.close();

    console.log(`large notebook: open ${ARTICLES} articles in ${openMs.toFixed(0)} ms; one save in ${saveMs.toFixed(1)} ms`);
    expect(openMs).toBeLessThan(15_000); // generous for slow CI disks; typically well under 2 s
    expect(saveMs).toBeLessThan(1_000);
  }, 60_000);
});
