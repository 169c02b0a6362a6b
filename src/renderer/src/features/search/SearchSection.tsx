/**
 * The navigator's Search section: a way into the search view, and the saved searches — each with
 * how many results it has now, counted again whenever the notebook changes. A click runs it.
 */
import { useEffect, useState } from 'react';
import type { SavedSearch } from '../../../../shared/search/api';
import { api } from '../../api';
import { IconClose, IconSearch } from '../../ui/icons';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { SEARCH_VIEW, setSearchQuery, useSearchQuery } from './searchQuery';
import { focusSearchBox } from './searchFocus';
import { onSavedSearchesChanged, savedSearchesChanged } from './useSearch';

const COUNT_LIMIT = 1000;

/** How many results each saved search has, run again when the notebook's lists reload. */
function useCounts(saved: readonly SavedSearch[] | undefined): Record<string, number> {
  const wb = useWorkbench();
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    let stale = false;
    void Promise.all((saved ?? []).map(async (s) => [s.id, await api.searchQuery({ query: s.query, limit: COUNT_LIMIT })] as const)).then((answers) => {
      if (stale) return;
      setCounts(Object.fromEntries(answers.flatMap(([id, r]) => (r.ok ? [[id, r.value.hits.length]] : []))));
    });
    return () => {
      stale = true;
    };
  }, [saved, wb.articles.value, wb.notes.value, wb.actors.value, wb.tags.value]);
  return counts;
}

export function SearchSection() {
  const wb = useWorkbench();
  const current = useSearchQuery();
  const saved = useResult(() => api.searchSaved({}), [], wb.reportError);
  useEffect(() => onSavedSearchesChanged(saved.reload), [saved.reload]);
  const counts = useCounts(saved.value);

  const run = (query: string) => {
    setSearchQuery(query);
    wb.openView(SEARCH_VIEW);
    focusSearchBox();
  };
  const remove = async (search: SavedSearch) => {
    const done = await api.searchDeleteSaved({ id: search.id });
    if (!done.ok) return wb.reportError(done.error);
    savedSearchesChanged();
    wb.notify(`“${search.name}” is no longer saved.`, 'info', {
      label: 'Undo',
      run: () => void api.searchSave({ name: search.name, query: search.query }).then(savedSearchesChanged),
    });
  };

  return (
    <div className="search-section">
      <button type="button" className="button search-section__open" onClick={() => run(current)} title="Search the notebook (Ctrl+Shift+F)">
        <IconSearch />
        Search the notebook…
      </button>
      <button type="button" className="button search-section__open" onClick={() => wb.openView({ kind: 'codeTable', id: 'notebook' })}>
        Code tables…
      </button>
      <h3 className="search-section__title">Saved searches</h3>
      {saved.value && saved.value.length === 0 && <p className="search-section__empty">None yet. Search, then choose “Save search…”.</p>}
      <ul className="search-section__list" aria-label="Saved searches">
        {(saved.value ?? []).map((s) => (
          <li key={s.id} className="saved-search">
            <button type="button" className="saved-search__run" onClick={() => run(s.query)} title={s.query}>
              <span className="saved-search__name">{s.name}</span>
              <span className="saved-search__count" aria-label={`${counts[s.id] ?? 0} results`}>
                {counts[s.id] === undefined ? '…' : counts[s.id] === COUNT_LIMIT ? `${COUNT_LIMIT}+` : counts[s.id]}
              </span>
            </button>
            <button type="button" className="icon-button saved-search__delete" aria-label={`Forget the saved search ${s.name}`} onClick={() => void remove(s)}>
              <IconClose />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
