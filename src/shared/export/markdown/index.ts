/** Markdown export: one file for a note, article, actor or chosen quotes; a folder for the notebook. */
import type { ExportIndex, ExportScope } from '../bundle';
import { describeScope, quotesInScope, ScopeError } from '../bundle';
import { safeFileName } from '../fileNames';
import { noLinks } from './links';
import { quotesMarkdown, renderEntity } from './notebookDocs';

export { planNotebook, renderPlanned, quotesMarkdown, type PlannedFile } from './notebookDocs';
export type { EntityKey } from './links';
export { serialiseMarkdown } from './serialise';

/** The Markdown of a single-file scope, with a safe file name; the notebook scope needs a folder. */
export function markdownForScope(index: ExportIndex, scope: ExportScope): { fileName: string; text: string } {
  const fileName = `${safeFileName(describeScope(index, scope))}.md`;
  switch (scope.kind) {
    case 'note':
      return { fileName, text: renderEntity(index, `note:${scope.id}`, noLinks) };
    case 'article':
      return { fileName, text: renderEntity(index, `article:${scope.id}`, noLinks) };
    case 'actor':
      return { fileName, text: renderEntity(index, `actor:${scope.id}`, noLinks) };
    case 'quotes':
      return { fileName, text: quotesMarkdown(index, quotesInScope(index, scope)) };
    case 'notebook':
      throw new ScopeError('The whole notebook becomes one Markdown file per note, article and actor: choose a folder to export it to.');
  }
}
