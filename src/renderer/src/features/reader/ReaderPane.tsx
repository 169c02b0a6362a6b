/**
 * The workspace: the open article (header, then its text in the Lexical reader), or a message
 * saying how to open one. Keeps showing the previous article until the next one has arrived.
 */
import { useMemo, useRef } from 'react';
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import { EmptyState } from '../../ui/EmptyState';
import { ArticleHeader } from './ArticleHeader';
import { layoutArticle } from './layoutArticle';
import type { QuoteLook } from './quoteLooks';
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
}

export function ReaderPane(props: ReaderPaneProps) {
  const { opened, openId, loading, error, hasArticles } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => (opened ? layoutArticle(opened.article, opened.quotes) : null), [opened]);
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
    <div className="reader-scroll" ref={scroller} data-scroll-container tabIndex={0} aria-label="Article" aria-busy={loading}>
      {opened && layout && (
        <article className="reader-column" aria-labelledby="reader-title">
          <ArticleHeader
            article={opened.article}
            sectionBlock={layout.section}
            titleBlock={layout.title}
            looks={props.looks}
            selectedQuoteId={props.selectedQuoteId}
            onSelectQuote={props.onSelectQuote}
          />
          <ReaderEditor
            text={opened.article.text}
            blocks={layout.body}
            looks={props.looks}
            selectedQuoteId={props.selectedQuoteId}
            scrollRequest={props.scrollRequest}
            onSelectQuote={props.onSelectQuote}
            onError={props.onEditorError}
            onRendered={() => {
              if (scroller.current && scroller.current.dataset.shownId !== shownId) {
                scroller.current.dataset.shownId = shownId ?? '';
                scroller.current.scrollTop = 0;
              }
            }}
          />
        </article>
      )}
      {!opened && loading && <p className="pane-note reader-loading">Opening the article…</p>}
    </div>
  );
}
