import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, runBin, samplePath } from '../../helpers/cliRunner';

let dir: string;
let notebook: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qb-cli-'));
  notebook = join(dir, 'Research.quotebook');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('quotebook CLI', () => {
  it('adds the sample article and lists it as JSON', async () => {
    const added = await cli(['--notebook', notebook, 'add-text', samplePath, '--json']);
    expect(added.code).toBe(0);
    const { article, duplicateOf } = JSON.parse(added.stdout);
    expect(duplicateOf).toBeNull();
    expect(article.title).toBe('NATO ‘increasingly concerned’ China may arm Russia against Ukraine');
    expect(article.section).toBe('Policy');

    const listed = await cli(['list', 'articles', '--json', '--notebook', notebook]);
    expect(listed.code).toBe(0);
    const articles = JSON.parse(listed.stdout);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: article.id, title: article.title, quoteCount: 0, origin: { name: 'nato-china-lethal-aid.txt' } });
    expect(articles[0].text).toBeUndefined();
  });

  it('recognises the same text added twice and does not duplicate it', async () => {
    await cli(['--notebook', notebook, 'add-text', samplePath]);
    const again = await cli(['--notebook', notebook, 'add-text', samplePath]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Already in the notebook');
    expect(JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'articles'])).stdout)).toHaveLength(1);
  });

  it('uses --title over the guessed title', async () => {
    const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath, '--title', 'My own title']);
    expect(JSON.parse(added.stdout).article.title).toBe('My own title');
  });

  it('prints readable tables and empty states', async () => {
    expect((await cli(['--notebook', notebook, 'list', 'articles'])).stdout).toContain('No articles yet');
    await cli(['--notebook', notebook, 'add-text', samplePath]);
    const table = await cli(['--notebook', notebook, 'list', 'articles']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+TITLE\s+OUTLET\s+PUBLISHED\s+QUOTES$/);
    expect(table.stdout).toContain('NATO ‘increasingly concerned’');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['an empty file', async () => writeAndReturn('empty.txt', ''), /is empty/],
    ['a binary file', async () => writeAndReturn('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), /binary/],
    ['invalid UTF-8', async () => writeAndReturn('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), /not valid UTF-8/],
  ])('refuses %s with a one-line reason and leaves the notebook unchanged', async (_name, make, reason) => {
    const file = await make();
    const run = await cli(['--notebook', notebook, 'add-text', file]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const articles = await readdir(join(notebook, 'articles')).catch(() => []);
    expect(articles.filter((f) => f.endsWith('.json'))).toEqual([]);
  });

  it('exits 2 with usage help for unknown commands and options', async () => {
    const unknown = await cli(['--notebook', notebook, 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const badOption = await cli(['--notebook', notebook, 'add-text', samplePath, '--colour', 'red']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--colour');
    expect((await cli(['--notebook', notebook, 'list', 'spaceships'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('add-text FILE');
  });

  it('uses QUOTEBOOK_NOTEBOOK (the default notebook) when --notebook is not given, creating it', async () => {
    const run = await cli(['list', 'articles', '--json'], { QUOTEBOOK_NOTEBOOK: notebook });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(await readdir(notebook)).toContain('notebook.json');
  });

  it('works through the real bin script and refuses to write to a notebook another process holds', async () => {
    const run = await runBin(['--notebook', notebook, '--json', 'add-text', samplePath]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).article.section).toBe('Policy');
    // A live process (this test runner) holds the lock.
    await writeFile(join(notebook, '.lock'), JSON.stringify({ pid: process.pid, hostname: (await import('node:os')).hostname(), startedAt: new Date().toISOString(), app: 'test' }));
    const locked = await runBin(['--notebook', notebook, 'add-text', samplePath]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/open in another Quotebook process/);
    expect(locked.stderr.trim().split('\n')).toHaveLength(1);
  });
});

async function writeAndReturn(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
