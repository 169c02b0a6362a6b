/** `quotebook reimport ARTICLE_ID FILE`: a newer version in any import format; quotes follow their words. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, samplePath } from '../../helpers/cliRunner';

let dir: string;
let notebook: string;
let articleId: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qb-cli-reimport-'));
  notebook = join(dir, 'nb.quotebook');
  const added = await cli(['--notebook', notebook, '--json', 'import', samplePath]);
  articleId = JSON.parse(added.stdout).imported[0].id;
  for (const exact of ['Putin must not win.', 'increasingly concerned']) {
    expect((await cli(['--notebook', notebook, 'quote', 'add', articleId, '--exact', exact])).code).toBe(0);
  }
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const quotes = async () => JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'quotes'])).stdout) as { target: { exact: string }; anchorStatus?: string }[];

describe('quotebook reimport', () => {
  it('replaces the text from a saved web page and places each quote again, keeping a lost one as an orphan', async () => {
    const paragraphs = (await readFile(samplePath, 'utf8')).replaceAll('increasingly concerned', 'very worried').split(/\n+/);
    const page = join(dir, 'newer.html');
    await writeFile(page, `<!doctype html><html><head><title>NATO</title></head><body><article>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`);
    const run = await cli(['--notebook', notebook, '--json', 'reimport', articleId, page]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ article: { id: articleId }, unchanged: false, quotes: { exact: 1, orphaned: 1 }, backup: expect.any(String) });
    // No Undo on the command line: the text it replaced is kept in a backup taken just before.
    const kept = JSON.parse(await readFile(join(notebook, 'backups', report.backup, 'articles', `${articleId}.json`), 'utf8'));
    expect(kept.article.text).toContain('increasingly concerned');
    const after = Object.fromEntries((await quotes()).map((q) => [q.target.exact, q.anchorStatus ?? 'exact']));
    expect(after).toEqual({ 'Putin must not win.': 'exact', 'increasingly concerned': 'orphaned' });
    const text = await cli(['--notebook', notebook, 'reimport', articleId, page]);
    expect(text.stdout).toMatch(/same text .*nothing changed/);
  });

  it('refuses an empty file or an unknown article with a reason, changing nothing', async () => {
    const before = await readFile(join(notebook, 'articles', `${articleId}.json`), 'utf8');
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const run = await cli(['--notebook', notebook, 'reimport', articleId, empty]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt.*empty/);
    const unknown = await cli(['--notebook', notebook, 'reimport', 'art_missing', samplePath]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no article with id "art_missing"/);
    const missing = await cli(['--notebook', notebook, 'reimport', articleId, join(dir, 'nope.html')]);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.html.*Nothing was changed/);
    expect(await readFile(join(notebook, 'articles', `${articleId}.json`), 'utf8')).toBe(before);
  });
});
