/**
 * The one place that knows which file format each kind of shared document holds: writing a file's
 * value into its document and reading the value back (what the JSON file is written from).
 */
import * as Y from 'yjs';
import type { ArticleFile, NotebookFile, NoteFile } from '../../shared/model';
import { isArticleDeleted, isEmptyArticleDoc, readArticleFile, setArticleDeleted, writeArticleFile, type ActorRefs } from '../../shared/sync/articleDoc';
import type { EditStamp } from '../../shared/sync/editLog';
import { isEmptyNotebookDoc, readNotebookFile, writeNotebookFile } from '../../shared/sync/notebookDoc';
import { isEmptyNoteDoc, isNoteDeleted, readNoteFile, setNoteDeleted, writeNoteMeta } from '../../shared/sync/noteDoc';
import type { SharedDoc } from './sharedDoc';

export type AnyFile = NotebookFile | ArticleFile | NoteFile;

/** Origin of local saves (the store applying a file it is about to write). */
export const LOCAL_SAVE = Symbol('local-save');

/** True when the document holds nothing yet. */
export function isEmptyDoc(shared: SharedDoc): boolean {
  if (shared.ref.kind === 'notebook') return isEmptyNotebookDoc(shared.doc);
  return shared.ref.kind === 'article' ? isEmptyArticleDoc(shared.doc) : isEmptyNoteDoc(shared.doc);
}

/** True when the document holds a deleted article or note (its file belongs in the trash). */
export function isDeletedDoc(shared: SharedDoc): boolean {
  if (shared.ref.kind === 'article') return isArticleDeleted(shared.doc);
  return shared.ref.kind === 'note' ? isNoteDeleted(shared.doc) : false;
}

/** Makes the document hold `file`; null deletes the article or note (kept as a tombstone). */
export function writeFileToDoc(shared: SharedDoc, file: AnyFile | null, stamp: EditStamp): void {
  Y.transact(
    shared.doc,
    () => {
      const { kind } = shared.ref;
      if (kind === 'notebook') {
        if (file) writeNotebookFile(shared.doc, file as NotebookFile, stamp);
      } else if (kind === 'article') {
        if (file) {
          writeArticleFile(shared.doc, file as ArticleFile, stamp);
          setArticleDeleted(shared.doc, false, stamp);
        } else setArticleDeleted(shared.doc, true, stamp);
      } else if (file) {
        writeNoteMeta(shared.doc, file as NoteFile, stamp);
        setNoteDeleted(shared.doc, false, stamp);
      } else setNoteDeleted(shared.doc, true, stamp);
    },
    LOCAL_SAVE,
  );
  // The note's text goes through its bound editor (Lexical makes the Yjs operations).
  if (file && shared.note && shared.ref.kind === 'note') shared.note.setContent((file as NoteFile).note.content);
}

/** Marks an article or note deleted or restored, keeping its content. */
export function setDocDeleted(shared: SharedDoc, deleted: boolean, stamp: EditStamp): void {
  Y.transact(
    shared.doc,
    () => {
      if (shared.ref.kind === 'article') setArticleDeleted(shared.doc, deleted, stamp);
      else if (shared.ref.kind === 'note') setNoteDeleted(shared.doc, deleted, stamp);
    },
    LOCAL_SAVE,
  );
}

/** The file value the document materialises to; null when empty or deleted. */
export function readFileFromDoc(shared: SharedDoc, schemaVersion: number, refs: ActorRefs): AnyFile | null {
  if (isEmptyDoc(shared) || isDeletedDoc(shared)) return null;
  if (shared.ref.kind === 'notebook') return readNotebookFile(shared.doc, schemaVersion);
  if (shared.ref.kind === 'article') return readArticleFile(shared.doc, schemaVersion, refs);
  shared.note!.flush();
  return readNoteFile(shared.doc, shared.note!, schemaVersion);
}

/** The deleted file's last content (for the trash), or null. */
export function readDeletedFile(shared: SharedDoc, schemaVersion: number, refs: ActorRefs): AnyFile | null {
  if (!isDeletedDoc(shared)) return null;
  if (shared.ref.kind === 'article') return readArticleFile(shared.doc, schemaVersion, refs);
  shared.note!.flush();
  return readNoteFile(shared.doc, shared.note!, schemaVersion);
}
