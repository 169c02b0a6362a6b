/**
 * A word that matches very many places (issue 13, "Find anything"): past RANK_AT_MOST matches the
 * search stops early and returns the most recently added matches, unranked, and says so. What an
 * analyst would notice is checked: a full page of hits that really hold the word, fields and `in:`
 * still applied, deleted articles gone, rare words still best first, and the signal set exactly
 * when there were too many to rank.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { NotebookSession } from '../../../src/main/services';
import { searchIndexPath } from '../../../src/main/search/cacheLocation';
import { RANK_AT_MOST } from '../../../src/main/search/searchIndex';
import type { SearchHit, SearchResult } from '../../../src/shared/search/api';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { invokeOrThrow } from '../../helpers/operations';

let root: string;
let dir: string;
let session: NotebookSession;

const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);
const search = (query: string, limit = 50): Promise<SearchResult> => call('search:query', { query, limit });

/** `n` paragraphs, each holding `word` once among words that differ per paragraph. */
const paragraphs = (n: number, word: string, tag: string) =>
  Array.from({ length: n }, (_, i) => `${tag} paragraph ${i} mentions the ${word} at number ${i}.`).join('\n\n');

async function addArticle(text: string, title: string, outlet: string) {
  return (await call('articles:createFromText', { text, title, source: { outlet, publishedAt: '2024-05-01' } })).article.id as string;
}

/** The words a hit marked, lower-cased. */
const marked = (hit: SearchHit) => hit.highlights.map(([s, e]) => hit.snippet.slice(s, e).toLowerCase());

let a: { oldest: string; middle: string; newest: string };

beforeEach(async () => {
  root = await makeTempDir('qb-search-many-');
  dir = join(root, 'Many.quotebook');
  session = await NotebookSession.open(dir, { create: true });
  // Added in this order: "harbour" is in 400 + 400 + 100 paragraphs (the newest article from
  // another outlet), "zeppelin" in a handful.
  a = {
    oldest: await addArticle(`${paragraphs(400, 'harbour', 'Old')}\n\nThe zeppelin, the zeppelin, the zeppelin over the zeppelin field.`, 'Zeppelin days', 'Gazette'),
    middle: await addArticle(`${paragraphs(400, 'harbour', 'Mid')}\n\nA zeppelin passed.`, 'Port report', 'Gazette'),
    newest: await addArticle(paragraphs(100, 'harbour', 'New'), 'Elsewhere', 'Other Times'),
  };
});

afterEach(async () => {
  await session.close();
  rmSync(searchIndexPath(dir), { force: true });
  await removeTempDir(root);
});

describe('a word in very many places', () => {
  it('still returns a full page of hits, each holding the word, the most recently added first, and says it is unranked', async () => {
    const result = await search('harbour');
    expect(result.unranked).toEqual({ moreThan: RANK_AT_MOST });
    expect(result.hits).toHaveLength(50);
    for (const hit of result.hits) expect(marked(hit)).toContain('harbour');
    // The newest article's 100 paragraphs come before anything older.
    expect(new Set(result.hits.map((h) => h.articleId))).toEqual(new Set([a.newest]));
    // Inside the article they read top to bottom (newest first would list its paragraphs backwards).
    expect(result.hits.map((h) => h.at)).toEqual([...result.hits.map((h) => h.at!)].sort((x, y) => x - y));
    expect(result.hits[0]!.snippet).toContain('New paragraph 50 ');
  });

  it('fields still narrow it: an outlet leaves out the newest article, in: leaves out the note', async () => {
    const byOutlet = await search('harbour outlet:gazette');
    expect(byOutlet.unranked).toBeDefined();
    expect(byOutlet.hits).toHaveLength(50);
    expect(new Set(byOutlet.hits.map((h) => h.articleId))).toEqual(new Set([a.middle]));

    await call('notes:save', {
      title: 'Harbour questions',
      content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Who owns the harbour?' }] }] } },
    });
    expect((await search('harbour')).hits[0]!.kind).toBe('note');
    const articlesOnly = await search('harbour in:articles');
    expect(articlesOnly.unranked).toBeDefined();
    expect(articlesOnly.hits).toHaveLength(50);
    expect(articlesOnly.hits.every((h) => h.kind === 'article')).toBe(true);
  });

  it('a deleted article leaves the results at once', async () => {
    await search('harbour'); // the index is open and listening
    await call('articles:delete', { id: a.newest });
    const result = await search('harbour');
    expect(result.hits).toHaveLength(50);
    expect(new Set(result.hits.map((h) => h.articleId))).toEqual(new Set([a.middle]));
  });

  it('is signalled exactly when there are more matches than are ranked', async () => {
    // 400 + 400 + 100 = 900 places: over the bound at the default limit, within it at a limit of 1,000.
    expect((await search('harbour')).unranked).toBeDefined();
    const all = await search('harbour', 1000);
    expect(all.unranked).toBeUndefined();
    expect(all.hits).toHaveLength(900);
    expect(all.hits.map((h) => h.score)).toEqual([...all.hits.map((h) => h.score)].sort((x, y) => y - x));
    // Exactly RANK_AT_MOST places is still ranked; one more is not.
    expect((await search('harbour -new -mid')).unranked).toBeUndefined(); // the 400 oldest
    await addArticle(paragraphs(RANK_AT_MOST - 400, 'harbour', 'Extra'), 'Extra', 'Extra Post');
    expect((await search('harbour -new -mid')).unranked).toBeUndefined(); // exactly RANK_AT_MOST
    await addArticle(paragraphs(1, 'harbour', 'Last'), 'Last', 'Extra Post');
    expect((await search('harbour -new -mid')).unranked).toEqual({ moreThan: RANK_AT_MOST });
  });
});

describe('a rare word', () => {
  it('is still ranked best first: the title and the paragraph saying it four times before a passing mention', async () => {
    const result = await search('zeppelin');
    expect(result.unranked).toBeUndefined();
    expect(result.hits.map((h) => [h.articleId, h.snippet.slice(0, 20)])).toEqual([
      [a.oldest, 'Zeppelin days'],
      [a.oldest, 'The zeppelin, the ze'],
      [a.middle, 'A zeppelin passed.'],
    ]);
    expect(result.hits.map((h) => h.score)).toEqual([...result.hits.map((h) => h.score)].sort((x, y) => y - x));
    expect(result.hits[2]!.score).toBeGreaterThan(0);
    // A limit keeps the best, not the newest.
    expect((await search('zeppelin', 2)).hits.map((h) => h.snippet.slice(0, 20))).toEqual(['Zeppelin days', 'The zeppelin, the ze']);
  });
});
