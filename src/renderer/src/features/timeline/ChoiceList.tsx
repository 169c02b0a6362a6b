/** A filterable list of checkboxes (actors or tags) for the timeline. */
import { useId, useState } from 'react';

export interface ChoiceListProps {
  legend: string;
  items: { id: string; label: string }[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}

/** At most this many can be charted at once (more bars than that cannot be told apart). */
const MAX = 8;

export function ChoiceList({ legend, items, chosen, onChange }: ChoiceListProps) {
  const [filter, setFilter] = useState('');
  const id = useId();
  const wanted = filter.trim().toLocaleLowerCase();
  const shown = items.filter((i) => chosen.includes(i.id) || i.label.toLocaleLowerCase().includes(wanted)).slice(0, 200);
  const full = chosen.length >= MAX;
  return (
    <fieldset className="timeline__choices">
      <legend>
        {legend} <span className="timeline__muted">({chosen.length} chosen)</span>
      </legend>
      <input id={id} className="timeline__filter" type="search" placeholder={`Filter ${legend.toLowerCase()}`} aria-label={`Filter ${legend.toLowerCase()}`} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <div className="timeline__checks">
        {shown.length === 0 && <p className="timeline__muted">None{items.length ? ' match' : ' yet'}.</p>}
        {shown.map((item) => {
          const on = chosen.includes(item.id);
          return (
            <label key={item.id} className="timeline__check">
              <input type="checkbox" checked={on} disabled={!on && full} onChange={() => onChange(on ? chosen.filter((c) => c !== item.id) : [...chosen, item.id])} /> {item.label}
            </label>
          );
        })}
      </div>
      {full && <p className="timeline__muted">{MAX} at most: untick one to choose another.</p>}
    </fieldset>
  );
}
