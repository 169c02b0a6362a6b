/**
 * Backups as the README promises them (issue 11, item 8): a verified backup on open (at most one a
 * day), before every bulk or destructive operation, and `quotebook backup list|create|restore`,
 * through the running owner when there is one.
 */
import { readdir, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApiValue } from '../../helpers/apiClient';
import { cli, samplePath, startServe } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

let dir: string;
let notebook: string;
beforeEach(async () => {
  dir = await makeTempDir('qb-backup-');
  notebook = join(dir, 'Research.quotebook');
});
afterEach(() => removeTempDir(dir));

const run = (...args: string[]) => cli(['--notebook', notebook, ...args]);
async function json<T>(...args: string[]): Promise<T> {
  const done = await run('--json', ...args);
  expect(done.code, done.stderr).toBe(0);
  return JSON.parse(done.stdout) as T;
}
interface Listed {
  backups: Array<{ id: string; reason: string; counts: { articles: number; quotes: number } }>;
}

/** The sample article with one quote; returns the article and quote ids. */
async function notebookWithQuote(): Promise<{ articleId: string; quoteId: string }> {
  const articleId = (await json<{ imported: Array<{ id: string }> }>('import', samplePath)).imported[0]!.id;
  const quoteId = (await json<{ quote: { id: string } }>('quote', 'add', articleId, '--exact', 'increasingly concerned')).quote.id;
  return { articleId, quoteId };
}

describe('quotebook backup', () => {
  it('a damaged article comes back, with its quote, from the backup its message names', async () => {
    const { articleId, quoteId } = await notebookWithQuote();
    const made = await json<{ backup: { id: string; counts: { articles: number; quotes: number } } }>('backup', 'create');
    expect(made.backup.counts).toMatchObject({ articles: 1, quotes: 1 });

    await truncate(join(notebook, 'articles', `${articleId}.json`), 50);
    const damaged = await run('list', 'quotes');
    expect(damaged.stdout).not.toContain(quoteId);
    const { problems } = await json<{ problems: Array<{ message: string }> }>('problems');
    expect(problems[0]!.message).toContain(`quotebook backup restore ${made.backup.id}`);

    const restored = await run('backup', 'restore', made.backup.id);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored the backup ${made.backup.id}`);
    const quotes = await json<Array<{ id: string }>>('list', 'quotes');
    expect(quotes.map((q) => q.id)).toEqual([quoteId]);
    // The restore was itself backed up first, so it can be undone.
    const { backups } = await json<Listed>('backup', 'list');
    expect(backups[0]!.reason).toBe('before-restore');
    expect(restored.stdout).toContain(`the backup ${backups[0]!.id}`);
    // The damaged file is dealt with: no command warns about it any more.
    expect((await run('list', 'articles')).stderr).toBe('');
  });

  it('takes one backup on open a day, and one before each destructive operation', async () => {
    await notebookWithQuote();
    // import created the notebook (nothing to back up yet); quote add opened it again: the daily backup.
    const first = await json<Listed>('backup', 'list');
    expect(first.backups.map((b) => b.reason)).toEqual(['open']);
    expect(first.backups[0]!.counts).toMatchObject({ articles: 1, quotes: 0 });
    await run('list', 'articles');
    await run('actor', 'add', 'Someone Else');
    expect((await json<Listed>('backup', 'list')).backups.map((b) => b.reason)).toEqual(['open']);

    await json('actor', 'add', 'Jens Stoltenberg');
    const merged = await run('actor', 'merge', 'Someone Else', 'Jens Stoltenberg');
    expect(merged.code, merged.stderr).toBe(0);
    expect((await json<Listed>('backup', 'list')).backups.map((b) => b.reason)).toEqual(['before-actor-merge', 'open']);
  });

  it('lists and restores a notebook whose notebook.json is damaged', async () => {
    await notebookWithQuote();
    const made = await json<{ backup: { id: string } }>('backup', 'create', '--reason', 'by hand');
    await truncate(join(notebook, 'notebook.json'), 10);
    const refused = await run('list', 'articles');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`quotebook backup restore ${made.backup.id}`);
    expect((await json<Listed>('backup', 'list')).backups.map((b) => b.id)).toContain(made.backup.id);
    expect((await run('backup', 'restore', made.backup.id)).code).toBe(0);
    expect(await json<unknown[]>('list', 'quotes')).toHaveLength(1);
  });

  it('refuses an unknown backup id and a wrong usage, changing nothing', async () => {
    await notebookWithQuote();
    const wrong = await run('backup', 'restore', '2020-01-01T00-00-00.000Z-nope');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('There is no usable backup "2020-01-01T00-00-00.000Z-nope"');
    expect((await run('backup', 'restore')).code).toBe(2);
    expect(await readdir(join(notebook, 'articles'))).toHaveLength(1);
  });

  it('restores through a running serve, whose windows see the restored notebook at once', async () => {
    const { articleId, quoteId } = await notebookWithQuote();
    const made = await json<{ backup: { id: string } }>('backup', 'create');
    const server = await startServe(notebook);
    try {
      await callApiValue(server, 'quotes:delete', { id: quoteId });
      expect(await callApiValue(server, 'quotes:list', { articleId })).toEqual([]);
      const restored = await run('backup', 'restore', made.backup.id);
      expect(restored.code, restored.stderr).toBe(0);
      const quotes = await callApiValue(server, 'quotes:list', { articleId });
      expect(quotes.map((q: { id: string }) => q.id)).toEqual([quoteId]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
