/** The inspector beside an article: its quotes in reading order. */
import type { Quote } from '../../../../shared/model';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import type { QuoteLook } from '../reader/quoteLooks';
import { QuoteList } from './QuoteList';

export interface InspectorPaneProps {
  /** The open article's quotes in reading order; undefined when no article is open. */
  quotes: readonly Quote[] | undefined;
  looks: ReadonlyMap<string, QuoteLook>;
  selectedQuoteId: string | null;
  onSelectQuote: (quoteId: string) => void;
}

export function InspectorPane({ quotes, looks, selectedQuoteId, onSelectQuote }: InspectorPaneProps) {
  const suggested = quotes?.filter((quote) => quote.status === 'suggested').length ?? 0;
  return (
    <>
      <header className="pane-header">
        <h1 className="pane-title">
          Quotes
          {quotes && quotes.length > 0 && <span className="pane-title__count">{quotes.length}</span>}
        </h1>
        {suggested > 0 && <span className="pane-header__note">{plural(suggested, 'suggestion')}</span>}
      </header>
      <div className="pane-scroll">
        {quotes === undefined && (
          <EmptyState title="No article open">
            <p>The quotes of the article you open are listed here in reading order.</p>
          </EmptyState>
        )}
        {quotes && quotes.length === 0 && (
          <EmptyState title="No quotes in this article yet">
            <p>Quotes you mark and quotes Quotebook suggests will be listed here, in reading order, each tinted by its speaker.</p>
          </EmptyState>
        )}
        {quotes && quotes.length > 0 && <QuoteList quotes={quotes} looks={looks} selectedQuoteId={selectedQuoteId} onSelect={onSelectQuote} />}
      </div>
    </>
  );
}
