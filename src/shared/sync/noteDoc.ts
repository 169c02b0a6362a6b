/**
 * A note as a Yjs document: its fields in a map and its text as the XmlText that Lexical's own
 * binding (@lexical/yjs) reads and writes, so a note open in two windows (or on two machines)
 * merges keystroke by keystroke. `NoteDocEditor` is a headless editor bound to the document: the
 * owner process uses it to write a note saved as a whole (e.g. from the command line) and to read
 * the note back as the JSON its file holds.
 */
import type * as Y from 'yjs';
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import { $getRoot, type LexicalEditor } from 'lexical';
import type { NoteFile } from '../model';
import { createHeadlessNoteEditor, isNoteContent } from '../editor/noteNodes';
import { applyBlocks } from './noteBlocks';
import { logEdit, readHistory, type EditStamp } from './editLog';
import { compareStrings, setField } from './yValues';

const META = 'meta';
/** The XmlText the Lexical binding uses (its default root name). */
export const NOTE_ROOT = 'root';
const DELETED_AT = 'deletedAt';
const FIELD_ORDER = ['id', 'title', 'content', 'author', 'createdAt', 'updatedAt'];

/** The binding wants a provider; a headless editor has no cursors or awareness to share. */
const noProvider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    on: () => undefined,
    off: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  },
  connect: () => undefined,
  disconnect: () => undefined,
  on: () => undefined,
  off: () => undefined,
} as unknown as Provider;

export function isEmptyNoteDoc(doc: Y.Doc): boolean {
  return !doc.getMap(META).has('id');
}

export function isNoteDeleted(doc: Y.Doc): boolean {
  return typeof doc.getMap(META).get(DELETED_AT) === 'string';
}

/** A headless Lexical editor kept in step with one note document, both ways. */
export class NoteDocEditor {
  readonly editor: LexicalEditor;
  readonly #binding: Binding;
  readonly #dispose: () => void;

  constructor(readonly doc: Y.Doc) {
    this.editor = createHeadlessNoteEditor();
    this.#binding = createYjsBinding({ editor: this.editor, id: NOTE_ROOT, doc, docMap: new Map([[NOTE_ROOT, doc]]) });
    const binding = this.#binding;
    const offLexical = this.editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (tags.has('collaboration') || tags.has('skip-collab')) return;
      syncLexicalUpdateToYjs(binding, noProvider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    });
    const root = binding.root.getSharedType();
    const onYjs = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
      if (transaction.origin !== binding) syncYjsChangesToLexical(binding, noProvider, events as never, false, () => undefined);
    };
    root.observeDeep(onYjs as never);
    // The binding reads a document's text as Yjs events: bind first, then apply the stored state.
    if (root.length > 0) throw new Error('NoteDocEditor must be created on an empty document, before its state is applied.');
    this.#dispose = () => {
      offLexical();
      root.unobserveDeep(onYjs as never);
    };
  }

  /** Lets queued Yjs → Lexical updates land (the binding applies them in a microtask). */
  flush(): void {
    // A discrete update commits whatever the binding queued before it, synchronously.
    this.editor.update(() => undefined, { discrete: true });
  }

  /** The note's content as stored in its file (Lexical's serialized editor state). */
  content(): Record<string, unknown> {
    return this.editor.getEditorState().toJSON() as unknown as Record<string, unknown>;
  }

  /** Makes the text read `content`, changing only the blocks that differ (see noteBlocks.ts). */
  setContent(content: Record<string, unknown>): void {
    if (!isNoteContent(content)) return;
    this.editor.update(() => applyBlocks($getRoot(), content.root.children as Record<string, unknown>[]), { discrete: true });
  }

  dispose(): void {
    this.#dispose();
  }
}

/** Writes the note's fields (not its text: see NoteDocEditor.setContent). */
export function writeNoteMeta(doc: Y.Doc, file: NoteFile, stamp: EditStamp): void {
  const isNew = isEmptyNoteDoc(doc);
  const meta = doc.getMap<unknown>(META);
  if (isNew && !file.note.author && stamp.author) meta.set('author', { ...stamp.author });
  for (const [key, value] of Object.entries(file.note as Record<string, unknown>)) {
    if (key === 'content') continue;
    if (setField(meta, key, value) && !isNew && key === 'title') logEdit(doc, stamp, { target: 'note', id: file.note.id, field: key, value });
  }
  for (const [key, value] of Object.entries(file as Record<string, unknown>)) {
    if (key !== 'format' && key !== 'schemaVersion' && key !== 'note') setField(meta, `x:${key}`, value);
  }
}

/** Marks the note deleted (its file goes to the trash) or restored. */
export function setNoteDeleted(doc: Y.Doc, deleted: boolean, stamp: EditStamp): void {
  if (deleted === isNoteDeleted(doc)) return;
  const meta = doc.getMap<unknown>(META);
  setField(meta, DELETED_AT, deleted ? stamp.at : undefined);
}

/** The note file the document holds (content from its bound editor), or null when it holds none. */
export function readNoteFile(doc: Y.Doc, editor: NoteDocEditor, schemaVersion: number): NoteFile | null {
  if (isEmptyNoteDoc(doc)) return null;
  const meta = doc.getMap<unknown>(META);
  const note: Record<string, unknown> = {};
  const keys = [...meta.keys()].filter((k) => !k.startsWith('x:') && k !== DELETED_AT);
  for (const key of [...FIELD_ORDER, ...keys.filter((k) => !FIELD_ORDER.includes(k)).sort(compareStrings)]) {
    if (key === 'content') note.content = editor.content();
    else if (meta.has(key)) note[key] = meta.get(key);
  }
  const file: Record<string, unknown> = { format: 'quotebook-note', schemaVersion, note };
  const history = readHistory(doc);
  if (history.length) file.history = history;
  for (const [key, value] of [...meta.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    if (key.startsWith('x:')) file[key.slice(2)] = value;
  }
  return file as unknown as NoteFile;
}
