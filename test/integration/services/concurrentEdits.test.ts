/**
 * Edits that overlap in time, as they do when an analyst picks an about-actor and a tag a moment
 * apart (each is saved as soon as it is chosen): every change must survive, on disk too. Before
 * article changes ran inside the article's write queue, the second save was computed from the
 * file as it was before the first one landed and silently undid it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import type { Actor, Quote, Tag } from '../../../src/shared/model';
import { samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { invokeOrThrow } from '../../helpers/operations';

let root: string;
let dir: string;
let session: NotebookSession;
let articleId: string;
let text: string;

const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);

const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

async function reopen(): Promise<void> {
  await session.close();
  session = await NotebookSession.open(dir);
}

beforeEach(async () => {
  root = await makeTempDir('qb-concurrent-');
  dir = join(root, 'Research.quotebook');
  session = await NotebookSession.open(dir, { create: true });
  text = await readFile(samplePath, 'utf8');
  ({ article: { id: articleId } } = await call('articles:createFromText', { text, fileName: 'nato.txt' }));
  text = (await call('articles:get', { id: articleId })).article.text;
});
afterEach(async () => {
  await session.close();
  await removeTempDir(root);
});

describe('overlapping edits of one article', () => {
  it('keeps an about-actor and a tag chosen a moment apart', async () => {
    const quote: Quote = await call('quotes:create', { articleId, ...at('Putin must not win.') });
    const putin: Actor = await call('actors:create', { name: 'Vladimir Putin' });
    const warning: Tag = await call('tags:create', { name: 'warning' });
    await Promise.all([
      call('quotes:update', { id: quote.id, patch: { aboutIds: [putin.id] } }),
      call('quotes:update', { id: quote.id, patch: { tagIds: [warning.id] } }),
      call('quotes:update', { id: quote.id, patch: { comment: 'Said before the summit.' } }),
    ]);
    await reopen();
    const [saved] = await call('quotes:list', { articleId });
    expect(saved).toMatchObject({ aboutIds: [putin.id], tagIds: [warning.id], comment: 'Said before the summit.' });
  });

  it('keeps every quote created at once, and the article metadata edited meanwhile', async () => {
    const phrases = ['Putin must not win.', 'increasingly concerned', 'China', 'Ukraine', 'Russia'];
    await Promise.all([
      ...phrases.map((p) => call('quotes:create', { articleId, ...at(p) })),
      call('articles:updateMetadata', { id: articleId, patch: { outlet: 'Al Jazeera' } }),
      call('suggest:reject', { articleId, items: [at('Beijing')] }),
    ]);
    await reopen();
    const quotes: Quote[] = await call('quotes:list', { articleId });
    expect(quotes.map((q) => q.target.exact).sort()).toEqual([...phrases].sort());
    const { article, rejectedSuggestions } = session.store.article(articleId)!;
    expect(article.source.outlet).toBe('Al Jazeera');
    expect(rejectedSuggestions?.map((r) => r.exact)).toEqual(['Beijing']);
  });

  it('keeps a tag added while a merge of actors rewrites the same quote', async () => {
    const quote: Quote = await call('quotes:create', { articleId, ...at('Putin must not win.') });
    const jens: Actor = await call('actors:create', { name: 'Jens Stoltenberg' });
    const stoltenberg: Actor = await call('actors:create', { name: 'Stoltenberg' });
    await call('quotes:update', { id: quote.id, patch: { speakerId: stoltenberg.id } });
    const warning: Tag = await call('tags:create', { name: 'warning' });
    await Promise.all([
      call('actors:merge', { fromId: stoltenberg.id, intoId: jens.id }),
      call('quotes:update', { id: quote.id, patch: { tagIds: [warning.id] } }),
    ]);
    await reopen();
    const [saved] = await call('quotes:list', { articleId });
    expect(saved).toMatchObject({ speakerId: jens.id, tagIds: [warning.id] });
  });

  it('never puts a quote on other words when the text is replaced while it is being created', async () => {
    const newer = text.replace('increasingly concerned', 'deeply concerned');
    const quote = { articleId, ...at('Putin must not win.'), exact: 'Putin must not win.' };
    const [, created] = await Promise.all([call('articles:replaceText', { id: articleId, text: newer }), createOperations(session).invoke('quotes:create', quote)]);
    await reopen();
    const quotes: Quote[] = await call('quotes:list', { articleId });
    // Either the quote landed first and moved with its words, or it was refused with a reason.
    if (created.ok) expect(quotes.map((q) => q.target.exact)).toEqual(['Putin must not win.']);
    else {
      expect(created.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('Select the words again') });
      expect(quotes).toEqual([]);
    }
  });

  it('refuses a selection whose words are no longer at its offsets', async () => {
    const newer = text.replace('increasingly concerned', 'deeply concerned');
    const stale = { articleId, ...at('Putin must not win.'), exact: 'Putin must not win.' };
    await call('articles:replaceText', { id: articleId, text: newer });
    const result = await createOperations(session).invoke('quotes:create', stale);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('“Putin must not win.” was selected') } });
    expect(await call('quotes:list', { articleId })).toEqual([]);
  });

  it('says the quote is gone when it is edited after being deleted', async () => {
    const quote: Quote = await call('quotes:create', { articleId, ...at('Putin must not win.') });
    const [, edit] = await Promise.all([
      call('quotes:delete', { id: quote.id }),
      createOperations(session).invoke('quotes:update', { id: quote.id, patch: { comment: 'late' } }),
    ]);
    expect(edit).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('It may have been deleted') } });
    expect(await call('quotes:list', { articleId })).toEqual([]);
  });
});

describe('overlapping changes of one note', () => {
  const paragraph = (text: string) => ({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }] } });

  it('keeps the text of an autosave that lands while the note is renamed from the list', async () => {
    const note = await call('notes:save', { title: 'Draft', content: paragraph('first words') });
    await Promise.all([
      call('notes:save', { id: note.id, title: 'Draft', content: paragraph('first words and more typed since') }),
      call('notes:rename', { id: note.id, title: 'China and the war' }),
    ]);
    await reopen();
    const saved = await call('notes:get', { id: note.id });
    expect(JSON.stringify(saved.content)).toContain('and more typed since');
  });
});

describe('overlapping changes of the codebook and the actors', () => {
  it('keeps a rename and a recolouring of one actor made a moment apart', async () => {
    const actor: Actor = await call('actors:create', { name: 'Stoltenberg' });
    await Promise.all([
      call('actors:update', { id: actor.id, patch: { name: 'Jens Stoltenberg' } }),
      call('actors:update', { id: actor.id, patch: { colour: 'green' } }),
      call('actors:update', { id: actor.id, patch: { role: 'Secretary-General' } }),
    ]);
    await reopen();
    const [saved] = await call('actors:list', {});
    expect(saved).toMatchObject({ name: 'Jens Stoltenberg', colour: 'green', role: 'Secretary-General' });
  });

  it('lets only one of two tags with the same name in, and says why', async () => {
    const results = await Promise.all([createOperations(session).invoke('tags:create', { name: 'warning' }), createOperations(session).invoke('tags:create', { name: 'Warning' })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('A tag called') } });
    expect(await call('tags:list', {})).toHaveLength(1);
  });

  it('keeps a description and a recolouring of one tag made a moment apart', async () => {
    const tag: Tag = await call('tags:create', { name: 'warning' });
    await Promise.all([call('tags:update', { id: tag.id, patch: { description: 'A threat of harm.' } }), call('tags:update', { id: tag.id, patch: { colour: 'red' } })]);
    await reopen();
    expect((await call('tags:list', {}))[0]).toMatchObject({ description: 'A threat of harm.', colour: 'red' });
  });
});
