/**
 * Keeps the notebook's JSON files and its shared documents (`sync/`) in step. Every save goes
 * through the document first: the file value is written into the document, the file is then
 * written *from* the document (so every replica holding the same document writes the same bytes),
 * and the document's update is on disk before the file is. Updates from elsewhere (another window
 * typing in a note, a sync peer) take the same path in the other direction.
 *
 * All methods run inside the store's write queue of the file concerned.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as Y from 'yjs';
import type { Author, NotebookFile } from '../../shared/model';
import { docName, parseDocName, type DocRef } from '../../shared/sync/docNames';
import type { EditStamp } from '../../shared/sync/editLog';
import { actorRefsOf } from '../../shared/sync/notebookDoc';
import { sameJson } from '../../shared/sync/yValues';
import { isDeletedDoc, isEmptyDoc, readDeletedFile, readFileFromDoc, setDocDeleted, writeFileToDoc, type AnyFile } from '../sync/fileMapping';
import type { Replica } from '../sync/replica';
import type { SharedDoc } from '../sync/sharedDoc';
import { writeDocAfter, type Doc } from './docs';
import { serializeJson } from './durableJsonAdapter';
import { hasCode } from './fsUtil';

/** What the live files need from the store. */
export interface LiveFilesHost {
  readonly dir: string;
  readonly version: number;
  /** The store's JSON document of a live file, if the file exists. */
  jsonDoc(ref: DocRef): Doc<AnyFile> | undefined;
  /** A JSON document for a file about to be created. */
  newJsonDoc(ref: DocRef): Doc<AnyFile>;
  /** Puts a file's document into the store's maps (null: the file went to the trash). */
  setJsonDoc(ref: DocRef, doc: Doc<AnyFile> | null): void;
  /** Moves a live file to the trash. */
  trash(ref: DocRef): Promise<void>;
  notebook(): NotebookFile;
  /** Validates a value read from a document as the store validates every save. */
  validate(ref: DocRef, value: AnyFile): AnyFile;
}

/** What changed, for whoever listens (windows, the search index). */
export interface FileChange {
  ref: DocRef;
  /** The file as it is now; null when it was deleted. */
  file: AnyFile | null;
  /** 'local' for this process's saves, otherwise where the update came from. */
  origin: 'local' | 'remote';
}

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

export class LiveFiles {
  constructor(
    private readonly host: LiveFilesHost,
    readonly replica: Replica,
  ) {}

  stamp(author: Author = this.replica.author): EditStamp {
    return { author, at: new Date().toISOString() };
  }

  /**
   * Loads the file's document and settles any disagreement with the file on disk (see replica.ts
   * for which wins). Returns the loaded document; the store's value may have changed.
   */
  async reconcile(ref: DocRef, { filesWin = false } = {}): Promise<SharedDoc> {
    const name = docName(ref.kind, ref.id);
    const { shared, fresh } = await this.replica.load(name);
    if (!fresh && !shared.hasPending && !filesWin) return shared;
    const json = this.host.jsonDoc(ref);
    const onDisk = json ? await hashOfFile(json.adapter.filename) : '';
    const known = shared.recentHashes.length > 0 && shared.recentHashes.includes(onDisk);
    if (isEmptyDoc(shared)) {
      // Never tracked (a notebook from before live sync, or a new file): the file is the state.
      // Nobody here wrote its quotes, so none of them is stamped with this replica's author.
      // The file is left as it is (opening a notebook rewrites nothing); its hash is recorded as
      // one this document stands for, even where the document orders things otherwise.
      if (json) {
        writeFileToDoc(shared, json.low.data, { at: new Date().toISOString() });
        await shared.persist(onDisk);
        return shared;
      }
    } else if (filesWin || (!known && fresh)) {
      // Not a file Quotebook wrote: a restored backup or a hand edit. It is taken as an edit.
      writeFileToDoc(shared, json ? json.low.data : null, this.stamp());
    }
    // Not a change this process's services made: listeners (indexes, windows) must look again.
    await this.#publish(ref, shared, json, onDisk, 'remote');
    return shared;
  }

  /** Saves `next` (null deletes) through the document; returns what was written. */
  async commit(ref: DocRef, next: AnyFile | null): Promise<AnyFile | null> {
    const shared = await this.reconcile(ref);
    try {
      writeFileToDoc(shared, next, this.stamp());
      const json = this.host.jsonDoc(ref);
      const onDisk = json ? serializeHash(json.low.data) : '';
      return await this.#publish(ref, shared, json, onDisk, 'local');
    } catch (error) {
      // Memory may be ahead of disk now: reload the document from its log next time.
      this.replica.evict(shared.name);
      throw error;
    }
  }

  /** Brings a file back from the trash: the document's latest content (edits made after the deletion included). */
  async restore(ref: DocRef): Promise<AnyFile | null> {
    const { shared } = await this.replica.load(docName(ref.kind, ref.id));
    const json = this.host.jsonDoc(ref);
    if (isEmptyDoc(shared)) {
      if (json) writeFileToDoc(shared, json.low.data, this.stamp());
    } else if (isDeletedDoc(shared)) setDocDeleted(shared, false, this.stamp());
    return this.#publish(ref, shared, json, json ? await hashOfFile(json.adapter.filename) : '', 'local');
  }

