/**
 * How the store writes one article or note file: validated before it is queued or saved, then in
 * that file's write queue either through the live state (when the notebook has one) or straight
 * to its lowdb document; deletes go to the trash and come back from it. Articles and notes share
 * this one put/update/delete/restore.
 */
import type { DocRef } from '../../shared/sync/docNames';
import type { AnyFile } from '../sync/fileMapping';
import { writeDoc, type Doc } from './docs';
import { InvalidDataError } from './errors';
import type { LiveFiles } from './liveFiles';
import type { Migrator } from './migrations';
import { folderOf, idOf, newDoc, queueKey, validateAs, type FileKind, type KindFile } from './storeFiles';
import type { StoreState } from './storeState';
import { deleteToTrash, restoreFromTrash } from './trash';

/** What the writes need of the store, asked afresh on every call (the live state starts after the open). */
export interface FileWritesHost {
  live(): LiveFiles | null;
  /** Runs `fn` in the write queue `key` (see NotebookStore's #serial). */
  serial<R>(key: string, fn: () => Promise<R>): Promise<R>;
  /** Throws ReadOnlyNotebookError when the store is closed or read-only. */
  assertWritable(): void;
}

export class FileWrites {
  constructor(
    private readonly dir: string,
    private readonly migrator: Migrator,
    private readonly state: StoreState,
    private readonly host: FileWritesHost,
  ) {}

  async put<K extends FileKind>(kind: K, file: KindFile<K>): Promise<KindFile<K>> {
    this.host.assertWritable();
    const next = validateAs({ kind, id: '' }, file, this.migrator.targetVersion) as KindFile<K>;
    const id = idOf(next);
    const ref: DocRef = { kind, id };
    return this.host.serial(queueKey(ref), async () => {
      const live = this.host.live();
      if (live) return (await live.commit(ref, next)) as KindFile<K>;
      const docs = this.#docsOf(kind);
      const doc = docs.get(id) ?? newDoc(this.dir, kind, id, this.migrator);
      await writeDoc(doc, next);
      docs.set(id, doc);
      return next;
    });
  }

  async update<K extends FileKind>(kind: K, id: string, change: (current: KindFile<K>) => KindFile<K>): Promise<{ previous: KindFile<K>; next: KindFile<K> } | undefined> {
    this.host.assertWritable();
    const ref: DocRef = { kind, id };
    return this.host.serial(queueKey(ref), async () => {
      const docs = this.#docsOf(kind);
      if (docs.has(id)) await this.host.live()?.reconcile(ref);
      const doc = docs.get(id);
      if (!doc) return undefined;
      const previous = doc.low.data as KindFile<K>;
      const changed = change(previous);
      if (changed === previous) return { previous, next: previous };
      const next = validateAs(ref, changed, this.migrator.targetVersion) as KindFile<K>;
      if (idOf(next) !== id) throw new InvalidDataError(kind, [`its id changed from "${id}" to "${idOf(next)}"`]);
      return { previous, next: (await this.save(ref, doc, next)) as KindFile<K> };
    });
  }

  async delete(kind: FileKind, id: string): Promise<boolean> {
    this.host.assertWritable();
    return this.host.serial(queueKey({ kind, id }), async () => {
      const docs = this.#docsOf(kind);
      const known = docs.has(id);
      const live = this.host.live();
      if (known && live) {
        await live.commit({ kind, id }, null);
        return true;
      }
      const moved = await deleteToTrash(this.dir, folderOf(kind), id);
      docs.delete(id);
      return known || moved;
    });
  }

  async restore<K extends FileKind>(kind: K, id: string): Promise<KindFile<K>> {
    this.host.assertWritable();
    return this.host.serial(queueKey({ kind, id }), async () => {
      const docs = this.#docsOf(kind);
      const doc = newDoc(this.dir, kind, id, this.migrator);
      await restoreFromTrash(this.dir, folderOf(kind), id, docs.has(id), doc);
      docs.set(id, doc);
      const live = this.host.live();
      if (live) return (await live.restore({ kind, id })) as KindFile<K>;
      return doc.low.data as KindFile<K>;
    });
  }

  /** Writes one file (notebook.json too): through the live state when there is one, directly otherwise. */
  async save<T extends AnyFile>(ref: DocRef, doc: Doc<T>, next: T): Promise<T> {
    const live = this.host.live();
    if (!live) {
      await writeDoc(doc, next);
      return next;
    }
    return (await live.commit(ref, next)) as T;
  }

  // Asked on every call: an install (open, restore) replaces the maps.
  #docsOf(kind: FileKind): Map<string, Doc<AnyFile>> {
    return (kind === 'article' ? this.state.articles : this.state.notes) as Map<string, Doc<AnyFile>>;
  }
}
