/**
 * One note's editor: toolbar, the note's title and text in a comfortable column, and a status line
 * with the word count and whether everything is saved. The Lexical editor is created once per note
 * (the extension is memoised on the note id) from the stored content.
 */
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Note } from '../../../../../shared/model';
import type { ApiError } from '../../../api';
import { plural } from '../../../ui/format';
import { NoteLinksContext } from './noteLinks';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { citedArticleId } from '../citedQuotes';
import { NoteOutlinePlugin } from '../noteOutline';
import { LinkOpenerProvider } from '../ui/openLink';
import { setActiveNote } from './activeEditor';
import { typeTrigger } from './typeTrigger';
import { AutosavePlugin, type AutosaveHandle, type SaveState } from './AutosavePlugin';
import { LiveNotePlugin } from './LiveNotePlugin';
import './decoratorSetup';
import { LinkBar, LinkClickPlugin, LinkDialog } from './LinkControls';
import { MentionPlugin } from './MentionPlugin';
import { createNoteExtension } from './noteExtension';
import { DecoratorSelectionPlugin, DropQuotePlugin, FastTypingPlugin, PendingCitationsPlugin, useNoteStats } from './notePlugins';
import { QuotePickerPlugin } from './QuotePickerPlugin';
import { Toolbar, useFormatState } from './Toolbar';

export interface NoteEditorProps {
  note: Note;
  notebookId: string;
  /** The title field and anything shown above the text (dates, a recovery banner). */
  header: ReactNode;
  title: RefObject<string>;
  autosave: RefObject<AutosaveHandle | null>;
  /** Receives the editor once it exists (to restore a draft into it). */
  onEditor?: (editor: ReturnType<typeof useLexicalComposerContext>[0]) => void;
  onSaveState: (state: SaveState) => void;
  onSaved: (note: Note) => void;
  onSaveError: (error: ApiError) => void;
  /** The note's content made loadable (see makeNoteLoadable). */
  initialContent: Record<string, unknown>;
  /** The text is the owner's live note (edited together with other windows), not `initialContent`. */
  live?: boolean;
}

const SAVE_LABEL: Record<SaveState, string> = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', failed: 'Not saved — retrying' };

/**
 * The word and card counts and whether everything is saved. A component of its own: the counts
 * change every few hundred milliseconds while the analyst types, and only this line redraws.
 */
function NoteStatusBar({ saveState }: { saveState: SaveState }) {
  const stats = useNoteStats();
  return (
    <footer className="note-statusbar" aria-label="Note status">
      <span>{plural(stats.words, 'word')}</span>
      <span>{plural(stats.cards, 'quote')} cited</span>
      <span className="note-statusbar__save" data-state={saveState} role="status">
        {SAVE_LABEL[saveState]}
      </span>
    </footer>
  );
}

function EditorBody({ header, saveState }: { header: ReactNode; saveState: SaveState }) {
  const [editor] = useLexicalComposerContext();
  const format = useFormatState();
  const [linkDialog, setLinkDialog] = useState(false);
  const contentEditable = useMemo(
    () => <ContentEditable className="note-text" aria-label="Note text" aria-multiline="true" role="textbox" spellCheck />,
    [],
  );
  return (
    <div className="note-editor">
      <Toolbar onLink={() => setLinkDialog(true)} />
      {format.link && <LinkBar url={format.link} onEdit={() => setLinkDialog(true)} />}
      <div className="note-scroll" data-scroll-container onClick={(event) => event.target === event.currentTarget && editor.focus()}>
        <div className="note-column">
          {header}
          {contentEditable}
        </div>
      </div>
      <NoteStatusBar saveState={saveState} />
      <LinkDialog open={linkDialog} currentUrl={format.link} onClose={() => setLinkDialog(false)} />
    </div>
  );
}

function EditorHandle({ onEditor }: { onEditor?: NoteEditorProps['onEditor'] }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => onEditor?.(editor), [editor, onEditor]);
  useEffect(() => {
    setActiveNote({ typeTrigger: (trigger) => typeTrigger(editor, trigger) });
    return () => setActiveNote(null);
  }, [editor]);
  return null;
}

export function NoteEditor(props: NoteEditorProps) {
  const { note, notebookId, title, autosave, live = false } = props;
  const { notify, openView, selectQuote } = useWorkbench();
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const latest = useRef(props);
  latest.current = props;

  // Created once per note (deps: the id only): the composer would rebuild the editor, losing the caret, if it changed.
  const extension = useMemo(() => {
    return createNoteExtension({
      initialContent: live ? null : latest.current.initialContent,
      onError: (error) => notify(`The note editor hit a problem (${error.message}). Your text is kept as a draft; reopen the note to continue.`),
    });
  }, [note.id]);

  const openQuote = useCallback(
    (quoteId: string) => {
      const articleId = citedArticleId(quoteId);
      if (!articleId) return;
      openView({ kind: 'article', id: articleId });
      selectQuote(quoteId, { scroll: true });
    },
    [openView, selectQuote],
  );
  const openActor = useCallback((actorId: string) => openView({ kind: 'actor', id: actorId }), [openView]);
  const links = useMemo(() => ({ openQuote, openActor }), [openQuote, openActor]);

  return (
    <LinkOpenerProvider onRefused={(message) => notify(message)}>
      <NoteLinksContext.Provider value={links}>
      <LexicalExtensionComposer extension={extension} contentEditable={null}>
        <EditorBody header={props.header} saveState={saveState} />
        <EditorHandle onEditor={props.onEditor} />
        <QuotePickerPlugin />
        <MentionPlugin />
        <DropQuotePlugin />
        <FastTypingPlugin />
        <LinkClickPlugin />
        <DecoratorSelectionPlugin onOpenQuote={openQuote} onOpenActor={openActor} />
        <PendingCitationsPlugin noteId={note.id} />
        <NoteOutlinePlugin noteId={note.id} />
        {live && (
          <LiveNotePlugin
            noteId={note.id}
            notebookId={notebookId}
            onState={(state) => {
              setSaveState(state);
              latest.current.onSaveState(state);
            }}
            onError={(message) => notify(message)}
          />
        )}
        <AutosavePlugin
          titleOnly={live}
          noteId={note.id}
          notebookId={notebookId}
          title={title}
          handle={autosave}
          onState={(state) => {
            setSaveState(state);
            latest.current.onSaveState(state);
          }}
          onSaved={(saved) => latest.current.onSaved(saved)}
          onError={(error) => latest.current.onSaveError(error)}
        />
      </LexicalExtensionComposer>
      </NoteLinksContext.Provider>
    </LinkOpenerProvider>
  );
}
