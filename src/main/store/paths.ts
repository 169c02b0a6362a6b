/** The layout of a notebook folder (see DESIGN.md "Storage"), in one place. */
import path from 'node:path';

export const NOTEBOOK_FILE = 'notebook.json';
export const ARTICLES_DIR = 'articles';
export const NOTES_DIR = 'notes';
export const BACKUPS_DIR = 'backups';
export const TRASH_DIR = 'trash';

/** `<id>.json` where id follows IdSchema; anything else in articles/ or notes/ is not ours to load. */
export const DATA_FILE_RE = /^[A-Za-z0-9_-]{1,64}\.json$/;

/** A notebook-relative data path, as stored in backup manifests; guards against `..` tricks. */
export const RELATIVE_DATA_PATH_RE = /^(notebook\.json|(articles|notes)\/[A-Za-z0-9_-]{1,64}\.json)$/;

export type Collection = typeof ARTICLES_DIR | typeof NOTES_DIR;

/** Notebook-relative path with `/` separators, for messages and manifests. */
export function relPath(collection: Collection, id: string): string {
  return `${collection}/${id}.json`;
}

/** Absolute path of a notebook-relative `/`-separated path. */
export function absPath(dir: string, rel: string): string {
  return path.join(dir, ...rel.split('/'));
}
