/**
 * Actors on a real notebook folder holding the sample article, tagged as its gold file says:
 * actor pages, merge and its undo, delete, duplicates and the who-said-what table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { resolveActor } from '../../../src/shared/actors';
import type { Actor, Quote } from '../../../src/shared/model';
import { samplePath } from '../../helpers/cliRunner';
import { gold, tagSampleArticle, type Call, type TaggedSample } from '../../helpers/sampleTagging';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

let dir: string;
let session: NotebookSession;
let call: Call;
let sample: TaggedSample;

async function open(): Promise<void> {
  session = await NotebookSession.open(dir, { create: true });
  const ops = createOperations(session);
  call = async (op, input) => {
    const result = await ops.invoke(op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value;
  };
}

/** Like `call`, but returns the error value instead of throwing. */
async function attempt(op: string, input: unknown) {
  return createOperations(session).invoke(op, input);
}

beforeEach(async () => {
  dir = join(await makeTempDir('qb-actors-'), 'Research.quotebook');
  await open();
  const { article } = await call('articles:createFromText', { text: await readFile(samplePath, 'utf8'), fileName: 'nato.txt' });
  sample = await tagSampleArticle(call, article.id);
});
afterEach(async () => {
  await session.close();
  await removeTempDir(join(dir, '..'));
});

const goldSaid = (name: string) => gold.quotes.filter((q) => q.speaker === name);
const goldAbout = (name: string) => gold.quotes.filter((q) => q.about?.includes(name));
const texts = (groups: { quotes: Quote[] }[]) => groups.flatMap((g) => g.quotes.map((q) => q.target.exact));
const allQuotes = (): Promise<Quote[]> => call('quotes:list', {});

describe('actor pages', () => {
  it('lists Stoltenberg’s quotes, in reading order under their article', async () => {
    const page = await call('actors:page', { id: sample.actors.get('Jens Stoltenberg') });
    expect(page.actor.name).toBe('Jens Stoltenberg');
    expect(page.affiliations.map((a: Actor) => a.name)).toEqual(['NATO']);
    expect(page.said).toHaveLength(1);
    expect(page.said[0].article.title).toBe('NATO ‘increasingly concerned’ China may arm Russia against Ukraine');
    expect(texts(page.said)).toEqual(goldSaid('Jens Stoltenberg').map((q) => q.text));
    expect(page.counts).toMatchObject({ said: 7, about: 0 });
  });

  it('shows the quotes about NATO on NATO’s page, and its members', async () => {
    const page = await call('actors:page', { id: sample.actors.get('NATO') });
    expect(texts(page.about)).toEqual(goldAbout('NATO').map((q) => q.text));
    expect(texts(page.said)).toEqual(['increasingly concerned']);
    expect(page.members.map((a: Actor) => a.name)).toEqual(['Jens Stoltenberg']);
  });

  it('filters by tag (counting what was hidden) and by article date', async () => {
    const id = sample.actors.get('Jens Stoltenberg');
    const warning = sample.tags.get('Warning');
    const page = await call('actors:page', { id, tagIds: [warning] });
    const expected = goldSaid('Jens Stoltenberg').filter((q) => /concern|consequences|must not/i.test(q.text));
    expect(texts(page.said)).toEqual(expected.map((q) => q.text));
    expect(page.counts).toMatchObject({ said: 7, saidShown: expected.length });
    expect(page.tags.map((t: { id: string }) => t.id).sort()).toEqual([...sample.tags.values()].sort());

    const today = new Date().toISOString().slice(0, 10); // the sample has no publication date: it is dated by its import
    expect((await call('actors:page', { id, from: today })).counts.saidShown).toBe(7);
    expect((await call('actors:page', { id, to: '2000-01-01' })).said).toEqual([]);
  });

  it('lists the notes that cite the actor or one of its quotes', async () => {
    const [quote] = (await allQuotes()).filter((q) => q.speakerId === sample.actors.get('Antony Blinken'));
    const cites = await call('notes:save', { title: 'Blinken on China', content: editorState([{ type: 'quote-card', version: 1, quoteId: quote!.id, citedText: '' }]) });
    await call('notes:save', { title: 'Unrelated', content: editorState([paragraph([])]) });
    const page = await call('actors:page', { id: sample.actors.get('Antony Blinken') });
    expect(page.notes.map((n: { id: string }) => n.id)).toEqual([cites.id]);
  });
});

