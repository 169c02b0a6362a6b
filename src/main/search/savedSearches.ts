/**
 * Saved searches are kept in notebook.json (settings.savedSearches), so they travel with the
 * notebook — to another machine, a teammate, a backup — unlike the index, which is a cache.
 */
import type { NotebookSession } from '../services/session';
import { readSavedSearches, type SavedSearch } from '../../shared/search/api';
import { newId } from '../services/ids';

const KEY = 'savedSearches';

export function listSavedSearches(session: NotebookSession): SavedSearch[] {
  return readSavedSearches(session.store.notebook().settings[KEY]);
}

/** Saves a search under a name; a search saved again under the same name replaces the old one. */
export async function saveSearch(session: NotebookSession, input: { name: string; query: string }): Promise<SavedSearch> {
  let saved: SavedSearch | undefined;
  await session.store.updateNotebook((draft) => {
    const list = readSavedSearches(draft.settings[KEY]);
    const same = list.find((s) => s.name.toLocaleLowerCase() === input.name.toLocaleLowerCase());
    saved = { id: same?.id ?? newId('srch'), name: input.name, query: input.query };
    draft.settings[KEY] = same ? list.map((s) => (s.id === same.id ? saved! : s)) : [...list, saved];
  });
  return saved!;
}

export async function deleteSavedSearch(session: NotebookSession, id: string): Promise<{ id: string }> {
  await session.store.updateNotebook((draft) => {
    draft.settings[KEY] = readSavedSearches(draft.settings[KEY]).filter((s) => s.id !== id);
  });
  return { id };
}
