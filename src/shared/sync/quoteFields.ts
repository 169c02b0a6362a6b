/**
 * One quote as a Yjs map: plain fields are last-writer-wins values, the tag and about-actor lists
 * are sets (so concurrent additions of different tags both survive), and the comment is text (so
 * two analysts editing different words of it both keep theirs). Every change to an existing quote
 * is also logged with its author.
 */
import * as Y from 'yjs';
import type { DeletedQuote, Quote } from '../model';
import { logEdit, type EditStamp } from './editLog';
import { childMap, childText, compareStrings, readIdSet, setField, setText, writeIdSet } from './yValues';

type AnyQuote = Quote | DeletedQuote;

const SET_FIELDS = ['tagIds', 'aboutIds'] as const;
const TEXT_FIELDS = ['comment'] as const;
/** Bookkeeping fields: changing them is not an analyst's edit worth a history line. */
const UNLOGGED = new Set(['id', 'articleId', 'createdAt', 'updatedAt', 'author', 'deletedBy', 'anchorStatus']);
/** The order fields are written in a file, for readability; unknown fields follow, sorted. */
const FIELD_ORDER = ['id', 'articleId', 'target', 'kind', 'speakerId', 'aboutIds', 'tagIds', 'comment', 'status', 'cue', 'anchorStatus', 'author', 'createdAt', 'updatedAt', 'deletedAt', 'deletedBy'];

const isSetField = (key: string): key is (typeof SET_FIELDS)[number] => (SET_FIELDS as readonly string[]).includes(key);
const isTextField = (key: string): key is (typeof TEXT_FIELDS)[number] => (TEXT_FIELDS as readonly string[]).includes(key);

/** Writes `quote` into `map`, changing only what differs; `isNew` skips the history lines. */
export function writeQuote(doc: Y.Doc, map: Y.Map<unknown>, quote: AnyQuote, isNew: boolean, stamp: EditStamp): boolean {
  let changed = false;
  const record = quote as unknown as Record<string, unknown>;
  const log = (field: string, value: unknown) => {
    if (!isNew && !UNLOGGED.has(field)) logEdit(doc, stamp, { target: 'quote', id: quote.id, field, value });
  };
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (isSetField(key)) {
      const { added, removed } = writeIdSet(childMap(map, key), value as string[]);
      if (added.length || removed.length) {
        changed = true;
        for (const id of added) log(key, { added: id });
        for (const id of removed) log(key, { removed: id });
      }
    } else if (isTextField(key)) {
      if (setText(childText(map, key), String(value))) {
        changed = true;
        log(key, value);
      }
    } else if (setField(map, key, value)) {
      changed = true;
      log(key, value);
    }
  }
  // Optional fields the new version no longer has (a quote restored from the trash, an anchor fixed).
  for (const key of [...map.keys()]) {
    if (record[key] !== undefined || isSetField(key) || isTextField(key)) continue;
    map.delete(key);
    changed = true;
    log(key, null);
  }
  return changed;
}

/** The quote a map holds, fields in file order. */
export function readQuote(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...map.keys()];
  const ordered = [...FIELD_ORDER.filter((k) => keys.includes(k) || isSetField(k) || isTextField(k)), ...keys.filter((k) => !FIELD_ORDER.includes(k)).sort(compareStrings)];
  for (const key of ordered) {
    const value = map.get(key);
    if (isSetField(key)) out[key] = readIdSet(value instanceof Y.Map ? value : undefined);
    else if (isTextField(key)) out[key] = value instanceof Y.Text ? value.toString() : '';
    else if (value !== undefined) out[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
  }
  return out;
}

/** Reading order for a file: position, then creation, then id (the same on every replica). */
export function compareQuotes(a: Quote, b: Quote): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || compareStrings(a.createdAt, b.createdAt) || compareStrings(a.id, b.id);
}
