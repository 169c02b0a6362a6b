/**
 * The quick switcher (Ctrl/Cmd+P, or the palette): type part of any article's, note's, actor's or
 * tag's name (letters in order are enough), ↑/↓, Enter opens it. Names are folded once when the
 * lists load (and kept while they do not change, so opening the switcher again costs nothing); a
 * keystroke tests only what the previous query matched (FuzzyRanker) and ranks at most 50 places.
 *
 * Each keystroke must be painted within 16 ms (issue 13), and a trace showed the browser's own
 * work, not the ranking, is what costs: every change of the matches removed and re-created all 50
 * rows (style for ~200 elements, layout of ~400 boxes, text shaping). So only the rows in view
 * (and a few past it) are in the page, each at one fixed height; they are keyed by their place in
 * the list, so a keystroke rewrites the text of the same few rows instead of replacing them; and
 * the list is a contained box of a known height (search.css), so its changes stay inside it.
 */
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactElement } from 'react';
import { FuzzyRanker } from '../../../../shared/search/fuzzy';
import { tagPath } from '../../../../shared/tags/codebook';
import { nextIndex } from '../../ui/listKeys';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';

const SHOWN = 50;
/** One row's height and the list's own padding, px; search.css holds the same figures. */
const ROW = 36;
const PAD = 6;
/** Rows rendered beyond each edge of the view, so a short scroll does not show a gap. */
const OVERSCAN = 3;
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
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => ranker.rank(typed, SHOWN), [ranker, typed]);
  const index = Math.min(active, Math.max(0, shown.length - 1));
  // The list's scroll position and height (in px), which decide the rows that are drawn.
  const [scrollTop, setScrollTop] = useState(0);
  // The list is at most half the window high (search.css): taken from the window, not measured,
  // so a change in the number of matches never costs a second layout in the same frame.
  const [viewHeight, setViewHeight] = useState(() => window.innerHeight / 2);
  useEffect(() => {
    const onResize = () => setViewHeight(window.innerHeight / 2);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const first = Math.max(0, Math.floor((scrollTop - PAD) / ROW) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + viewHeight - PAD) / ROW) + OVERSCAN);

  /** Scrolls just enough for row `row` to be in view, and draws the rows there in this same update. */
  const scrollToRow = (row: number) => {
    const element = scroller.current;
    if (!element) return;
    const top = PAD + row * ROW;
    let to = element.scrollTop;
    if (top < to) to = top - PAD;
    else if (top + ROW > to + element.clientHeight) to = top + ROW + PAD - element.clientHeight;
    element.scrollTop = to;
    setScrollTop(element.scrollTop);
  };

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
    scrollToRow(next);
  };
  const rows: ReactElement[] = [];
  for (let i = first; i < last; i++) {
    const entry = shown[i]!;
    rows.push(
      // Keyed by place, not by entry: a keystroke then rewrites these rows' text in place.
      <li
        key={i}
        id={`${id}-${i}`}
        role="option"
        aria-selected={i === index}
        aria-setsize={shown.length}
        aria-posinset={i + 1}
        className="palette__item switcher__item"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => open(entry)}
        onMouseMove={() => i !== index && setActive(i)}
      >
        <span className="palette__title switcher__title">
          {entry.name}
          {/* Always there (empty for notes and tags), so rows keep one shape from keystroke to keystroke. */}
          <span className="switcher__detail">{entry.detail && ` ${entry.detail}`}</span>
        </span>
        <span className="palette__group">{KIND_LABEL[entry.kind]}</span>
      </li>,
    );
  }
  // The rows above and below the drawn ones are stood in for by padding, so the scroll bar stays true.
  const listStyle = { paddingTop: first * ROW, paddingBottom: (shown.length - last) * ROW };

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
        spellCheck={false}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
          // New matches start at the top.
          if (scroller.current) scroller.current.scrollTop = 0;
          setScrollTop(0);
        }}
        onKeyDown={onKeyDown}
      />
      {/* data-query: what the rows shown are for (the benchmark waits for it to catch up with the box). */}
      {/* The listbox is the scrolling box (the combobox's popup); the list inside only holds the rows and the padding standing in for the rest. */}
      <div
        className="switcher__scroller"
        id={`${id}-list`}
        role="listbox"
        aria-label="Places"
        data-query={typed}
        ref={scroller}
        style={{ '--switcher-rows': shown.length } as CSSProperties}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <ul className="switcher__list" role="none" style={listStyle}>
          {rows}
        </ul>
      </div>
      {shown.length === 0 && <p className="palette__empty">Nothing is called “{typed}”. Ctrl+Shift+F searches the words inside.</p>}
    </div>
  );
}
