/**
 * The navigator's Actors section: every actor with its role and quote counts, a filter that
 * understands names the way the app resolves them ("U.S." finds the United States, a surname finds
 * the person), sorting by name or by quotes, and the way to the new-actor form, the
 * who-said-what-about-whom view and the review of likely duplicates.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../../../shared/actors';
import type { Actor } from '../../../../shared/model';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { IconPlus } from '../../ui/icons';
import { onListboxKey } from '../../ui/listKeys';
import { usePersistentState } from '../../ui/usePersistentState';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { IconFlow } from './actorIcons';
import { actorRowDetail, actorTint } from './actorLabels';
import { useActorStats } from './useActorStats';
import { FilterBox } from '../../ui/FilterBox';

type Sort = 'name' | 'quotes';

/** "7 said", "10 about", "1 said · 1 about", "No quotes". */
function countLine(c: { said: number; about: number } | undefined): string {
  const parts = [c?.said ? `${c.said} said` : '', c?.about ? `${c.about} about` : ''].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No quotes';
}
const acceptSort = (v: unknown): Sort | null => (v === 'name' || v === 'quotes' ? v : null);

export function ActorsSection() {
  const { actors, active, openView } = useWorkbench();
  const { counts, duplicates } = useActorStats();
  const [query, setQuery] = useState('');
  const [sort, setSort] = usePersistentState<Sort>('actorsSort', 'name', acceptSort);
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const all = actors.value;
  const byId = useMemo(() => new Map((all ?? []).map((a) => [a.id, a])), [all]);

  const shown = useMemo(() => {
    const total = (a: Actor) => (counts?.[a.id]?.said ?? 0) + (counts?.[a.id]?.about ?? 0);
    const list = query.trim() ? searchActors(query, all ?? [], 500) : [...(all ?? [])];
    if (!query.trim() && sort === 'quotes') list.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
    return list;
  }, [all, query, sort, counts]);
  const index = Math.max(0, shown.findIndex((a) => a.id === activeId));
  const openId = active?.kind === 'actor' ? active.id : null;
  const open = (id: string) => openView({ kind: 'actor', id });

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) =>
    onListboxKey(event, { index, count: shown.length, open: (i) => open(shown[i]!.id), moveTo: (i) => setActiveId(shown[i]!.id), list: listRef.current });
  const pairs = duplicates?.filter((p) => byId.has(p.ids[0]) && byId.has(p.ids[1])).length ?? 0;
  return (
    <div className="pane-body">
      <header className="pane-header">
        <h1 className="pane-title">
          Actors
          {all && all.length > 0 && <span className="pane-title__count">{all.length.toLocaleString()}</span>}
        </h1>
        <button type="button" className="icon-button" onClick={() => openView({ kind: 'whoSaidWhat', id: 'notebook' })} aria-label="Who said what about whom" title="Who said what about whom">
          <IconFlow />
        </button>
        <button type="button" className="icon-button" onClick={() => open('new')} aria-label="New actor" title="New actor">
          <IconPlus />
        </button>
      </header>
      {all && all.length > 0 && (
        <>
          <FilterBox value={query} onChange={setQuery} placeholder="Filter by name, alias or role" label="Filter actors by name, alias or role" listRef={listRef} onEnter={shown.length ? () => open(shown[0]!.id) : undefined} />
          <div className="actors-toolbar">
            <div className="segmented segmented--small" role="radiogroup" aria-label="Sort actors">
              {(['name', 'quotes'] as const).map((s) => (
                <label key={s} className="segmented__option">
                  <input type="radio" name="actors-sort" checked={sort === s} onChange={() => setSort(s)} disabled={!!query.trim()} />
                  <span>{s === 'name' ? 'A–Z' : 'Most quoted'}</span>
                </label>
              ))}
            </div>
            {pairs > 0 && (
              <button type="button" className="link-button actors-toolbar__dups" onClick={() => openView({ kind: 'actorDuplicates', id: 'notebook' })}>
                {plural(pairs, 'likely duplicate')}
              </button>
            )}
          </div>
        </>
      )}
      <div className="pane-scroll">
        {all === undefined && <p className="pane-note">Loading…</p>}
        {all && all.length === 0 && (
          <EmptyState
            title="No actors yet"
            actions={
              <button type="button" className="button" onClick={() => open('new')}>
                <IconPlus /> New actor
              </button>
            }
          >
            <p>People, organisations and states that quotes are by or about. Add them here, or when you name the speaker of a quote.</p>
          </EmptyState>
        )}
        {all && all.length > 0 && shown.length === 0 && <EmptyState title="Nothing matches the filter" />}
        {shown.length > 0 && (
          <ul className="article-list" role="listbox" aria-label="Actors" onKeyDown={onListKey} ref={listRef}>
            {shown.map((actor, i) => {
              const c = counts?.[actor.id];
              return (
                <li
                  key={actor.id}
                  className="article-row actor-row"
                  role="option"
                  aria-selected={actor.id === openId}
                  tabIndex={i === index ? 0 : -1}
                  onClick={() => open(actor.id)}
                  onFocus={() => setActiveId(actor.id)}
                  data-tint={actorTint(actor)}
                >
                  <span className="article-row__title actor-row__title">
                    <span className="actor-swatch" aria-hidden="true" />
                    {actor.name}
                  </span>
                  <span className="article-row__meta">
                    <span className="article-row__source" title={actorRowDetail(actor, byId)}>
                      {actorRowDetail(actor, byId)}
                    </span>
                    <span className="article-row__count">{countLine(c)}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
