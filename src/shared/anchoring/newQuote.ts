/**
 * A new quote as the notebook saves it. The notebook builds it when it saves `quotes:create`, and
 * the reader builds the same one the moment Q is pressed, so the quote is shown before the save
 * is answered and the answer replaces it without a visible change.
 */
import type { Quote, QuoteKind } from '../model';
import { defaultQuoteKind } from '../text/quotationMarks';
import { describeRange } from './selectors';

/** The fields of a new quote that the caller may choose (the rest start empty). */
export interface NewQuoteFields {
  kind?: QuoteKind;
  speakerId?: string | null;
  aboutIds?: string[];
  tagIds?: string[];
  comment?: string;
  status?: Quote['status'];
  cue?: string;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The quote `id` on `[start, end)` of `text` in article `articleId`, made at `now` (ISO time). */
export function newQuote(id: string, articleId: string, text: string, start: number, end: number, fields: NewQuoteFields, now: string): Quote {
  return {
    id,
    articleId,
    target: describeRange(text, start, end),
    kind: fields.kind ?? defaultQuoteKind(text, start, end),
    speakerId: fields.speakerId ?? null,
    aboutIds: unique(fields.aboutIds ?? []),
    tagIds: unique(fields.tagIds ?? []),
    comment: fields.comment ?? '',
    status: fields.status ?? 'confirmed',
    cue: fields.cue ?? '',
    createdAt: now,
    updatedAt: now,
  };
}
