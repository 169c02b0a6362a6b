/**
 * A change made in this window stays shown while the notebook answers, whatever a reload started
 * a moment earlier brings back. Found by the tag e2e test under load: a reload that had read the
 * quote before its new tag arrived after the tag was shown, took it off the screen, and the
 * analyst's Backspace then had no tag to remove.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleWithQuotes } from '../../../../../src/shared/api/contract';

type Answer = { ok: true; value: ArticleWithQuotes };
const requests: Array<(answer: Answer) => void> = [];

vi.mock('../../../../../src/renderer/src/api', () => ({
  api: { articlesGet: () => new Promise<Answer>((resolve) => requests.push(resolve)) },
  live: { onChanged: () => () => undefined },
}));

const { cachedArticle, holdChange, reloadArticle, updateArticle } = await import('../../../../../src/renderer/src/features/reader/useArticle');

let nextId = 0;
const article = (tagIds: string[]) => ({ article: { id: 'a' }, quotes: [{ id: 'q', tagIds }] }) as unknown as ArticleWithQuotes;
const withTags = (tagIds: string[]) => (value: ArticleWithQuotes) => ({ ...value, quotes: value.quotes.map((q) => ({ ...q, tagIds })) });
const shownTags = (id: string) => cachedArticle(id)?.quotes[0]?.tagIds;

/** An article loaded once, under a fresh id (the cache is shared by the module). */
function loaded(tagIds: string[]): string {
  const id = `art${nextId++}`;
  reloadArticle(id);
  requests.shift()!({ ok: true, value: article(tagIds) });
  return id;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('changes made in this window, while reloads are on their way', () => {
  beforeEach(() => {
    requests.length = 0;
  });

  it('keeps a tag just added on screen when an older reload answers without it', async () => {
    const id = loaded([]);
    await settle();
    reloadArticle(id); // say another field's save was announced: a reload starts
    const release = holdChange(id, withTags(['warning']));
    expect(shownTags(id)).toEqual(['warning']);
    // Every reload asked for so far read the notebook before the tag was saved.
    for (const answer of requests.splice(0)) answer({ ok: true, value: article([]) });
    await settle();
    expect(shownTags(id)).toEqual(['warning']);
    release();
    updateArticle(id, withTags(['warning']));
    expect(shownTags(id)).toEqual(['warning']);
  });

  it('asks again when a reload that may predate an answered save is still on its way', async () => {
    const id = loaded(['warning']);
    await settle();
    reloadArticle(id);
    const stale = requests.shift()!;
    updateArticle(id, withTags([])); // the tag was taken off and the notebook said so
    expect(requests).toHaveLength(1);
    stale({ ok: true, value: article(['warning']) });
    await settle();
    expect(shownTags(id)).toEqual([]);
    requests.shift()!({ ok: true, value: article([]) });
    await settle();
    expect(shownTags(id)).toEqual([]);
  });

  it('shows the notebook as it is once nothing is held (another window’s change is not hidden)', async () => {
    const id = loaded([]);
    await settle();
    const release = holdChange(id, withTags(['warning']));
    release();
    reloadArticle(id);
    requests.shift()!({ ok: true, value: article(['threat']) });
    await settle();
    expect(shownTags(id)).toEqual(['threat']);
  });
});
