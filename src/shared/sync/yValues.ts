/**
 * Small helpers for writing plain JSON values into Yjs types so that only real changes become
 * Yjs operations. A set that writes an equal value would still be a new operation (and a new
 * conflict candidate on other replicas), so every writer compares first.
 */
import * as Y from 'yjs';
import { sameJson } from './canonicalJson';

export { canonicalJson, sameJson } from './canonicalJson';

/** A JSON-safe deep copy (Yjs stores what it is given; frozen store values must not leak in). */
export function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Sets `key` to `value` unless it already holds an equal value; `undefined` deletes. True if changed. */
export function setField(map: Y.Map<unknown>, key: string, value: unknown): boolean {
  if (value === undefined) {
    if (!map.has(key)) return false;
    map.delete(key);
    return true;
  }
  const current = map.get(key);
  if (current instanceof Y.AbstractType) throw new Error(`setField: "${key}" holds a shared type`);
  if (map.has(key) && sameJson(current, value)) return false;
  map.set(key, plain(value));
  return true;
}

/** The child map under `key`, created when missing. */
export function childMap<T = unknown>(parent: Y.Map<unknown>, key: string): Y.Map<T> {
  const existing = parent.get(key);
  if (existing instanceof Y.Map) return existing as Y.Map<T>;
  const created = new Y.Map<T>();
  parent.set(key, created);
  return created;
}

/** The child text under `key`, created when missing. */
export function childText(parent: Y.Map<unknown>, key: string): Y.Text {
  const existing = parent.get(key);
  if (existing instanceof Y.Text) return existing;
  const created = new Y.Text();
  parent.set(key, created);
  return created;
}

/**
 * Makes `text` read `next` with one delete and one insert between the common prefix and suffix,
 * so that two analysts editing different parts of a comment both keep their words.
 */
export function setText(text: Y.Text, next: string): boolean {
  const current = text.toString();
  if (current === next) return false;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  // Never split a surrogate pair between the kept and the replaced part.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
  return true;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * An ordered set of ids kept as a map id → position, so that concurrent additions and removals of
 * different ids all survive (an array would be replaced whole). Order: position, then id.
 */
export function readIdSet(map: Y.Map<unknown> | undefined): string[] {
  if (!map) return [];
  return [...map.entries()]
    .map(([id, position]) => ({ id, position: typeof position === 'number' ? position : 0 }))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
}

/** Makes the set hold exactly `ids` (order of new ids kept after the existing ones). Returns [added, removed]. */
export function writeIdSet(map: Y.Map<unknown>, ids: readonly string[]): { added: string[]; removed: string[] } {
  const wanted = new Set(ids);
  const removed: string[] = [];
  for (const id of [...map.keys()]) {
    if (!wanted.has(id)) {
      map.delete(id);
      removed.push(id);
    }
  }
  let next = 0;
  for (const position of map.values()) if (typeof position === 'number' && position >= next) next = position + 1;
  const added: string[] = [];
  for (const id of ids) {
    if (map.has(id)) continue;
    map.set(id, next++);
    added.push(id);
  }
  return { added, removed };
}

/** Compares ISO-ish strings and ids in a fixed order (no locale), for deterministic sorting. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
