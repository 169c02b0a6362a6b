/**
 * Q shows the new quote at once, without waiting for the notebook to save the article file (issue
 * 16 item 2: in a 20,000-word article that save was most of Q's time). The save is still what
 * decides: when it fails the quote is taken out of the text and the analyst is told, with a way
 * to try again; when it is answered the saved quote takes the shown one's place, never beside it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleWithQuotes } from '../../../../../src/shared/api/contract';
import type { ApiError, Result } from '../../../../../src/shared/api/result';
import type { Quote } from '../../../../../src/shared/model';
import { newQuote } from '../../../../../src/shared/anchoring/newQuote';

/** A request the test answers when it chooses. */
interface Pending {
  input: Record<string, unknown>;
  answer: (result: Result<unknown>) => void;
}
const calls: Record<'create' | 'update' | 'get', Pending[]> = { create: [], update: [], get: [] };
const pending = (kind: keyof typeof calls) => (input: Record<string, unknown>) => new Promise((answer) => calls[kind].push({ input, answer }));

vi.mock('../../../../../src/renderer/src/api', () => ({
  api: { quotesCreate: pending('create'), quotesUpdate: pending('update'), articlesGet: pending('get') },
  live: { onChanged: () => () => undefined },
}));

const { createQuote, updateQuote } = await import('../../../../../src/renderer/src/features/reader/quoteActions');
const { cachedArticle, reloadArticle } = await import('../../../../../src/renderer/src/features/reader/useArticle');

const TEXT = '“We will answer in part,” the minister said. Nobody else spoke.';
const WORDS = { start: 1, end: 23, exact: 'We will answer in part' };
let articleCount = 0;

/** A fresh article in the shared cache (the module's cache outlives each test). */
async function openArticle(): Promise<string> {
  const id = `a${articleCount++}`;
  reloadArticle(id);
  calls.get.shift()!.answer({ ok: true, value: { article: { id, text: TEXT }, quotes: [] } as unknown as ArticleWithQuotes });
  await settle();
  return id;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The create request goes out once the frame showing the quote is painted (a task later). */
const sent = () => vi.waitFor(() => expect(calls.create.length).toBeGreaterThan(0));
const shown = (articleId: string) => cachedArticle(articleId)?.quotes ?? [];

function workbench() {
  return { notify: vi.fn(), reportError: vi.fn(), refresh: vi.fn(), selectQuote: vi.fn() };
}

/** The notebook's answer to the create request: the quote it saved under the id it was sent. */
function saved(request: Pending, articleId: string): Quote {
  const { id, start, end } = request.input as { id: string; start: number; end: number };
  return { ...newQuote(id, articleId, TEXT, start, end, {}, '2030-01-01T00:00:00.000Z'), author: { name: 'Ana' } } as Quote;
}

describe('marking a quote (Q) before the notebook has answered', () => {
  beforeEach(() => {
    for (const list of Object.values(calls)) list.length = 0;
  });

  it('shows the quote, selected, while its save is still on its way', async () => {
    const articleId = await openArticle();
    const wb = workbench();
    void createQuote(wb, articleId, WORDS);
    // Shown before anything has been answered (or even sent).
    const quotes = shown(articleId);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ target: { exact: 'We will answer in part' }, kind: 'direct', status: 'confirmed' });
    expect(calls.create).toHaveLength(0);
    await sent();
    expect(calls.create).toHaveLength(1);
    // Sent under the id it is shown (and selected) under, so the answer is the same quote.
    expect(calls.create[0]!.input).toMatchObject({ id: quotes[0]!.id, articleId, start: 1, end: 23 });
    expect(wb.selectQuote).toHaveBeenCalledWith(quotes[0]!.id);
  });

  it('puts the saved quote in the shown one’s place when the save is answered: one quote, as saved', async () => {
    const articleId = await openArticle();
    const wb = workbench();
    const created = createQuote(wb, articleId, WORDS);
    await sent();
    const request = calls.create[0]!;
    // A reload announced by the save itself may answer first, without the quote or with it.
    reloadArticle(articleId);
    calls.get.shift()!.answer({ ok: true, value: { article: { id: articleId, text: TEXT }, quotes: [saved(request, articleId)] } as unknown as ArticleWithQuotes });
    await settle();
    expect(shown(articleId)).toHaveLength(1);
    request.answer({ ok: true, value: saved(request, articleId) });
    expect(await created).toMatchObject({ author: { name: 'Ana' } });
    expect(shown(articleId)).toEqual([saved(request, articleId)]);
    expect(wb.notify).not.toHaveBeenCalled();
  });

  it('takes the quote back and says why when the save fails; Try again saves it under the same id', async () => {
    const articleId = await openArticle();
    const wb = workbench();
    const rolledBack = vi.fn();
    const created = createQuote(wb, articleId, WORDS, {}, { onRolledBack: rolledBack });
    const id = shown(articleId)[0]!.id;
    await sent();
    const refusal: ApiError = { code: 'internal', message: 'The disk is full.' };
    calls.create.shift()!.answer({ ok: false, error: refusal });
    expect(await created).toBeNull();
    expect(shown(articleId)).toEqual([]);
    expect(rolledBack).toHaveBeenCalledOnce();
    const [message, kind, action] = wb.notify.mock.calls[0]!;
    expect(message).toContain('“We will answer in part” could not be saved');
    expect(message).toContain('The disk is full.');
    expect(kind).toBe('error');
    // The notebook is asked how things really are (the save may have landed before the answer was lost).
    expect(calls.get).toHaveLength(1);
    calls.get.shift()!.answer({ ok: true, value: { article: { id: articleId, text: TEXT }, quotes: [] } as unknown as ArticleWithQuotes });

    action.run();
    expect(shown(articleId).map((q) => q.id)).toEqual([id]);
    await sent();
    expect(calls.create[0]!.input).toMatchObject({ id });
  });

  it('sends an edit made meanwhile after the quote is saved, and drops it if the quote was not', async () => {
    const articleId = await openArticle();
    const wb = workbench();
    void createQuote(wb, articleId, WORDS);
    const tagged = updateQuote(wb, shown(articleId)[0]!, { tagIds: ['t1'] });
    expect(shown(articleId)[0]!.tagIds).toEqual(['t1']);
    await sent();
    expect(calls.update).toHaveLength(0); // not before the notebook has the quote
    const request = calls.create.shift()!;
    request.answer({ ok: true, value: saved(request, articleId) });
    await vi.waitFor(() => expect(calls.update).toHaveLength(1));
    expect(shown(articleId)[0]!.tagIds).toEqual(['t1']); // the answer without the tag does not hide it
    calls.update.shift()!.answer({ ok: true, value: { ...saved(request, articleId), tagIds: ['t1'], updatedAt: '2030-01-01T00:00:01.000Z' } });
    expect(await tagged).toMatchObject({ tagIds: ['t1'] });

    const other = await openArticle();
    void createQuote(wb, other, WORDS);
    const lost = updateQuote(wb, shown(other)[0]!, { comment: 'Said twice.' });
    await sent();
    calls.create.shift()!.answer({ ok: false, error: { code: 'internal', message: 'The disk is full.' } });
    expect(await lost).toBeNull();
    expect(calls.update).toHaveLength(0);
    expect(shown(other)).toEqual([]);
    expect(wb.reportError).not.toHaveBeenCalled(); // one message (the create's), not one per edit
  });
});
