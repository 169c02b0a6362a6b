/**
 * The quick switcher (Ctrl/Cmd+P, or the palette): type part of any article's, note's, actor's or
 * tag's name (letters in order are enough), ↑/↓, Enter opens it. Names are folded once when the
 * lists load (and kept while they do not change, so opening the switcher again costs nothing); a
 * keystroke tests only what the previous query matched (FuzzyRanker) and draws at most 50 rows.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { FuzzyRanker } from '../../../../shared/search/fuzzy';
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
  /** The names it is found by. */
  names: string[];
}

type Lists = Pick<ReturnType<typeof useWorkbench>, 'articles' | 'notes' | 'actors' | 'tags'>;
/** The ranker of the lists as they were last prepared: reused while the same lists are loaded. */
let prepared: { from: unknown[]; ranker: FuzzyRanker<Entry> } | null = null;

function entriesOf({ articles, notes, actors, tags }: Lists): Entry[] {
  const entries: Entry[] = [];
  for (const a of articles.value ?? []) {
    entries.push({ view: { kind: 'article', id: a.id }, kind: 'article', name: a.title || 'Untitled', detail: [a.source.outlet, a.source.publishedAt.slice(0, 10)].filter(Boolean).join(' · '), names: [a.title] });
  }
  for (const n of notes.value ?? []) entries.push({ view: { kind: 'note', id: n.id }, kind: 'note', name: n.title || 'Untitled note', detail: '', names: [n.title] });
  for (const a of actors.value ?? []) entries.push({ view: { kind: 'actor', id: a.id }, kind: 'actor', name: a.name, detail: a.aliases.join(', '), names: [a.name, ...a.aliases] });
  const all = tags.value ?? [];
  for (const t of all) entries.push({ view: { kind: 'tag', id: t.id }, kind: 'tag', name: tagPath(t, all), detail: '', names: [tagPath(t, all)] });
  return entries;
}

function useRanker(): FuzzyRanker<Entry> {
  const { articles, notes, actors, tags } = useWorkbench();
  // Keyed by the lists' values (what the entries are made of), not the holders around them.
  return useMemo(() => {
    const from = [articles.value, notes.value, actors.value, tags.value];
    if (!prepared || prepared.from.some((list, i) => list !== from[i])) {
      prepared = { from, ranker: new FuzzyRanker(entriesOf({ articles, notes, actors, tags }), (e) => e.names) };
    }
    return prepared.ranker;
  }, [articles.value, notes.value, actors.value, tags.value]);
}

export function QuickSwitcher({ onClose }: { onClose: () => void }) {
  const wb = useWorkbench();
  const id = useId();
  const ranker = useRanker();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => ranker.rank(typed, SHOWN), [ranker, typed]);
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
      {/* data-query: what the rows shown are for (the benchmark waits for it to catch up with the box). */}
      <ul className="palette__list" id={`${id}-list`} role="listbox" aria-label="Places" ref={list} data-query={typed}>
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
