/**
 * The article catalog lets a large notebook show its library before every article file is read
 * and checked (`deferChecks`, as the app and `serve` open). It must never make the library wrong:
 * a file changed behind its back is read again, a damaged file is still moved aside and reported,
 * and a missing or damaged catalog is rebuilt. How fast is the benchmark's business
 * (`npm run bench -- openLarge`).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../src/main/store';
import { catalogPath } from '../../../src/main/store/articleCatalog';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { makeArticleFile, withQuote } from '../../helpers/storeFixtures';
import { tempDir } from '../../helpers/tempDir';

const IDS = Array.from({ length: 10 }, (_, i) => `art-${i}`);

/** A notebook of ten articles, opened and closed once so its catalog is saved. */
async function notebookWithCatalog(): Promise<string> {
  const dir = await tempDir('qb-catalog-');
  const store = await NotebookStore.open(dir, { create: true });
  for (const id of IDS) await store.putArticle(withQuote(makeArticleFile(id, { title: `Title of ${id}` }), `${id}-q`));
  await store.close();
  return dir;
}

/** Opens with the checks in the background and lists at once, before they can have finished. */
async function listBeforeChecks(dir: string): Promise<{ store: NotebookStore; titles: Map<string, string> }> {
  const store = await NotebookStore.open(dir, { deferChecks: true });
  expect(store.checking).toBe(true);
  const summaries = await store.articleSummaries();
  return { store, titles: new Map(summaries.map((s) => [s.id, s.title])) };
}

const articleFile = (dir: string, id: string) => path.join(dir, 'articles', `${id}.json`);

async function readCatalogFile(dir: string): Promise<{ entries: Record<string, { summary: { title: string; quoteCount: number } }> }> {
  return JSON.parse(await fs.readFile(catalogPath(dir), 'utf8'));
}

describe('the article catalog', () => {
  it('lists every article from the catalog, without reading the files, and agrees with them once checked', async () => {
    const dir = await notebookWithCatalog();
    // A probe: a title only the catalog holds (its stamps unchanged) shows that the list came from it.
    const saved = await readCatalogFile(dir);
    saved.entries['art-3']!.summary.title = 'Only in the catalog';
    await fs.writeFile(catalogPath(dir), JSON.stringify(saved));

    const { store, titles } = await listBeforeChecks(dir);
    try {
      // Every stamp held, so no file was read: the list was ready before the checks read one.
      expect(store.checking).toBe(true);
      expect([...titles.keys()].sort()).toEqual(IDS);
      expect(titles.get('art-3')).toBe('Only in the catalog');
      expect(titles.get('art-4')).toBe('Title of art-4');
      await store.checked;
      expect(store.articles()).toHaveLength(IDS.length);
      const checked = await store.articleSummaries();
      expect(checked.find((s) => s.id === 'art-4')).toMatchObject({ title: 'Title of art-4', quoteCount: 1 });
    } finally {
      await store.close();
    }
  });

  it('shows the new title of a file edited by hand behind its back (same length: only its mtime tells)', async () => {
    const dir = await notebookWithCatalog();
    const file = articleFile(dir, 'art-5');
    const edited = JSON.parse(await fs.readFile(file, 'utf8'));
    edited.article.title = 'Title of ART-5'; // as long as before
    await new Promise((done) => setTimeout(done, 20)); // a later mtime even on coarse clocks
    await fs.writeFile(file, `${JSON.stringify(edited, null, 2)}\n`);

    const { store, titles } = await listBeforeChecks(dir);
    try {
      expect(titles.get('art-5')).toBe('Title of ART-5');
      await store.checked;
      expect((await store.articleSummaries()).find((s) => s.id === 'art-5')!.title).toBe('Title of ART-5');
    } finally {
      await store.close();
    }
    expect((await readCatalogFile(dir)).entries['art-5']!.summary.title).toBe('Title of ART-5');
  });

  it('still finds a truncated article file: left out of the list, moved aside and reported', async () => {
    const dir = await notebookWithCatalog();
    const file = articleFile(dir, 'art-7');
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.length / 2));

    const session = await NotebookSession.open(dir, { deferChecks: true, backupOnOpen: false });
    const operations = createOperations(session);
    try {
      const listed = await operations.invoke('articles:list', {});
      expect(listed.ok && (listed.value as Array<{ id: string }>).map((a) => a.id).sort()).toEqual(IDS.filter((id) => id !== 'art-7'));
      // Every other operation waits for the checks, so the problems it reports are complete.
      const problems = await operations.invoke('problems:list', {});
      expect(problems.ok && problems.value).toEqual([expect.objectContaining({ file: 'articles/art-7.json', kind: 'truncated', movedTo: expect.stringMatching(/^articles\/art-7\.json\.damaged-/) })]);
    } finally {
      await session.close();
    }
    await expect(fs.stat(file)).rejects.toThrow();
    const ledger = JSON.parse(await fs.readFile(path.join(dir, 'problems.json'), 'utf8'));
    expect(ledger.problems.map((p: { file: string }) => p.file)).toEqual(['articles/art-7.json']);
    expect((await readCatalogFile(dir)).entries['art-7']).toBeUndefined();
  });

  it('takes the daily backup after the checks, and answers meanwhile', async () => {
    const dir = await notebookWithCatalog();
    const session = await NotebookSession.open(dir, { deferChecks: true }); // the daily backup, as serve opens
    try {
      const operations = createOperations(session);
      const article = await operations.invoke('articles:get', { id: 'art-2' });
      expect(article.ok && (article.value as { article: { title: string } }).article.title).toBe('Title of art-2');
      const reasons = async () => {
        const backups = await operations.invoke('backups:list', {});
        return backups.ok ? (backups.value as Array<{ reason: string }>).map((b) => b.reason) : [];
      };
      await expect.poll(reasons).toContain('open');
    } finally {
      await session.close();
    }
  });

  it.each([
    ['deleted', (file: string) => fs.rm(file)],
    ['damaged', (file: string) => fs.writeFile(file, '{"format":"quotebook-article-catalog","entr')],
  ])('is rebuilt when %s', async (_how, spoil) => {
    const dir = await notebookWithCatalog();
    await spoil(catalogPath(dir));

    const { store, titles } = await listBeforeChecks(dir);
    try {
      // Without a catalog the list waits for the checks and is complete all the same.
      expect([...titles.keys()].sort()).toEqual(IDS);
      expect(titles.get('art-2')).toBe('Title of art-2');
    } finally {
      await store.close();
    }
    expect(Object.keys((await readCatalogFile(dir)).entries).sort()).toEqual(IDS);
  });

  it('is updated by every save and delete, so the next open lists what was saved', async () => {
    const dir = await notebookWithCatalog();
    let store = await NotebookStore.open(dir, { deferChecks: true });
    await store.updateArticle('art-1', (file) => ({ ...file, article: { ...file.article, title: 'Renamed in the app' } }));
    await store.deleteArticle('art-9');
    await store.close();

    const catalog = await readCatalogFile(dir);
    expect(catalog.entries['art-1']!.summary.title).toBe('Renamed in the app');
    expect(catalog.entries['art-9']).toBeUndefined();
    const again = await listBeforeChecks(dir);
    store = again.store;
    try {
      expect(again.titles.get('art-1')).toBe('Renamed in the app');
      expect(again.titles.has('art-9')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
