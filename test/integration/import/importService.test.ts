/**
 * The import operations through the dispatcher (as every front door calls them), on a real
 * notebook folder: mixed batches, duplicates, pasted content, the sample, metadata edits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession, type Dispatcher } from '../../../src/main/services';
import { MAX_IMPORT_BYTES } from '../../../src/main/import/limits';
import type { ImportedFile, ImportReport } from '../../../src/shared/import/operations';
import type { ArticleSummary } from '../../../src/shared/model';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { samplePath } from '../../helpers/cliRunner';
import { articlePdf, buildPdf } from '../../helpers/pdfBuilder';
import { buildDocx } from '../../helpers/docxBuilder';

let dir: string;
let session: NotebookSession;
let ops: Dispatcher;

beforeEach(async () => {
  dir = await makeTempDir('qb-import-');
  session = await NotebookSession.open(join(dir, 'nb.quotebook'), { create: true });
  ops = createOperations(session);
});
afterEach(async () => {
  await session.close();
  await removeTempDir(dir);
});

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await ops.invoke(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
const file = (name: string, bytes: Buffer | string) => ({ name, base64: Buffer.from(bytes).toString('base64') });
const articleFiles = async () => (await readdir(join(dir, 'nb.quotebook', 'articles'))).filter((f) => f.endsWith('.json'));

describe('articles:import', () => {
  it('imports the good files of a mixed batch and names each bad one with its reason', async () => {
    const report = await call<ImportReport>('articles:import', {
      files: [
        file('sample.txt', await readFile(samplePath)),
        file('empty.txt', ''),
        file('story.docx', buildDocx([{ text: 'Docx headline', style: 'Title' }, { text: 'Body of the Word file.' }])),
        file('binary.txt', Buffer.from([0, 1, 2, 3])),
        file('latin1.txt', Buffer.from('na\xefve', 'latin1')),
        file('report.pdf', articlePdf('PDF headline', ['Body of the PDF file.'])),
        file('scan.pdf', buildPdf([[]])),
        file('cut.docx', buildDocx([{ text: 'x' }]).subarray(0, 200)),
        file('big.txt', Buffer.alloc(MAX_IMPORT_BYTES + 10, 0x61)),
        { name: 'page.html', text: '<!doctype html><title>Page headline</title><article><p>Body of the page.</p></article>' },
      ],
    });
    expect(report.imported.map((i) => [i.file, i.title])).toEqual([
      ['sample.txt', 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine'],
      ['story.docx', 'Docx headline'],
      ['report.pdf', 'PDF headline'],
      ['page.html', 'Page headline'],
    ]);
    expect(report.failed.map((f) => f.file)).toEqual(['empty.txt', 'binary.txt', 'latin1.txt', 'scan.pdf', 'cut.docx', 'big.txt']);
    for (const failure of report.failed) expect(failure.error).toContain(`"${failure.file}"`);
    expect(report.failed.map((f) => f.error)).toEqual([
      expect.stringContaining('is empty'),
      expect.stringContaining('binary'),
      expect.stringContaining('not valid UTF-8'),
      expect.stringContaining('no text layer'),
      expect.stringContaining('not a valid Word document'),
      expect.stringContaining('more than the 32.0 MB'),
    ]);
    // Only the good files reached the disk.
    expect(await articleFiles()).toHaveLength(4);
    const listed = await call<ArticleSummary[]>('articles:list', {});
    expect(listed.find((a) => a.title.startsWith('NATO'))).toMatchObject({ section: 'Policy', origin: { name: 'sample.txt' } });
  });

  it('recognises the same content imported twice, in one batch and later, and does not store it again', async () => {
    const bytes = await readFile(samplePath);
    const first = await call<ImportReport>('articles:import', { files: [file('a.txt', bytes), file('copy of a.txt', bytes)] });
    expect(first.imported[0]!.duplicateOf).toBeNull();
    expect(first.imported[1]!.duplicateOf).toBe(first.imported[0]!.id);
    // CRLF line endings: the same text after normalisation.
    const crlf = await call<ImportReport>('articles:import', { files: [file('a-windows.txt', bytes.toString('utf8').replace(/\n/g, '\r\n'))] });
    expect(crlf.imported[0]!.duplicateOf).toBe(first.imported[0]!.id);
    expect(await articleFiles()).toHaveLength(1);
  });

  it('lets a given title replace the one found', async () => {
    const report = await call<ImportReport>('articles:import', { files: [{ ...file('s.txt', await readFile(samplePath)), title: 'My title' }] });
    expect(report.imported[0]!.title).toBe('My title');
  });

  it('refuses to import into a read-only notebook, and says so', async () => {
    await session.close();
    session = await NotebookSession.open(join(dir, 'nb.quotebook'), { readOnly: true });
    ops = createOperations(session);
    const result = await ops.invoke('articles:import', { files: [file('s.txt', 'Hello\n\nWorld')] });
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringContaining('Nothing was imported') } });
  });
});

describe('articles:importPasted', () => {
  it('makes an article of pasted blocks, reading its headline and byline', async () => {
    const parts: [string, string][] = [['paragraph', 'Opinion'], ['heading', 'Why it matters'], ['paragraph', 'By Ann Lee'], ['paragraph', 'The body.'], ['blockquote', 'A quoted line.']];
    const text = parts.map(([, t]) => t).join('\n\n');
    let at = 0;
    const blocks = parts.map(([kind, t]) => {
      const block = { kind, start: at, end: at + t.length };
      at += t.length + 2;
      return block;
    });
    const pasted = await call<ImportedFile>('articles:importPasted', { text, blocks });
    expect(pasted.article).toMatchObject({ title: 'Why it matters', section: 'Opinion', source: { authors: ['Ann Lee'] }, origin: { name: 'Pasted from the clipboard' } });
    const { article } = await call<{ article: { text: string; blocks: unknown[] } }>('articles:get', { id: pasted.id });
    // The byline went into the metadata; the story keeps everything else.
    expect(article.text).toBe('Opinion\n\nWhy it matters\n\nThe body.\n\nA quoted line.');
    expect(article.blocks).toHaveLength(4);
    expect((await call<ImportedFile>('articles:importPasted', { text, blocks })).duplicateOf).toBe(pasted.id);
  });

  it('reads plain pasted text like a text file, and refuses blocks that do not fit the text', async () => {
    const plain = await call<ImportedFile>('articles:importPasted', { text: 'Headline here\r\n\r\nBody text.' });
    expect(plain.title).toBe('Headline here');
    const bad = await ops.invoke('articles:importPasted', { text: 'abc', blocks: [{ kind: 'paragraph', start: 2, end: 10 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const empty = await ops.invoke('articles:importPasted', { text: '  \n ' });
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringContaining('no text') } });
  });
});

describe('articles:importSample and articles:updateMetadata', () => {
  it('imports the sample once and finds it the second time', async () => {
    const first = await call<ImportedFile>('articles:importSample', {});
    expect(first.article).toMatchObject({ section: 'Policy', title: 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine' });
    expect((await call<ImportedFile>('articles:importSample', {})).duplicateOf).toBe(first.id);
  });

  it('changes metadata, keeps text and quotes, and the change survives reopening', async () => {
    const { id } = await call<ImportedFile>('articles:importSample', {});
    const quote = await call<{ id: string }>('quotes:create', { articleId: id, start: 10, end: 30 });
    const updated = await call<ArticleSummary>('articles:updateMetadata', {
      id,
      patch: { title: '  New   title ', outlet: 'The Hill', url: 'https://thehill.example/x', authors: ['Ann Lee', ' ann lee ', 'Bo Chan'], publishedAt: '21 February 2023' },
    });
    expect(updated).toMatchObject({ title: 'New title', section: 'Policy', source: { outlet: 'The Hill', url: 'https://thehill.example/x', authors: ['Ann Lee', 'Bo Chan'], publishedAt: '2023-02-21' }, quoteCount: 1 });
    await session.close();
    session = await NotebookSession.open(join(dir, 'nb.quotebook'));
    ops = createOperations(session);
    const { article, quotes } = await call<{ article: ArticleSummary & { text: string }; quotes: { id: string }[] }>('articles:get', { id });
    expect(article.title).toBe('New title');
    expect(article.text).toBe((await readFile(samplePath, 'utf8')).normalize('NFC'));
    expect(quotes.map((q) => q.id)).toEqual([quote.id]);
  });

  it.each([
    [{ url: 'javascript:alert(1)' }, /not a web address/],
    [{ publishedAt: 'someday' }, /not a date/],
    [{ title: '   ' }, /needs a title/],
  ])('refuses %j', async (patch, message) => {
    const { id } = await call<ImportedFile>('articles:importSample', {});
    const result = await ops.invoke('articles:updateMetadata', { id, patch });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
  });
});
