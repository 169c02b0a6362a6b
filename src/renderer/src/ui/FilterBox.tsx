/**
 * The search field on top of a list: ↓ moves into the list, Enter opens the first match, Escape
 * clears, and a clear button appears once something is typed. Every list in the app uses it, so
 * the keys work the same everywhere.
 */
import type { KeyboardEvent, Ref, RefObject } from 'react';
import { IconClose, IconSearch } from './icons';

export interface FilterBoxProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** The accessible name, when the placeholder alone would be too short. */
  label?: string;
  /** The list the filter drives: ↓ focuses its focusable option. */
  listRef?: RefObject<HTMLElement | null>;
  /** Enter: open the first match. */
  onEnter?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Whether F6 (focus the next pane) lands here. */
  paneFocus?: boolean;
}

export function FilterBox({ value, onChange, placeholder, label, listRef, onEnter, inputRef, paneFocus = true }: FilterBoxProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && listRef?.current) {
      const option = listRef.current.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
      if (!option) return;
      event.preventDefault();
      option.focus();
    } else if (event.key === 'Enter' && onEnter) {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'Escape' && value) {
      event.preventDefault();
      onChange('');
    }
  };
  return (
    <div className="filter-box">
      <IconSearch />
      <input
        ref={inputRef}
        type="search"
        className="filter-box__input"
        placeholder={placeholder}
        aria-label={label ?? placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        data-pane-focus={paneFocus || undefined}
      />
      {value && (
        <button type="button" className="icon-button filter-box__clear" aria-label="Clear the filter" onClick={() => onChange('')}>
          <IconClose />
        </button>
      )}
    </div>
  );
}
