/**
 * Quotes grouped under their article (newest article first), each showing who said it or whom it
 * is about, its kind and its tags, and the other articles carrying the same statement. Choosing a quote opens its article with the quote selected and
 * scrolled into view.
 */
import type { ArticleQuotes } from '../../../../shared/actors/api';
import type { Actor, Quote, Tag } from '../../../../shared/model';
import { dotted, formatDate, joinNames, plural } from '../../ui/format';
import { QuoteWords } from '../../ui/QuoteWords';
import { StatementSources } from '../../ui/StatementSources';
import type { StatementSource } from '../../../../shared/statements/api';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { actorTint, quoteKindLabel } from './actorLabels';
import { quoteText } from '../../../../shared/anchoring/pieces';

export interface QuoteGroupsProps {
  groups: readonly ArticleQuotes[];
  /** Whose page this is: their name is left out of each quote's line. */
  actorId: string | null;
  actorsById: ReadonlyMap<string, Actor>;
  tagsById: ReadonlyMap<string, Tag>;
  label: string;
  /** For a quote that other articles carry too: those articles' quotes ("Also carried by"). */
  sources?: Readonly<Record<string, readonly StatementSource[]>>;
}

/** Opens a quote in its article, selected and scrolled to. */
export function useOpenQuote(): (quote: Pick<Quote, 'id' | 'articleId'>) => void {
  const { openView, selectQuote } = useWorkbench();
  return (quote) => {
    openView({ kind: 'article', id: quote.articleId });
    selectQuote(quote.id, { scroll: true });
  };
}

export function QuoteGroups({ groups, actorId, actorsById, tagsById, label, sources = {} }: QuoteGroupsProps) {
  const openQuote = useOpenQuote();
  const { openView } = useWorkbench();
  const name = (id: string) => actorsById.get(id)?.name ?? 'an actor no longer in the notebook';
  return (
    <div className="quote-groups" aria-label={label} role="region">
      {groups.map(({ article, quotes }) => (
        <section key={article.id} className="quote-group" aria-labelledby={`qg-${label}-${article.id}`}>
          <header className="quote-group__header">
            <button type="button" id={`qg-${label}-${article.id}`} className="quote-group__title" onClick={() => openView({ kind: 'article', id: article.id })}>
              {article.title}
            </button>
            <span className="quote-group__meta">{dotted(article.outlet, formatDate(article.publishedAt || article.date), plural(quotes.length, 'quote'))}</span>
          </header>
          <ul className="quote-group__list">
            {quotes.map((quote) => {
              const speaker = quote.speakerId && quote.speakerId !== actorId ? actorsById.get(quote.speakerId) : undefined;
              const about = quote.aboutIds.filter((id) => id !== actorId);
              return (
                <li key={quote.id}>
                  <button
                    type="button"
                    className="actor-quote"
                    data-tint={actorTint(quote.speakerId ? actorsById.get(quote.speakerId) : undefined)}
                    data-quote-id={quote.id}
                    onClick={() => openQuote(quote)}
                    title="Open in the article"
                  >
                    <QuoteWords as="span" className="actor-quote__text" kind={quote.kind} words={quoteText(quote.target)} />
                    <span className="actor-quote__foot">
                      <span className="actor-quote__meta">
                        {dotted(
                          quoteKindLabel[quote.kind],
                          speaker ? `by ${speaker.name}` : quote.speakerId === null ? 'speaker not set' : '',
                          about.length ? `about ${joinNames(about.map(name))}` : '',
                          quote.cue && `“${quote.cue}”`,
                        )}
                      </span>
                      <span className="actor-quote__open" aria-hidden="true">
                        Open in article →
                      </span>
                    </span>
                    {quote.tagIds.length > 0 && (
                      <span className="actor-quote__tags">
                        {quote.tagIds.map((id) => (
                          <span key={id} className="tag-chip" data-tint={actorTint(tagsById.get(id))}>
                            {tagsById.get(id)?.name ?? 'deleted tag'}
                          </span>
                        ))}
                      </span>
                    )}
                  </button>
                  {sources[quote.id] && <StatementSources className="actor-quote-sources" sources={sources[quote.id]!} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
