/**
 * "Restore from a backup…": the notebook's verified backups, newest first, each with when and why
 * it was made and what it holds, so the analyst can pick the moment to go back to. Restoring asks
 * once more; the notebook as it is now is backed up first, so a restore can itself be undone.
 */
import { useEffect, useState } from 'react';
import type { BackupSummary } from '../../../../shared/backups/api';
import { api } from '../../api';
import { Modal } from '../../ui/Modal';
import { countsLabel, madeAt, reasonLabel } from './backupLabels';

export interface BackupsDialogProps {
  onClose: () => void;
  /** Called after a restore, with what it did. */
  onRestored: (backup: BackupSummary, beforeRestoreBackupId: string | null) => void;
}

export function BackupsDialog({ onClose, onRestored }: BackupsDialogProps) {
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () =>
    void api.backupsList({}).then((result) => {
      if (result.ok) setBackups(result.value);
      else setError(result.error.message);
    });
  useEffect(load, []);

  async function backUpNow(): Promise<void> {
    setBusy(true);
    const made = await api.backupsCreate({});
    setBusy(false);
    if (!made.ok) return setError(made.error.message);
    setError(null);
    load();
  }

  async function restore(backup: BackupSummary): Promise<void> {
    setBusy(true);
    const result = await api.backupsRestore({ id: backup.id });
    setBusy(false);
    if (!result.ok) {
      setChosen(null);
      return setError(result.error.message);
    }
    onRestored(backup, result.value.beforeRestoreBackupId);
  }

  if (chosen) {
    return (
      <Modal
        title="Restore this backup?"
        onClose={() => setChosen(null)}
        actions={
          <>
            <button type="button" className="button" onClick={() => setChosen(null)} autoFocus>
              Cancel
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void restore(chosen)}>
              {busy ? 'Restoring…' : 'Restore notebook'}
            </button>
          </>
        }
      >
        <p className="qb-modal__text">
          The whole notebook goes back to how it was on <strong>{madeAt(chosen.createdAt)}</strong> ({countsLabel(chosen.counts)}). Changes made since then are
          replaced. The notebook as it is now is backed up first (“Before a restore”), so you can come back to it from this list.
        </p>
      </Modal>
    );
  }

  return (
    <Modal
      title="Restore from a backup"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
            Back up now
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="qb-modal__hint">
        Quotebook makes a verified backup when the notebook is opened (once a day) and before merging or deleting actors and tags, accepting several
        suggestions, replacing a text, importing and restoring. It keeps the newest 10 and one a week for 8 weeks.
      </p>
      {error && (
        <p className="qb-modal__error" role="alert">
          {error}
        </p>
      )}
      {backups === null && !error && <p className="qb-modal__text">Checking the backups…</p>}
      {backups?.length === 0 && <p className="qb-modal__text">This notebook has no backup yet. “Back up now” makes one.</p>}
      {backups && backups.length > 0 && (
        <ul className="recovery-list" aria-label="Backups, newest first">
          {backups.map((b) => (
            <li key={b.id} className="recovery-list__row">
              <div className="recovery-list__main">
                <span className="recovery-list__title">{madeAt(b.createdAt)}</span>
                <span className="recovery-list__meta">
                  {reasonLabel(b.reason)} · {countsLabel(b.counts)}
                </span>
              </div>
              <button type="button" className="button button--small" disabled={busy} aria-label={`Restore the backup of ${madeAt(b.createdAt)}`} onClick={() => setChosen(b)}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
