/** "Deleted quotes": the notebook's trash, most recently deleted first, each restorable with its id. */
import { useEffect, useState } from 'react';
import type { TrashedQuote } from '../../../../shared/backups/trashApi';
import type { Quote } from '../../../../shared/model';
import { api } from '../../api';
import { Modal } from '../../ui/Modal';
import { madeAt } from './backupLabels';
import { quoteText } from '../../../../shared/anchoring/pieces';

export interface TrashDialogProps {
  onClose: () => void;
  onRestored: (quote: Quote) => void;
}

export function TrashDialog({ onClose, onRestored }: TrashDialogProps) {
  const [items, setItems] = useState<TrashedQuote[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    void api.trashList({}).then((result) => {
      if (result.ok) setItems(result.value.quotes);
      else setError(result.error.message);
    });
  }, []);

  async function restore(item: TrashedQuote): Promise<void> {
    setBusy(item.quote.id);
    const result = await api.trashRestore({ quoteId: item.quote.id });
    setBusy(null);
    if (!result.ok) return setError(result.error.message);
    setItems((current) => current?.filter((i) => i.quote.id !== item.quote.id) ?? null);
    onRestored(result.value);
  }

  return (
    <Modal
      title="Deleted quotes"
      wide
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <p className="qb-modal__hint">Deleted quotes stay here until you restore them. A restored quote keeps its id, so notes citing it show it again.</p>
      {error && (
        <p className="qb-modal__error" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p className="qb-modal__text">Loading…</p>}
      {items?.length === 0 && <p className="qb-modal__text">The trash is empty.</p>}
      {items && items.length > 0 && (
        <ul className="recovery-list" aria-label="Deleted quotes, most recent first">
          {items.map((item) => (
            <li key={item.quote.id} className="recovery-list__row">
              <div className="recovery-list__main">
                <span className="recovery-list__title">“{quoteText(item.quote.target).length > 140 ? `${quoteText(item.quote.target).slice(0, 139)}…` : quoteText(item.quote.target)}”</span>
                <span className="recovery-list__meta">
                  {item.articleTitle} · deleted {madeAt(item.quote.deletedAt)}
                </span>
              </div>
              <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void restore(item)}>
                {busy === item.quote.id ? 'Restoring…' : 'Restore'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
