/**
 * One lowdb document per file. lowdb holds the in-memory value (`low.data`); our adapter does the
 * disk I/O. Writes go through the adapter first and only then replace `low.data`, because
 * `Low.write()` would publish the new value to readers before it is safely on disk, and leave it
 * there if the write failed.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { DurableJsonAdapter } from './durableJsonAdapter';
import type { FileFormat, Migrator } from './migrations';
import { absPath } from './paths';

export interface Doc<T> {
  /** Notebook-relative path, `/`-separated. */
  readonly rel: string;
  readonly low: Low<T>;
  readonly adapter: DurableJsonAdapter<T>;
}

// lowdb wants an initial value; this marks "not read yet / file absent" without a nullable type.
const UNSET = Object.freeze({ unset: true });

export function makeDoc<T>(dir: string, rel: string, format: FileFormat, schema: z.ZodType<T>, migrator: Migrator): Doc<T> {
  const adapter = new DurableJsonAdapter<T>(absPath(dir, rel), {
    schema,
    currentVersion: migrator.targetVersion,
    upgrade: (raw) => migrator.migrate(format, raw),
    displayName: rel,
  });
  return { rel, adapter, low: new Low<T>(adapter, UNSET as unknown as T) };
}

/** Read the file into `low.data`; false if the file does not exist. Damage throws. */
export async function readDoc<T>(doc: Doc<T>): Promise<boolean> {
  await doc.low.read();
  if ((doc.low.data as unknown) === UNSET) return false;
  deepFreeze(doc.low.data);
  return true;
}

/** Durable write, then publish. `data` must already be validated. */
export async function writeDoc<T>(doc: Doc<T>, data: T): Promise<void> {
  await doc.adapter.write(data);
  doc.low.data = deepFreeze(data);
}

/** `writeDoc`, replacing the file only once `ready` resolves (see `DurableJsonAdapter.writeAfter`). */
export async function writeDocAfter<T>(doc: Doc<T>, data: T, ready: Promise<void>, bytes?: Uint8Array): Promise<void> {
  await doc.adapter.writeAfter(data, ready, bytes);
  doc.low.data = deepFreeze(data);
}

/** Put an already-validated value in memory without writing (e.g. a newer-version file shown read-only). */
export function setDoc<T>(doc: Doc<T>, data: T): void {
  doc.low.data = deepFreeze(data);
}

/**
 * Values handed out by the store are frozen: a caller mutating them would change memory without a
 * save (and without validation). Callers edit a `structuredClone` and put it back.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function basenameId(fileName: string): string {
  return path.basename(fileName, '.json');
}
