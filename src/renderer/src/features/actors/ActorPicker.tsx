/**
 * Choosing an actor by typing: a combobox over the notebook's actors, matched by name, alias,
 * surname or role with the same `searchActors` the CLI and the suggester use. Arrow keys move,
 * Enter picks, Escape closes. Used for affiliations and merge targets.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../../../shared/actors';
import type { Actor } from '../../../../shared/model';
import { IconClose } from '../../ui/icons';
import { nextIndex } from '../../ui/listKeys';
import { actorRowDetail, actorTint } from './actorLabels';

export interface ActorPickerProps {
  label: string;
  actors: readonly Actor[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** Actors that may not be chosen (the actor itself, for an affiliation). */
  exclude?: readonly string[];
  /** Shown first, before anything is typed (e.g. likely duplicates). */
  preferred?: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
}

export function ActorPicker({ label, actors, value, onChange, exclude = [], preferred = [], placeholder, autoFocus }: ActorPickerProps) {
  const id = useId();
  const chosen = actors.find((a) => a.id === value) ?? null;
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = text ?? chosen?.name ?? '';
  const byId = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);

  const options = useMemo(() => {
    const allowed = actors.filter((a) => !exclude.includes(a.id));
    if (text === null || !text.trim()) {
      const first = preferred.map((p) => allowed.find((a) => a.id === p)).filter((a): a is Actor => !!a);
      return [...first, ...allowed.filter((a) => !preferred.includes(a.id))].slice(0, 50);
    }
    return searchActors(text, allowed, 12);
  }, [actors, exclude, preferred, text]);

  const pick = (actor: Actor | null) => {
    onChange(actor?.id ?? null);
    setText(null);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation(); // close the list, not the dialog around it
      setOpen(false);
      setText(null);
      return;
    }
    if (event.key === 'Enter' && open) {
      event.preventDefault();
      if (options[active]) pick(options[active]!);
      return;
    }
    const next = nextIndex(event.key, open ? active : -1, options.length, 5);
    if (next === null || event.key === 'Home' || event.key === 'End') return;
    event.preventDefault();
    setOpen(true);
    setActive(next);
  };

  const listId = `${id}-list`;
  return (
    <div className="actor-picker">
      <label className="field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="actor-picker__box">
        <input
          id={`${id}-input`}
          className="field__input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-${options[active]!.id}` : undefined}
          autoComplete="off"
          placeholder={placeholder ?? 'Type a name, alias or role'}
          value={typed}
          autoFocus={autoFocus}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          // Opens on a click or ↓, not on focus: a dialog that focuses the picker keeps its text readable.
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setText(null);
          }}
          onKeyDown={onKeyDown}
        />
        {chosen && (
          <button type="button" className="icon-button actor-picker__clear" aria-label={`Clear ${label.toLocaleLowerCase()}`} onClick={() => pick(null)}>
            <IconClose />
          </button>
        )}
      </div>
      {open && options.length > 0 && (
        <ul id={listId} className="actor-picker__list" role="listbox" aria-label={label}>
          {options.map((actor, i) => (
            <li
              key={actor.id}
              id={`${id}-${actor.id}`}
              role="option"
              aria-selected={i === active}
              className="actor-picker__option"
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(actor);
              }}
            >
              <span className="actor-swatch" data-tint={actorTint(actor)} aria-hidden="true" />
              <span className="actor-picker__name">{actor.name}</span>
              <span className="actor-picker__kind" title={actorRowDetail(actor, byId)}>
                {actorRowDetail(actor, byId)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && options.length === 0 && typed.trim() && <p className="actor-picker__none">No actor matches “{typed.trim()}”.</p>}
    </div>
  );
}
