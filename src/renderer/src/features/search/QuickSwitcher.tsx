/**
 * The quick switcher (Ctrl/Cmd+P, or the palette): type part of any article's, note's, actor's or
 * tag's name (letters in order are enough), ↑/↓, Enter opens it. Names are folded once when the
 * lists load, so each keystroke is one pass over prepared strings and draws at most 50 rows.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { fuzzyQuery, fuzzyScore, fuzzyTarget, type FuzzyTarget } from '../../../../shared/search/fuzzy';
import { tagPath } from '../../../../shared/tags/codebook';
import { nextIndex } from '../../ui/listKeys';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';

const SHOWN = 50;
const KIND_LABEL = { article: 'Article', note: 'Note', actor: 'Actor', tag: 'Tag' } as const;

interface Entry {
  view: View;
  kind: keyof typeof KIND_LABEL;
  name: string;
  detail: string;
  targets: FuzzyTarget[];
}

function useEntries(): Entry[] {
  const { articles, notes, actors, tags } = useWorkbench();
  return useMemo(() => {
    const entries: Entry[] = [];
    for (const a of articles.value ?? []) {
      entries.push({ view: { kind: 'article', id: a.id }, kind: 'article', name: a.title || 'Untitled', detail: [a.source.outlet, a.source.publishedAt.slice(0, 10)].filter(Boolean).join(' · '), targets: [fuzzyTarget(a.title)] });
    }
    for (const n of notes.value ?? []) entries.push({ view: { kind: 'note', id: n.id }, kind: 'note', name: n.title || 'Untitled note', detail: '', targets: [fuzzyTarget(n.title)] });
    for (const a of actors.value ?? []) {
      entries.push({ view: { kind: 'actor', id: a.id }, kind: 'actor', name: a.name, detail: a.aliases.join(', '), targets: [a.name, ...a.aliases].map(fuzzyTarget) });
    }
    const all = tags.value ?? [];
    for (const t of all) entries.push({ view: { kind: 'tag', id: t.id }, kind: 'tag', name: tagPath(t, all), detail: '', targets: [fuzzyTarget(tagPath(t, all))] });
    return entries;
  }, [articles.value, notes.value, actors.value, tags.value]);
}

/** The best entries for what was typed (all kinds mixed, best first). */
function match(entries: readonly Entry[], typed: string): Entry[] {
  const query = fuzzyQuery(typed);
  if (!query) return entries.slice(0, SHOWN);
  const scored: { entry: Entry; score: number }[] = [];
  for (const entry of entries) {
    let best: number | null = null;
    for (const target of entry.targets) {
      const score = fuzzyScore(query, target);
      if (score !== null && (best === null || score > best)) best = score;
    }
    if (best !== null) scored.push({ entry, score: best });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, SHOWN).map((s) => s.entry);
}

export function QuickSwitcher({ onClose }: { onClose: () => void }) {
  const wb = useWorkbench();
  const id = useId();
  const entries = useEntries();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => match(entries, typed), [entries, typed]);
  const index = Math.min(active, Math.max(0, shown.length - 1));

  const open = (entry: Entry) => {
    onClose();
    wb.openView(entry.view);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && shown[index]) {
      event.preventDefault();
      open(shown[index]!);
      return;
    }
    const next = nextIndex(event.key, index, shown.length, 8);
    if (next === null || event.key === 'Home' || event.key === 'End') return;
    event.preventDefault();
    setActive(next);
    list.current?.children[next]?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="palette switcher">
      <input
        className="palette__input"
        role="combobox"
        aria-label="Go to"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown[index] ? `${id}-${index}` : undefined}
        placeholder="Go to an article, note, actor or tag…"
        autoFocus
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette__list" id={`${id}-list`} role="listbox" aria-label="Places" ref={list}>
        {shown.map((entry, i) => (
          <li
            key={`${entry.view.kind}:${entry.view.id}`}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === index}
            className="palette__item"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => open(entry)}
            onMouseMove={() => i !== index && setActive(i)}
          >
            <span className="palette__title">
              {entry.name}
              {entry.detail && <span className="switcher__detail"> {entry.detail}</span>}
            </span>
            <span className="palette__group">{KIND_LABEL[entry.kind]}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="palette__empty">Nothing is called “{typed}”. Ctrl+Shift+F searches the words inside.</p>}
    </div>
  );
}
