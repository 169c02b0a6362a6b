/**
 * notebook.json as a Yjs document, and back: the notebook's name, actors, tags (the codebook),
 * settings, the actors taken out (so a merge made on one replica redirects links made on another),
 * the edit log, and the registry of every article and note document (so a new replica knows what
 * to fetch). Actors and tags are never removed from the document, only marked: an edit made
 * elsewhere to a deleted one survives and comes back with it.
 */
import * as Y from 'yjs';
import type { Actor, NotebookFile, RemovedActor, Tag } from '../model';
import type { ActorRefs } from './articleDoc';
import { logEdit, readHistory, type EditStamp } from './editLog';
import { compareStrings, setField } from './yValues';

const META = 'meta';
const ACTORS = 'actors';
const TAGS = 'tags';
const SETTINGS = 'settings';
const REMOVED = 'removedActors';
/** Names of the article and note documents this notebook holds (value: when registered). */
export const REGISTRY = 'docs';

const ORDER = '_order';
const DELETED_AT = '_deletedAt';
const KNOWN_FILE_KEYS = new Set(['format', 'schemaVersion', 'id', 'name', 'createdAt', 'actors', 'tags', 'settings', 'removedActors', 'history']);
const ACTOR_ORDER = ['id', 'name', 'kind', 'aliases', 'role', 'affiliationId', 'externalIds', 'description', 'colour'];
const TAG_ORDER = ['id', 'name', 'parentId', 'colour', 'description'];

export function isEmptyNotebookDoc(doc: Y.Doc): boolean {
  return !doc.getMap(META).has('id');
}

/** Makes the document hold `file` (only differences become operations). */
export function writeNotebookFile(doc: Y.Doc, file: NotebookFile, stamp: EditStamp): void {
  const isNew = isEmptyNotebookDoc(doc);
  const meta = doc.getMap<unknown>(META);
  for (const [key, value] of Object.entries(file as Record<string, unknown>)) {
    if (key === 'id' || key === 'name' || key === 'createdAt') setField(meta, key, value);
    else if (!KNOWN_FILE_KEYS.has(key)) setField(meta, `x:${key}`, value);
  }
  writeRecords(doc, doc.getMap<Y.Map<unknown>>(ACTORS), file.actors, 'actor', isNew, stamp);
  writeRecords(doc, doc.getMap<Y.Map<unknown>>(TAGS), file.tags, 'tag', isNew, stamp);
  const settings = doc.getMap<unknown>(SETTINGS);
  for (const key of [...settings.keys()]) if (!(key in file.settings)) settings.delete(key);
  for (const [key, value] of Object.entries(file.settings)) setField(settings, key, value);
  const removed = doc.getMap<unknown>(REMOVED);
  const wanted = new Map((file.removedActors ?? []).map((r) => [r.id, r]));
  for (const key of [...removed.keys()]) if (!wanted.has(key)) removed.delete(key);
  for (const [key, value] of wanted) setField(removed, key, value);
}

function writeRecords(doc: Y.Doc, records: Y.Map<Y.Map<unknown>>, list: readonly (Actor | Tag)[], target: 'actor' | 'tag', isNew: boolean, stamp: EditStamp): void {
  let next = 0;
  for (const map of records.values()) {
    const order = map.get(ORDER);
    if (typeof order === 'number' && order >= next) next = order + 1;
  }
  const seen = new Set<string>();
  for (const record of list) {
    seen.add(record.id);
    let map = records.get(record.id);
    const created = !map;
    if (!map) {
      map = new Y.Map<unknown>();
      records.set(record.id, map);
      map.set(ORDER, next++);
    }
    if (map.has(DELETED_AT)) {
      map.delete(DELETED_AT);
      logEdit(doc, stamp, { target, id: record.id, field: 'deleted', value: false });
    }
    for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
      if (setField(map, key, value) && !created && !isNew && key !== 'id') logEdit(doc, stamp, { target, id: record.id, field: key, value });
    }
    for (const key of [...map.keys()]) {
      if (key !== ORDER && key !== DELETED_AT && (record as Record<string, unknown>)[key] === undefined) map.delete(key);
    }
  }
  for (const [id, map] of records.entries()) {
    if (seen.has(id) || map.has(DELETED_AT)) continue;
    map.set(DELETED_AT, stamp.at);
    logEdit(doc, stamp, { target, id, field: 'deleted', value: true });
  }
}

