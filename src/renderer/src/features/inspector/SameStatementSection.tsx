/**
 * The article inspector's line for the selected quote when other articles carry the same
 * statement: "Also carried by: Reuters (19 Feb 2023), AP (21 Feb 2023)", each opening that
 * article at its quote. Derived on request (`quotes:sameStatement`), so it is never out of step.
 */
import { api } from '../../api';
import { StatementSources } from '../../ui/StatementSources';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { Quote } from '../../../../shared/model';
import type { ArticleInspectorContext } from './sections';

export function SameStatementSection({ context }: { context: ArticleInspectorContext }) {
  const { selected } = context;
  // A suggestion is not evidence yet (its card says where its words were accepted instead).
  if (!selected || selected.status !== 'confirmed') return null;
  // Keyed by quote, so another quote's sources never show while this one's load.
  return <QuoteSources key={selected.id} quote={selected} />;
}

function QuoteSources({ quote }: { quote: Quote }) {
  const { articles, reportError } = useWorkbench();
  const sources = useResult(
    () => api.quotesSameStatement({ id: quote.id }),
    // Another article's quotes change the answer: the article list reloads when any of them changes.
    [quote.id, quote.target.exact, quote.speakerId, articles.value],
    reportError,
  );
  const list = sources.value ?? [];
  if (list.length === 0) return null;
  return (
    <div className="same-statement-section">
      <StatementSources sources={list} />
    </div>
  );
}
