/**
 * The inspector beside a note: what the note cites and whom it mentions, then quotes to cite
 * (search by words, speaker or tag; drag one into the text or press Cite).
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { CitedQuote } from '../../../../shared/editor/notesApi';
import { api } from '../../api';
import { dotted, formatDate, innerQuoteMarks } from '../../ui/format';
import type { View } from '../../workbench/views';
import { useCatalog, useWorkbench } from '../../workbench/WorkbenchContext';
import { rememberCitedQuote, useCitedQuote } from './citedQuotes';
import { queueCitation } from './pendingCitations';
import { useNoteOutline } from './noteOutline';
import { quoteDragProps } from './quoteDrag';
import { FilterBox } from '../../ui/FilterBox';
import { quoteText } from '../../../../shared/anchoring/pieces';

function QuoteFinder({ noteId }: { noteId: string }) {
  const { actors, reportError } = useWorkbench();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CitedQuote[] | null>(null);
  const request = useRef(0);

  useEffect(() => {
    const id = ++request.current;
    const timer = window.setTimeout(async () => {
      const result = await api.notesFindQuotes({ query, limit: 30 });
      if (id !== request.current) return;
      if (result.ok) setResults(result.value);
      else reportError(result.error);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [query, reportError]);

  const speaker = (id: string | null) => (id ? actors.value?.find((a) => a.id === id)?.name : undefined) ?? 'Speaker not set';
  const cite = (cited: CitedQuote) => {
    rememberCitedQuote(cited);
    queueCitation(noteId, { quoteId: cited.quote.id, citedText: quoteText(cited.quote.target) });
  };

  return (
    <section className="note-inspector__section" aria-label="Quotes to cite">
      <h2 className="note-inspector__heading">Cite a quote</h2>
      <FilterBox value={query} onChange={setQuery} placeholder="Words, speaker or tag" label="Search quotes to cite" paneFocus={false} />
      {results && results.length === 0 && (
        <p className="pane-note">{query.trim() ? 'No quote has these words, speaker or tag.' : 'This notebook has no quotes yet. Mark quotes in an article to cite them here.'}</p>
      )}
      {results && results.length > 0 && (
        <ul className="note-finder" aria-label="Quotes to cite">
          {results.map((cited) => (
            <li key={cited.quote.id} className="note-finder__item" {...quoteDragProps(cited.quote)} title="Drag into the note, or press Cite">
              <p className="note-finder__text">“{innerQuoteMarks(quoteText(cited.quote.target))}”</p>
              <p className="note-finder__meta">{dotted(speaker(cited.quote.speakerId), cited.article.title, formatDate(cited.article.publishedAt))}</p>
              <button type="button" className="button button--small note-finder__cite" onClick={() => cite(cited)} aria-label={`Cite “${quoteText(cited.quote.target).slice(0, 60)}” in this note`}>
                Cite
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// Memoised: the inspector redraws with the workbench, a hundred rows need not redraw with it.
const CitedRow = memo(function CitedRow({ quoteId }: { quoteId: string }) {
  const cited = useCitedQuote(quoteId);
  const show = () => document.querySelector(`.note-card[data-quote-id="${CSS.escape(quoteId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return (
    <li>
      <button type="button" className="note-outline__item" data-tint={cited.status === 'found' ? cited.tint : 'neutral'} onClick={show}>
        <span className="note-outline__text">
          {cited.status === 'found' ? `“${innerQuoteMarks(quoteText(cited.quote.target))}”` : cited.status === 'deleted' ? 'A deleted quote' : 'Looking up…'}
        </span>
        {cited.status === 'found' && <span className="note-outline__meta">{cited.speaker?.name ?? 'Speaker not set'}</span>}
      </button>
    </li>
  );
});

export function NoteInspector({ view }: { view: View }) {
  const { openView } = useWorkbench();
  const { actors } = useCatalog();
  const outline = useNoteOutline(view.id);
  const mentioned = outline.actorIds.map((id) => actors.value?.find((a) => a.id === id)).filter((a) => a !== undefined);
  const uniqueQuotes = [...new Set(outline.quoteIds)];
  return (
    <div className="pane-scroll note-inspector">
      <section className="note-inspector__section" aria-label="In this note">
        <h2 className="note-inspector__heading">In this note</h2>
        {uniqueQuotes.length === 0 && mentioned.length === 0 ? (
          <p className="pane-note note-inspector__hint">
            Nothing cited yet. Type <kbd>/quote</kbd> in the note to cite a quote, <kbd>@</kbd> to mention an actor, or drag a quote from below.
          </p>
        ) : (
          <>
            {uniqueQuotes.length > 0 && (
              <ul className="note-outline" aria-label="Quotes cited">
                {uniqueQuotes.map((id) => (
                  <CitedRow key={id} quoteId={id} />
                ))}
              </ul>
            )}
            {mentioned.length > 0 && (
              <ul className="note-outline note-outline--actors" aria-label="Actors mentioned">
                {mentioned.map((actor) => (
                  <li key={actor.id}>
                    <button type="button" className="mention" onClick={() => openView({ kind: 'actor', id: actor.id })}>
                      @{actor.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <QuoteFinder noteId={view.id} />
    </div>
  );
}
