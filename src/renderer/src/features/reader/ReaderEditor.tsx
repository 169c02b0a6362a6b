/**
 * The read-only Lexical editor that shows an article's text with its quotes as marks. One editor
 * lives for the whole session; opening another article rebuilds its document in one update.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import type { LexicalEditor } from 'lexical';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { useEffect, useMemo, useRef } from 'react';
import type { SegmentedBlock } from '../../../../shared/text/segments';
import { ArticleContentPlugin } from '../../editor/ArticleContentPlugin';
import { QuoteMarksPlugin } from '../../editor/QuoteMarksPlugin';
import { createReaderExtension } from '../../editor/readerExtension';
import type { QuoteLook } from './quoteLooks';

export interface ReaderEditorProps {
  text: string;
  blocks: readonly SegmentedBlock[];
  looks: ReadonlyMap<string, QuoteLook>;
  selectedQuoteId: string | null;
  scrollRequest: number;
  onSelectQuote: (quoteId: string) => void;
  onRendered?: () => void;
  onError: (error: Error) => void;
  /** Receives the editor once it exists (null when it goes), for selection mapping. */
  onEditor?: (editor: LexicalEditor | null) => void;
}

/** Hands the composer's editor to the reader around it. */
function EditorHandle({ onEditor }: { onEditor: (editor: LexicalEditor | null) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  return null;
}

export function ReaderEditor({ text, blocks, looks, selectedQuoteId, scrollRequest, onSelectQuote, onRendered, onError, onEditor }: ReaderEditorProps) {
  const reportError = useRef(onError);
  useEffect(() => {
    reportError.current = onError;
  });
  // Both must stay stable: the composer re-creates the editor when either changes.
  const extension = useMemo(() => createReaderExtension((error) => reportError.current(error)), []);
  const contentEditable = useMemo(
    () => <ContentEditable className="reader-text" role="document" aria-label="Article text" spellCheck={false} ref={withoutFieldAttributes} />,
    [],
  );

  return (
    <LexicalExtensionComposer extension={extension} contentEditable={contentEditable}>
      <ArticleContentPlugin text={text} blocks={blocks} onRendered={onRendered} />
      <QuoteMarksPlugin looks={looks} selectedQuoteId={selectedQuoteId} scrollRequest={scrollRequest} onSelectQuote={onSelectQuote} />
      {onEditor && <EditorHandle onEditor={onEditor} />}
    </LexicalExtensionComposer>
  );
}

/**
 * Lexical marks a read-only editor as a text field (aria-readonly, aria-autocomplete), which a
 * `document` does not allow; the reader is a document to read in, so those two are taken off.
 * They are set once (the reader never becomes editable), so React does not put them back.
 */
function withoutFieldAttributes(element: HTMLDivElement | null): void {
  element?.removeAttribute('aria-readonly');
  element?.removeAttribute('aria-autocomplete');
}
