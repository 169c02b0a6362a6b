import { gazetteerStates, type GazetteerState } from './gazetteer';
import { nameKey } from './normaliseName';

const index = new Map<string, GazetteerState>();
for (const state of gazetteerStates) {
  for (const n of [state.name, state.capital, ...state.aliases]) if (n) index.set(nameKey(n), state);
}

/** The built-in state a mention names, by name, alias or capital ("Beijing" → China), if any. */
export function lookupGazetteer(mention: string): { state: GazetteerState; viaCapital: boolean } | null {
  const state = index.get(nameKey(mention));
  if (!state) return null;
  return { state, viaCapital: state.capital !== '' && nameKey(state.capital) === nameKey(mention) };
}

/** Built-in states whose name, alias or capital starts with what the user typed (for the "new actor" offer). */
export function searchGazetteer(typed: string, limit = 5): { state: GazetteerState; matched: string }[] {
  const key = nameKey(typed);
  if (key.length < 2) return [];
  const hits: { state: GazetteerState; matched: string; rank: number }[] = [];
  for (const state of gazetteerStates) {
    const names = [state.name, ...state.aliases, state.capital].filter(Boolean);
    const exact = names.find((n) => nameKey(n) === key);
    const prefix = exact ?? names.find((n) => nameKey(n).startsWith(key));
    if (prefix) hits.push({ state, matched: prefix, rank: exact ? 0 : 1 });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || a.state.name.localeCompare(b.state.name))
    .slice(0, limit)
    .map(({ state, matched }) => ({ state, matched }));
}
