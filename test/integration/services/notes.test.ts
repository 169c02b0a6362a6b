/**
 * Notes on a real notebook folder holding the tagged sample article: create, list with preview and
 * counts, rename, delete and restore (the file goes to the trash and comes back), backlinks from
 * quotes and actors, and refusing content that would not open again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { samplePath } from '../../helpers/cliRunner';
import { tagSampleArticle, type Call, type TaggedSample } from '../../helpers/sampleTagging';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

let dir: string;
let session: NotebookSession;
let call: Call;
let sample: TaggedSample;

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children });
const card = (quoteId: string) => ({ type: 'quote-card', version: 1, quoteId, citedText: 'cited' });
const mention = (actorId: string, name: string) => ({ type: 'actor-mention', version: 1, actorId, text: name });
const note = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

const quoteBy = (speaker: string) => sample.quotes.find((q) => q.gold.speaker === speaker)!.id;

beforeEach(async () => {
  dir = join(await makeTempDir('qb-notes-'), 'Research.quotebook');
  session = await NotebookSession.open(dir, { create: true });
  const ops = createOperations(session);
  call = async (op, input) => {
    const result = await ops.invoke(op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value;
  };
  const { article } = await call('articles:createFromText', { text: await readFile(samplePath, 'utf8'), fileName: 'nato.txt' });
  sample = await tagSampleArticle(call, article.id);
});
afterEach(async () => {
  await session.close();
  await removeTempDir(join(dir, '..'));
});

describe('notes', () => {
  it('lists notes newest first with a preview of their own words and their counts', async () => {
    const nato = sample.actors.get('NATO')!;
    await call('notes:save', { title: 'Older', content: note(paragraph(text('first'))) });
    const saved = await call('notes:save', {
      title: '  Assessment  ',
      content: note(paragraph(text('As '), mention(nato, 'NATO'), text(' warned:')), card(quoteBy('Jens Stoltenberg')), paragraph(text('China may arm Russia.'))),
    });
    expect(saved.title).toBe('Assessment');
    const list = await call('notes:list', {});
    expect(list.map((n: { title: string }) => n.title)).toEqual(['Assessment', 'Older']);
    expect(list[0]).toMatchObject({ id: saved.id, preview: 'As @NATO warned:\nChina may arm Russia.', wordCount: 7, quoteCount: 1 });
    expect(list[0]).not.toHaveProperty('content');
  });

  it('renames a note without touching its content', async () => {
    const content = note(paragraph(text('kept')));
    const saved = await call('notes:save', { title: 'Draft', content });
    const renamed = await call('notes:rename', { id: saved.id, title: 'Final assessment' });
    expect(renamed.title).toBe('Final assessment');
    expect((await call('notes:get', { id: saved.id })).content).toEqual(content);
    expect((await call('notes:rename', { id: saved.id, title: '   ' })).title).toBe('Untitled note');
  });

  it('deletes a note into the trash and restores it with its content', async () => {
    const content = note(paragraph(text('precious words')), card(quoteBy('Jens Stoltenberg')));
    const saved = await call('notes:save', { title: 'To delete', content });
    const deleted = await call('notes:delete', { id: saved.id });
    expect(deleted).toMatchObject({ id: saved.id, title: 'To delete' });
    expect(await call('notes:list', {})).toEqual([]);
    expect(await readdir(join(dir, 'notes'))).not.toContain(`${saved.id}.json`);
    const missing = await createOperations(session).invoke('notes:get', { id: saved.id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const restored = await call('notes:restore', { id: saved.id });
    expect(restored.title).toBe('To delete');
    expect((await call('notes:get', { id: saved.id })).content).toEqual(content);
    // Restored notes survive reopening the notebook.
    await session.close();
    session = await NotebookSession.open(dir);
    const reopened = await createOperations(session).invoke('notes:list', {});
    expect(reopened.ok && (reopened.value as { id: string }[]).map((n) => n.id)).toEqual([saved.id]);
  });

  it('says what to do when restoring a note that is not deleted', async () => {
    const saved = await call('notes:save', { title: 'Alive', content: note(paragraph()) });
    const result = await createOperations(session).invoke('notes:restore', { id: saved.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('finds the notes citing a quote and the notes mentioning an actor or citing its quotes', async () => {
    const stoltenberg = sample.actors.get('Jens Stoltenberg')!;
    const nato = sample.actors.get('NATO')!;
    const quote = quoteBy('Jens Stoltenberg');
    const cites = await call('notes:save', { title: 'Cites twice', content: note(card(quote), paragraph(text('and again')), card(quote)) });
    const mentions = await call('notes:save', { title: 'Mentions NATO', content: note(paragraph(mention(nato, 'NATO'), text(' and '), mention(nato, 'NATO'))) });
    await call('notes:save', { title: 'Unrelated', content: note(paragraph(text('nothing'))) });

    expect(await call('notes:backlinks', { quoteId: quote })).toEqual([expect.objectContaining({ id: cites.id, citations: 2, mentions: 0 })]);
    expect(await call('notes:backlinks', { actorId: stoltenberg })).toEqual([expect.objectContaining({ id: cites.id, citations: 2, mentions: 0 })]);
    expect(await call('notes:backlinks', { actorId: nato })).toEqual([expect.objectContaining({ id: mentions.id, citations: 0, mentions: 2 })]);

    // Editing a note updates what it cites.
    await call('notes:save', { id: cites.id, title: 'Cites twice', content: note(paragraph(text('no more cards'))) });
    expect(await call('notes:backlinks', { quoteId: quote })).toEqual([]);
  });

  it('refuses a backlinks question that names both or neither', async () => {
    for (const input of [{}, { quoteId: 'q1', actorId: 'a1' }]) {
      const result = await createOperations(session).invoke('notes:backlinks', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('refuses to save content that is not an editor state, keeping the saved note', async () => {
    const saved = await call('notes:save', { title: 'Good', content: note(paragraph(text('good'))) });
    const result = await createOperations(session).invoke('notes:save', { id: saved.id, title: 'Good', content: { root: 'nope' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toMatch(/could not be saved/);
    expect((await call('notes:get', { id: saved.id })).content).toEqual(saved.content);
  });

  it('gives the cited quotes with their article, leaving out deleted ones', async () => {
    const keep = quoteBy('Jens Stoltenberg');
    const gone = sample.quotes.find((q) => q.id !== keep)!.id;
    await call('quotes:delete', { id: gone });
    const cited = await call('notes:quotes', { ids: [keep, gone, keep] });
    expect(cited).toHaveLength(1);
    expect(cited[0].quote.id).toBe(keep);
    expect(cited[0].article).toEqual({ id: sample.articleId, title: 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine', outlet: '', publishedAt: '' });
  });

  it('finds quotes to cite by their words, their speaker or their tags', async () => {
    const words = await call('notes:findQuotes', { query: 'putin must not', limit: 5 });
    expect(words[0].quote.target.exact).toContain('Putin must not win');
    const bySpeaker = await call('notes:findQuotes', { query: 'stoltenberg', limit: 50 });
    expect(bySpeaker.length).toBe(sample.quotes.filter((q) => q.gold.speaker === 'Jens Stoltenberg').length);
    const byTag = await call('notes:findQuotes', { query: 'warning', limit: 50 });
    expect(byTag.length).toBeGreaterThan(0);
    expect(byTag.every((c: { quote: { tagIds: string[] } }) => c.quote.tagIds.includes(sample.tags.get('Warning')!))).toBe(true);
    expect(await call('notes:findQuotes', { query: 'stoltenberg zzzz', limit: 5 })).toEqual([]);
    expect(await call('notes:findQuotes', { query: '', limit: 3 })).toHaveLength(3);
  });
});
