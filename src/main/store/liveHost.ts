/** The store as the live documents see it (see liveFiles.ts): its lowdb documents and checks. */
import type { ArticleFile, NotebookFile, NoteFile } from '../../shared/model';
import type { DocRef } from '../../shared/sync/docNames';
import type { AnyFile } from '../sync/fileMapping';
import type { Doc } from './docs';
import type { LiveFilesHost } from './liveFiles';
import type { Migrator } from './migrations';
import { articleDoc, folderOf, noteDoc, validateAs } from './storeFiles';
import { deleteToTrash } from './trash';

/** The store's documents, read afresh on every call (a restore replaces the maps). */
export interface StoreDocs {
  notebook(): Doc<NotebookFile>;
  articles(): Map<string, Doc<ArticleFile>>;
  notes(): Map<string, Doc<NoteFile>>;
}

export function liveHostOf(dir: string, migrator: Migrator, docs: StoreDocs): LiveFilesHost {
  const mapOf = (kind: 'article' | 'note') => (kind === 'article' ? docs.articles() : docs.notes()) as Map<string, Doc<AnyFile>>;
  return {
    dir,
    version: migrator.targetVersion,
    jsonDoc: (ref) => (ref.kind === 'notebook' ? (docs.notebook() as Doc<AnyFile>) : mapOf(ref.kind).get(ref.id)),
    newJsonDoc: (ref) =>
      (ref.kind === 'article' ? articleDoc(dir, ref.id, migrator) : ref.kind === 'note' ? noteDoc(dir, ref.id, migrator) : docs.notebook()) as Doc<AnyFile>,
    setJsonDoc: (ref: DocRef, doc) => {
      if (ref.kind === 'notebook') return;
      if (doc) mapOf(ref.kind).set(ref.id, doc);
      else mapOf(ref.kind).delete(ref.id);
    },
    trash: async (ref) => {
      if (ref.kind !== 'notebook') await deleteToTrash(dir, folderOf(ref.kind), ref.id);
    },
    notebook: () => docs.notebook().low.data,
    validate: (ref, value) => validateAs(ref, value, migrator.targetVersion),
  };
}
