/**
 * Memoised name keys and gazetteer look-ups. Normalising a name (NFKD, accent and punctuation
 * stripping) is the suggester's most frequent operation; articles repeat the same few hundred
 * words, so a small cache makes it nearly free. The cache is bounded so a long-running process
 * cannot grow it without limit.
 */
import { lookupGazetteer } from '../actors/lookupGazetteer';
import { nameKey } from '../actors/normaliseName';

const LIMIT = 20_000;
const keys = new Map<string, string>();
const places = new Map<string, ReturnType<typeof lookupGazetteer>>();

/** `nameKey`, memoised. */
export function key(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    if (keys.size >= LIMIT) keys.clear();
    k = nameKey(name);
    keys.set(name, k);
  }
  return k;
}

/** `lookupGazetteer`, memoised. */
export function gazetteer(name: string): ReturnType<typeof lookupGazetteer> {
  let hit = places.get(name);
  if (hit === undefined) {
    if (places.size >= LIMIT) places.clear();
    hit = lookupGazetteer(name);
    places.set(name, hit);
  }
  return hit;
}
