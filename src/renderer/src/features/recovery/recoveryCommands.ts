/** The recovery entries of the command table (palette and shortcut list). */
import type { Command } from '../../workbench/commands';
import { openRecoveryDialog } from './recoveryEvents';

const writable = (wb: Parameters<NonNullable<Command['available']>>[0]) => !(wb.info.value?.readOnly ?? false);

export const recoveryCommands: Command[] = [
  { id: 'notebook.restoreBackup', title: 'Restore from a backup…', group: 'Notebook', run: () => openRecoveryDialog('backups') },
  { id: 'notebook.trash', title: 'Deleted quotes (trash)…', group: 'Notebook', available: writable, run: () => openRecoveryDialog('trash') },
];
