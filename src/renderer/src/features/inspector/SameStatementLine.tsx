/**
 * The quote editor's line when other articles carry the same statement: "Also carried by: Reuters
 * (19 Feb 2023), AP (21 Feb 2023)", each opening that article at its quote. Derived on request (`quotes:sameStatement`), so it is never out of step.
 */
import { api } from '../../api';
import { StatementSources } from '../../ui/StatementSources';
import { afterNextPaint } from '../../ui/afterPaint';
import { useQuoteUnsaved } from '../../ui/unsavedQuotes';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { Quote } from '../../../../shared/model';

/** Render it keyed by the quote's id, so another quote's sources never show while this one's load. */
export function SameStatementLine({ quote }: { quote: Quote }) {
  const { articles, reportError } = useWorkbench();
  // A quote the notebook has not saved yet is carried nowhere else: asked once it is saved.
  const unsaved = useQuoteUnsaved(quote.id);
  const sources = useResult(
    // Asked after the frame that shows the quote (J, Q): the answer cannot come before it anyway.
    unsaved ? null : () => afterNextPaint().then(() => api.quotesSameStatement({ id: quote.id })),
    // Another article's quotes change the answer: the article list reloads when any of them changes.
    [quote.id, quote.target.exact, quote.speakerId, articles.value, unsaved],
    reportError,
  );
  const list = sources.value ?? [];
  if (list.length === 0) return null;
  return <StatementSources className="quote-editor__sources" sources={list} />;
}
