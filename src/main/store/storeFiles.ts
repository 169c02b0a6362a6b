/**
 * What the store needs to know about each kind of file it keeps: where it lives, how to open its
 * lowdb document, and how a value is validated before it is written (schema plus the cross-field
 * checks of validate.ts).
 */
import { ArticleFileSchema, NotebookFileSchema, NoteFileSchema, type ArticleFile, type NoteFile } from '../../shared/model';
import type { DocRef } from '../../shared/sync/docNames';
import type { AnyFile } from '../sync/fileMapping';
import { makeDoc, type Doc } from './docs';
import type { Migrator } from './migrations';
import { ARTICLES_DIR, NOTEBOOK_FILE, NOTES_DIR, type Collection } from './paths';
import { checkArticleFile, checkNotebookFile, validateFile } from './validate';

export const NOTEBOOK_REF: DocRef = { kind: 'notebook', id: '' };

/** The write queue of a file (the same keys for the store's writes and the live documents). */
export function queueKey(ref: DocRef): string {
  return ref.kind === 'notebook' ? NOTEBOOK_FILE : `${folderOf(ref.kind)}/${ref.id}`;
}

/** The kinds of file a notebook holds one of per item. */
export type FileKind = 'article' | 'note';
export type KindFile<K extends FileKind> = K extends 'article' ? ArticleFile : NoteFile;

export function folderOf(kind: FileKind): Collection {
  return kind === 'article' ? ARTICLES_DIR : NOTES_DIR;
}

/** The id a file is stored under. */
export function idOf(file: ArticleFile | NoteFile): string {
  return 'article' in file ? file.article.id : file.note.id;
}

/** The lowdb document of an article or note file (not read yet). */
export function newDoc(dir: string, kind: FileKind, id: string, migrator: Migrator): Doc<AnyFile> {
  return (kind === 'article' ? articleDoc(dir, id, migrator) : noteDoc(dir, id, migrator)) as Doc<AnyFile>;
}

export function articleDoc(dir: string, id: string, migrator: Migrator): Doc<ArticleFile> {
  return makeDoc(dir, `${ARTICLES_DIR}/${id}.json`, 'quotebook-article', ArticleFileSchema, migrator);
}

export function noteDoc(dir: string, id: string, migrator: Migrator): Doc<NoteFile> {
  return makeDoc(dir, `${NOTES_DIR}/${id}.json`, 'quotebook-note', NoteFileSchema, migrator);
}

/** Validates a value about to be written as the file `ref` names; throws InvalidDataError. */
export function validateAs(ref: DocRef, value: unknown, version: number): AnyFile {
  if (ref.kind === 'notebook') {
    const next = validateFile(NotebookFileSchema, value, version, 'notebook');
    checkNotebookFile(next);
    return next;
  }
  if (ref.kind === 'article') {
    const next = validateFile(ArticleFileSchema, value, version, 'article');
    checkArticleFile(next);
    return next;
  }
  return validateFile(NoteFileSchema, value, version, 'note');
}
