/**
 * The review queue's run (src/renderer/src/features/suggestions/reviewQueue.ts): articles are
 * suggested one after another with progress, Cancel stops before the next one, a failing article
 * does not stop the others, Undo of a group rejection asks for suggest:restore, and Undo of an
 * acceptance that created an actor reopens its suggestions pointing at that actor.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSuggestions } from '../../../../../src/shared/suggest/api';

type Answer = { ok: true; value: ArticleSuggestions } | { ok: false; error: { code: 'internal'; message: string } };
const pending = new Map<string, (answer: Answer) => void>();
const calls: string[] = [];

vi.mock('../../../../../src/renderer/src/api', () => ({
  api: {
    suggestArticle: ({ articleId }: { articleId: string }) => new Promise<Answer>((resolve) => pending.set(articleId, resolve)),
    suggestReject: (input: { articleId: string }) => (calls.push(`reject ${input.articleId}`), Promise.resolve({ ok: true, value: { rejectedSuggestions: [] } })),
    suggestRestore: (input: { articleId: string }) => (calls.push(`restore ${input.articleId}`), Promise.resolve({ ok: true, value: { rejectedSuggestions: [] } })),
    suggestAccept: (input: { articleId: string; items: unknown[] }) => (
      calls.push(`accept ${input.articleId}`),
      Promise.resolve({ ok: true, value: { quotes: input.items.map((_, i) => ({ id: `q-${input.articleId}-${i}` })), createdActors: [{ id: 'ada-roe', name: 'Ada Roe', kind: 'person', aliases: [] }] } })
    ),
    quotesDelete: ({ id }: { id: string }) => (calls.push(`delete ${id}`), Promise.resolve({ ok: true, value: undefined })),
  },
  live: { onChanged: () => () => undefined },
}));
vi.mock('../../../../../src/renderer/src/features/reader/useArticle', () => ({ updateArticle: () => undefined }));

const queue = await import('../../../../../src/renderer/src/features/suggestions/reviewQueue');
const { suggestionsOf } = await import('../../../../../src/renderer/src/features/suggestions/suggestionStore');

const officials = { name: 'officials familiar with the talks', kind: 'other' as const, anonymous: true, actorId: null, actorIndex: null };
function answer(articleId: string, count: number): Answer {
  const quotes = Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: `words ${i}`, kind: 'indirect' as const, speaker: officials, about: [], confidence: 0.7, cue: 'said', reason: 'reported' }));
  return { ok: true, value: { articleId, quotes, actors: [], rejected: 0, tagged: 0 } };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const wb = { notify: vi.fn(), reportError: vi.fn(), refresh: vi.fn() };
let n = 0;

describe('the review queue run', () => {
  beforeEach(() => {
    pending.clear();
    calls.length = 0;
  });

  it('suggests the articles one after another, counting progress, and ends done', async () => {
    const [a, b] = [`art_a${n}`, `art_b${n++}`];
    const run = queue.startQueue(`${a},${b}`, [a, b]);
    await settle();
    expect(queue.currentQueue()).toMatchObject({ status: 'running', done: 0 });
    expect([...pending.keys()]).toEqual([a]);
    pending.get(a)!(answer(a, 2));
    await settle();
    expect(queue.currentQueue()).toMatchObject({ status: 'running', done: 1 });
    pending.get(b)!(answer(b, 1));
    await run;
    expect(queue.currentQueue()).toMatchObject({ status: 'done', done: 2, failed: [] });
    expect(suggestionsOf(a).items).toHaveLength(2);
  });

  it('stops after the article in hand when cancelled', async () => {
    const [a, b] = [`art_a${n}`, `art_b${n++}`];
    const run = queue.startQueue(`${a},${b}`, [a, b]);
    await settle();
    queue.cancelQueue();
    pending.get(a)!(answer(a, 1));
    await run;
    expect(queue.currentQueue()).toMatchObject({ status: 'cancelled', done: 0 });
    expect(pending.has(b)).toBe(false);
  });

  it('names an article that fails and goes on with the others', async () => {
    const [a, b] = [`art_a${n}`, `art_b${n++}`];
    const run = queue.startQueue(`${a},${b}`, [a, b]);
    await settle();
    pending.get(a)!({ ok: false, error: { code: 'internal', message: 'too long' } });
    await settle();
    pending.get(b)!(answer(b, 1));
    await run;
    expect(queue.currentQueue()).toMatchObject({ status: 'done', done: 2, failed: [{ articleId: a, message: 'too long' }] });
  });

  it('rejects a group across articles, and Undo restores each article', async () => {
    const [a, b] = [`art_a${n}`, `art_b${n++}`];
    const run = queue.startQueue(`${a},${b}`, [a, b]);
    await settle();
    pending.get(a)!(answer(a, 2));
    await settle();
    pending.get(b)!(answer(b, 1));
    await run;
    const rows = [a, b].flatMap((articleId) => suggestionsOf(articleId).items.map((suggestion) => ({ id: `${articleId}|${suggestion.id}`, articleId, articleTitle: articleId, confidence: 0.7, cue: 'said', speaker: officials, start: suggestion.start, suggestion })));
    expect(await queue.rejectRows(rows, wb)).toBe(true);
    expect(calls).toEqual([`reject ${a}`, `reject ${b}`]);
    expect(suggestionsOf(a).items).toHaveLength(0);
    expect(queue.undoLabel(queue.currentQueue())).toBe('rejecting 3 suggestions');
    await queue.undoLast(wb);
    expect(calls.slice(2)).toEqual([`restore ${a}`, `restore ${b}`]);
    expect(suggestionsOf(a).items).toHaveLength(2);
    expect(suggestionsOf(b).items).toHaveLength(1);
    expect(queue.undoLabel(queue.currentQueue())).toBeNull();
  });

  it('Undo of an acceptance that created an actor reopens the suggestion pointing at that actor, not as a new person', async () => {
    const a = `art_a${n++}`;
    const run = queue.startQueue(a, [a]);
    await settle();
    const adaRoe = { name: 'Ada Roe', kind: 'person' as const, anonymous: false, actorId: null, actorIndex: null };
    const quote = { start: 0, end: 5, text: 'words', kind: 'indirect' as const, speaker: adaRoe, about: [], confidence: 0.8, cue: 'said', reason: 'reported' };
    pending.get(a)!({ ok: true, value: { articleId: a, quotes: [quote], actors: [], rejected: 0, tagged: 0 } });
    await run;
    const suggestion = suggestionsOf(a).items[0]!;
    const row = { id: `${a}|${suggestion.id}`, articleId: a, articleTitle: a, confidence: 0.8, cue: 'said', speaker: adaRoe, start: 0, suggestion };
    expect(await queue.acceptRows([row], wb)).toBe(true);
    expect(suggestionsOf(a).items).toHaveLength(0);
    await queue.undoLast(wb);
    expect(calls).toEqual([`accept ${a}`, `delete q-${a}-0`]);
    expect(suggestionsOf(a).items.map((s) => s.speaker?.actorId)).toEqual(['ada-roe']);
  });
});
