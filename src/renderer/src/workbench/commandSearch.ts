/** Finding commands for the palette and grouping shortcuts for the help list (pure, tested without a DOM). */

/** What searching needs of a command (see commands.ts). */
interface Searchable {
  title: string;
  group: string;
  shortcut?: string;
  /** Other words an analyst may type for it ("help" for the shortcut list). */
  keywords?: string;
}

/** Commands whose title, group or keywords contain every typed word, available ones only, in table order. */
export function matchCommands<C extends Searchable>(all: readonly C[], query: string, isAvailable: (command: C) => boolean): C[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return all.filter((command) => {
    if (!isAvailable(command)) return false;
    const haystack = `${command.title} ${command.group} ${command.keywords ?? ''}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The commands with a shortcut, grouped in the order groups first appear. */
export function shortcutGroups<C extends Searchable>(all: readonly C[]): { group: string; items: C[] }[] {
  const groups = new Map<string, C[]>();
  for (const command of all) {
    if (!command.shortcut) continue;
    groups.set(command.group, [...(groups.get(command.group) ?? []), command]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
