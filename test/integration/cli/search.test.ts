/**
 * `quotebook search`: the same search as the app, from the command line — JSON rows best first,
 * brackets around the matched words in the table, usage errors, and the same answers while
 * `quotebook serve` owns the notebook (the search then runs in the server, on its index).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, samplePath, startServe } from '../../helpers/cliRunner';
import { tempDir } from '../../helpers/tempDir';

async function notebookWithSample() {
  const notebook = path.join(await tempDir(), 'Search.quotebook');
  const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath]);
  expect(added.code, added.stderr).toBe(0);
  const quoted = await cli(['--notebook', notebook, '--json', 'quote', 'add', JSON.parse(added.stdout).article.id, '--exact', 'Putin must not win', '--speaker', 'Jens Stoltenberg']);
  expect(quoted.code, quoted.stderr).toBe(0);
  return { notebook, articleId: JSON.parse(added.stdout).article.id as string, quoteId: JSON.parse(quoted.stdout).quote.id as string };
}

describe('quotebook search', () => {
  it('prints hits as JSON, best first, and a table with the matched words in brackets', async () => {
    const { notebook, articleId, quoteId } = await notebookWithSample();
    const json = await cli(['--notebook', notebook, '--json', 'search', '"must not win"']);
    expect(json.code, json.stderr).toBe(0);
    const rows = JSON.parse(json.stdout) as { kind: string; id: string; articleId?: string; title: string; snippet: string; score: number }[];
    expect(rows.map((r) => r.kind).sort()).toEqual(['article', 'quote']);
    expect(rows.find((r) => r.kind === 'quote')).toMatchObject({ id: quoteId, articleId });
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['articleId', 'id', 'kind', 'score', 'snippet', 'title']);
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));

    const table = await cli(['--notebook', notebook, 'search', 'speaker:stoltenberg', 'putin', '--limit', '5']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('[Putin]');
    expect(table.stdout).toContain(quoteId);
  });

  it('says what was wrong with the command, and what could not be used of the query', async () => {
    const { notebook } = await notebookWithSample();
    expect((await cli(['--notebook', notebook, 'search'])).code).toBe(2);
    const badLimit = await cli(['--notebook', notebook, 'search', 'nato', '--limit', 'many']);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain('--limit must be a whole number');
    const unknown = await cli(['--notebook', notebook, '--json', 'search', 'speaker:nobody', '"unbalanced']);
    expect(unknown.code).toBe(0);
    expect(JSON.parse(unknown.stdout)).toEqual([]);
    expect(unknown.stderr).toContain('No actor is called “nobody”');
  });

  it('reads fields inside OR as the app does', async () => {
    const { notebook, quoteId } = await notebookWithSample();
    // Before, every field narrowed the whole search: Stoltenberg AND nobody found nothing.
    const either = await cli(['--notebook', notebook, '--json', 'search', 'speaker:stoltenberg OR speaker:nobody']);
    expect(either.code, either.stderr).toBe(0);
    expect(JSON.parse(either.stdout).map((r: { id: string }) => r.id)).toEqual([quoteId]);
    expect(either.stderr).toContain('No actor is called “nobody”');
  });

  it('gives the same answers through a running server', async () => {
    const { notebook, quoteId } = await notebookWithSample();
    const server = await startServe(notebook);
    try {
      const found = await cli(['--notebook', notebook, '--json', 'search', 'putin', 'in:quotes']);
      expect(found.code, found.stderr).toBe(0);
      expect(JSON.parse(found.stdout).map((r: { id: string }) => r.id)).toEqual([quoteId]);
    } finally {
      await server.stop();
    }
  });

  it('says when the words match too many places to rank, and which hits it shows instead', async () => {
    const dir = await tempDir();
    const notebook = path.join(dir, 'Many.quotebook');
    const file = path.join(dir, 'harbour.txt');
    await writeFile(file, Array.from({ length: 600 }, (_, i) => `Paragraph ${i} is about the harbour.`).join('\n\n'));
    expect((await cli(['--notebook', notebook, 'add-text', file])).code).toBe(0);
    const many = await cli(['--notebook', notebook, '--json', 'search', 'harbour']);
    expect(many.code, many.stderr).toBe(0);
    expect(JSON.parse(many.stdout)).toHaveLength(20);
    expect(many.stderr).toContain('More than 500 places match, too many to rank: these are the 20 most recently added, not the best.');
    const few = await cli(['--notebook', notebook, '--json', 'search', '"paragraph 7"']);
    expect(few.stderr).toBe('');
  });
});
