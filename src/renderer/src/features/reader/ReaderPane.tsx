/**
 * The workspace: the open article (header, then its text in the Lexical reader), or a message
 * saying how to open one. Keeps showing the previous article until the next one has arrived.
 * Quotes that a re-import could not place (orphans) are not drawn in the text; the inspector
 * lists them.
 */
import type { LexicalEditor } from 'lexical';
import { useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import { EmptyState } from '../../ui/EmptyState';
import { ArticleHeader } from './ArticleHeader';
import { layoutArticle } from './layoutArticle';
import { isPlaced, type QuoteLook } from './quoteLooks';
import { ReaderEditor } from './ReaderEditor';

export interface ReaderPaneProps {
  opened: ArticleWithQuotes | undefined;
  openId: string | null;
  loading: boolean;
  error: ApiError | null;
  hasArticles: boolean;
  looks: ReadonlyMap<string, QuoteLook>;
  selectedQuoteId: string | null;
  scrollRequest: number;
  onSelectQuote: (quoteId: string) => void;
  onRetry: () => void;
  onEditorError: (error: Error) => void;
  /** The article column (the selection toolbar and hover card are placed inside it). */
  columnRef?: (element: HTMLElement | null) => void;
  onEditor?: (editor: LexicalEditor | null) => void;
  onReaderKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Drawn inside the article column, over the text (toolbar, hover card). */
  overlay?: ReactNode;
  /** Drawn at the end of the header (notices, actions about the article). */
  headerExtras?: ReactNode;
}

/** Quote spans that the text shows, with a key that changes only when a span does. */
function useSpans(quotes: ArticleWithQuotes['quotes'] | undefined) {
  const placed = (quotes ?? []).filter(isPlaced);
  const key = placed.map((q) => `${q.id}:${q.target.start}:${q.target.end}:${q.target.pieces?.map((p) => p.start).join(',') ?? ''}`).join('|');
  // Editing a quote's speaker or tags changes the quotes array but not the spans: no re-layout then.
  return useMemo(() => placed, [key]);
}

export function ReaderPane(props: ReaderPaneProps) {
  const { opened, openId, loading, error, hasArticles } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const spans = useSpans(opened?.quotes);
  const article = opened?.article;
  const layout = useMemo(() => (article ? layoutArticle(article, spans) : null), [article, spans]);
  const shownId = opened?.article.id ?? null;

  if (!openId) {
    return (
      <div className="workspace-empty">
        <EmptyState title={hasArticles ? 'Choose an article to read' : 'Nothing to read yet'}>
          <p>
            {hasArticles
              ? 'Pick one from the list on the left. Use ↑ and ↓ to move through the list and Enter to open.'
              : 'Articles you add to this notebook open here, with their quotes highlighted.'}
          </p>
        </EmptyState>
      </div>
    );
  }

  if (!opened && error) {
    return (
      <div className="workspace-empty">
        <EmptyState
          title="This article could not be opened"
          tone="error"
          actions={
            <button type="button" className="button" onClick={props.onRetry}>
              Try again
            </button>
          }
        >
          <p>{error.message}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="reader-scroll" ref={scroller} data-scroll-container tabIndex={0} role="region" aria-label="Article" aria-busy={loading} onKeyDown={props.onReaderKeyDown}>
      {opened && layout && (
        <article className="reader-column" aria-labelledby="reader-title" ref={props.columnRef}>
          <ArticleHeader
            article={opened.article}
            sectionBlock={layout.section}
            titleBlock={layout.title}
            looks={props.looks}
            selectedQuoteId={props.selectedQuoteId}
            onSelectQuote={props.onSelectQuote}
          >
            {props.headerExtras}
          </ArticleHeader>
          <ReaderEditor
            text={opened.article.text}
            blocks={layout.body}
            looks={props.looks}
            selectedQuoteId={props.selectedQuoteId}
            scrollRequest={props.scrollRequest}
            onSelectQuote={props.onSelectQuote}
            onError={props.onEditorError}
            {...(props.onEditor ? { onEditor: props.onEditor } : {})}
            onRendered={() => {
              if (scroller.current && scroller.current.dataset.shownId !== shownId) {
                scroller.current.dataset.shownId = shownId ?? '';
                scroller.current.scrollTop = 0;
              }
            }}
          />
          {props.overlay}
        </article>
      )}
      {!opened && loading && <p className="pane-note reader-loading">Opening the article…</p>}
    </div>
  );
}
