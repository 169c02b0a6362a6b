/**
 * The search view (Ctrl/Cmd+Shift+F): one box, results grouped by article with the matched
 * words marked. ↑/↓ move through the results from the box, Enter opens one (the article scrolled
 * to the words, the quote selected, the note or the actor). A search can be saved to the navigator.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../shared/search/api';
import { unrankedNotice } from '../../../../shared/search/unrankedNotice';
import { api } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { nextIndex } from '../../ui/listKeys';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { groupHits, snippetRuns } from './groupHits';
import { openHit } from './openHit';
import { takeFocusRequest } from './searchFocus';
import { setSearchQuery, useSearchQuery } from './searchQuery';
import { savedSearchesChanged, useSearch } from './useSearch';

const LIMIT = 200;
const KIND_LABEL: Record<SearchHit['kind'], string> = { article: 'Text', quote: 'Quote', note: 'Note', actor: 'Actor' };

export function SearchView() {
  const wb = useWorkbench();
  const id = useId();
  const query = useSearchQuery();
  const { result, searching, answered } = useSearch(query, LIMIT);
  const [active, setActive] = useState(0);
  // Enter pressed before the results caught up with the typing: open the first once they have.
  const [openWhenAnswered, setOpenWhenAnswered] = useState(false);
  const [naming, setNaming] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => result?.hits ?? [], [result]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const index = Math.min(active, Math.max(0, ordered.length - 1));
  const optionId = (i: number) => `${id}-hit-${i}`;

  useEffect(() => {
    if (!openWhenAnswered || answered !== query) return;
    setOpenWhenAnswered(false);
    if (ordered[0]) openHit(wb, ordered[0]);
  }, [openWhenAnswered, answered, query, ordered, wb]);

  useEffect(() => {
    if (takeFocusRequest()) box.current?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && answered !== query) {
      event.preventDefault();
      setOpenWhenAnswered(true);
      return;
    }
    if (event.key === 'Enter' && ordered[index]) {
      event.preventDefault();
      openHit(wb, ordered[index]!);
      return;
    }
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setSearchQuery('');
      return;
    }
    const next = nextIndex(event.key, index, ordered.length, 8);
    if (next === null || event.key === 'Home' || event.key === 'End') return;
    event.preventDefault();
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };

  const save = async (name: string) => {
    const saved = await api.searchSave({ name: name.trim() || query, query });
    if (!saved.ok) return wb.reportError(saved.error);
    setNaming(null);
    savedSearchesChanged();
    wb.notify(`Saved “${saved.value.name}”: it is under Search in the navigator.`, 'info');
  };

  let position = -1;
  return (
    <div className="search-view">
      <div className="search-view__bar">
        <input
          id="search-box"
          ref={box}
          className="search-view__input"
          type="search"
          role="combobox"
          aria-label="Search the notebook"
          aria-expanded={ordered.length > 0}
          aria-controls={`${id}-results`}
          aria-activedescendant={ordered[index] ? optionId(index) : undefined}
          placeholder='Search: words, "a phrase", speaker:name, tag:name, after:2024 …'
          autoFocus
          value={query}
          onChange={(event) => {
            setSearchQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {naming === null ? (
          <button type="button" className="button button--small" disabled={!query.trim()} onClick={() => setNaming(query)}>
            Save search…
          </button>
        ) : (
          <form
            className="search-view__save"
            onSubmit={(event) => {
              event.preventDefault();
              void save(naming);
            }}
          >
            <input className="search-view__name" aria-label="Name of the saved search" value={naming} autoFocus onChange={(e) => setNaming(e.target.value)} />
            <button type="submit" className="button button--small button--primary">
              Save
            </button>
            <button type="button" className="button button--small" onClick={() => setNaming(null)}>
              Cancel
            </button>
          </form>
        )}
      </div>
      {result?.notices.map((notice) => (
        <p key={notice} className="search-view__notice" role="note">
          {notice}
        </p>
      ))}
      {result?.unranked && (
        <p className="search-view__notice" role="note">
          {unrankedNotice(result.unranked, hits.length)}
        </p>
      )}
      <p className="search-view__status" role="status">
        {!query.trim()
          ? ''
          : searching && !result
            ? 'Searching…'
            : result && `${plural(hits.length, 'result')}${result.unranked ? ' (the most recently added shown)' : hits.length === LIMIT ? ' (the best shown)' : ''}`}
      </p>
      {!query.trim() && (
        <EmptyState title="Search the whole notebook">
          <p>
            Words find articles, quotes, comments, notes and actors; <code>"…"</code> keeps words together, <code>aid*</code> finds words starting so,{' '}
            <code>speaker:</code>, <code>about:</code>, <code>tag:</code>, <code>outlet:</code>, <code>after:</code>, <code>before:</code> and <code>in:quotes</code> narrow it.
          </p>
        </EmptyState>
      )}
      {result && hits.length === 0 && query.trim() && <EmptyState title={`Nothing found for “${query}”`}>Try fewer words, or a word’s start with *.</EmptyState>}
      <div id={`${id}-results`} role="listbox" aria-label="Search results" className="search-results">
        {groups.map((group) => (
          <div key={group.key} role="group" className="search-group" aria-label={group.title || 'Untitled'}>
            <div className="search-group__title" aria-hidden="true">
              {group.title || 'Untitled'}
            </div>
            {group.hits.map((hit) => {
              position += 1;
              const i = position;
              const named = hit.kind !== 'article' && hit.kind !== 'quote';
              const runs = snippetRuns(hit).map((run, r) => (run.matched ? <mark key={r}>{run.text}</mark> : <span key={r}>{run.text}</span>));
              return (
                <div
                  key={`${hit.kind}:${hit.id}:${hit.at ?? 0}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === index}
                  className="search-hit"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setActive(i);
                    openHit(wb, hit);
                  }}
                >
                  <span className={`search-hit__kind search-hit__kind--${hit.kind}`}>{KIND_LABEL[hit.kind]}</span>
                  <span className="search-hit__snippet">
                    {/* A note or actor leads with its name; when the words found are that name ("China" in the actor China), once. */}
                    {named && hit.snippet === hit.title ? (
                      <strong className="search-hit__name">{runs}</strong>
                    ) : (
                      <>
                        {named && <strong className="search-hit__name">{hit.title} </strong>}
                        {runs}
                      </>
                    )}
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
