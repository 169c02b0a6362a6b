/**
 * Keeps a notebook's search index in step with its files. On open, every file whose stamp
 * (modification time and size) differs from the one recorded in the index is indexed again and
 * files that are gone are dropped — so a missing, old or damaged cache rebuilds itself. While the
 * notebook is open, every file the store writes or deletes is re-indexed in the same turn as
 * the write (the store's change listener), so a search right after a save sees it.
 */
import { promises as fs, rmSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { NotebookStore } from '../store';
import { ARTICLES_DIR, NOTEBOOK_FILE, NOTES_DIR } from '../store/paths';
import type { DocRef } from '../../shared/sync/docNames';
import type { ArticleFile, NotebookFile, NoteFile } from '../../shared/model';
import type { FileChange } from '../store/liveFiles';
import { articleRows, notebookRows, noteRows, ownerOf, type IndexRow } from './indexRows';
import { SearchIndex } from './searchIndex';
import { searchIndexPath } from './cacheLocation';

/** Files indexed per transaction while catching up; between batches other work gets a turn. */
const BATCH = 200;

const stampOf = (stats: Stats | undefined) => (stats ? `${stats.mtimeMs}:${stats.size}` : 'missing');

export class NotebookIndex {
  readonly #unlisten: () => void;
  #closed = false;
  /** Set when updating the index failed: it no longer matches the files and is opened again. */
  stale = false;
  /** Settles when the index has caught up with the files as they were when it opened. */
  readonly ready: Promise<void>;

  private constructor(
    private readonly store: NotebookStore,
    readonly index: SearchIndex,
    readonly file: string,
  ) {
    this.#unlisten = store.onChange((change) => {
      // The save itself is done and on disk: a failing cache must not turn it into an error.
      try {
        this.#onChange(change);
      } catch {
        this.stale = true;
      }
    });
    this.ready = this.#catchUp();
  }

  /** Opens the index of the store's notebook (in memory for a read-only store, which must not write the cache). */
  static open(store: NotebookStore, file: string = store.readOnly ? ':memory:' : searchIndexPath(store.dir)): NotebookIndex {
    return new NotebookIndex(store, SearchIndex.open(file), file);
  }

  #path(ref: DocRef): string {
    if (ref.kind === 'notebook') return join(this.store.dir, NOTEBOOK_FILE);
    return join(this.store.dir, ref.kind === 'article' ? ARTICLES_DIR : NOTES_DIR, `${ref.id}.json`);
  }

  /** The rows of a file as the store holds it now; null when it is gone. */
  #rowsOf(ref: DocRef): IndexRow[] | null {
    if (ref.kind === 'notebook') return notebookRows(this.store.notebook());
    if (ref.kind === 'article') {
      const file = this.store.article(ref.id);
      return file ? articleRows(file) : null;
    }
    const note = this.store.note(ref.id);
    return note ? noteRows(note) : null;
  }

  #onChange({ ref, file }: FileChange): void {
    if (this.#closed) return;
    const owner = ownerOf(ref);
    if (!file) {
      this.index.remove(owner);
      return;
    }
    let stats: Stats | undefined;
    try {
      stats = statSync(this.#path(ref));
    } catch {
      stats = undefined;
    }
    const rows =
      ref.kind === 'notebook' ? notebookRows(file as NotebookFile) : ref.kind === 'article' ? articleRows(file as ArticleFile) : noteRows(file as NoteFile);
    this.index.replace(owner, rows, stampOf(stats));
  }

  /**
   * Indexes one file again from the store. For changes the store does not announce: a file
   * brought back from the trash is already on disk, so its restore rewrites nothing.
   */
  refresh(ref: DocRef): void {
    if (this.#closed) return;
    const rows = this.#rowsOf(ref);
    if (!rows) return this.index.remove(ownerOf(ref));
    let stats: Stats | undefined;
    try {
      stats = statSync(this.#path(ref));
    } catch {
      stats = undefined;
    }
    this.index.replace(ownerOf(ref), rows, stampOf(stats));
  }

  async #catchUp(): Promise<void> {
    const refs: DocRef[] = [
      { kind: 'notebook', id: '' },
      // Oldest import first: a search matching too many places shows the highest rowids as "the
      // most recently added" (searchIndex.ts), so an index built from nothing keeps that true.
      ...[...this.store.articles()]
        .sort((x, y) => x.article.importedAt.localeCompare(y.article.importedAt) || x.article.id.localeCompare(y.article.id))
        .map((f) => ({ kind: 'article' as const, id: f.article.id })),
      ...this.store.notes().map((f) => ({ kind: 'note' as const, id: f.note.id })),
    ];
    const known = this.index.stamps();
    const present = new Set(refs.map(ownerOf));
    for (let i = 0; i < refs.length && !this.#closed; i += BATCH) {
      const batch = refs.slice(i, i + BATCH);
      const stamps = await Promise.all(batch.map((ref) => fs.stat(this.#path(ref)).then(stampOf, () => stampOf(undefined))));
      if (this.#closed) return;
      this.index.transaction(() => {
        batch.forEach((ref, j) => {
          const owner = ownerOf(ref);
          if (known.get(owner) === stamps[j]) return;
          const rows = this.#rowsOf(ref);
          if (rows) this.index.replace(owner, rows, stamps[j]!);
          else this.index.remove(owner);
        });
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.#closed) return;
    const gone = [...known.keys()].filter((owner) => !present.has(owner));
    // Files deleted while the index was closed (or while catching up: those are already gone).
    this.index.transaction(() => {
      for (const owner of gone) if (!this.#stillPresent(owner)) this.index.remove(owner);
    });
  }

  #stillPresent(owner: string): boolean {
    if (owner === 'notebook') return true;
    const [kind, id] = owner.split(':') as [string, string];
    return kind === 'article' ? !!this.store.article(id) : !!this.store.note(id);
  }

  /** Deletes the index's file (after close), so the next open builds it again. */
  discardFile(): void {
    if (this.file !== ':memory:') for (const suffix of ['', '-journal']) rmSync(`${this.file}${suffix}`, { force: true });
  }

  /** Stops listening and closes the index (a catch-up still running stops at its next batch). */
  async close(): Promise<void> {
    this.#closed = true;
    this.#unlisten();
    await this.ready.catch(() => undefined);
    this.index.close();
  }
}
