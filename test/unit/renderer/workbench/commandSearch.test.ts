import { describe, expect, it } from 'vitest';
import { matchCommands, shortcutGroups } from '../../../../src/renderer/src/workbench/commandSearch';

const command = (id: string, title: string, group: string, shortcut?: string) => ({ id, title, group, ...(shortcut ? { shortcut } : {}) });
const all = [
  command('q', 'Mark the selection as a quote', 'Quotes', 'Q'),
  command('j', 'Select the next quote', 'Quotes', 'J'),
  command('t', 'New tag…', 'Tags'),
  command('s', 'Select the next sentence', 'Reading', 'Alt+↓'),
];

describe('command palette', () => {
  it('finds commands whose title or group has every typed word, in table order', () => {
    expect(matchCommands(all, 'next', () => true).map((c) => c.id)).toEqual(['j', 's']);
    expect(matchCommands(all, 'quotes sel', () => true).map((c) => c.id)).toEqual(['q', 'j']);
    expect(matchCommands(all, '', () => true)).toHaveLength(4);
  });

  it('finds a command by its keywords too, which no title shows', () => {
    const withHelp = [...all, { id: 'k', title: 'Show the keyboard shortcuts', group: 'General', keywords: 'help keys' }];
    expect(matchCommands(withHelp, 'help', () => true).map((c) => c.id)).toEqual(['k']);
    expect(matchCommands(all, 'help', () => true)).toEqual([]);
  });

  it('hides commands that do not apply now', () => {
    expect(matchCommands(all, '', (c) => c.group !== 'Quotes').map((c) => c.id)).toEqual(['t', 's']);
  });
});

describe('shortcut list', () => {
  it('groups the commands that have a key, keeping the table’s order', () => {
    expect(shortcutGroups(all).map((g) => [g.group, g.items.map((c) => c.shortcut)])).toEqual([
      ['Quotes', ['Q', 'J']],
      ['Reading', ['Alt+↓']],
    ]);
  });
});
