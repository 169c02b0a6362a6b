/** `quotebook import FILE|DIR...`: mixed batches, folders, JSON output, exit codes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, mkdir, mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, runBin, samplePath } from '../../helpers/cliRunner';
import { articlePdf, buildPdf } from '../../helpers/pdfBuilder';
import { buildDocx } from '../../helpers/docxBuilder';

let dir: string;
let notebook: string;
let files: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qb-cli-import-'));
  notebook = join(dir, 'nb.quotebook');
  files = join(dir, 'files');
  await mkdir(join(files, 'sub'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const articleCount = async () => (await readdir(join(notebook, 'articles')).catch(() => [])).filter((f) => f.endsWith('.json')).length;

describe('quotebook import', () => {
  it('imports the good files of a folder, names each bad one on stderr, and exits 1', async () => {
    await copyFile(samplePath, join(files, 'sample.txt'));
    await writeFile(join(files, 'sub', 'report.pdf'), articlePdf('PDF headline', ['Body text of the report.']));
    await writeFile(join(files, 'sub', 'story.docx'), buildDocx([{ text: 'Word headline', style: 'Title' }, { text: 'Body.' }]));
    await writeFile(join(files, 'empty.txt'), '');
    await writeFile(join(files, 'binary.txt'), Buffer.from([0x00, 0xff, 0x00]));
    await writeFile(join(files, 'latin1.txt'), Buffer.from('r\xe9sum\xe9', 'latin1'));
    await writeFile(join(files, 'scan.pdf'), buildPdf([[]]));
    await writeFile(join(files, 'broken.docx'), Buffer.from('PK\x03\x04 this is not really a zip'));
    await writeFile(join(files, 'huge.txt'), '');
    await truncate(join(files, 'huge.txt'), 50 * 1024 * 1024); // 50 MB without writing 50 MB
    await writeFile(join(files, 'ignored.png'), Buffer.from([0x89, 0x50]));
    await writeFile(join(files, '.hidden.txt'), 'hidden');

    const run = await cli(['--notebook', notebook, '--json', 'import', files]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.imported.map((i: { file: string }) => i.file.slice(files.length + 1)).sort()).toEqual(['sample.txt', 'sub/report.pdf', 'sub/story.docx']);
    expect(report.imported.find((i: { file: string }) => i.file.endsWith('sample.txt'))).toMatchObject({ title: 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine', duplicate: false, id: expect.stringMatching(/^art_/) });
    const failed = Object.fromEntries(report.failed.map((f: { file: string; error: string }) => [f.file.slice(files.length + 1), f.error]));
    expect(Object.keys(failed).sort()).toEqual(['binary.txt', 'broken.docx', 'empty.txt', 'huge.txt', 'latin1.txt', 'scan.pdf']);
    expect(failed['huge.txt']).toMatch(/huge\.txt" is 50\.0 MB, more than the 32\.0 MB/);
    expect(failed['scan.pdf']).toMatch(/no text layer/);
    expect(failed['broken.docx']).toMatch(/not a valid Word document/);
    expect(failed['latin1.txt']).toMatch(/not valid UTF-8/);
    // One stderr line per failure, each naming its file, then the summary.
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(7);
    for (const name of Object.keys(failed)) expect(lines.some((l) => l.includes(name))).toBe(true);
    expect(await articleCount()).toBe(3);
  });

  it('prints one line per file, says when one is already in the notebook, and exits 0 when all went in', async () => {
    const first = await cli(['--notebook', notebook, 'import', samplePath]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Imported {2}art_\S+ {2}NATO ‘increasingly concerned’/);
    const again = await cli(['--notebook', notebook, 'import', samplePath, samplePath]);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').filter((l) => l.startsWith('Already in the notebook'))).toHaveLength(2);
    expect(again.stdout).toContain('0 imported, 2 already in the notebook, 0 failed.');
    expect(await articleCount()).toBe(1);
  });

  it('reports a missing path and an empty folder, and refuses bad usage with exit 2', async () => {
    const run = await cli(['--notebook', notebook, '--json', 'import', join(dir, 'nope.txt'), join(files, 'sub')]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).failed.map((f: { error: string }) => f.error)).toEqual([expect.stringContaining('no such file or folder'), expect.stringContaining('holds no files Quotebook imports')]);
    expect((await cli(['--notebook', notebook, 'import'])).code).toBe(2);
    await copyFile(samplePath, join(files, 'a.txt'));
    await copyFile(samplePath, join(files, 'b.txt'));
    const titled = await cli(['--notebook', notebook, 'import', files, '--title', 'T']);
    expect(titled.code).toBe(2);
    expect(titled.stderr).toContain('--title can only be used when importing a single file');
  });

  it('works through the real bin script, and `add-text` still works as before', async () => {
    const page = join(files, 'page.html');
    await writeFile(page, '<!doctype html><html><head><title>Web page headline</title><meta name="author" content="Ann Lee"></head><body><article><p>First paragraph of the page.</p><p>Second paragraph.</p></article></body></html>');
    const run = await runBin(['--notebook', notebook, '--json', 'import', page]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).imported[0]).toMatchObject({ title: 'Web page headline', duplicate: false });
    const legacy = await runBin(['--notebook', notebook, '--json', 'add-text', samplePath]);
    expect(legacy.code).toBe(0);
    expect(JSON.parse(legacy.stdout)).toMatchObject({ article: { section: 'Policy' }, duplicateOf: null });
  });
});
