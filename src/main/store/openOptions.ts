/** How a notebook is opened (see NotebookStore.open). */
import type { Author } from '../../shared/model';
import type { Migrator } from './migrations';

export interface OpenOptions {
  /** Create the notebook if the folder has no notebook.json (the folder must be empty or absent). */
  create?: boolean;
  /** Open without the lock; every write method throws ReadOnlyNotebookError. */
  readOnly?: boolean;
  /** Name for a newly created notebook (default: the folder name). */
  name?: string;
  /**
   * Take a verified backup right after opening (writable opens only). `'daily'`: only when no
   * backup on open was made in the last 24 hours and the notebook holds articles or notes; a
   * failure is reported as a problem instead of refusing to open.
   */
  backupOnOpen?: boolean | 'daily';
  /** Take the `.lock` (default true). Only turn off when the caller guarantees a single writer. */
  lock?: boolean;
  /** How many backups rotation keeps (default 10). */
  keepBackups?: number;
  /** Test seam: a migrator with a fake registry and target version. */
  migrator?: Migrator;
  /** Keep the live state (shared documents in `sync/`) beside the files (default: writable opens). */
  live?: boolean;
  /** Who edits through this copy when the notebook gets its live state now. */
  author?: Author;
  /**
   * Return before every article file is read and checked (the app and `serve`): the library is
   * shown from the article catalog meanwhile (`articleSummaries`), every write waits for the
   * checks, and `checked` settles when they are done (damaged files moved aside and reported).
   */
  deferChecks?: boolean;
}
