/**
 * The owner's side of the live channel (see src/shared/live/protocol.ts). Every connected window
 * hears what changed in the notebook, whoever changed it (another window, the command line, a sync
 * peer), and a note open in several windows is edited as one Yjs document: each window's updates
 * are saved through the notebook store (so they are on disk before anyone else sees them) and then
 * passed to the other windows editing that note.
 */
import * as Y from 'yjs';
import { decodeFrame, encodeFrame, encodeJsonFrame, encodeSynced, LiveType, type LiveChange, type LiveFrame, type LivePresence } from '../../shared/live/protocol';
import { parseDocName, type DocRef } from '../../shared/sync/docNames';
import type { NotebookStore } from '../store';
import type { FileChange } from '../store/liveFiles';

/** One window's end of the channel, whatever carries it. */
export interface LiveChannel {
  send(frame: Uint8Array): void;
  close(): void;
}

/** How long changes are collected before windows are told (many saves become one refresh). */
const CHANGE_BATCH_MS = 40;

export class LiveHub {
  #clients = new Set<LiveClient>();
  #unwatch: () => void;
  #pending = new Map<string, LiveChange['refs'][number]>();
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private store: NotebookStore) {
    this.#unwatch = this.#watch();
  }

  /** Points the hub at another notebook (the app opened a different one); windows reconnect. */
  retarget(store: NotebookStore): void {
    for (const client of [...this.#clients]) client.dispose();
    this.#unwatch();
    this.store = store;
    this.#unwatch = this.#watch();
  }

  #watch(): () => void {
    return this.store.onChange((change: FileChange) => {
      this.#pending.set(`${change.ref.kind}:${change.ref.id}`, { kind: change.ref.kind, id: change.ref.id });
      this.#timer ??= setTimeout(() => this.#flushChanges(), CHANGE_BATCH_MS);
    });
  }

  #flushChanges(): void {
    this.#timer = null;
    const change: LiveChange = { refs: [...this.#pending.values()] };
    this.#pending.clear();
    const frame = encodeJsonFrame(LiveType.changed, '', change);
    for (const client of this.#clients) client.channel.send(frame);
  }

  /** A window connected (already authenticated by its transport); returns what to call with its frames. */
  connect(channel: LiveChannel, author: { id: string; name: string } | null = this.store.live?.replica.author ?? null): LiveClient {
    const client = new LiveClient(this, channel);
    this.#clients.add(client);
    channel.send(encodeJsonFrame(LiveType.ready, '', { author }));
    this.#tellPresence();
    return client;
  }

  /** @internal */
  forget(client: LiveClient): void {
    if (this.#clients.delete(client)) this.#tellPresence();
  }

  /** Every window hears how many windows have the notebook open (the footer's "open in 2 windows here"). */
  #tellPresence(): void {
    const presence: LivePresence = { windows: this.#clients.size };
    const frame = encodeJsonFrame(LiveType.presence, '', presence);
    for (const client of this.#clients) client.channel.send(frame);
  }

  /** @internal */
  get currentStore(): NotebookStore {
    return this.store;
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  close(): void {
    if (this.#timer) clearTimeout(this.#timer);
    for (const client of [...this.#clients]) client.dispose();
    this.#unwatch();
  }
}

/** One connected window. */
export class LiveClient {
  /** The origin of this window's updates (so they are not echoed back to it). */
  readonly origin = Symbol('live-window');
  #subscriptions = new Map<string, () => void>();
  #queue: Promise<void> = Promise.resolve();
  /** Updates of a note received but not yet handed to the store, by note: see `#queueUpdate`. */
  #unsaved = new Map<string, Uint8Array[]>();

  constructor(
    private readonly hub: LiveHub,
    readonly channel: LiveChannel,
  ) {}

  /** Handles one frame from the window; frames are handled one after another. */
  receive(bytes: Uint8Array): void {
    const frame = decodeFrame(bytes);
    if (!frame) return this.#fail('', 'A message from this window could not be read.');
    if (frame.type === LiveType.update) return this.#queueUpdate(frame.name, frame.payload);
    this.#enqueue(frame.name, () => this.#handle(frame));
  }

  #enqueue(name: string, work: () => Promise<void>): void {
    this.#queue = this.#queue.then(work).catch((error: unknown) => this.#fail(name, error instanceof Error ? error.message : String(error)));
  }

  /**
   * Saving a note's update rewrites the whole note file (and reads, validates and hashes it), so
   * saving every keystroke on its own would keep the owner busy while the analyst types. The
   * updates that arrive while the note's earlier ones are being saved wait together and are saved
   * in one go: one write for a burst of typing, and no wait at all when the owner keeps up.
   */
  #queueUpdate(name: string, update: Uint8Array): void {
    const waiting = this.#unsaved.get(name);
    if (waiting) {
      waiting.push(update);
      return;
    }
    this.#unsaved.set(name, [update]);
    this.#enqueue(name, async () => {
      const updates = this.#unsaved.get(name) ?? [];
      this.#unsaved.delete(name);
      const ref = this.#noteRef(name);
      if (!this.#subscriptions.has(name)) throw new Error('This window is not editing that note; reopen it.');
      await this.hub.currentStore.applyRemote(ref, updates, this.origin);
    });
  }

  async #handle(frame: LiveFrame): Promise<void> {
    if (frame.type === LiveType.subscribe) return this.#subscribe(frame.name, frame.payload);
    if (frame.type === LiveType.unsubscribe) return this.#unsubscribe(frame.name);
  }

  #noteRef(name: string): DocRef {
    const ref = parseDocName(name);
    // Windows edit notes live; everything else changes through the operations, which validate.
    if (!ref || ref.kind !== 'note') throw new Error(`"${name}" cannot be edited live.`);
    return ref;
  }

  async #subscribe(name: string, clientVector: Uint8Array): Promise<void> {
    const ref = this.#noteRef(name);
    const store = this.hub.currentStore;
    if (!store.note(ref.id)) throw new Error('This note was deleted.');
    this.#unsubscribe(name);
    const reply = await store.withShared(ref, (shared) => {
      const unpin = store.live!.replica.pin(name);
      const off = shared.onPersisted((update, origin) => {
        if (origin !== this.origin) this.channel.send(encodeFrame(LiveType.update, name, update));
      });
      this.#subscriptions.set(name, () => {
        off();
        unpin();
      });
      return encodeSynced(Y.encodeStateAsUpdate(shared.doc, clientVector), Y.encodeStateVector(shared.doc));
    });
    this.channel.send(encodeFrame(LiveType.synced, name, reply));
  }

  #unsubscribe(name: string): void {
    this.#subscriptions.get(name)?.();
    this.#subscriptions.delete(name);
  }

  #fail(name: string, message: string): void {
    this.channel.send(encodeJsonFrame(LiveType.error, name, { message }));
  }

  /** The window went away. */
  dispose(): void {
    for (const name of [...this.#subscriptions.keys()]) this.#unsubscribe(name);
    this.hub.forget(this);
    this.channel.close();
  }
}
