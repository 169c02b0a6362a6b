/**
 * One line under the notebook's counts for a notebook that joined a team: when it last synced,
 * or since when the server cannot be reached and why, with "Sync now". Nothing for a notebook
 * without a team server. The app syncs on its own (main process); this line only reports it.
 * Below it, who else has the notebook open (OnlineLine), with or without a team.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TeamSyncStatus } from '../../../../shared/api/contract';
import { api } from '../../api';
import { OnlineLine } from './OnlineLine';

const POLL_MS = 10_000;

const clock = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export function TeamSyncLine() {
  const [status, setStatus] = useState<TeamSyncStatus | null>(null);
  const [asking, setAsking] = useState(false);

  const refresh = useCallback(async () => {
    const result = await api.syncStatus({});
    if (result.ok) setStatus(result.value);
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  if (!status) return <OnlineLine teammates={[]} />;
  const syncNow = async () => {
    setAsking(true);
    const result = await api.syncNow({});
    setAsking(false);
    if (result.ok) setStatus(result.value);
  };
  const host = (() => {
    try {
      return new URL(status.url).host;
    } catch {
      return status.url;
    }
  })();
  const text =
    asking || status.state === 'syncing'
      ? 'Syncing with the team…'
      : status.state === 'offline'
        ? `Team server unreachable since ${clock(status.offlineSince!)}; your work is kept and sent when it answers.`
        : `Synced with the team at ${clock(status.lastSyncedAt!)}`;
  return (
    <>
      <div className="team-sync" data-state={asking ? 'syncing' : status.state} role="status" aria-label="Team sync">
        <span className="team-sync__dot" aria-hidden="true" />
        <p className="team-sync__text" title={status.lastError ?? `Team server: ${status.url}`}>
          {text}
          {status.state !== 'offline' && <span className="team-sync__host"> · {host}</span>}
        </p>
        <button type="button" className="link-button" disabled={asking} onClick={() => void syncNow()}>
          Sync now
        </button>
      </div>
      <OnlineLine teammates={status.online ?? []} />
    </>
  );
}
