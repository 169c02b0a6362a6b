/**
 * What the store holds of an open notebook: the lowdb documents of its files, the problems found
 * in them, whether it may be written, and the lock that lets it. The store owns one; opening, the
 * article checks and a restore fill it (see stateLoader.ts), everything else reads it.
 */
import type { ArticleFile, NotebookFile, NoteFile } from '../../shared/model';
import type { Doc } from './docs';
import type { StoreProblem } from './errors';
import type { NotebookLock } from './lock';

export class StoreState {
  /** What was wrong with files when the notebook was opened (or last restored). */
  problems: StoreProblem[] = [];
  readOnly: boolean;
  /** Why the store is read-only, in words for the analyst; null when writable. */
  readOnlyReason: string | null;

  notebook!: Doc<NotebookFile>;
  // Replaced whole by each install, so whoever reads them later asks the state again.
  articles = new Map<string, Doc<ArticleFile>>();
  notes = new Map<string, Doc<NoteFile>>();

  constructor(
    public lock: NotebookLock | null,
    readOnlyReason: string | null,
  ) {
    this.readOnly = readOnlyReason !== null;
    this.readOnlyReason = readOnlyReason;
  }

  makeReadOnly(reason: string): void {
    this.readOnly = true;
    this.readOnlyReason = reason;
  }

  /** A notebook with files from a newer Quotebook: we will not write, so let others. */
  async releaseLockIfReadOnly(): Promise<void> {
    if (this.readOnly && this.lock) await this.releaseLock();
  }

  async releaseLock(): Promise<void> {
    await this.lock?.release();
    this.lock = null;
  }
}
