/** Import entries for the command palette and the shortcut list. */
import type { Command } from '../../workbench/commands';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { requestArticleAction } from '../library/articleEvents';
import { requestImport } from './importEvents';

const PASTE_NEW = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⇧⌘V' : 'Ctrl+Shift+V';

const articleOpen = (wb: Workbench) => wb.active?.kind === 'article';

export const importCommands: Command[] = [
  { id: 'articles.import', title: 'Import articles…', group: 'Articles', keywords: 'add open files', run: () => requestImport('files') },
  { id: 'articles.paste', title: 'Paste as a new article', shortcut: PASTE_NEW, group: 'Articles', run: () => requestImport('paste') },
  { id: 'articles.sample', title: 'Open the sample article', group: 'Articles', run: () => requestImport('sample') },
  { id: 'articles.details', title: 'Edit the open article’s details…', group: 'Articles', available: articleOpen, run: (wb) => wb.active && requestArticleAction({ action: 'details', id: wb.active.id }) },
  { id: 'articles.replaceText', title: 'Replace the open article’s text with a newer version…', group: 'Articles', available: articleOpen, run: (wb) => wb.active && requestArticleAction({ action: 'replaceText', id: wb.active.id }) },
  { id: 'articles.correctText', title: 'Correct the open article’s text (fix a typo, remove a paragraph)…', group: 'Articles', available: articleOpen, run: (wb) => wb.active && requestArticleAction({ action: 'correctText', id: wb.active.id }) },
  { id: 'articles.delete', title: 'Delete the open article…', group: 'Articles', available: articleOpen, run: (wb) => wb.active && requestArticleAction({ action: 'delete', id: wb.active.id }) },
];
