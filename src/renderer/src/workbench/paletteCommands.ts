/** The palette's own entries: open it, and show the shortcut list. */
import type { Command } from './commands';
import { openOverlay } from './commandLayer';

export const paletteCommands: Command[] = [
  { id: 'palette.open', title: 'Open the command palette', shortcut: 'Ctrl+K', group: 'General', run: () => openOverlay('palette') },
  { id: 'help.shortcuts', title: 'Show the keyboard shortcuts', shortcut: '?', group: 'General', keywords: 'help keys hotkeys', run: () => openOverlay('shortcuts') },
];
