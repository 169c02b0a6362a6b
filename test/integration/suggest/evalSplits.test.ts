/**
 * How `npm run eval:quotes` finds and loads its splits: by folder, and a label whose offsets do
 * not give its text is an error (moving it silently would let wrong labels pass unseen).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverSplits, isHeldOut, loadFolder } from '../../../scripts/evalSplits';
import { tempDir } from '../../helpers/tempDir';

const article = 'Politics\n\n“We will vote no,” said Ana Ruiz. Ruiz said the bill was rushed.';
const label = (text: string, start?: number) => ({ kind: 'direct', speaker: 'Ana Ruiz', text, ...(start === undefined ? {} : { start, end: start + text.length }) });

async function splitWith(quotes: unknown[]): Promise<{ dir: string; gold: string }> {
  const dir = await tempDir('qb-split-');
  await writeFile(join(dir, 'a.txt'), article);
  const gold = join(dir, 'a.gold.json');
  await writeFile(gold, JSON.stringify({ article: 'a.txt', actors: [], quotes }));
  return { dir, gold };
}

describe('loading a split', () => {
  const right = article.indexOf('We will');

  it('loads labels whose offsets give their text', async () => {
    const { dir } = await splitWith([label('We will vote no,', right)]);
    expect(loadFolder(dir, 'x')[0]!.gold.quotes[0]).toMatchObject({ start: right, end: right + 16 });
  });

  it.each([
    ['shifted by 7 characters', label('We will vote no,', right + 7), /x\/a\.gold\.json: the label "We will vote no," does not match its article \(at \d+–\d+ the article reads "/],
    ['without offsets', label('We will vote no,'), /has no offsets.*--fix-offsets/],
    ['whose text is not in the article', label('We shall vote no,', right), /does not occur in the article/],
  ])('refuses a label %s, naming it', async (_name, quote, message) => {
    const { dir } = await splitWith([quote]);
    expect(() => loadFolder(dir, 'x')).toThrow(message);
  });

  it('with --fix-offsets, moves a wrong label to its text in reading order and saves the file', async () => {
    const second = article.indexOf('the bill');
    const { dir, gold } = await splitWith([label('We will vote no,', right + 7), { ...label('the bill was rushed'), kind: 'indirect' }]);
    const [loaded] = loadFolder(dir, 'x', true);
    expect(loaded!.gold.quotes.map((q) => [q.start, q.end])).toEqual([[right, right + 16], [second, second + 19]]);
    expect(JSON.parse(await readFile(gold, 'utf8')).quotes[0].start).toBe(right);
    expect(() => loadFolder(dir, 'x')).not.toThrow();
  });

  it('does not "fix" a label whose text is missing: it stays an error', async () => {
    const { dir } = await splitWith([label('We shall vote no,', right)]);
    expect(() => loadFolder(dir, 'x', true)).toThrow(/does not occur/);
  });
});

describe('finding splits', () => {
  it('takes every folder with labels, nested ones by path, and the sample; only "…tune", "…tune-…" and the sample are tuning splits', async () => {
    const root = await tempDir('qb-splits-');
    for (const folder of ['tune', 'heldout', 'news', 'news/tune', 'news/tune-was-heldout', 'news/retune', 'empty']) await mkdir(join(root, 'fixtures', folder), { recursive: true });
    for (const folder of ['tune', 'heldout', 'news', 'news/tune', 'news/tune-was-heldout', 'news/retune']) await writeFile(join(root, 'fixtures', folder, 'a.gold.json'), '{}');
    await mkdir(join(root, 'corpus'));
    await writeFile(join(root, 'corpus', 's.gold.json'), '{}');
    const splits = discoverSplits(join(root, 'fixtures'), join(root, 'corpus'));
    expect(Object.keys(splits)).toEqual(['heldout', 'news', 'news/retune', 'news/tune', 'news/tune-was-heldout', 'tune', 'sample']);
    expect(splits['news/tune']).toBe(join(root, 'fixtures', 'news', 'tune'));
    expect(Object.keys(splits).filter(isHeldOut)).toEqual(['heldout', 'news', 'news/retune']);
  });
});
