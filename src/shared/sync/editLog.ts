/**
 * The append-only edit log kept in each shared document. Yjs keeps one value per map key and drops
 * a concurrent other silently; the log keeps every value anyone set, with who and when, so the
 * losing value of a same-field conflict stays visible (the inspector's history) on every replica.
 */
import type * as Y from 'yjs';
import type { Author, EditEntry } from '../model';
import { canonicalJson, compareStrings, plain } from './yValues';

export const LOG_KEY = 'log';

/** Most entries kept per (record, field) in a materialised file, newest kept. */
export const HISTORY_PER_FIELD = 20;

/** Who makes the changes of one transaction, and when. */
export interface EditStamp {
  author?: Author;
  at: string;
}

/** Appends one entry to the document's log. */
export function logEdit(doc: Y.Doc, stamp: EditStamp, entry: Pick<EditEntry, 'target' | 'id' | 'field' | 'value'>): void {
  const record: Record<string, unknown> = { target: entry.target, id: entry.id, field: entry.field, value: plain(entry.value ?? null), at: stamp.at };
  if (stamp.author) record.author = { id: stamp.author.id, name: stamp.author.name };
  doc.getArray<Record<string, unknown>>(LOG_KEY).push([record]);
}

/**
 * The log as a file's `history`: sorted the same way on every replica (time, then author, record,
 * field, value), and bounded per field so a long-lived notebook does not grow without end.
 */
export function readHistory(doc: Y.Doc): EditEntry[] {
  const entries = doc.getArray<Record<string, unknown>>(LOG_KEY).toArray() as unknown as EditEntry[];
  const keyed = entries.map((entry) => ({ entry, value: canonicalJson(entry.value) }));
  keyed.sort(
    (a, b) =>
      compareStrings(a.entry.at, b.entry.at) ||
      compareStrings(a.entry.author?.id ?? '', b.entry.author?.id ?? '') ||
      compareStrings(a.entry.target, b.entry.target) ||
      compareStrings(a.entry.id, b.entry.id) ||
      compareStrings(a.entry.field, b.entry.field) ||
      compareStrings(a.value, b.value),
  );
  const perField = new Map<string, number>();
  const kept: EditEntry[] = [];
  for (let i = keyed.length - 1; i >= 0; i--) {
    const { entry } = keyed[i]!;
    const key = `${entry.target}\u0000${entry.id}\u0000${entry.field}`;
    const count = perField.get(key) ?? 0;
    if (count >= HISTORY_PER_FIELD) continue;
    perField.set(key, count + 1);
    kept.push(plain(entry));
  }
  return kept.reverse();
}
