import { gazetteerStates, type GazetteerState } from './gazetteer';
import { nameKey } from './normaliseName';

const index = new Map<string, GazetteerState>();
for (const state of gazetteerStates) {
  for (const n of [state.name, state.capital, ...state.aliases]) index.set(nameKey(n), state);
}

/** The built-in state a mention names, by name, alias or capital ("Beijing" → China), if any. */
export function lookupGazetteer(mention: string): { state: GazetteerState; viaCapital: boolean } | null {
  const state = index.get(nameKey(mention));
  if (!state) return null;
  return { state, viaCapital: nameKey(state.capital) === nameKey(mention) };
}