/** The file the document holds, or null when it holds none. */
export function readNotebookFile(doc: Y.Doc, schemaVersion: number): NotebookFile | null {
  if (isEmptyNotebookDoc(doc)) return null;
  const meta = doc.getMap<unknown>(META);
  const file: Record<string, unknown> = {
    format: 'quotebook-notebook',
    schemaVersion,
    id: meta.get('id'),
    name: meta.get('name') ?? '',
    createdAt: meta.get('createdAt') ?? '',
    actors: readRecords(doc.getMap<Y.Map<unknown>>(ACTORS), ACTOR_ORDER),
    tags: readRecords(doc.getMap<Y.Map<unknown>>(TAGS), TAG_ORDER),
    settings: sortedObject(doc.getMap<unknown>(SETTINGS)),
  };
  const removed = [...doc.getMap<RemovedActor>(REMOVED).values()].sort((a, b) => compareStrings(a.removedAt, b.removedAt) || compareStrings(a.id, b.id));
  if (removed.length) file.removedActors = removed;
  const history = readHistory(doc);
  if (history.length) file.history = history;
  for (const [key, value] of [...meta.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    if (key.startsWith('x:')) file[key.slice(2)] = value;
  }
  return file as unknown as NotebookFile;
}

function readRecords<T>(records: Y.Map<Y.Map<unknown>>, fieldOrder: string[]): T[] {
  const live = [...records.entries()].filter(([, map]) => !map.has(DELETED_AT));
  live.sort(([ida, a], [idb, b]) => Number(a.get(ORDER) ?? 0) - Number(b.get(ORDER) ?? 0) || compareStrings(ida, idb));
  return live.map(([, map]) => {
    const out: Record<string, unknown> = {};
    const keys = [...map.keys()].filter((k) => k !== ORDER && k !== DELETED_AT);
    for (const key of [...fieldOrder.filter((k) => keys.includes(k)), ...keys.filter((k) => !fieldOrder.includes(k)).sort(compareStrings)]) out[key] = map.get(key);
    return out as T;
  });
}

function sortedObject(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...map.keys()].sort(compareStrings)) out[key] = map.get(key);
  return out;
}

/** Registers an article or note document so that other replicas fetch it. */
export function registerDoc(doc: Y.Doc, name: string, at: string): boolean {
  const registry = doc.getMap<unknown>(REGISTRY);
  if (registry.has(name)) return false;
  registry.set(name, at);
  return true;
}

/** Every registered document name. */
export function registeredDocs(doc: Y.Doc): string[] {
  return [...doc.getMap<unknown>(REGISTRY).keys()].sort(compareStrings);
}

/**
 * How quotes' actor links read, given the notebook as it is: an actor merged away points at its
 * survivor (following chains), a deleted one reads as no link, a live or unknown one as itself.
 */
export function actorRefsOf(file: NotebookFile | null): ActorRefs {
  if (!file?.removedActors?.length) return { resolve: (id) => id };
  const live = new Set(file.actors.map((a) => a.id));
  const removed = new Map(file.removedActors.map((r) => [r.id, r]));
  return {
    resolve(id) {
      let current = id;
      for (let hops = 0; hops < 64; hops++) {
        if (live.has(current)) return current;
        const entry = removed.get(current);
        if (!entry) return current;
        if (!entry.mergedInto) return null;
        current = entry.mergedInto;
      }
      return id;
    },
  };
}
