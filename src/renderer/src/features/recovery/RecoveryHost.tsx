/**
 * Shows the recovery dialogs when asked (command palette, the damaged-files banner) and brings the
 * window up to date after a restore: lists, open articles, and the reader's undo list (whose
 * entries refer to the notebook as it was).
 */
import { useEffect, useState } from 'react';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { reloadArticle } from '../reader/useArticle';
import { forgetQuoteChanges } from '../reader/quoteUndo';
import { madeAt } from './backupLabels';
import { onRecoveryRequest, type RecoveryDialog } from './recoveryEvents';
import { lazyComponent } from '../../ui/lazyComponent';

// Drawn only when asked for: loaded on first use (or in idle time after start), not with the first screen.
const BackupsDialog = lazyComponent(() => import('./BackupsDialog').then((m) => m.BackupsDialog), null);
const TrashDialog = lazyComponent(() => import('./TrashDialog').then((m) => m.TrashDialog), null);

export function RecoveryHost() {
  const { tabs, refresh, notify } = useWorkbench();
  const [open, setOpen] = useState<RecoveryDialog | null>(null);
  useEffect(() => onRecoveryRequest(setOpen), []);
  const close = () => setOpen(null);

  if (open === 'backups') {
    return (
      <BackupsDialog
        onClose={close}
        onRestored={(backup) => {
          close();
          forgetQuoteChanges();
          refresh();
          for (const tab of tabs) if (tab.kind === 'article') reloadArticle(tab.id);
          notify(`Restored the notebook as it was on ${madeAt(backup.createdAt)}. The notebook as it was just before is the newest backup (“Before a restore”).`, 'info');
        }}
      />
    );
  }
  if (open === 'trash') {
    return (
      <TrashDialog
        onClose={close}
        onRestored={(quote) => {
          refresh('articles', 'info');
          reloadArticle(quote.articleId);
          notify('Restored the quote.', 'info');
        }}
      />
    );
  }
  return null;
}
