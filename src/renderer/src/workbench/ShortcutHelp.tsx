/**
 * The shortcut list (?): every command that has a key, grouped as in the command table, plus the
 * keys that work in any list or pane. Reads the command table only.
 */
import { commands } from './commands';
import { shortcutGroups } from './commandSearch';

/** Keys that are not commands of their own but work everywhere. */
const GENERAL: { title: string; shortcut: string }[] = [
  { title: 'Move to the next pane (Shift: previous)', shortcut: 'F6' },
  { title: 'Show or hide the library', shortcut: 'Ctrl+B' },
  { title: 'Show or hide the inspector', shortcut: 'Ctrl+Alt+B' },
  { title: 'Move in a list; open with Enter', shortcut: '↑ ↓ Enter' },
  { title: 'Close a menu, list or dialog', shortcut: 'Escape' },
];

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const forPlatform = (keys: string) => (isMac ? keys.replace(/Ctrl\+/g, '⌘').replace(/Alt\+/g, '⌥') : keys);

export function ShortcutHelp() {
  const grouped = shortcutGroups(commands);
  // The palette's own keys belong with the keys that work everywhere.
  const general = grouped.find((g) => g.group === 'General')?.items ?? [];
  const groups = [
    { group: 'Everywhere', items: [...general, ...GENERAL.map((g, i) => ({ ...g, id: `general.${i}` }))] },
    ...grouped.filter((g) => g.group !== 'General'),
  ];
  return (
    <div className="shortcut-help">
      {groups.map(({ group, items }) => (
        <section key={group} className="shortcut-help__group" aria-label={group}>
          <h3 className="shortcut-help__title">{group}</h3>
          <dl className="shortcut-help__list">
            {items.map((item) => (
              <div key={item.id} className="shortcut-help__row">
                <dt>
                  <kbd className="palette__key">{forPlatform(item.shortcut!)}</kbd>
                </dt>
                <dd>{item.title}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
