/**
 * A live note keeps its words in the browser's storage until the owner has them. While the owner is
 * reachable that copy waits for a pause in typing (it encodes the whole note, too slow to do between
 * two keystrokes); while it is not, it is kept a moment after each change, as before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createNoteProvider } from '../../../../src/renderer/src/api/noteProvider';
import type { LiveConnection } from '../../../../src/renderer/src/api/live';
import { encodeSynced, LiveType, type LiveFrame } from '../../../../src/shared/live/protocol';

function fakeLive(open: boolean) {
  const documents = new Map<string, (frame: LiveFrame) => void>();
  const live: LiveConnection = {
    available: true,
    status: () => (open ? 'open' : 'closed'),
    onStatus: () => () => undefined,
    onChanged: () => () => undefined,
    onDocument: (name, listener) => {
      documents.set(name, listener);
      return () => documents.delete(name);
    },
    send: () => open,
    author: () => null,
    presence: () => null,
    onPresence: () => () => undefined,
  };
  /** The owner answers the subscription: both sides have everything. */
  const answer = (name: string) => documents.get(name)!({ type: LiveType.synced, name, payload: encodeSynced(new Uint8Array([0, 0]), new Uint8Array([0])) });
  return { live, answer };
}

function storage() {
  const items = new Map<string, string>();
  const writes: string[] = [];
  return {
    writes,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes.push(key);
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const type = (doc: Y.Doc, text: string) => doc.getText('t').insert(doc.getText('t').length, text);

describe('createNoteProvider keeping words in storage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing while the owner is reachable', () => {
    const { live, answer } = fakeLive(true);
    const store = storage();
    const doc = new Y.Doc();
    const provider = createNoteProvider({ live, name: 'note:a', doc, storage: store, storageKey: 'k' });
    provider.connect();
    answer('note:a');
    expect(provider.synced).toBe(true);
    // Two seconds of typing, a keystroke every 100 ms: nothing is written in between.
    for (let i = 0; i < 20; i++) {
      type(doc, 'x');
      vi.advanceTimersByTime(100);
    }
    expect(store.writes).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(store.writes).toEqual(['k']);
  });

  it('keeps them at once when the page goes away before the pause', () => {
    const listeners = new Map<string, () => void>();
    vi.stubGlobal('window', { addEventListener: (type: string, fn: () => void) => listeners.set(type, fn), removeEventListener: () => undefined });
    try {
      const { live, answer } = fakeLive(true);
      const store = storage();
      const doc = new Y.Doc();
      createNoteProvider({ live, name: 'note:d', doc, storage: store, storageKey: 'k' }).connect();
      answer('note:d');
      type(doc, 'x');
      vi.advanceTimersByTime(100);
      expect(store.writes).toEqual([]);
      listeners.get('pagehide')!();
      expect(store.writes).toEqual(['k']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('still keeps the words during long typing, every few seconds', () => {
    const { live, answer } = fakeLive(true);
    const store = storage();
    const doc = new Y.Doc();
    createNoteProvider({ live, name: 'note:b', doc, storage: store, storageKey: 'k' }).connect();
    answer('note:b');
    for (let i = 0; i < 60; i++) {
      type(doc, 'x');
      vi.advanceTimersByTime(100);
    }
    expect(store.writes.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps them a moment after each change while the owner is not reachable', () => {
    const { live } = fakeLive(false);
    const store = storage();
    const doc = new Y.Doc();
    createNoteProvider({ live, name: 'note:c', doc, storage: store, storageKey: 'k' }).connect();
    type(doc, 'x');
    vi.advanceTimersByTime(300);
    expect(store.writes).toEqual(['k']);
    const kept = new Y.Doc();
    Y.applyUpdate(kept, Uint8Array.from(atob(store.getItem('k')!), (c) => c.charCodeAt(0)));
    expect(kept.getText('t').toString()).toBe('x');
  });
});
