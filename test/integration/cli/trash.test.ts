/**
 * Deleted work stays recoverable (issue 11, item 9): a deleted quote is kept in the notebook's trash
 * and `quotebook trash list|restore` brings it back with its id, long after any Undo toast.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { createOperations, NotebookSession } from '../../../src/main/services';

let dir: string;
let notebook: string;
beforeEach(async () => {
  dir = await makeTempDir('qb-trash-');
  notebook = join(dir, 'Research.quotebook');
});
afterEach(() => removeTempDir(dir));

const run = (...args: string[]) => cli(['--notebook', notebook, ...args]);
async function json<T>(...args: string[]): Promise<T> {
  const done = await run('--json', ...args);
  expect(done.code, done.stderr).toBe(0);
  return JSON.parse(done.stdout) as T;
}

describe('quotebook trash', () => {
  it('lists a deleted quote and restores it with its id, speaker and tags', async () => {
    const articleId = (await json<{ imported: Array<{ id: string }> }>('import', samplePath)).imported[0]!.id;
    const quote = (await json<{ quote: { id: string } }>('quote', 'add', articleId, '--exact', 'increasingly concerned', '--speaker', 'Jens Stoltenberg', '--tag', 'warning')).quote;
    expect((await run('trash', 'list')).stdout).toContain('The trash is empty');

    const session = await NotebookSession.open(notebook);
    try {
      const deleted = await createOperations(session).invoke('quotes:delete', { id: quote.id });
      expect(deleted.ok).toBe(true);
    } finally {
      await session.close();
    }
    const listed = await json<{ quotes: Array<{ quote: { id: string; deletedAt: string }; articleTitle: string }> }>('trash', 'list');
    expect(listed.quotes.map((t) => t.quote.id)).toEqual([quote.id]);
    expect(listed.quotes[0]!.articleTitle).toMatch(/NATO/);
    expect((await run('trash', 'list')).stdout).toContain('increasingly concerned');

    const restored = await run('trash', 'restore', quote.id);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored the quote ${quote.id}`);
    const quotes = await json<Array<{ id: string; speaker: string; tags: string[] }>>('list', 'quotes');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ id: quote.id });
    expect(JSON.stringify(quotes[0])).toContain('Jens Stoltenberg');
    expect(JSON.stringify(quotes[0])).toContain('warning');
    // Restored means out of the trash: listing it again shows nothing, restoring again says why.
    expect((await json<{ quotes: unknown[] }>('trash', 'list')).quotes).toEqual([]);
    const again = await run('trash', 'restore', quote.id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not deleted');
    const unknown = await run('trash', 'restore', 'nope-nope');
    expect(unknown.stderr).toContain('There is no deleted quote "nope-nope" in the trash');
  });
});
