/**
 * The command line while another process owns the notebook (issue "One live notebook", item 2):
 * reads and writes go through the running `quotebook serve`, found beside its lock, instead of
 * being refused; what the CLI writes is in the server's notebook at once; the endpoint file is
 * readable by this user only and goes away when the server stops.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApiValue } from '../../helpers/apiClient';
import { cli, samplePath, startServe } from '../../helpers/cliRunner';
import { tempDir } from '../../helpers/tempDir';

describe('the CLI while serve has the notebook open', () => {
  it('reads and writes through the running server, and falls back to the folder once it stops', async () => {
    const notebook = path.join(await tempDir(), 'Owned.quotebook');
    const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath]);
    expect(added.code, added.stderr).toBe(0);
    const articleId = JSON.parse(added.stdout).article.id as string;

    const server = await startServe(notebook);
    try {
      const endpoint = path.join(notebook, '.owner.json');
      if (process.platform !== 'win32') expect((await fs.stat(endpoint)).mode & 0o077).toBe(0);

      const listed = await cli(['--notebook', notebook, '--json', 'list', 'articles']);
      expect(listed.code, listed.stderr).toBe(0);
      expect(JSON.parse(listed.stdout).map((a: { id: string }) => a.id)).toEqual([articleId]);

      const quoted = await cli(['--notebook', notebook, '--json', 'quote', 'add', articleId, '--exact', 'Putin must not win', '--speaker', 'Jens Stoltenberg']);
      expect(quoted.code, quoted.stderr).toBe(0);
      const quoteId = JSON.parse(quoted.stdout).quote.id as string;
      // The server (and so every window on it) has the quote without reopening anything.
      const quotes = await callApiValue(server, 'quotes:list', { articleId });
      expect(quotes.map((q: { id: string }) => q.id)).toContain(quoteId);
    } finally {
      await server.stop();
    }
    await expect(fs.stat(path.join(notebook, '.owner.json'))).rejects.toThrow();
    const after = await cli(['--notebook', notebook, '--json', 'list', 'quotes']);
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout)).toHaveLength(1);
  }, 120_000); // serve starts through the bin; room for a busy machine
});
