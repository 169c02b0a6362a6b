/**
 * Errors the notebook store raises. Each carries a stable `code` (so callers in the API layer can
 * turn it into an error value without `instanceof` across bundles) and a `message` written for the
 * analyst: what happened and what to do next.
 */
import os from 'node:os';

export type StoreErrorCode = 'locked' | 'read-only' | 'damaged' | 'not-a-notebook' | 'invalid';

/** How a file on disk can be unusable. `newer-version` is not damage, but is detected the same way. */
export type DamageKind = 'empty' | 'nul-filled' | 'truncated' | 'invalid' | 'newer-version';

/** Something the store noticed while opening a notebook and wants the analyst to know about. */
export interface StoreProblem {
  /** Path relative to the notebook folder, with `/` separators (e.g. `articles/abc.json`). */
  file: string;
  /**
   * `missing` is used when notebook.json is gone but traces of a notebook (damaged copy, backups)
   * remain; `unknown` for a damaged copy found on disk that no record describes; `backup-failed`
   * when the backup on open could not be made (file `backups/`).
   */
  kind: DamageKind | 'missing' | 'unknown' | 'backup-failed';
  /** User-readable: what happened and what to do. */
  message: string;
  /** Where the damaged file was moved (relative to the notebook folder), if it was moved. */
  movedTo?: string;
  /** For moved-aside files: the id `quotebook problems --ack ID` takes. Reported until acknowledged. */
  id?: string;
  /** When the file was found damaged. */
  foundAt?: string;
  /** What is missing from the notebook because of it, as the newest backup tells (e.g. an article's title and quote count). */
  lost?: string;
}

/** Base class; `code` lets the API layer map errors without relying on class identity. */
export abstract class StoreError extends Error {
  abstract readonly code: StoreErrorCode;
}

/** Who holds a notebook's `.lock`. */
export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  app: string;
  /** Random per-acquisition token, so release never deletes a lock someone else took over. */
  token?: string;
  /** The account that took it. */
  user?: string;
  /** When the holder process started (Linux: clock ticks after boot), to tell a reused pid. */
  processStart?: string;
  /** Which boot of the machine (Linux), so a pid from before a restart is not taken for a live one. */
  bootId?: string;
}

export class NotebookLockedError extends StoreError {
  readonly code = 'locked' as const;
  constructor(
    readonly dir: string,
    readonly holder: LockInfo | null,
    detail?: string,
  ) {
    const who = holder
      ? `pid ${holder.pid}${holder.user ? ` of ${holder.user}` : ''}${holder.hostname ? ` on ${holder.hostname}` : ''}, since ${holder.startedAt}`
      : detail ?? 'the lock file is being written';
    const foreign = holder?.hostname && holder.hostname !== os.hostname();
    super(
      foreign
        ? `The notebook "${dir}" is locked by a Quotebook process on another computer (${who}). Quotebook cannot check from here whether it still runs. ` +
            'If it does, close the notebook there. If it does not (the folder was copied, or that computer stopped), remove the lock with "quotebook unlock". ' +
            'To only read the notebook meanwhile, use the command line with --read-only.'
        : `The notebook "${dir}" is open in another Quotebook process (${who}). ` +
            'Close it there and try again. To only read it meanwhile, use the command line with --read-only.',
    );
    this.name = 'NotebookLockedError';
  }
}

export class ReadOnlyNotebookError extends StoreError {
  readonly code = 'read-only' as const;
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(`The notebook "${dir}" cannot be changed. ${reason}`);
    this.name = 'ReadOnlyNotebookError';
  }
}

/** A single file could not be used as it is; raised by the durable adapter on read. */
export class DamagedFileError extends StoreError {
  readonly code = 'damaged' as const;
  constructor(
    readonly file: string,
    readonly kind: DamageKind,
    readonly detail: string,
    /** For `newer-version`: the parsed JSON, so a read-only view can still try to show it. */
    readonly raw?: unknown,
  ) {
    super(`The file "${file}" ${describeDamage(kind)}: ${detail}`);
    this.name = 'DamagedFileError';
  }
}

/** The notebook cannot be opened at all (its notebook.json is unusable or missing). */
export class NotebookDamagedError extends StoreError {
  readonly code = 'damaged' as const;
  constructor(
    readonly dir: string,
    readonly problems: StoreProblem[],
    /** Id of the newest backup whose files all match their recorded hashes, if any. */
    readonly newestBackupId: string | null,
  ) {
    super(problems.map((p) => p.message).join('\n') || `The notebook "${dir}" is damaged.`);
    this.name = 'NotebookDamagedError';
  }
}

/** A backup snapshot could not be written or failed verification. */
export class BackupError extends StoreError {
  readonly code = 'damaged' as const;
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export class NotANotebookError extends StoreError {
  readonly code = 'not-a-notebook' as const;
  constructor(
    readonly dir: string,
    detail?: string,
  ) {
    super(
      detail ??
        `The folder "${dir}" is not a Quotebook notebook (it has no notebook.json). ` +
          'Choose a notebook folder, or create a new notebook.',
    );
    this.name = 'NotANotebookError';
  }
}

/** Data handed to a write method does not match the schema; nothing was written. */
export class InvalidDataError extends StoreError {
  readonly code = 'invalid' as const;
  constructor(
    readonly what: string,
    readonly issues: string[],
    message?: string,
  ) {
    super(message ?? `The ${what} could not be saved because it is not valid: ${issues.slice(0, 5).join('; ')}`);
    this.name = 'InvalidDataError';
  }
}

/** Short phrase for each damage kind, used in messages. */
export function describeDamage(kind: DamageKind | 'missing'): string {
  switch (kind) {
    case 'empty':
      return 'is empty';
    case 'nul-filled':
      return 'contains zero bytes instead of text';
    case 'truncated':
      return 'is cut off or is not valid JSON';
    case 'invalid':
      return 'does not have the expected structure';
    case 'newer-version':
      return 'was made by a newer version of Quotebook';
    case 'missing':
      return 'is missing';
  }
}
