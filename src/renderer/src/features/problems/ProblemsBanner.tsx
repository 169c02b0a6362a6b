/**
 * Damaged files moved aside stay in view until the analyst acknowledges them: a banner above the
 * panes names each file, what is missing because of it, and how to get it back. Acknowledging
 * hides it everywhere (app, browser edition, command line); the damaged copy stays on disk.
 */
import { useState } from 'react';
import { api } from '../../api';
import { IconWarning } from '../../ui/icons';
import { plural } from '../../ui/format';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { openRecoveryDialog } from '../recovery/recoveryEvents';

export function ProblemsBanner() {
  const { info, refresh, reportError } = useWorkbench();
  const [busy, setBusy] = useState(false);
  const problems = info.value?.problems ?? [];
  if (!problems.length) return null;
  const acknowledgeable = problems.filter((p) => p.id).map((p) => p.id as string);
  // A failed backup on open is reported here too, but it is no file left out.
  const damaged = problems.filter((p) => p.kind !== 'backup-failed').length;

  async function acknowledge(ids: string[]): Promise<void> {
    setBusy(true);
    const result = await api.problemsAcknowledge({ ids });
    setBusy(false);
    if (!result.ok) reportError(result.error);
    refresh('info');
  }

  return (
    <section className="banner banner--danger problems-banner" role="alert" aria-label="Damaged files">
      <IconWarning />
      <div className="problems-banner__body">
        <p className="banner__title">
          {damaged > 0
            ? `${plural(damaged, 'file')} of this notebook could not be read and ${damaged === 1 ? 'is' : 'are'} left out`
            : 'Today’s backup of this notebook could not be made'}
        </p>
        <ul className="problem-list">
          {problems.map((p) => (
            <li key={p.id ?? `${p.file}:${p.kind}`}>
              <span className="problem-list__file">{p.file}</span>
              {p.lost && <strong> — missing: {p.lost}.</strong>} {p.message}
              {p.id && (
                <button type="button" className="button button--small problems-banner__ack" disabled={busy} onClick={() => void acknowledge([p.id as string])}>
                  Acknowledge
                </button>
              )}
            </li>
          ))}
        </ul>
        <button type="button" className="button button--small" onClick={() => openRecoveryDialog('backups')}>
          Restore from a backup…
        </button>
        {acknowledgeable.length > 1 && (
          <button type="button" className="button button--small" disabled={busy} onClick={() => void acknowledge(acknowledgeable)}>
            Acknowledge all
          </button>
        )}
      </div>
    </section>
  );
}
