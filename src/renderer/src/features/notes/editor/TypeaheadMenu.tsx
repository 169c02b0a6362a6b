/**
 * The pop-up list under the caret for "/quote" and "@": a listbox whose items follow the
 * highlighted index that Lexical's typeahead keeps (↑ ↓ move, Enter or Tab picks, Escape closes).
 */
import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';

export interface TypeaheadMenuProps<T extends MenuOption> {
  anchor: RefObject<HTMLElement | null>;
  label: string;
  options: T[];
  selectedIndex: number | null;
  select: (option: T) => void;
  highlight: (index: number) => void;
  renderOption: (option: T) => ReactNode;
  /** Shown when there are no options (e.g. "No quotes match"). */
  empty: ReactNode;
  footer?: ReactNode;
}

export function TypeaheadMenu<T extends MenuOption>({ anchor, label, options, selectedIndex, select, highlight, renderOption, empty, footer }: TypeaheadMenuProps<T>) {
  if (!anchor.current) return null;
  return createPortal(
    <div className="note-typeahead" role="presentation">
      {options.length === 0 ? (
        <p className="note-typeahead__empty">{empty}</p>
      ) : (
        <ul className="note-typeahead__list" role="listbox" aria-label={label}>
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`typeahead-item-${index}`}
              ref={(element) => option.setRefElement(element)}
              role="option"
              aria-selected={selectedIndex === index}
              className="note-typeahead__item"
              onMouseEnter={() => highlight(index)}
              onMouseDown={(event) => event.preventDefault()} // keep the caret in the editor
              onClick={() => {
                highlight(index);
                select(option);
              }}
            >
              {renderOption(option)}
            </li>
          ))}
        </ul>
      )}
      {footer && <p className="note-typeahead__footer">{footer}</p>}
    </div>,
    anchor.current,
  );
}
