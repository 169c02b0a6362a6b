/** The actor page's filter bar: one tag (of those on the actor's quotes) and a date range. */
import { useId } from 'react';
import type { Tag } from '../../../../shared/model';

export interface Filters {
  tagId: string;
  /** "YYYY-MM-DD" or "" (open). */
  from: string;
  to: string;
}

export interface ActorFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Tags on the actor's quotes, most used first. */
  tags: readonly { id: string; count: number }[];
  tagsById: ReadonlyMap<string, Tag>;
}

export function ActorFilters({ filters, onChange, tags, tagsById }: ActorFiltersProps) {
  const id = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active = filters.tagId !== '' || filters.from !== '' || filters.to !== '';
  const tagName = (tagId: string) => {
    const tag = tagsById.get(tagId);
    if (!tag) return 'Deleted tag';
    const parent = tag.parentId ? tagsById.get(tag.parentId) : undefined;
    return parent ? `${parent.name} › ${tag.name}` : tag.name;
  };
  return (
    <div className="actor-filters" role="group" aria-label="Filter quotes">
      <label className="actor-filters__field">
        <span className="field__label">Tag</span>
        <select className="field__input field__input--compact" value={filters.tagId} onChange={(e) => set({ tagId: e.target.value })} disabled={tags.length === 0 && !filters.tagId}>
          <option value="">{tags.length ? 'Any tag' : 'No tags yet'}</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {tagName(t.id)} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label className="actor-filters__field" htmlFor={`${id}-from`}>
        <span className="field__label">From</span>
        <input id={`${id}-from`} type="date" className="field__input field__input--compact" value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="actor-filters__field" htmlFor={`${id}-to`}>
        <span className="field__label">To</span>
        <input id={`${id}-to`} type="date" className="field__input field__input--compact" value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      {active && (
        <button type="button" className="button button--small actor-filters__clear" onClick={() => onChange({ tagId: '', from: '', to: '' })}>
          Clear filters
        </button>
      )}
      <span className="actor-filters__hint">Dates are the articles’ publication dates (or when they were added).</span>
    </div>
  );
}
