/**
 * On a suggestion's card: the accepted quotes in other articles that say the same words ("Already
 * a quote in: Reuters (19 Feb 2023)"), each opening its article at the quote — so the analyst sees
 * the line is known, and who it was attributed to there.
 */
import { api } from '../../api';
import { StatementSources } from '../../ui/StatementSources';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { Suggestion } from './suggestionStore';

export function AcceptedElsewhere({ articleId, suggestion }: { articleId: string; suggestion: Pick<Suggestion, 'id' | 'text' | 'speaker'> }) {
  const { articles, reportError } = useWorkbench();
  const speakerId = suggestion.speaker?.actorId ?? null;
  const found = useResult(
    () => api.quotesMatchStatements({ articleId, items: [{ key: suggestion.id, text: suggestion.text, speakerId }] }),
    [articleId, suggestion.id, suggestion.text, speakerId, articles.value],
    reportError,
  );
  const sources = found.value?.[suggestion.id] ?? [];
  return <StatementSources key={suggestion.id} lead="Already a quote in" sources={sources} />;
}
