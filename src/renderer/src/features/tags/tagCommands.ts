/** The codebook's entries in the command palette. */
import type { Command } from '../../workbench/commands';
import { requestNewTag } from './tagEvents';

export const tagCommands: Command[] = [{ id: 'tags.new', title: 'New tag…', group: 'Tags', run: () => requestNewTag() }];
