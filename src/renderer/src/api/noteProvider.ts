/**
 * Connects one note's Yjs document in this window to the owner's copy over the live channel, in
 * the shape Lexical's CollaborationPlugin expects of a provider. The handshake sends each side
 * what the other lacks, so edits made while the channel was down are sent when it is back.
 *
 * Until the owner has a window's words they are also kept in this browser's storage (the whole
 * document state, a moment after each change; while the owner is reachable, after a pause in
 * typing, and during long typing only the words typed since: see KEEP_MAX_WAIT_MS): if Quotebook
 * quits or the page closes first, they are merged back the next time the note opens. Merging is
 * safe to repeat: Yjs ignores what it has.
 */
import type { Provider } from '@lexical/yjs';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeSynced, encodeFrame, LiveType, readJson } from '../../../shared/live/protocol';
import type { LiveConnection } from './live';

type Listener = (...args: never[]) => void;

/** How long after a change the document is kept in storage while the owner is not reachable. */
const KEEP_DELAY_MS = 300;
/**
 * While the owner is reachable each update is sent at once, and keeping the whole document (encode,
 * base64, a synchronous storage write) costs more the longer the note (for a note with 100 quote
 * cards, a 72 KB state: 5–30 ms on a quiet machine, more under load): done in the middle of typing
 * it delays a keystroke. So then it waits for a pause in typing. Typing that goes on without a
 * pause keeps, every KEEP_MAX_WAIT_MS, only the updates made
 * since the whole document was last kept (merged into one: a few hundred bytes), beside it under
 * its own key; both are merged back on the next open.
 */
const KEEP_PAUSE_MS = 1000;
const KEEP_MAX_WAIT_MS = 5000;
/** The key of the updates kept since the whole document (see KEEP_MAX_WAIT_MS). */
const tailKeyOf = (storageKey: string) => `${storageKey}:since`;

export interface NoteProviderOptions {
  live: LiveConnection;
  /** The document name (`note:<id>`). */
  name: string;
  doc: Y.Doc;
  /** Where unsent words are kept (null: nowhere, e.g. private browsing without storage). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  storageKey: string;
  onError?: (message: string) => void;
}

export interface NoteProvider extends Provider {
  /** True once the owner's copy and this one have exchanged what each lacked. */
  readonly synced: boolean;
}

const FROM_OWNER = Symbol('from-owner');

