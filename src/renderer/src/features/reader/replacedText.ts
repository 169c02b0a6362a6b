/**
 * The notice after an article's text was replaced (a newer version imported, or corrected by
 * hand): how its quotes fared, with Undo. An error-styled notice when quotes were lost, so it
 * stays until read.
 */
import type { ReplaceTextResult } from '../../../../shared/anchoring/api';
import { plural } from '../../ui/format';
import type { Workbench } from '../../workbench/WorkbenchContext';

export function reportReplacedText(wb: Pick<Workbench, 'notify'>, { report, quotes }: ReplaceTextResult, done: string, undo: () => Promise<void>): void {
  const parts = [
    plural(report.exact, 'quote') + ' found as before',
    report.fuzzy ? `${report.fuzzy} placed approximately (check them)` : '',
    report.orphaned ? `${report.orphaned} not found (kept at the top of the quote list)` : '',
  ].filter(Boolean);
  wb.notify(`${done} ${quotes.length ? `${parts.join(', ')}.` : ''}`.trim(), report.orphaned ? 'error' : 'info', { label: 'Undo', run: undo });
}
