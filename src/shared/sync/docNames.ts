/**
 * Names of the shared documents of a notebook: one for notebook.json, one per article file and one
 * per note file (DESIGN.md). The name is also the document's name on a sync server.
 */
import { IdSchema } from '../model';

export const NOTEBOOK_DOC = 'notebook';

export type DocKind = 'notebook' | 'article' | 'note';

export interface DocRef {
  kind: DocKind;
  /** The article or note id ('' for the notebook). */
  id: string;
}

/** The document name of an article or note (or of the notebook). */
export function docName(kind: DocKind, id = ''): string {
  return kind === 'notebook' ? NOTEBOOK_DOC : `${kind}:${id}`;
}

/** Parses a document name; null when it is not one of ours (a sync client may send anything). */
export function parseDocName(name: string): DocRef | null {
  if (name === NOTEBOOK_DOC) return { kind: 'notebook', id: '' };
  const match = /^(article|note):(.+)$/.exec(name);
  if (!match || !IdSchema.safeParse(match[2]).success) return null;
  return { kind: match[1] as DocKind, id: match[2]! };
}
