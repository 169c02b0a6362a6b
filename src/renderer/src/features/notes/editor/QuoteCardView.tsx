/**
 * A quote card inside a note: the quote's words, speaker, article title, outlet and date, looked
 * up live from the quote id. Clicking it opens the article at the quote. A card whose quote was
 * deleted says so and keeps showing the words it cited.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, HISTORY_MERGE_TAG, type NodeKey } from 'lexical';
import { useEffect, type MouseEvent } from 'react';
import { $isQuoteCardNode } from '../../../../../shared/editor/QuoteCardNode';
import { dotted, formatDate, innerQuoteMarks } from '../../../ui/format';
import { QuoteWords } from '../../../ui/QuoteWords';
import { useCitedQuote } from '../citedQuotes';
import { SYNC_TAG } from './noteExtension';
import { useNoteLinks } from './noteLinks';
import { quoteText } from '../../../../../shared/anchoring/pieces';

const KIND_LABEL = { direct: null, indirect: 'Indirect quote', paraphrase: 'Paraphrase' } as const;

export interface QuoteCardViewProps {
  nodeKey: NodeKey;
  quoteId: string;
  citedText: string;
}

export function QuoteCardView({ nodeKey, quoteId, citedText }: QuoteCardViewProps) {
  const [editor] = useLexicalComposerContext();
  const { openQuote } = useNoteLinks();
  const cited = useCitedQuote(quoteId);
  const liveText = cited.status === 'found' ? quoteText(cited.quote.target) : null;

  // Keep the card's copy of the words current, so a later deletion leaves the latest words behind.
  useEffect(() => {
    if (liveText === null || liveText === citedText || !editor.isEditable()) return;
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if ($isQuoteCardNode(node)) node.setCitedText(liveText);
      },
      { tag: [SYNC_TAG, HISTORY_MERGE_TAG] },
    );
  }, [editor, nodeKey, liveText, citedText]);

  const open = () => {
    if (cited.status === 'found') openQuote(quoteId);
  };
  const remove = (event: MouseEvent) => {
    event.stopPropagation();
    editor.update(() => $getNodeByKey(nodeKey)?.remove());
  };

  if (cited.status === 'deleted') {
    return (
      <figure className="note-card note-card--deleted" data-tint="neutral" data-quote-id={quoteId}>
        <p className="note-card__notice">This quote was deleted from the notebook. The card keeps the words it cited:</p>
        <blockquote className="note-card__text">{citedText ? innerQuoteMarks(citedText) : 'No words were kept for this card.'}</blockquote>
        <div className="note-card__actions">
          <button type="button" className="button button--small" onClick={remove}>
            Remove card
          </button>
        </div>
      </figure>
    );
  }

  const quote = cited.status === 'found' ? cited.quote : null;
  const speaker = cited.status === 'found' ? (cited.speaker?.name ?? 'Speaker not set') : '';
  const meta = cited.status === 'found' ? dotted(cited.article.title, cited.article.outlet, formatDate(cited.article.publishedAt)) : 'Looking up the quote…';
  return (
    <figure
      className="note-card"
      data-tint={cited.status === 'found' ? cited.tint : 'neutral'}
      data-quote-id={quoteId}
      data-suggested={quote?.status === 'suggested' || undefined}
      onClick={open}
      title={cited.status === 'found' ? 'Open the article at this quote' : undefined}
    >
      <QuoteWords className="note-card__text" kind={quote?.kind} words={quote ? quoteText(quote.target) : citedText} />
      <figcaption className="note-card__meta">
        {speaker && (
          <span className="note-card__speaker">
            <span className="speaker-swatch" aria-hidden="true" />
            {speaker}
          </span>
        )}
        {quote && KIND_LABEL[quote.kind] && <span className="note-card__kind">{KIND_LABEL[quote.kind]}</span>}
        <span className="note-card__actions">
          {cited.status === 'found' && (
            <button type="button" className="button button--small" onClick={(event) => (event.stopPropagation(), open())}>
              Open in article
            </button>
          )}
          <button type="button" className="icon-button note-card__remove" aria-label="Remove this card from the note" title="Remove card" onClick={remove}>
            <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </span>
        <span className="note-card__source">{meta}</span>
      </figcaption>
    </figure>
  );
}