describe('name resolution', () => {
  it('resolves "U.S." and "US" to the same actor', async () => {
    const actors: Actor[] = await call('actors:list', {});
    const us = sample.actors.get('United States');
    expect(resolveActor('U.S.', actors).match?.actor.id).toBe(us);
    expect(resolveActor('US', actors).match?.actor.id).toBe(us);
    expect(resolveActor('the U.S.', actors).match?.actor.id).toBe(us);
  });
});

describe('merging actors', () => {
  it('keeps every quote, moves speaker and about roles and names, and undoes exactly', async () => {
    const js = sample.actors.get('Jens Stoltenberg')!;
    const dup: Actor = await call('actors:create', { name: 'J. Stoltenberg', aliases: ['NATO chief'], description: 'entered twice' });
    // Hand the duplicate some of Stoltenberg's quotes as speaker, and make it the subject of Wang's.
    const quotes = await allQuotes();
    const his = quotes.filter((q) => q.speakerId === js).slice(0, 3);
    for (const q of his) await call('quotes:update', { id: q.id, patch: { speakerId: dup.id } });
    const wangs = quotes.filter((q) => q.speakerId === sample.actors.get('Wang Wenbin'));
    await call('quotes:update', { id: wangs[0]!.id, patch: { aboutIds: [...wangs[0]!.aboutIds, dup.id] } });
    await call('quotes:update', { id: wangs[1]!.id, patch: { aboutIds: [dup.id, js] } });
    const before = await allQuotes();
    const mention = (actorId: string) => ({ type: 'actor-mention', version: 1, actorId, text: 'Stoltenberg' });
    const note = await call('notes:save', { title: 'Mentions', content: editorState([paragraph([mention(dup.id), mention(js)])]) });
    const mentioned = async () => (await call('notes:get', { id: note.id })).content.root.children[0].children.map((m: { actorId: string }) => m.actorId);

    const merged = await call('actors:merge', { fromId: dup.id, intoId: js });
    expect(await mentioned()).toEqual([js, js]);
    expect(merged.movedQuotes).toBe(5);
    expect(merged.survivor.aliases).toEqual(expect.arrayContaining(['Stoltenberg', 'J. Stoltenberg', 'NATO chief']));
    expect(merged.survivor.description).toBe('entered twice');

    const after = await allQuotes();
    expect(after.map((q) => q.id).sort()).toEqual(before.map((q) => q.id).sort());
    expect(after.filter((q) => q.speakerId === dup.id || q.aboutIds.includes(dup.id))).toEqual([]);
    expect(after.filter((q) => q.speakerId === js)).toHaveLength(7);
    expect(after.find((q) => q.id === wangs[1]!.id)!.aboutIds).toEqual([js]);
    expect((await call('actors:list', {})).some((a: Actor) => a.id === dup.id)).toBe(false);
    expect(resolveActor('J. Stoltenberg', await call('actors:list', {})).match?.actor.id).toBe(js);

    // It is on disk: a fresh session sees the merge.
    await session.close();
    await open();
    expect((await call('actors:page', { id: js })).counts.said).toBe(7);

    await call('actors:restore', { record: merged.undo });
    const undone = await allQuotes();
    const roles = (qs: Quote[]) => Object.fromEntries(qs.map((q) => [q.id, { speakerId: q.speakerId, aboutIds: [...q.aboutIds].sort() }]));
    expect(roles(undone)).toEqual(roles(before));
    expect(await mentioned()).toEqual([dup.id, js]);
    const survivor = (await call('actors:list', {})).find((a: Actor) => a.id === js);
    expect(survivor.aliases).toEqual(['Stoltenberg']);
    expect(survivor.description).toBe('');
    expect((await attempt('actors:restore', { record: merged.undo })).ok).toBe(false);
  });

  it('hands the merged actor’s members to the survivor', async () => {
    const otan: Actor = await call('actors:create', { name: 'OTAN', kind: 'organisation' });
    const js = sample.actors.get('Jens Stoltenberg')!;
    await call('actors:update', { id: js, patch: { affiliationId: otan.id } });
    await call('actors:merge', { fromId: otan.id, intoId: sample.actors.get('NATO') });
    const page = await call('actors:page', { id: sample.actors.get('NATO') });
    expect(page.members.map((a: Actor) => a.id)).toEqual([js]);
  });

  it('refuses to merge an actor into itself or into one that does not exist', async () => {
    const js = sample.actors.get('Jens Stoltenberg');
    expect(await attempt('actors:merge', { fromId: js, intoId: js })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await attempt('actors:merge', { fromId: js, intoId: 'act_gone' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('deleting actors', () => {
  it('is refused while quotes use the actor, saying how; forced, it detaches them and can be undone', async () => {
    const china = sample.actors.get('China')!;
    const refused = await attempt('actors:delete', { id: china });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/subject of 10 quotes.*affiliation of 1 other actor/);

    const deleted = await call('actors:delete', { id: china, force: true });
    expect(deleted.detachedQuotes).toBe(goldAbout('China').length);
    expect((await allQuotes()).some((q) => q.aboutIds.includes(china))).toBe(false);
    expect((await call('actors:page', { id: sample.actors.get('Wang Wenbin') })).affiliations).toEqual([]);

    await call('actors:restore', { record: deleted.undo });
    expect((await call('actors:page', { id: china })).counts.about).toBe(goldAbout('China').length);
    expect((await call('actors:page', { id: sample.actors.get('Wang Wenbin') })).affiliations.map((a: Actor) => a.name)).toEqual(['China']);
  });

  it('deletes an unused actor without asking', async () => {
    const nbc = sample.actors.get('NBC')!;
    await call('actors:delete', { id: nbc });
    expect((await call('actors:list', {})).some((a: Actor) => a.id === nbc)).toBe(false);
  });
});

describe('who said what about whom', () => {
  it('counts match the quotes, cell by cell, and each cell opens exactly its quotes', async () => {
    const table = await call('actors:whoSaidWhat', {});
    const quotes = (await allQuotes()).filter((q) => q.aboutIds.length > 0);
    expect(table.quotes).toBe(quotes.length);
    const expected = new Map<string, number>();
    for (const q of quotes) for (const a of q.aboutIds) expected.set(`${q.speakerId}>${a}`, (expected.get(`${q.speakerId}>${a}`) ?? 0) + 1);
    expect(new Map(table.cells.map((c: { speakerId: string; aboutId: string; count: number }) => [`${c.speakerId}>${c.aboutId}`, c.count]))).toEqual(expected);

    // Against the hand-labelled file, read independently of the store.
    const cell = (speaker: string, about: string) =>
      table.cells.find((c: { speakerId: string; aboutId: string }) => c.speakerId === sample.actors.get(speaker) && c.aboutId === sample.actors.get(about))?.count;
    expect(cell('Wang Wenbin', 'United States')).toBe(3);
    expect(cell('Jens Stoltenberg', 'Ukraine')).toBe(5);
    expect(cell('Antony Blinken', 'China')).toBe(4);

    for (const c of table.cells) {
      const groups = await call('actors:between', { speakerId: c.speakerId, aboutId: c.aboutId });
      expect(texts(groups)).toHaveLength(c.count);
    }
  });
});

describe('likely duplicates', () => {
  it('points out a second “Stoltenberg” until the analyst dismisses the pair, and remembers that', async () => {
    const dup: Actor = await call('actors:create', { name: 'Stoltenberg' });
    const js = sample.actors.get('Jens Stoltenberg')!;
    const pairs = await call('actors:duplicates', {});
    expect(pairs).toEqual([{ ids: [dup.id, js].sort(), reasons: ['both are called “Stoltenberg”'] }]);
    await call('actors:dismissDuplicate', { ids: [js, dup.id] });
    await session.close();
    await open();
    expect(await call('actors:duplicates', {})).toEqual([]);
  });
});

/** A serialized note editor state holding `children` (as the app saves it). */
function editorState(children: Record<string, unknown>[]) {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

function paragraph(children: Record<string, unknown>[]) {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children };
}
