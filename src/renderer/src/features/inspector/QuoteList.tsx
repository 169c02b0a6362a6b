/**
 * A list of quotes (the open article's, in reading order). A listbox where selection follows
 * focus: moving with the arrow keys (or clicking) selects a quote and the reader scrolls to it.
 * Each card shows speaker, words, kind, about-actors and tags; a card can be dragged into a note.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Quote } from '../../../../shared/model';
import { dotted } from '../../ui/format';
import { QuoteWords } from '../../ui/QuoteWords';
import { nextIndex } from '../../ui/listKeys';
import { quoteDragProps } from '../notes/quoteDrag';
import type { QuoteLook } from '../reader/quoteLooks';
import { KIND_LABEL } from './KindPicker';
import { quoteText } from '../../../../shared/anchoring/pieces';

export interface QuoteListProps {
  quotes: readonly Quote[];
  looks: ReadonlyMap<string, QuoteLook>;
  selectedQuoteId: string | null;
  onSelect: (quoteId: string) => void;
  label?: string;
}

export function QuoteList({ quotes, looks, selectedQuoteId, onSelect, label = 'Quotes in this article' }: QuoteListProps) {
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
    <ul className="quote-list" role="listbox" aria-label={label} onKeyDown={onKeyDown}>
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
            className={`quote-card${suggested ? ' quote-card--suggested' : ''}${quote.anchorStatus === 'orphaned' ? ' quote-card--orphan' : ''}`}
            data-tint={look?.tint ?? 'neutral'}
            data-quote-id={quote.id}
            role="option"
            aria-selected={selected}
            tabIndex={selected || (selectedIndex === -1 && index === 0) ? 0 : -1}
            onClick={() => onSelect(quote.id)}
            {...quoteDragProps(quote)}
          >
            <div className="quote-card__top">
              <span className="speaker-swatch" aria-hidden="true" />
              {/* A speaker is set but the actors are still loading (just after a reload): not "not set". */}
              <span className="quote-card__speaker">{look?.speakerName ?? (quote.speakerId ? '…' : 'Speaker not set')}</span>
              {suggested && <span className="status-badge">Suggested</span>}
              {quote.anchorStatus === 'fuzzy' && <span className="status-badge status-badge--warn">Check</span>}
            </div>
            <QuoteWords className="quote-card__text" kind={quote.kind} words={quoteText(quote.target)} />
            <p className="quote-card__meta">
              {dotted(KIND_LABEL[quote.kind], look?.aboutNames.length ? `about ${look.aboutNames.join(', ')}` : '', quote.cue && `“${quote.cue}”`)}
            </p>
            {look && look.tags.length > 0 && (
              <p className="quote-card__tags">
                {look.tags.map((tag) => (
                  <span key={tag.name} className="q-tag" data-tint={tag.tint}>
                    {tag.name}
                  </span>
                ))}
              </p>
            )}
            {quote.comment && <p className="quote-card__comment">{quote.comment}</p>}
          </li>
        );
      })}
    </ul>
  );
}