  /**
   * After the files were replaced wholesale (a backup restored): every file is compared with its
   * document again, and documents whose file is gone are deleted (recoverably) — the files win.
   */
  async reconcileAll(refs: readonly DocRef[]): Promise<void> {
    this.replica.clear();
    const seen = new Set<string>();
    for (const ref of refs) {
      seen.add(docName(ref.kind, ref.id));
      await this.reconcile(ref, { filesWin: true });
    }
    for (const name of await this.replica.storedNames()) {
      const ref = parseDocName(name);
      if (ref && !seen.has(name)) await this.reconcile(ref, { filesWin: true });
    }
  }

  /** Applies updates that arrived from elsewhere and rewrites the file from the result. */
  applyRemote(ref: DocRef, updates: readonly Uint8Array[], origin: unknown): Promise<AnyFile | null> {
    return this.change(ref, (doc) => {
      for (const update of updates) Y.applyUpdate(doc, update, origin);
    }, origin, 'remote');
  }

  /** Changes the document directly (sync bookkeeping, remote updates), then rewrites its file. */
  async change(ref: DocRef, mutate: (doc: Y.Doc) => void, origin: unknown, source: 'local' | 'remote' = 'local'): Promise<AnyFile | null> {
    const shared = await this.reconcile(ref);
    try {
      Y.transact(shared.doc, () => mutate(shared.doc), origin);
      const json = this.host.jsonDoc(ref);
      return await this.#publish(ref, shared, json, json ? serializeHash(json.low.data) : '', source);
    } catch (error) {
      this.replica.evict(shared.name);
      throw error;
    }
  }

  /**
   * Writes the file the document materialises to (when it differs from what is on disk), after
   * the document's pending updates are on disk. `onDisk` is the hash of the current file ('' none).
   */
  async #publish(ref: DocRef, shared: SharedDoc, json: Doc<AnyFile> | undefined, onDisk: string, origin: 'local' | 'remote'): Promise<AnyFile | null> {
    const refs = actorRefsOf(ref.kind === 'notebook' ? null : this.host.notebook());
    const read = readFileFromDoc(shared, this.host.version, refs);
    const value = read ? this.host.validate(ref, read) : null;
    if (json && value && sameJson(json.low.data, value)) {
      // The file already holds this content, perhaps formatted otherwise (written by hand or by
      // an older Quotebook): rewriting it would change nothing but its bytes. Its hash is recorded
      // as one this document wrote, so the next open does not take it for a hand edit.
      await shared.persist(onDisk);
      return value;
    }
    // Serialised and encoded once: the same bytes are hashed and written.
    const bytes = value ? Buffer.from(serializeJson(value)) : null;
    const hash = bytes ? sha256(bytes) : '';
    if (value && !(hash === onDisk && !json)) {
      // The update log and the new file are synced side by side; the file is renamed into place
      // only after the log record is on disk, so the file is never ahead of the log (and at most
      // one record behind it, which the next open repairs: see reconcile).
      const target = json ?? this.host.newJsonDoc(ref);
      await writeDocAfter(target, value, shared.persist(hash), bytes!);
      rememberHash(target.low.data, hash);
      if (!json) this.host.setJsonDoc(ref, target);
    } else {
      await shared.persist(hash);
      if (hash === onDisk && !json) return value;
      if (json) {
        await this.host.trash(ref);
        this.host.setJsonDoc(ref, null);
      }
    }
    this.#notify({ ref, file: value, origin });
    return value;
  }

  #listeners = new Set<(change: FileChange) => void>();

  /** Hears every file written (or trashed) through the live documents. */
  onChange(listener: (change: FileChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(change: FileChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  /** The deleted file's latest content (an article or note edited elsewhere after its deletion). */
  deletedContent(ref: DocRef): AnyFile | null {
    const shared = this.replica.loaded(docName(ref.kind, ref.id));
    return shared && isDeletedDoc(shared) ? readDeletedFile(shared, this.host.version, actorRefsOf(this.host.notebook())) : null;
  }
}

/**
 * The hash of each stored value already written or hashed. Values in memory are frozen (docs.ts),
 * so a value's hash never changes; without this every keystroke saved in a live note would
 * serialise and hash the whole note it replaces once more (about a quarter of the save's work for
 * a note with 100 quote cards).
 */
const knownHashes = new WeakMap<object, string>();

function rememberHash(value: unknown, hash: string): void {
  if (typeof value === 'object' && value !== null && Object.isFrozen(value)) knownHashes.set(value, hash);
}

function serializeHash(value: unknown): string {
  const known = typeof value === 'object' && value !== null ? knownHashes.get(value) : undefined;
  if (known !== undefined) return known;
  const hash = sha256(serializeJson(value));
  rememberHash(value, hash);
  return hash;
}

async function hashOfFile(file: string): Promise<string> {
  try {
    return createHash('sha256').update(await fs.readFile(file)).digest('hex');
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return '';
    throw error;
  }
}
