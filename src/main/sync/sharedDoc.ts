/**
 * One loaded shared document: the Yjs document, its log on disk, and the updates made in memory
 * but not yet on disk. Whatever changes the document (a local save, a window typing in a note, a
 * sync peer) becomes a pending update; `persist` appends them to the log before the JSON file is
 * written, and only persisted updates are handed on to windows and sync peers, so nothing that a
 * crash could take back has ever left this process.
 */
import * as Y from 'yjs';
import { NoteDocEditor } from '../../shared/sync/noteDoc';
import type { DocRef } from '../../shared/sync/docNames';
import type { DocLog } from './docLog';

/** Origin of the transactions that replay the log (they are already on disk). */
export const FROM_DISK = Symbol('from-disk');

export type PersistedListener = (update: Uint8Array, origin: unknown) => void;

export class SharedDoc {
  readonly doc = new Y.Doc();
  /** For notes: a headless editor bound to the document (reads and writes the note's text). */
  readonly note: NoteDocEditor | null;
  #pending: { update: Uint8Array; origin: unknown }[] = [];
  #listeners = new Set<PersistedListener>();
  recentHashes: string[] = [];
  /** Set when the document changed in memory and the JSON file has not been rewritten since. */
  lastUsed = Date.now();

  constructor(
    readonly name: string,
    readonly ref: DocRef,
    readonly log: DocLog,
  ) {
    // Bind before any state arrives: the binding reads a note's text from the Yjs events.
    this.note = ref.kind === 'note' ? new NoteDocEditor(this.doc) : null;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_DISK) this.#pending.push({ update, origin });
    });
  }

  /** Replays stored updates (they are not pending: they are on disk already). */
  replay(updates: readonly Uint8Array[], recentHashes: string[]): void {
    Y.transact(
      this.doc,
      () => {
        for (const update of updates) if (update.length > 2) Y.applyUpdate(this.doc, update, FROM_DISK);
      },
      FROM_DISK,
    );
    this.note?.flush();
    // A document with no log yet had no file: "absent" is the state its first record follows.
    this.recentHashes = updates.length ? recentHashes : [''];
  }

  get hasPending(): boolean {
    return this.#pending.length > 0;
  }

  /**
   * Appends the pending updates (one record) with the hash of the JSON file they materialise to,
   * then tells the listeners. `hash` is '' when the document now has no live file (deleted).
   */
  async persist(hash: string): Promise<void> {
    if (!this.#pending.length) {
      if (this.recentHashes[this.recentHashes.length - 1] !== hash) await this.#append(new Uint8Array([0, 0]), hash);
      return;
    }
    const batch = this.#pending;
    this.#pending = [];
    const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
    try {
      await this.#append(merged, hash);
    } catch (error) {
      this.#pending = [...batch, ...this.#pending];
      throw error;
    }
    for (const { update, origin } of batch) for (const listener of this.#listeners) listener(update, origin);
  }

  async #append(update: Uint8Array, hash: string): Promise<void> {
    await this.log.append(update, hash);
    this.recentHashes = [...this.recentHashes, hash].slice(-2);
  }

  /** Hears every update once it is on disk, with the origin it was made with. */
  onPersisted(listener: PersistedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  dispose(): void {
    this.note?.dispose();
    this.doc.destroy();
  }
}
