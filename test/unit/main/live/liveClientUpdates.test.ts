/**
 * A window typing in a note sends one Yjs update per keystroke. Each save rewrites the whole note
 * file, so the owner saves the updates that arrive while an earlier save is on its way together:
 * fewer writes during a burst of typing, every keystroke still saved, in order.
 */
import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { LiveHub } from '../../../../src/main/live/liveHub';
import type { NotebookStore } from '../../../../src/main/store';
import { decodeFrame, encodeFrame, LiveType } from '../../../../src/shared/live/protocol';

const NOTE = 'note:n1';

/** A store holding one note whose saves finish only when the test says so. */
function slowStore() {
  const doc = new Y.Doc();
  const saves: { updates: readonly Uint8Array[]; finish: () => void }[] = [];
  const store = {
    onChange: () => () => undefined,
    live: { replica: { author: null, pin: () => () => undefined } },
    note: () => ({}),
    withShared: async (_ref: unknown, work: (shared: unknown) => unknown) => work({ doc, onPersisted: () => () => undefined }),
    applyRemote: vi.fn(
      (_ref: unknown, updates: readonly Uint8Array[]) =>
        new Promise<null>((resolve) => {
          for (const update of updates) Y.applyUpdate(doc, update);
          saves.push({ updates, finish: () => resolve(null) });
        }),
    ),
  };
  return { store: store as unknown as NotebookStore, saves, doc, applyRemote: store.applyRemote };
}

/** Keystrokes typed into a window's copy of the note, each one Yjs update. */
function typist() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const type = (text: string) => doc.getText('t').insert(doc.getText('t').length, text);
  return { doc, updates, type };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a window typing in a live note', () => {
  it('has the keystrokes that arrive during a save saved together next, none lost and none twice', async () => {
    const { store, saves, doc, applyRemote } = slowStore();
    const sent: Uint8Array[] = [];
    const client = new LiveHub(store).connect({ send: (frame) => sent.push(frame), close: () => undefined });
    client.receive(encodeFrame(LiveType.subscribe, NOTE, Y.encodeStateVector(new Y.Doc())));
    await settle();
    expect(sent.map((f) => decodeFrame(f)!.type)).toContain(LiveType.synced);

    const window = typist();
    window.type('a');
    client.receive(encodeFrame(LiveType.update, NOTE, window.updates[0]));
    await vi.waitFor(() => expect(saves).toHaveLength(1));
    // Four more keys while the first save is still on its way to the disk.
    for (const key of ['b', 'c', 'd', 'e']) {
      window.type(key);
      client.receive(encodeFrame(LiveType.update, NOTE, window.updates.at(-1)));
    }
    await settle();
    expect(saves).toHaveLength(1);
    saves[0]!.finish();
    await vi.waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]!.updates).toHaveLength(4);
    saves[1]!.finish();
    await settle();
    expect(applyRemote).toHaveBeenCalledTimes(2);
    expect(doc.getText('t').toString()).toBe('abcde');
    expect(sent.map((f) => decodeFrame(f)!.type)).not.toContain(LiveType.error);
  });

  it('saves each key on its own when the owner keeps up', async () => {
    const { store, saves, doc } = slowStore();
    const client = new LiveHub(store).connect({ send: () => undefined, close: () => undefined });
    client.receive(encodeFrame(LiveType.subscribe, NOTE, Y.encodeStateVector(new Y.Doc())));
    const window = typist();
    for (const [index, key] of ['x', 'y'].entries()) {
      window.type(key);
      client.receive(encodeFrame(LiveType.update, NOTE, window.updates.at(-1)));
      await vi.waitFor(() => expect(saves).toHaveLength(index + 1));
      saves[index]!.finish();
    }
    await settle();
    expect(saves.map((save) => save.updates.length)).toEqual([1, 1]);
    expect(doc.getText('t').toString()).toBe('xy');
  });

  it('still refuses updates to a note the window is not editing', async () => {
    const { store, applyRemote } = slowStore();
    const sent: Uint8Array[] = [];
    const client = new LiveHub(store).connect({ send: (frame) => sent.push(frame), close: () => undefined });
    const window = typist();
    window.type('z');
    client.receive(encodeFrame(LiveType.update, NOTE, window.updates[0]));
    await vi.waitFor(() => expect(sent.map((f) => decodeFrame(f)!.type)).toContain(LiveType.error));
    expect(applyRemote).not.toHaveBeenCalled();
  });
});
