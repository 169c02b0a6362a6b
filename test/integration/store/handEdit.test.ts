/**
 * Which wins when the JSON files and the notebook's shared documents (sync/) disagree: a file
 * Quotebook did not write (edited by hand, copied back from elsewhere) is taken as an edit, kept
 * by later saves and sent to the team like any other; README and docs/team.md promise this.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../src/main/store';
import { makeArticleFile, withQuote } from '../../helpers/storeFixtures';
import { tempDir } from '../../helpers/tempDir';

describe('a file edited by hand', () => {
  it('wins over the shared document on the next open, and later saves keep the edit', async () => {
    const dir = await tempDir('qb-hand-edit-');
    let store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(withQuote(makeArticleFile('a1'), 'q1'));
    await store.close();

    const file = path.join(dir, 'articles', 'a1.json');
    const edited = JSON.parse(await fs.readFile(file, 'utf8'));
    edited.article.title = 'Corrected by hand';
    await fs.writeFile(file, JSON.stringify(edited, null, 2));

    store = await NotebookStore.open(dir);
    expect(store.article('a1')!.article.title).toBe('Corrected by hand');
    await store.putArticle(withQuote(store.article('a1')!, 'q2'));
    await store.close();

    store = await NotebookStore.open(dir);
    expect(store.article('a1')!.article.title).toBe('Corrected by hand');
    expect(store.article('a1')!.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    await store.close();
  });
});
