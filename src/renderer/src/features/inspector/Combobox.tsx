/**
 * A text field with a list of choices under it (the ARIA combobox pattern): typing filters, ↑/↓
 * open and move through the choices, Enter picks, Escape closes the list and leaves the field. Used by the speaker, about and
 * tag pickers, which decide what the choices are and what picking one does.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { nextIndex } from '../../ui/listKeys';

export interface ComboboxProps<T> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /**
   * The choices; or a function giving them, called only while the list is open (ranking an
   * article's names for the actor pickers costs every J and Q a few ms that a closed list never shows).
   */
  options: readonly T[] | (() => readonly T[]);
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onPick: (option: T) => void;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** For a field of chips: Backspace in the empty input removes the last chip. */
  onRemoveLast?: () => void;
  onFocus?: () => void;
  onBlur?: () => void;
  /** Shown in the list when nothing matches. */
  empty?: ReactNode;
  describedBy?: string;
  /** The input's id, so a visible <label htmlFor> can name it. */
  inputId?: string;
  /** Opens the list as soon as the field gets the focus (for a field focused in order to choose). */
  openOnFocus?: boolean;
}

export function Combobox<T>(props: ComboboxProps<T>) {
  const { label, value, onValueChange, optionKey, renderOption, onPick, placeholder, inputRef, empty } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const given = props.options;
  const options = useMemo(() => (typeof given === 'function' ? (open ? given() : []) : given), [given, open]);
  const [active, setActive] = useState(0);
  const index = Math.min(active, options.length - 1);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const box = useRef<HTMLDivElement>(null);
  const place = usePopupPlacement(box, open);

  const pick = (option: T) => {
    onPick(option);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && value === '' && props.onRemoveLast) {
      event.preventDefault();
      props.onRemoveLast();
      return;
    }
    if (event.key === 'Escape') {
      // Escape leaves the field as well as closing its list: the keys that follow (J, K, Q) are
      // the app's shortcuts again, not letters typed into a search for a tag or an actor. With the
      // list closed already it goes on to whatever Escape means around the field.
      if (!open) {
        event.currentTarget.blur();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      event.currentTarget.blur();
      return;
    }
    if (event.key === 'Enter' && open && options[index]) {
      event.preventDefault();
      pick(options[index]!);
      return;
    }
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (!open) return setOpen(true);
    const next = nextIndex(event.key, index, options.length);
    if (next !== null) setActive(next);
  };

  const showList = open && options.length > 0;
  return (
    <div className="combobox" ref={box}>
      <input
        ref={inputRef}
        id={props.inputId}
        className="combobox__input"
        role="combobox"
        aria-label={props.inputId ? undefined : label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && options[index] ? optionId(index) : undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        // Unless `openOnFocus`, the list opens on typing, ↓ or a click, not when the field merely
        // gets the focus (after Q, or by Tab): an open list covers the fields below it, and the
        // analyst may be passing by.
        onFocus={() => {
          if (props.openOnFocus) setOpen(true);
          props.onFocus?.();
        }}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          props.onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} className="combobox__list" role="listbox" aria-label={label} style={place}>
          {options.map((option, i) => (
            <li
              key={optionKey(option)}
              id={optionId(i)}
              role="option"
              aria-selected={i === index}
              className="combobox__option"
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseMove={() => i !== index && setActive(i)}
            >
              {renderOption(option)}
            </li>
          ))}
        </ul>
      )}
      {open && options.length === 0 && empty && (
        <p className="combobox__list combobox__empty" style={place}>
          {empty}
        </p>
      )}
    </div>
  );
}

/**
 * Where the list goes: fixed to the viewport under the field (the field's whole box when it sits
 * in a chip field), so a scrolling pane cannot clip it; above the field when there is no room below.
 */
function usePopupPlacement(box: React.RefObject<HTMLDivElement | null>, open: boolean): CSSProperties | undefined {
  const [style, setStyle] = useState<CSSProperties>();
  useLayoutEffect(() => {
    if (!open) return;
    const update = () => {
      const anchor = box.current?.closest('.chip-field') ?? box.current;
      if (!anchor) return;
      const rect = anchor.getBoundingClientRect();
      const width = Math.max(rect.width, 300);
      const left = Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8));
      const below = window.innerHeight - rect.bottom;
      const maxHeight = Math.min(280, Math.max(below, rect.top) - 16);
      setStyle(
        below >= 180 || below >= rect.top
          ? { position: 'fixed', left, top: rect.bottom + 4, width, maxHeight }
          : { position: 'fixed', left, bottom: window.innerHeight - rect.top + 4, width, maxHeight },
      );
    };
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [box, open]);
  return style;
}
