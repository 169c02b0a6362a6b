/**
 * The command palette (Ctrl/Cmd+K): type to find any command that applies now, ↑/↓ to move,
 * Enter to run, Escape to close. Reads the command table only (commands.ts).
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { nextIndex } from '../ui/listKeys';
import { commands, type Command } from './commands';
import { matchCommands } from './commandSearch';
import { useWorkbench } from './WorkbenchContext';

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const wb = useWorkbench();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => matchCommands(commands, query, (c) => !c.available || c.available(wb)), [query, wb]);
  const index = Math.min(active, Math.max(0, shown.length - 1));

  const run = (command: Command) => {
    onClose();
    // After the dialog has closed and given focus back, so the command acts where the analyst was.
    window.setTimeout(() => command.run(wb), 0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && shown[index]) {
      event.preventDefault();
      run(shown[index]!);
      return;
    }
    const next = nextIndex(event.key, index, shown.length, 8);
    if (next === null || event.key === 'Home' || event.key === 'End') return;
    event.preventDefault();
    setActive(next);
    list.current?.children[next]?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="palette">
      <input
        className="palette__input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown[index] ? `${id}-${shown[index]!.id}` : undefined}
        placeholder="Type a command…"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette__list" id={`${id}-list`} role="listbox" aria-label="Commands" ref={list}>
        {shown.map((command, i) => (
          <li
            key={command.id}
            id={`${id}-${command.id}`}
            role="option"
            aria-selected={i === index}
            className="palette__item"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command)}
            onMouseMove={() => i !== index && setActive(i)}
          >
            <span className="palette__title">{command.title}</span>
            <span className="palette__group">{command.group}</span>
            {command.shortcut && <kbd className="palette__key">{command.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="palette__empty">No command matches “{query}”.</p>}
    </div>
  );
}
