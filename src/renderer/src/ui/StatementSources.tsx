/**
 * "Also carried by": the other articles whose quotes are the same statement, each a link that
 * opens that article with its quote selected. Used beside a quote in the inspector, on an actor's
 * page and on a suggestion; the sources come from `quotes:sameStatement` (or the actor page).
 */
import { useState } from 'react';
import type { StatementSource } from '../../../shared/statements/api';
import { useWorkbench } from '../workbench/WorkbenchContext';
import { formatDate } from './format';

/** Links shown before "and N more". */
const SHOWN = 5;

export interface StatementSourcesProps {
  sources: readonly StatementSource[];
  /** What leads the line: "Also carried by" for a quote, "Accepted in" for a suggestion. */
  lead?: string;
  className?: string;
}

/** What a source is called: its outlet, else its title. */
export const sourceName = (source: StatementSource) => source.outlet.trim() || source.title.trim() || 'an untitled article';

export function StatementSources({ sources, lead = 'Also carried by', className = '' }: StatementSourcesProps) {
  const { openView, selectQuote } = useWorkbench();
  const [all, setAll] = useState(false);
  if (sources.length === 0) return null;
  const shown = all ? sources : sources.slice(0, SHOWN);
  const open = (source: StatementSource) => {
    openView({ kind: 'article', id: source.articleId });
    selectQuote(source.quoteId, { scroll: true });
  };
  return (
    <p className={`statement-sources ${className}`.trim()} aria-label={`${lead} ${sources.length === 1 ? 'one other article' : `${sources.length} other articles`}`}>
      <span className="statement-sources__lead">{lead}:</span>{' '}
      {shown.map((source, n) => {
        const date = formatDate(source.publishedAt || source.date);
        return (
          <span key={source.quoteId}>
            <button
              type="button"
              className="link-button statement-sources__link"
              data-quote-id={source.quoteId}
              title={`Open “${source.title}” at this quote`}
              onClick={(event) => {
                event.stopPropagation();
                open(source);
              }}
            >
              {sourceName(source)}
            </button>
            {date && <span className="statement-sources__date"> ({date})</span>}
            {n < shown.length - 1 ? ', ' : ''}
          </span>
        );
      })}
      {!all && sources.length > SHOWN && (
        <>
          {' '}
          <button type="button" className="link-button statement-sources__more" onClick={() => setAll(true)}>
            and {sources.length - SHOWN} more
          </button>
        </>
      )}
    </p>
  );
}
