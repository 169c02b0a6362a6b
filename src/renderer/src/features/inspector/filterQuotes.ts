/**
 * The quote list's filters: by speaker (or "no speaker"), by tag (a parent tag includes its
 * children) and by kind. Pure, so the list and its tests agree on what a filter means.
 */
import type { Quote, QuoteKind, Tag } from '../../../../shared/model';
import { withChildren } from '../../../../shared/tags/codebook';

/** The filter choices; null means "any". */
export interface QuoteFilter {
  /** An actor id, or 'none' for quotes without a speaker. */
  speaker: string | null;
  tag: string | null;
  kind: QuoteKind | null;
}

/** No filter at all. */
export const NO_FILTER: QuoteFilter = { speaker: null, tag: null, kind: null };

/** True when any filter is set. */
export const isFiltered = (filter: QuoteFilter): boolean => filter.speaker !== null || filter.tag !== null || filter.kind !== null;

/** The quotes that pass `filter`, in the order given. */
export function filterQuotes(quotes: readonly Quote[], filter: QuoteFilter, tags: readonly Tag[]): Quote[] {
  const tagIds = filter.tag ? withChildren(filter.tag, tags) : null;
  return quotes.filter(
    (q) =>
      (filter.speaker === null || (filter.speaker === 'none' ? q.speakerId === null : q.speakerId === filter.speaker)) &&
      (tagIds === null || q.tagIds.some((id) => tagIds.has(id))) &&
      (filter.kind === null || q.kind === filter.kind),
  );
}
