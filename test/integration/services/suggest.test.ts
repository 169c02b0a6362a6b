/** Suggestion operations on a real notebook folder: suggest, accept, reject, restore, reopen. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createOperations, NotebookSession } from '../../../src/main/services';
import type { InputOf, OperationName, OutputOf } from '../../../src/shared/api/contract';
import { samplePath } from '../../helpers/cliRunner';
import { tempDir } from '../../helpers/tempDir';
import { isPaletteTint } from '../../../src/shared/palette';
import { quoteText } from '../../../src/shared/anchoring/pieces';

async function open(dir: string) {
  const session = await NotebookSession.open(dir, { create: true });
  const ops = createOperations(session);
  const call = async <N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const result = await ops.invoke(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as OutputOf<N>;
  };
  return { session, call, invoke: ops.invoke };
}

async function withSample(dir: string) {
  const nb = await open(dir);
  const text = await readFile(samplePath, 'utf8');
  const { article } = await nb.call('articles:createFromText', { text, fileName: 'nato-china-lethal-aid.txt' });
  return { ...nb, articleId: article.id, text };
}

describe('suggest operations', () => {
  it('suggests quotes with speakers, and accepting saves them as confirmed quotes with new actors', async () => {
    const { session, call, articleId } = await withSample(await tempDir());
    const first = await call('suggest:article', { articleId });
    const blinken = first.quotes.find((q) => q.text.startsWith('Publicly, they present themselves'))!;
    expect(blinken).toMatchObject({ kind: 'direct', speaker: { name: 'Antony Blinken', kind: 'person' } });
    // “…Ukraine,” he continued. “But privately…”: one suggestion in two pieces.
    expect(blinken.pieces).toHaveLength(2);

    const actor = first.actors[blinken.speaker!.actorIndex!]!;
    const accepted = await call('suggest:accept', {
      articleId,
      items: [{ start: blinken.start, end: blinken.end, kind: 'direct', cue: blinken.cue, pieces: blinken.pieces, speaker: { name: actor.name, kind: actor.kind, aliases: actor.aliases, role: actor.role } }],
    });
    expect(accepted.createdActors).toMatchObject([{ name: 'Antony Blinken', kind: 'person', aliases: ['Blinken'], role: 'Secretary of State' }]);
    expect(accepted.quotes).toHaveLength(1);
    expect(accepted.quotes[0]).toMatchObject({ status: 'confirmed', speakerId: accepted.createdActors[0]!.id, target: { start: blinken.start, end: blinken.end, pieces: blinken.pieces } });
    expect(quoteText(accepted.quotes[0]!.target)).toBe(blinken.text);

    // The accepted passage is no longer suggested, and the new actor is now matched by name.
    const second = await call('suggest:article', { articleId });
    expect(second.tagged).toBe(1);
    expect(second.quotes.some((q) => q.start === blinken.start)).toBe(false);
    expect(second.actors.find((a) => a.name === 'Antony Blinken')?.actorId).toBe(accepted.createdActors[0]!.id);

    // Accepting the same suggestion twice does not duplicate the quote or the actor.
    const again = await call('suggest:accept', { articleId, items: [{ start: blinken.start, end: blinken.end, kind: 'direct', speaker: { name: 'Blinken' } }] });
    expect(again.createdActors).toEqual([]);
    expect((await call('quotes:list', { articleId })).length).toBe(1);
    await session.close();
  });

  it('accepting saves whom the quote is about: an existing actor by id, a new one by name, never the speaker', async () => {
    const { session, call, articleId } = await withSample(await tempDir());
    const nato = await call('actors:create', { name: 'NATO', kind: 'organisation' });
    const { quotes } = await call('suggest:article', { articleId });
    const q = quotes.find((s) => s.speaker?.name === 'Antony Blinken')!;
    const speaker = { name: q.speaker!.name, kind: q.speaker!.kind };
    const about = [
      { name: 'NATO', kind: 'organisation' as const, actorId: nato.id },
      { name: 'Kestrel Fisheries Board', kind: 'organisation' as const },
      { name: q.speaker!.name, kind: q.speaker!.kind },
    ];
    const { quotes: saved, createdActors } = await call('suggest:accept', { articleId, items: [{ start: q.start, end: q.end, kind: q.kind, speaker, about }] });
    const board = createdActors.find((a) => a.name === 'Kestrel Fisheries Board')!;
    expect(board).toMatchObject({ kind: 'organisation' });
    expect(saved[0]!.aboutIds).toEqual([nato.id, board.id]);
    await session.close();
  });

  it('a description ("the union") is one actor within its article, never another article’s actor of the same words', async () => {
    const { session, call } = await open(await tempDir());
    const articles = ['The Quarrow Porters Guild said the talks had failed. The mayor said the union had walked away. He said the union had been warned.', 'Ferrin Nurses voted to strike. The minister said the union had misled its members.'];
    const ids: string[] = [];
    const titles = ['Porters walk out', 'Nurses strike'];
    for (const [i, text] of articles.entries()) ids.push((await call('articles:createFromText', { text, title: titles[i]! })).article.id);
    const clause = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, kind: 'indirect' as const, about: [{ name: 'the union', kind: 'organisation' as const }] });
    // The first article's two quotes are accepted one at a time; the second article's once.
    const first = await call('suggest:accept', { articleId: ids[0]!, items: [clause(articles[0]!, 'the union had walked away')] });
    const again = await call('suggest:accept', { articleId: ids[0]!, items: [clause(articles[0]!, 'the union had been warned')] });
    const second = await call('suggest:accept', { articleId: ids[1]!, items: [clause(articles[1]!, 'the union had misled its members')] });
    expect(again.createdActors).toEqual([]);
    expect(again.quotes[0]!.aboutIds).toEqual(first.quotes[0]!.aboutIds);
    expect(second.createdActors).toHaveLength(1);
    expect(second.quotes[0]!.aboutIds).not.toEqual(first.quotes[0]!.aboutIds);
    // Each says where it came from, so the two "the union" can be told apart and renamed.
    expect(first.createdActors[0]!.description).toContain('From “Porters walk out”');
    expect(second.createdActors[0]!.description).toContain('From “Nurses strike”');
    await session.close();
  });

  it('names a document speaker without the day it ends on, and finds it again by the words the article wrote', async () => {
    const { session, call } = await open(await tempDir());
    const text = 'Documents released by the harbour trust on Tuesday show the pier was sold at a loss. Documents released by the harbour trust on Tuesday also show the buyer was a trustee.';
    const { article } = await call('articles:createFromText', { text, title: 'Pier sale' });
    const source = 'documents released by the harbour trust on Tuesday';
    const clause = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, kind: 'indirect' as const, speaker: { name: source, kind: 'other' as const }, about: [] });
    const first = await call('suggest:accept', { articleId: article.id, items: [clause('the pier was sold at a loss')] });
    expect(first.createdActors.map((a) => [a.name, a.aliases])).toEqual([['documents released by the harbour trust', [source]]]);
    const again = await call('suggest:accept', { articleId: article.id, items: [clause('the buyer was a trustee')] });
    expect(again.createdActors).toEqual([]);
    expect(again.quotes[0]!.speakerId).toBe(first.quotes[0]!.speakerId);
    await session.close();
  });

  it('suggesting matches a description-named actor ("the union") only in the article it came from', async () => {
    const { session, call } = await open(await tempDir());
    const texts = ['The Quarrow Porters Guild said on Monday that porters would stay out. Harbour chief Ida Penrose said the union had ignored a fair offer.', 'The Tarnwell Drivers Guild said on Friday that drivers would walk out. Transport chief Ada Kestrel said the union had ignored every warning.'];
    const [first, second] = await Promise.all(texts.map(async (text, i) => (await call('articles:createFromText', { text, title: `Strike ${i}` })).article.id));
    const aboutUnion = async (articleId: string) => (await call('suggest:article', { articleId })).quotes.find((q) => q.text.startsWith('the union'))!;
    const proposed = await aboutUnion(first!);
    expect(proposed.about.map((a) => a.name)).toEqual(['the union']);
    const { createdActors } = await call('suggest:accept', { articleId: first!, items: [{ start: proposed.start, end: proposed.end, kind: proposed.kind, about: [{ name: 'the union', kind: 'organisation' }] }] });
    expect(createdActors.map((a) => a.name)).toContain('the union');
    // In the other article the words mean another union: offered as new, not as the first article's.
    expect((await aboutUnion(second!)).about).toMatchObject([{ name: 'the union', actorId: null }]);
    await session.close();
  });

  it('gives each actor it creates a colour of its own, as the actor list and the reader draw them', async () => {
    const { session, call, articleId } = await withSample(await tempDir());
    const { quotes, actors } = await call('suggest:article', { articleId });
    const bySpeaker = new Map<string, (typeof quotes)[number]>();
    for (const q of quotes) if (q.speaker && q.speaker.actorIndex != null && !actors[q.speaker.actorIndex]!.actorId) bySpeaker.set(q.speaker.name, q);
    const picked = [...bySpeaker.values()].slice(0, 2);
    expect(picked).toHaveLength(2);
    const accepted = await call('suggest:accept', {
      articleId,
      items: picked.map((q) => {
        const actor = actors[q.speaker!.actorIndex!]!;
        return { start: q.start, end: q.end, kind: q.kind, speaker: { name: actor.name, kind: actor.kind, aliases: actor.aliases, role: actor.role } };
      }),
    });
    const colours = accepted.createdActors.map((a) => a.colour);
    expect(colours).toHaveLength(2);
    for (const colour of colours) expect(isPaletteTint(colour)).toBe(true);
    expect(new Set(colours).size).toBe(2);
    await session.close();
  });

  it('creates a new speaker once when two accepts name them at the same moment', async () => {
    const { session, call, articleId } = await withSample(await tempDir());
    const { quotes } = await call('suggest:article', { articleId });
    const byWang = quotes.filter((q) => q.speaker?.name === 'Wang Wenbin').slice(0, 2);
    expect(byWang).toHaveLength(2);
    const accept = (q: (typeof byWang)[number]) => call('suggest:accept', { articleId, items: [{ start: q.start, end: q.end, kind: q.kind, cue: q.cue, speaker: { name: 'Wang Wenbin', kind: 'person' } }] });
    const [a, b] = await Promise.all(byWang.map(accept));
    const wangs = (await call('actors:list', {})).filter((actor) => actor.name === 'Wang Wenbin');
    expect(wangs).toHaveLength(1);
    expect([a!.quotes[0]!.speakerId, b!.quotes[0]!.speakerId]).toEqual([wangs[0]!.id, wangs[0]!.id]);
    expect([...a!.createdActors, ...b!.createdActors]).toHaveLength(1);
    await session.close();
  });

  it('keeps rejected suggestions rejected, across closing and reopening the notebook, until restored', async () => {
    const dir = await tempDir();
    const nb = await withSample(dir);
    const before = await nb.call('suggest:article', { articleId: nb.articleId });
    // A quote in pieces shows its words joined; its rejection must still hold.
    const victim = before.quotes.find((q) => q.pieces)!;
    await nb.call('suggest:reject', { articleId: nb.articleId, items: [{ start: victim.start, end: victim.end }] });
    await nb.session.close();

    const reopened = await open(dir);
    const after = await reopened.call('suggest:article', { articleId: nb.articleId });
    expect(after.rejected).toBe(1);
    expect(after.quotes).toHaveLength(before.quotes.length - 1);
    expect(after.quotes.some((q) => q.start === victim.start && q.end === victim.end)).toBe(false);

    const restored = await reopened.call('suggest:restore', { articleId: nb.articleId, items: [{ start: victim.start, end: victim.end }] });
    expect(restored.rejectedSuggestions).toEqual([]);
    expect((await reopened.call('suggest:article', { articleId: nb.articleId })).quotes).toHaveLength(before.quotes.length);
    await reopened.session.close();
  });

  it('records an unnamed source in the comment instead of creating an actor', async () => {
    const { session, call } = await open(await tempDir());
    const { article } = await call('articles:createFromText', { text: 'Talks\n\n“We are worried,” a senior European diplomat said.' });
    const [s] = (await call('suggest:article', { articleId: article.id })).quotes;
    expect(s!.speaker).toMatchObject({ name: 'a senior European diplomat', anonymous: true });
    const { quotes, createdActors } = await call('suggest:accept', { articleId: article.id, items: [{ start: s!.start, end: s!.end, kind: 'direct', speaker: { name: s!.speaker!.name, anonymous: true } }] });
    expect(createdActors).toEqual([]);
    expect(quotes[0]).toMatchObject({ speakerId: null, comment: 'Unnamed source: a senior European diplomat' });
    await session.close();
  });

  it('refuses pieces that do not run from the suggestion’s start to its end', async () => {
    const { session, invoke, articleId } = await withSample(await tempDir());
    const result = await invoke('suggest:accept', { articleId, items: [{ start: 10, end: 60, kind: 'direct', pieces: [{ start: 10, end: 30 }, { start: 25, end: 60 }] }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await session.close();
  });

  it('refuses ranges outside the article with a message saying what to do', async () => {
    const { session, invoke, articleId, text } = await withSample(await tempDir());
    const result = await invoke('suggest:reject', { articleId, items: [{ start: text.length, end: text.length + 5 }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('Suggest again') } });
    await session.close();
  });
});
