/**
 * A lowdb adapter for one JSON file that (a) writes crash-safely (see `writeFileDurable`) and
 * (b) refuses to hand back anything it cannot vouch for. lowdb's stock JSONFile adapter neither
 * fsyncs nor validates, and a silently swallowed parse error is how notebooks get overwritten with
 * empty data, so every way a file can be unusable becomes a typed `DamagedFileError`.
 */
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { SCHEMA_VERSION } from '../../shared/model';
import { DamagedFileError } from './errors';
import { fsyncDir, hasCode, readFileFast, stageFileDurable, writeFileDurable } from './fsUtil';

/** Result of the optional upgrade step run between parsing and validation. */
export interface UpgradeResult {
  data: unknown;
  migrated: boolean;
}

export interface DurableJsonAdapterOptions<T> {
  /** Validates (and normalises) what is read. Loose schemas keep unknown fields. */
  schema: z.ZodType<T>;
  /** Newest schemaVersion this build understands; a file above it is `newer-version`. */
  currentVersion?: number;
  /** Brings an older file up to `currentVersion` before validation (see migrations.ts). */
  upgrade?: (raw: unknown) => UpgradeResult;
  /** Name used in error messages; defaults to the file's base name. */
  displayName?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decide whether `bytes` hold a usable document. Order matters: the cheap byte-level checks name
 * the usual crash signatures (zero-length file, block of NULs after power loss) before JSON.parse
 * would lump them all together as "unexpected token".
 */
export function decodeJsonFile<T>(bytes: Uint8Array, file: string, opts: DurableJsonAdapterOptions<T>): { data: T; migrated: boolean } {
  const current = opts.currentVersion ?? SCHEMA_VERSION;
  if (bytes.length === 0) throw new DamagedFileError(file, 'empty', 'the file has no content (0 bytes).');
  if (bytes.every((b) => b === 0)) {
    throw new DamagedFileError(file, 'nul-filled', `all ${bytes.length} bytes are zero.`);
  }
  // JSON text cannot contain a raw NUL, so any NUL means the disk handed back garbage.
  const nulAt = bytes.indexOf(0);
  if (nulAt >= 0) throw new DamagedFileError(file, 'nul-filled', `it contains zero bytes from position ${nulAt}.`);

  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new DamagedFileError(file, 'truncated', 'it is not valid UTF-8 text.');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM added by a text editor is harmless
  if (text.trim() === '') throw new DamagedFileError(file, 'empty', 'the file holds only white space.');

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new DamagedFileError(file, 'truncated', `it is not complete JSON (${(err as Error).message}).`);
  }

  const version = readVersion(raw);
  if (typeof version === 'number' && version > current) {
    throw new DamagedFileError(file, 'newer-version', `its schemaVersion is ${version}; this version reads up to ${current}.`, raw);
  }

  let migrated = false;
  if (opts.upgrade) {
    try {
      ({ data: raw, migrated } = opts.upgrade(raw));
    } catch (err) {
      throw new DamagedFileError(file, 'invalid', `it could not be upgraded: ${(err as Error).message}`);
    }
  }

  const parsed = opts.schema.safeParse(raw);
  if (!parsed.success) throw new DamagedFileError(file, 'invalid', summariseIssues(parsed.error.issues).join('; '));
  return { data: parsed.data, migrated };
}

function readVersion(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
}

/** zod issues as short `path: message` lines for messages and logs. */
export function summariseIssues(issues: readonly z.core.$ZodIssue[], max = 5): string[] {
  const lines = issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines;
}

/** The exact bytes a file is written with (the live notebook hashes them to recognise its own files). */
export function serializeJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export class DurableJsonAdapter<T> implements Adapter<T> {
  /** Whether the last successful `read` had to upgrade an older file (the caller writes it back). */
  lastReadMigrated = false;
  // Each write waits for the previous one, so two saves of the same file land in call order and
  // never race on the rename.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly filename: string,
    private readonly opts: DurableJsonAdapterOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFileFast(this.filename);
    } catch (err) {
      if (hasCode(err, 'ENOENT')) return null;
      throw err;
    }
    const { data, migrated } = decodeJsonFile(bytes, this.opts.displayName ?? path.basename(this.filename), this.opts);
    this.lastReadMigrated = migrated;
    return data;
  }

  write(data: T): Promise<void> {
    // Serialise now, not when the queue reaches us: the caller may keep mutating its object.
    const text = serializeJson(data);
    const run = this.#queue.then(() => writeFileDurable(this.filename, text));
    this.#queue = run.catch(() => undefined); // one failed write must not block the next
    return run;
  }

  /**
   * Like `write`, but the file is replaced only once `ready` has resolved: the temp file is
   * written and synced while `ready` runs (the update log's own sync, see liveFiles.ts), so a
   * save waits for one disk sync instead of two in a row. When `ready` rejects, the file is left
   * as it was and the rejection is passed on. `bytes`, when given, is `serializeJson(data)` already
   * encoded (the caller hashed it), so the note is not serialised twice.
   */
  writeAfter(data: T, ready: Promise<void>, bytes?: Uint8Array): Promise<void> {
    const text = bytes ?? serializeJson(data);
    // Settled below once the queue reaches this write; until then a rejection must not count as
    // unhandled (Node would stop the process).
    ready.catch(() => undefined);
    const run = this.#queue.then(async () => {
      const [staged, readiness] = await Promise.allSettled([stageFileDurable(this.filename, text), ready]);
      if (readiness.status === 'rejected') {
        if (staged.status === 'fulfilled') await staged.value.discard();
        throw readiness.reason;
      }
      if (staged.status === 'rejected') throw staged.reason;
      await staged.value.commit();
      await fsyncDir(path.dirname(this.filename));
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every write queued so far has finished (successfully or not). */
  async flush(): Promise<void> {
    await this.#queue;
  }
}
