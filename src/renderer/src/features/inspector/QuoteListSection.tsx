/**
 * The article's quotes in reading order, filterable by speaker, tag and kind. Quotes a re-import
 * could not place come first, apart, so they are not forgotten. Selecting one scrolls the reader
 * to it.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { QuoteKind } from '../../../../shared/model';
import { orderCodebook, tagPath } from '../../../../shared/tags/codebook';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { filterQuotes, isFiltered, NO_FILTER, type QuoteFilter } from './filterQuotes';
import { KIND_LABEL } from './KindPicker';
import { QuoteList } from './QuoteList';
import type { ArticleInspectorContext } from './sections';

const NONE: readonly never[] = [];

export function QuoteListSection({ context }: { context: ArticleInspectorContext }) {
  const { looks, selected, selectQuote } = context;
  // Hundreds of cards take a while to render: the reader is drawn first, the list right after
  // (a deferred render React can interrupt), so opening a long article is not held up by its list.
  const quotes = useDeferredValue(context.quotes, NONE);
  const pending = quotes !== context.quotes;
  const { actors, tags } = useWorkbench();
  const [filter, setFilter] = useState<QuoteFilter>(NO_FILTER);
  const allTags = tags.value ?? [];
  const shown = useMemo(() => filterQuotes(quotes, filter, allTags), [quotes, filter, allTags]);
  const orphans = shown.filter((q) => q.anchorStatus === 'orphaned');
  const placed = shown.filter((q) => q.anchorStatus !== 'orphaned');
  const suggested = quotes.filter((q) => q.status === 'suggested').length;

  // Only the speakers and tags this article's quotes use are worth offering.
  const speakers = useMemo(() => {
    const ids = new Set(quotes.map((q) => q.speakerId).filter((id): id is string => id !== null));
    return (actors.value ?? []).filter((a) => ids.has(a.id));
  }, [quotes, actors.value]);
  const usedTags = useMemo(() => {
    const used = new Set(quotes.flatMap((q) => q.tagIds));
    const parents = new Set(allTags.filter((t) => used.has(t.id) && t.parentId).map((t) => t.parentId!));
    return orderCodebook(allTags.filter((t) => used.has(t.id) || parents.has(t.id)));
  }, [quotes, allTags]);
  const set = (patch: Partial<QuoteFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section className="quote-list-section" aria-label="Quotes in this article">
      <header className="pane-header quote-list-section__header">
        <h1 className="pane-title">
          Quotes
          {quotes.length > 0 && <span className="pane-title__count">{isFiltered(filter) ? `${shown.length} of ${quotes.length}` : quotes.length}</span>}
        </h1>
        {suggested > 0 && <span className="pane-header__note">{plural(suggested, 'suggestion')}</span>}
      </header>
      {quotes.length > 0 && (
        <div className="quote-filters" role="group" aria-label="Filter quotes">
          <select className="select" aria-label="Filter by speaker" value={filter.speaker ?? ''} onChange={(e) => set({ speaker: e.target.value || null })}>
            <option value="">All speakers</option>
            {speakers.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
            {quotes.some((q) => q.speakerId === null) && <option value="none">No speaker set</option>}
          </select>
          <select className="select" aria-label="Filter by tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })}>
            <option value="">All tags</option>
            {usedTags.map((t) => (
              <option key={t.id} value={t.id}>
                {tagPath(t, allTags)}
              </option>
            ))}
          </select>
          <select className="select" aria-label="Filter by kind" value={filter.kind ?? ''} onChange={(e) => set({ kind: (e.target.value || null) as QuoteKind | null })}>
            <option value="">All kinds</option>
            {(['direct', 'indirect', 'paraphrase'] as const).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
          {isFiltered(filter) && (
            <button type="button" className="text-button" onClick={() => setFilter(NO_FILTER)}>
              Clear
            </button>
          )}
        </div>
      )}
      {quotes.length === 0 && pending && <p className="pane-note">Listing the quotes…</p>}
      {quotes.length === 0 && !pending && (
        <EmptyState title="No quotes in this article yet">
          <p>Select words in the article and press Q. Quotes are listed here in reading order, each tinted by its speaker.</p>
        </EmptyState>
      )}
      {quotes.length > 0 && shown.length === 0 && <EmptyState title="No quote matches these filters" />}
      {orphans.length > 0 && (
        <div className="orphan-group">
          <h2 className="orphan-group__title">Not found in the current text ({orphans.length})</h2>
          <QuoteList quotes={orphans} looks={looks} selectedQuoteId={selected?.id ?? null} onSelect={selectQuote} label="Quotes not found in the current text" />
        </div>
      )}
      {placed.length > 0 && (
        <QuoteList quotes={placed} looks={looks} selectedQuoteId={selected?.id ?? null} onSelect={selectQuote} label="Quotes in this article" />
      )}
    </section>
  );
}