export function createNoteProvider({ live, name, doc, storage, storageKey, onError }: NoteProviderOptions): NoteProvider {
  const listeners = new Map<string, Set<Listener>>();
  const emit = (type: string, ...args: unknown[]) => {
    for (const listener of listeners.get(type) ?? []) (listener as (...a: unknown[]) => void)(...args);
  };
  const awareness = new Awareness(doc);
  let connected = false;
  let synced = false;
  let keepTimer: ReturnType<typeof setTimeout> | null = null;
  let keepDueSince = 0;
  const offs: (() => void)[] = [];

  const tailKey = tailKeyOf(storageKey);
  /** This window's updates since the whole document was last kept (merged now and then). */
  let sinceKept: Uint8Array[] = [];
  const store = (key: string, bytes: Uint8Array) => {
    try {
      storage?.setItem(key, toBase64(bytes));
      return true;
    } catch {
      // Storage full or blocked: the words still travel over the channel.
      return false;
    }
  };
  const keep = () => {
    keepTimer = null;
    keepDueSince = 0;
    // The whole document first, then the tail it now holds is dropped: a crash in between leaves
    // both, which merge to the same document.
    if (store(storageKey, Y.encodeStateAsUpdate(doc))) {
      sinceKept = [];
      storage?.removeItem(tailKey);
    }
  };
  const keepTail = () => {
    if (sinceKept.length > 1) sinceKept = [Y.mergeUpdates(sinceKept)];
    if (sinceKept.length) store(tailKey, sinceKept[0]!);
  };

  const subscribe = () => {
    synced = false;
    if (live.send(encodeFrame(LiveType.subscribe, name, Y.encodeStateVector(doc)))) emit('status', { status: 'connecting' });
  };

  // One timer for the whole pause (re-armed when it fires too early), not one per keystroke.
  let lastUpdateAt = 0;
  const keepAfterPause = () => {
    const now = Date.now();
    if (!synced || now >= lastUpdateAt + KEEP_PAUSE_MS) return keep();
    if (now >= keepDueSince + KEEP_MAX_WAIT_MS) {
      keepTail();
      keepDueSince = now;
    }
    keepTimer = setTimeout(keepAfterPause, Math.min(lastUpdateAt + KEEP_PAUSE_MS, keepDueSince + KEEP_MAX_WAIT_MS) - now);
  };
  const scheduleKeep = () => {
    lastUpdateAt = Date.now();
    keepDueSince ||= lastUpdateAt;
    keepTimer ??= setTimeout(synced ? keepAfterPause : keep, synced ? KEEP_PAUSE_MS : KEEP_DELAY_MS);
  };

  const onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_OWNER) return;
    sinceKept.push(update);
    scheduleKeep();
    if (synced) live.send(encodeFrame(LiveType.update, name, update));
  };

  const provider: NoteProvider = {
    awareness: awareness as unknown as Provider['awareness'],
    get synced() {
      return synced;
    },
    connect() {
      if (connected) return;
      connected = true;
      // Words kept from a window that closed before the owner had them come back first.
      for (const key of [storageKey, tailKey]) {
        const kept = storage?.getItem(key);
        if (!kept) continue;
        try {
          const bytes = fromBase64(kept);
          Y.applyUpdate(doc, bytes, FROM_OWNER);
          // A tail is kept again with the next one until the whole document holds it.
          if (key === tailKey) sinceKept.push(bytes);
        } catch {
          storage?.removeItem(key);
        }
      }
      doc.on('update', onLocalUpdate);
      offs.push(
        live.onDocument(name, (frame) => {
          if (frame.type === LiveType.synced) {
            const reply = decodeSynced(frame.payload);
            if (!reply) return;
            Y.applyUpdate(doc, reply.update, FROM_OWNER);
            const missing = Y.encodeStateAsUpdate(doc, reply.stateVector);
            // An update of two bytes is empty: the owner has everything this window has.
            if (missing.length > 2) live.send(encodeFrame(LiveType.update, name, missing));
            else {
              storage?.removeItem(storageKey);
              storage?.removeItem(tailKey);
            }
            synced = true;
            emit('status', { status: 'connected' });
            emit('sync', true);
          } else if (frame.type === LiveType.update) {
            Y.applyUpdate(doc, frame.payload, FROM_OWNER);
          } else if (frame.type === LiveType.error) {
            onError?.(readJson<{ message: string }>(frame)?.message ?? 'The note could not be synchronised.');
          }
        }),
        live.onStatus((status) => {
          if (status === 'open') subscribe();
          else {
            synced = false;
            emit('status', { status: 'disconnected' });
          }
        }),
      );
      if (live.status() === 'open') subscribe();
      // A copy still waiting for a pause in typing is made before the page goes away (reload,
      // window closed): the channel may have died without saying so and the owner lack the words.
      const keepNow = () => {
        if (!keepTimer) return;
        clearTimeout(keepTimer);
        keep();
      };
      if (typeof window !== 'undefined') {
        window.addEventListener('pagehide', keepNow);
        offs.push(() => window.removeEventListener('pagehide', keepNow));
      }
    },
    disconnect() {
      if (!connected) return;
      connected = false;
      if (keepTimer) {
        clearTimeout(keepTimer);
        keep();
      }
      live.send(encodeFrame(LiveType.unsubscribe, name));
      doc.off('update', onLocalUpdate);
      for (const off of offs.splice(0)) off();
      synced = false;
      emit('status', { status: 'disconnected' });
    },
    on(type: string, listener: Listener) {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
    },
    off(type: string, listener: Listener) {
      listeners.get(type)?.delete(listener);
    },
  } as NoteProvider;
  return provider;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
