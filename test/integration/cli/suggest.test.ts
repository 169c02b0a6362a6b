/** `quotebook suggest`: JSON output of a file and of an article, and --accept with a threshold. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, samplePath } from '../../helpers/cliRunner';
import { readFileSync, writeFileSync } from 'node:fs';
import { MAX_SUGGEST_CHARS } from '../../../src/shared/suggest';
import { whoSaidWhat } from '../../../src/shared/actors/quoteViews';
import type { Quote } from '../../../src/shared/model';

let dir: string;
let notebook: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qb-suggest-'));
  notebook = join(dir, 'Research.quotebook');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('quotebook suggest', () => {
  it('prints quotes with offsets into the file’s text, and actors, without touching the notebook', async () => {
    const run = await cli(['--notebook', notebook, 'suggest', samplePath, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const text = readFileSync(samplePath, 'utf8');
    expect(out.quotes.length).toBeGreaterThan(10);
    for (const q of out.quotes) expect(q.pieces ? q.pieces.map((p: { start: number; end: number }) => text.slice(p.start, p.end).trim()).join(' … ') : text.slice(q.start, q.end)).toBe(q.text);
    // “…Russia’s war,” Stoltenberg said in his opening remarks. “Putin must not win…”: one quote in two pieces.
    expect(out.quotes.find((q: { text: string }) => q.text.includes('war, … Putin must not win.'))).toMatchObject({ pieces: [{}, {}] });
    expect(out.quotes.find((q: { text: string }) => q.text.startsWith('It is the U.S., not China'))).toMatchObject({ kind: 'direct', speaker: { name: 'Wang Wenbin' }, cue: 'said' });
    expect(out.actors.find((a: { name: string }) => a.name === 'Jens Stoltenberg')).toMatchObject({ kind: 'person', aliases: ['Stoltenberg'] });
    expect(JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'articles'])).stdout)).toEqual([]);
  });

  it('--accept imports the file and saves the suggestions at or above --min-confidence', async () => {
    const run = await cli(['--notebook', notebook, '--json', 'suggest', samplePath, '--accept', '--min-confidence', '0.9']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const confident = out.quotes.filter((q: { confidence: number }) => q.confidence >= 0.9);
    expect(out.accepted.saved).toBe(confident.length);
    expect(out.accepted.skipped).toBe(out.quotes.length - confident.length);
    const quotes = JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'quotes'])).stdout);
    expect(quotes).toHaveLength(confident.length);

    // Suggesting the article again leaves out what is now tagged.
    const again = JSON.parse((await cli(['--notebook', notebook, '--json', 'suggest', out.articleId])).stdout);
    expect(again.quotes).toHaveLength(out.quotes.length - confident.length);
  });

  it('--accept saves whom each quote is about, so the who-said-what table fills (issue 14)', async () => {
    const file = join(dir, 'fishing.txt');
    writeFileSync(file, 'Trade Minister Anna Berg said on Monday that Norway had broken the fishing deal.\n\n“She has not read her own plan,” said Ivo Lind, an opposition MP.\n');
    const out = JSON.parse((await cli(['--notebook', notebook, '--json', 'suggest', file, '--accept'])).stdout);
    // The JSON says whom each suggestion is about, as it says who said it.
    expect(out.quotes.map((q: { speaker: { name: string }; about: { name: string }[] }) => [q.speaker.name, q.about.map((a) => a.name)])).toEqual([
      ['Anna Berg', ['Norway']],
      ['Ivo Lind', ['Anna Berg']],
    ]);
    expect(out.accepted.createdActors.map((a: { name: string }) => a.name).sort()).toEqual(['Anna Berg', 'Ivo Lind', 'Norway']);
    const quotes: (Quote & { speakerName: string; aboutNames: string[] })[] = JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'quotes'])).stdout);
    expect(quotes.map((q) => [q.speakerName, q.aboutNames])).toEqual([
      ['Anna Berg', ['Norway']],
      ['Ivo Lind', ['Anna Berg']],
    ]);
    const table = whoSaidWhat([quotes]);
    expect(table.quotes).toBe(2);
    expect(table.cells).toHaveLength(2);
  });

  it('--accept leaves stances (beliefs, findings) out and says so', async () => {
    const file = join(dir, 'levy.txt');
    writeFileSync(file, 'Finance chief Marta Olsen believes the levy will raise too little.\n\nMayor Ada Quist said the levy would be dropped.\n');
    const out = JSON.parse((await cli(['--notebook', notebook, '--json', 'suggest', file, '--accept'])).stdout);
    expect(out.quotes.map((q: { text: string; stance?: boolean }) => [q.text, q.stance ?? false])).toEqual([
      ['the levy will raise too little', true],
      ['the levy would be dropped', false],
    ]);
    expect(out.accepted).toMatchObject({ saved: 1, stancesSkipped: 1 });
    const text = await cli(['--notebook', notebook, 'suggest', out.articleId, '--accept']);
    expect(text.stdout).toContain('1 stance (not speech) left out');
  });

  it('takes several files and article ids and prints one JSON line per input, in order; a bad input gets its own line', async () => {
    const articleId: string = JSON.parse((await cli(['--notebook', notebook, '--json', 'import', samplePath])).stdout).imported[0].id;
    const second = join(dir, 'second.txt');
    writeFileSync(second, 'The talks ended on Friday.\n\n“We are not done yet,” the envoy said.');
    const run = await cli(['--notebook', notebook, 'suggest', samplePath, articleId, 'no/such/file.txt', second]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ file: samplePath });
    expect(lines[1]).toMatchObject({ articleId });
    // The same article read from its file and from the notebook gives the same quotes.
    expect(lines[1].quotes.map((q: { text: string }) => q.text)).toEqual(lines[0].quotes.map((q: { text: string }) => q.text));
    expect(lines[2]).toMatchObject({ input: 'no/such/file.txt', error: expect.stringContaining('neither a file nor an article id') });
    expect(lines[3]).toMatchObject({ file: second, quotes: [expect.objectContaining({ text: 'We are not done yet,' })] });
    expect(run.stderr).toContain('no/such/file.txt');
  });

  it('explains usage errors', async () => {
    expect((await cli(['--notebook', notebook, 'suggest'])).code).toBe(2);
    const bad = await cli(['--notebook', notebook, 'suggest', samplePath, '--accept', '--min-confidence', '2']);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('from 0 to 1') });
    const missing = await cli(['--notebook', notebook, 'suggest', 'no/such/file.txt']);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('neither a file nor an article id') });
  });

  it('applies one size limit (the longest article) to a file and to an article of the notebook, and says what to do', async () => {
    const long = 'The minister said the plan would work. '.repeat(Math.ceil(MAX_SUGGEST_CHARS / 39) + 1);
    expect(long.length).toBeGreaterThan(MAX_SUGGEST_CHARS);
    const file = join(dir, 'long.txt');
    writeFileSync(file, long);
    const fromFile = await cli(['--notebook', notebook, 'suggest', file]);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toContain('long.txt" holds 5,000,0');
    expect(fromFile.stderr).toContain('more than the 5,000,000 one article may hold (about 2,500 pages). Split it into several files');

    // An article already in the notebook (from before the import limits) meets the same limit.
    const imported = JSON.parse((await cli(['--notebook', notebook, '--json', 'import', samplePath])).stdout);
    const id: string = imported.imported[0].id;
    const path = join(notebook, 'articles', `${id}.json`);
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    stored.article.text = long;
    stored.article.blocks = [{ kind: 'paragraph', start: 0, end: long.length }];
    writeFileSync(path, JSON.stringify(stored));
    const fromArticle = await cli(['--notebook', notebook, 'suggest', id]);
    expect(fromArticle.code).toBe(1);
    expect(fromArticle.stderr).toContain('suggestions read at most 5,000,000. Split the text into several articles');
  });
});
