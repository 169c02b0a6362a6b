/**
 * The navigator's Tags section: the analyst's codebook as a two-level tree (groups and their
 * tags), each with its colour and how many quotes carry it. A filter on top; "New tag" adds one
 * (type "group/name" to put it in a group). Enter or a click opens the tag's page.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag } from '../../../../shared/model';
import { orderCodebook } from '../../../../shared/tags/codebook';
import { EmptyState } from '../../ui/EmptyState';
import { IconPlus } from '../../ui/icons';
import { plural } from '../../ui/format';
import { onListboxKey } from '../../ui/listKeys';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { ownTint } from '../reader/quoteLooks';
import { createTag } from './tagActions';
import { onNewTagRequest } from './tagEvents';
import { useTagCounts } from './useTagCounts';
import { FilterBox } from '../../ui/FilterBox';

export function TagsSection() {
  const wb = useWorkbench();
  const { tags, active, openView } = wb;
  const all = tags.value;
  const counts = useTagCounts(all);
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const newInput = useRef<HTMLInputElement>(null);

  useEffect(() => onNewTagRequest(() => setAdding(true)), []);
  useEffect(() => {
    if (adding) newInput.current?.focus();
  }, [adding]);

  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const ordered = orderCodebook(all ?? []);
    if (!needle) return ordered;
    const hits = new Set(ordered.filter((t) => `${t.name} ${t.description}`.toLocaleLowerCase().includes(needle)).map((t) => t.id));
    // A matching child keeps its group visible, so the tree still reads as a tree.
    return ordered.filter((t) => hits.has(t.id) || (t.parentId === null && ordered.some((c) => c.parentId === t.id && hits.has(c.id))));
  }, [all, query]);
  const index = Math.max(0, shown.findIndex((t) => t.id === activeId));
  const openId = active?.kind === 'tag' ? active.id : null;
  const open = (id: string) => openView({ kind: 'tag', id });

  const add = async () => {
    const typed = name.trim();
    if (!typed) return setAdding(false);
    const parts = typed.split(/\s*(?:\/|›)\s*/u).filter(Boolean);
    let parentId: string | null = null;
    if (parts.length === 2) {
      const parent = (all ?? []).find((t) => t.parentId === null && t.name.toLocaleLowerCase() === parts[0]!.toLocaleLowerCase());
      parentId = parent?.id ?? (await createTag(wb, all ?? [], parts[0]!, null))?.id ?? null;
      if (!parentId) return;
    }
    const tag = await createTag(wb, all ?? [], parts[parts.length - 1] ?? typed, parentId);
    if (!tag) return;
    setName('');
    setAdding(false);
    open(tag.id);
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) =>
    onListboxKey(event, { index, count: shown.length, open: (i) => open(shown[i]!.id), moveTo: (i) => setActiveId(shown[i]!.id), list: list.current });

  const row = (tag: Tag, i: number) => (
    <li
      key={tag.id}
      className={`article-row tag-row${tag.parentId ? ' tag-row--child' : ''}`}
      role="option"
      aria-selected={tag.id === openId}
      tabIndex={i === index ? 0 : -1}
      data-tint={ownTint(tag)}
      onClick={() => open(tag.id)}
      onFocus={() => setActiveId(tag.id)}
      title={tag.description || undefined}
    >
      <span className="tag-row__name">
        <span className="tag-dot" aria-hidden="true" />
        <span className="tag-row__label">{tag.name}</span>
        {/* The indent shows nesting to the eye; a screen reader hears the group instead. */}
        {tag.parentId && <span className="visually-hidden">, in {all?.find((t) => t.id === tag.parentId)?.name ?? 'a group'}</span>}
      </span>
      <span className="tag-row__count">
        <span aria-hidden="true">{counts?.get(tag.id) ?? ''}</span>
        <span className="visually-hidden">, {plural(counts?.get(tag.id) ?? 0, 'quote')}</span>
      </span>
    </li>
  );

  return (
    <div className="pane-body">
      <header className="pane-header">
        <h1 className="pane-title">
          Tags
          {all && all.length > 0 && <span className="pane-title__count">{all.length.toLocaleString()}</span>}
        </h1>
        <button type="button" className="icon-button" aria-label="New tag" title="New tag" onClick={() => setAdding(true)}>
          <IconPlus />
        </button>
      </header>
      {adding && (
        <form
          className="new-tag"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <input
            ref={newInput}
            className="new-tag__input"
            aria-label="New tag name"
            placeholder="Name, or group/name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setAdding(false);
                setName('');
              }
            }}
          />
          <button type="submit" className="button button--small button--primary">
            Add
          </button>
        </form>
      )}
      {all && all.length > 0 && (
        <FilterBox value={query} onChange={setQuery} placeholder="Filter tags" listRef={list} onEnter={shown.length ? () => open(shown[0]!.id) : undefined} />
      )}
      <div className="pane-scroll">
        {all === undefined && <p className="pane-note">Loading…</p>}
        {all && all.length === 0 && !adding && (
          <EmptyState
            title="No tags yet"
            actions={
              <button type="button" className="button" onClick={() => setAdding(true)}>
                <IconPlus /> New tag
              </button>
            }
          >
            <p>Your codebook: tags you give quotes, such as “warning” or “threats/escalation”. You can also create them while tagging a quote.</p>
          </EmptyState>
        )}
        {all && all.length > 0 && shown.length === 0 && <EmptyState title="Nothing matches the filter" />}
        {shown.length > 0 && (
          <ul className="article-list tag-list" role="listbox" aria-label="Tags" onKeyDown={onListKey} ref={list}>
            {shown.map(row)}
          </ul>
        )}
      </div>
    </div>
  );
}

