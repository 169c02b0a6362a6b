/** Crash-safe drafts in localStorage: kept per notebook and note, read tolerantly, offered only when newer. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftIsNewer, listDrafts, readDraft, removeDraft, writeDraft, type NoteDraft } from '../../../../../src/renderer/src/features/notes/drafts';

class MemoryStorage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  key(i: number) {
    return [...this.#items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.#items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.#items.set(k, v);
  }
  removeItem(k: string) {
    this.#items.delete(k);
  }
}

const content = (words: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }] } });
const draft = (noteId: string, editedAt: string, words = 'typed', notebookId = 'nb1'): NoteDraft => ({ notebookId, noteId, title: 'T', content: content(words), editedAt });

beforeEach(() => {
  (globalThis as unknown as { window: unknown }).window = { localStorage: new MemoryStorage() };
});
afterEach(() => {
  delete (globalThis as unknown as { window?: unknown }).window;
});

describe('drafts', () => {
  it('keeps, reads, lists and removes drafts per notebook', () => {
    writeDraft(draft('n1', '2024-01-01T10:00:00Z'));
    writeDraft(draft('n2', '2024-01-01T10:00:00Z'));
    writeDraft(draft('n1', '2024-01-01T10:00:00Z', 'other notebook', 'nb2'));
    expect(readDraft('nb1', 'n1')?.content).toEqual(content('typed'));
    expect(listDrafts('nb1').map((d) => d.noteId).sort()).toEqual(['n1', 'n2']);
    removeDraft('nb1', 'n1');
    expect(readDraft('nb1', 'n1')).toBeNull();
    expect(readDraft('nb2', 'n1')?.content).toEqual(content('other notebook'));
  });

  it('ignores a damaged draft instead of failing', () => {
    const storage = (globalThis as unknown as { window: { localStorage: MemoryStorage } }).window.localStorage;
    storage.setItem('quotebook.noteDraft.v1:nb1:n1', '{not json');
    storage.setItem('quotebook.noteDraft.v1:nb1:n2', JSON.stringify({ noteId: 'n2', notebookId: 'nb1', editedAt: 'x', content: 'string' }));
    expect(readDraft('nb1', 'n1')).toBeNull();
    expect(listDrafts('nb1')).toEqual([]);
  });

  it('works (keeping nothing) where storage is unavailable', () => {
    (globalThis as unknown as { window: unknown }).window = {
      get localStorage(): never {
        throw new Error('denied');
      },
    };
    expect(writeDraft(draft('n1', '2024-01-01T10:00:00Z'))).toBe(false);
    expect(readDraft('nb1', 'n1')).toBeNull();
    expect(listDrafts('nb1')).toEqual([]);
  });

  it('offers a draft only when it is newer than the saved note and differs from it', () => {
    const saved = { updatedAt: '2024-01-01T10:00:00Z', title: 'T', content: content('typed') };
    expect(draftIsNewer(draft('n1', '2024-01-01T10:05:00Z', 'more typed'), saved)).toBe(true);
    expect(draftIsNewer(draft('n1', '2024-01-01T09:00:00Z', 'more typed'), saved)).toBe(false);
    expect(draftIsNewer(draft('n1', '2024-01-01T10:05:00Z', 'typed'), saved)).toBe(false);
    expect(draftIsNewer({ ...draft('n1', '2024-01-01T10:05:00Z', 'typed'), title: 'Renamed' }, saved)).toBe(true);
  });
});
