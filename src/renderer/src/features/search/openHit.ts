/** Opening a search hit where it lives: the article scrolled to the words, the quote, the note, the actor. */
import type { SearchHit } from '../../../../shared/search/api';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { requestReveal } from '../../workbench/revealRequests';
import { matchedWords } from './groupHits';

export function openHit(wb: Workbench, hit: SearchHit): void {
  if (hit.kind === 'note') return wb.openView({ kind: 'note', id: hit.id });
  if (hit.kind === 'actor') return wb.openView({ kind: 'actor', id: hit.id });
  if (!hit.articleId) return;
  wb.openView({ kind: 'article', id: hit.articleId });
  if (hit.kind === 'quote') wb.selectQuote(hit.id, { scroll: true });
  else requestReveal({ articleId: hit.articleId, at: hit.at ?? 0, words: matchedWords(hit) });
}
