/**
 * Shows the recovery dialogs when asked (command palette, the damaged-files banner) and brings the
 * window up to date after a restore: lists, open articles, and the reader's undo list (whose
 * entries refer to the notebook as it was).
 */
import { useEffect, useState } from 'react';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { reloadArticle } from '../reader/useArticle';
import { forgetQuoteChanges } from '../reader/quoteUndo';
import { BackupsDialog } from './BackupsDialog';
import { TrashDialog } from './TrashDialog';
import { madeAt } from './backupLabels';
import { onRecoveryRequest, type RecoveryDialog } from './recoveryEvents';

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
