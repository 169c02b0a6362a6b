/**
 * What the inspector shows beside an article, as a list of sections. A feature adds a section by
 * adding one entry (e.g. suggestions to accept or reject); `region` says whether it sits in the
 * fixed top part (the selected quote) or the scrolling part below (lists).
 */
import type { ComponentType } from 'react';
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import type { Quote } from '../../../../shared/model';
import type { NameInText } from '../../../../shared/text/names';
import type { QuoteLook } from '../reader/quoteLooks';
import { QuoteListSection } from './QuoteListSection';
import { SelectedQuoteSection } from './SelectedQuoteSection';
import { SelectedSuggestionSection } from '../suggestions/SelectedSuggestionSection';
import { SuggestionsSection } from '../suggestions/SuggestionsSection';
import { QuoteNotesSection } from '../notes/QuoteNotesSection';

/** What every inspector section gets about the open article. */
export interface ArticleInspectorContext {
  data: ArticleWithQuotes;
  /** All quotes (orphans included) in reading order. */
  quotes: readonly Quote[];
  looks: ReadonlyMap<string, QuoteLook>;
  selected: Quote | null;
  /** Selects a quote; the reader scrolls to it. */
  selectQuote: (quoteId: string) => void;
  /** Names found in the article's text, for actor pickers (computed on first call, then remembered). */
  names: () => readonly NameInText[];
}

export interface InspectorSection {
  id: string;
  region: 'top' | 'list';
  Component: ComponentType<{ context: ArticleInspectorContext }>;
}

export const inspectorSections: InspectorSection[] = [
  { id: 'selected-quote', region: 'top', Component: SelectedQuoteSection },
  { id: 'selected-suggestion', region: 'top', Component: SelectedSuggestionSection },
  { id: 'quote-notes', region: 'top', Component: QuoteNotesSection },
  { id: 'suggestions', region: 'list', Component: SuggestionsSection },
  { id: 'quotes', region: 'list', Component: QuoteListSection },
];
