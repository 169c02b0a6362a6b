/**
 * A live note keeps its words in the browser's storage until the owner has them. While the owner is
 * reachable that copy waits for a pause in typing (it encodes the whole note, too slow to do between
 * two keystrokes), and typing without a pause keeps only the words typed since; while it is not
 * reachable, it is kept a moment after each change, as before.
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

const fromStored = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toStored = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
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

  it('during long typing keeps only the words typed since, every few seconds, and the whole note after the pause', () => {
    const { live, answer } = fakeLive(true);
    const store = storage();
    const doc = new Y.Doc();
    type(doc, 'long note. ');
    const ownerCopy = Y.encodeStateAsUpdate(doc);
    createNoteProvider({ live, name: 'note:b', doc, storage: store, storageKey: 'k' }).connect();
    answer('note:b');
    // Twelve seconds of typing without a pause: the tail is kept twice, the whole note never.
    for (let i = 0; i < 120; i++) {
      type(doc, 'x');
      vi.advanceTimersByTime(100);
    }
    expect(store.writes).toEqual(['k:since', 'k:since']);
    // With the owner's copy, what the storage holds brings back every word typed until the last tail.
    const restored = new Y.Doc();
    Y.applyUpdate(restored, ownerCopy);
    Y.applyUpdate(restored, fromStored(store.getItem('k:since')!));
    expect(restored.getText('t').toString()).toMatch(/^long note\. x{100,}$/);
    // The pause: the whole note is kept and the tail it now holds is dropped.
    vi.advanceTimersByTime(1000);
    expect(store.writes.at(-1)).toBe('k');
    expect(store.getItem('k:since')).toBeNull();
    const whole = new Y.Doc();
    Y.applyUpdate(whole, fromStored(store.getItem('k')!));
    expect(whole.getText('t').toString()).toBe(`long note. ${'x'.repeat(120)}`);
  });

  it('brings back the whole note and the tail a closed window left, and keeps the tail until the whole note holds it', () => {
    const earlier = new Y.Doc();
    type(earlier, 'kept whole. ');
    const whole = Y.encodeStateAsUpdate(earlier);
    const before = Y.encodeStateVector(earlier);
    type(earlier, 'typed later.');
    const tail = Y.encodeStateAsUpdate(earlier, before);
    const store = storage();
    store.setItem('k', toStored(whole));
    store.setItem('k:since', toStored(tail));
    store.writes.length = 0;

    const { live, answer } = fakeLive(true);
    const doc = new Y.Doc();
    createNoteProvider({ live, name: 'note:e', doc, storage: store, storageKey: 'k' }).connect();
    expect(doc.getText('t').toString()).toBe('kept whole. typed later.');

    // Long typing rewrites the tail: it still holds the words the closed window left.
    answer('note:e');
    for (let i = 0; i < 60; i++) {
      type(doc, 'y');
      vi.advanceTimersByTime(100);
    }
    expect(store.writes).toEqual(['k:since']);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, fromStored(store.getItem('k')!));
    Y.applyUpdate(restored, fromStored(store.getItem('k:since')!));
    expect(restored.getText('t').toString()).toMatch(/^kept whole\. typed later\.y{50,}$/);
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
