/**
 * The reader shows a new quote before the notebook has saved it, under an id it chose and sends
 * with `quotes:create`. The notebook saves the quote under that id, answers a repeated request
 * (Try again after a lost answer) with the quote it has instead of a second one, and refuses an
 * id another quote holds or held before it was deleted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import type { Quote } from '../../../src/shared/model';
import { samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { invokeOrThrow } from '../../helpers/operations';

let root: string;
let dir: string;
let session: NotebookSession;
let articleId: string;
let text: string;

const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, exact: words });

beforeEach(async () => {
  root = await makeTempDir('qb-quote-ids-');
  dir = join(root, 'Research.quotebook');
  session = await NotebookSession.open(dir, { create: true });
  ({ article: { id: articleId } } = await call('articles:createFromText', { text: await readFile(samplePath, 'utf8'), fileName: 'nato.txt' }));
  text = (await call('articles:get', { id: articleId })).article.text;
});
afterEach(async () => {
  await session.close();
  await removeTempDir(root);
});

describe('a new quote under an id the reader chose', () => {
  it('is saved under that id, and asking again returns it rather than a second quote', async () => {
    const first: Quote = await call('quotes:create', { id: 'q_reader1', articleId, ...at('Putin must not win.') });
    expect(first.id).toBe('q_reader1');
    const again: Quote = await call('quotes:create', { id: 'q_reader1', articleId, ...at('Putin must not win.') });
    expect(again).toMatchObject({ id: first.id, target: first.target, createdAt: first.createdAt });
    await session.close();
    session = await NotebookSession.open(dir);
    expect((await call('quotes:list', { articleId })).map((q: Quote) => q.id)).toEqual(['q_reader1']);
  });

  it('is refused when another quote holds the id, or held it before it was deleted', async () => {
    await call('quotes:create', { id: 'q_taken', articleId, ...at('Putin must not win.') });
    const other = await createOperations(session).invoke('quotes:create', { id: 'q_taken', articleId, ...at('increasingly concerned') });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call('quotes:delete', { id: 'q_taken' });
    const reused = await createOperations(session).invoke('quotes:create', { id: 'q_taken', articleId, ...at('Putin must not win.') });
    expect(reused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('quotes:list', { articleId })).toEqual([]);
  });
});
