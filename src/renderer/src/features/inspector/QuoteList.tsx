/**
 * The open article's quotes in reading order. A listbox where selection follows focus: moving
 * with the arrow keys (or clicking) selects a quote and the reader scrolls to it.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Quote } from '../../../../shared/model';
import { dotted } from '../../ui/format';
import { nextIndex } from '../../ui/listKeys';
import type { QuoteLook } from '../reader/quoteLooks';

export interface QuoteListProps {
  quotes: readonly Quote[];
  looks: ReadonlyMap<string, QuoteLook>;
  selectedQuoteId: string | null;
  onSelect: (quoteId: string) => void;
}

const KIND_LABEL: Record<Quote['kind'], string> = { direct: 'Direct quote', indirect: 'Indirect quote', paraphrase: 'Paraphrase' };

export function QuoteList({ quotes, looks, selectedQuoteId, onSelect }: QuoteListProps) {
  const rows = useRef(new Map<string, HTMLLIElement>());
  const selectedIndex = quotes.findIndex((quote) => quote.id === selectedQuoteId);

  // A selection made in the reader brings its card into view here too.
  useEffect(() => {
    if (selectedQuoteId) rows.current.get(selectedQuoteId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedQuoteId]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = nextIndex(event.key, selectedIndex, quotes.length, 5);
    if (index === null) {
      if ((event.key === 'Enter' || event.key === ' ') && selectedQuoteId) {
        event.preventDefault();
        onSelect(selectedQuoteId);
      }
      return;
    }
    event.preventDefault();
    const quote = quotes[index]!;
    onSelect(quote.id);
    rows.current.get(quote.id)?.focus();
  };

  return (
    <ul className="quote-list" role="listbox" aria-label="Quotes in this article" onKeyDown={onKeyDown}>
      {quotes.map((quote, index) => {
        const look = looks.get(quote.id);
        const selected = quote.id === selectedQuoteId;
        const suggested = quote.status === 'suggested';
        return (
          <li
            key={quote.id}
            ref={(element) => {
              if (element) rows.current.set(quote.id, element);
              else rows.current.delete(quote.id);
            }}
            className={`quote-card${suggested ? ' quote-card--suggested' : ''}`}
            data-tint={look?.tint ?? 'neutral'}
            data-quote-id={quote.id}
            role="option"
            aria-selected={selected}
            tabIndex={selected || (selectedIndex === -1 && index === 0) ? 0 : -1}
            onClick={() => onSelect(quote.id)}
          >
            <div className="quote-card__top">
              <span className="speaker-swatch" aria-hidden="true" />
              <span className="quote-card__speaker">{look?.speakerName ?? 'Speaker not set'}</span>
              {suggested && <span className="status-badge">Suggested</span>}
            </div>
            <blockquote className="quote-card__text">{quote.target.exact}</blockquote>
            <p className="quote-card__meta">{dotted(KIND_LABEL[quote.kind], quote.cue && `“${quote.cue}”`)}</p>
          </li>
        );
      })}
    </ul>
  );
}
