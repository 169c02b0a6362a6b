/**
 * Continuous team sync for the process that owns a notebook (the desktop app, `quotebook serve`).
 * A replica that joined a team server syncs on its own: a round shortly after every change, and
 * one every half minute to receive the others' work. Rounds never overlap; a round that fails
 * (server down, laptop offline) is retried later with a growing pause, and the status says since
 * when the notebook is offline and why. Nothing here decides what is sent: syncRound does that, so
 * a round the app runs and one `quotebook sync` runs are the same thing.
 */
import type { TeamSyncStatus } from '../../shared/api/contract';
import type { NotebookStore } from '../store';
import { UserError } from '../../shared/api/result';
import { syncRound, SyncError, type RoundResult } from './syncRound';
import { readRemote, type RemoteConfig } from './syncState';

export interface TeamSyncDeps {
  /** One round with the server (syncRound in the app; a fake in tests). */
  round: (store: NotebookStore, remote: RemoteConfig) => Promise<RoundResult>;
  /** The server this notebook syncs with, or null when it never joined one. */
  readRemote: (dir: string) => Promise<RemoteConfig | null>;
  /** Pause after a change before its round, so a burst of edits travels in one round (ms). */
  settleMs?: number;
  /** Pause between rounds when nothing changes here, to receive the others' work (ms). */
  everyMs?: number;
  /** Longest pause between retries while the server cannot be reached (ms). */
  maxRetryMs?: number;
  now?: () => Date;
}

const SETTLE_MS = 1_500;
const EVERY_MS = 30_000;
const MAX_RETRY_MS = 5 * 60_000;

export class TeamSync {
  #store: NotebookStore;
  #deps: Required<TeamSyncDeps>;
  #remote: RemoteConfig | null = null;
  #status: TeamSyncStatus | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<TeamSyncStatus | null> | null = null;
  #changedDuringRound = false;
  #failures = 0;
  #stopped = false;
  #unwatch: () => void = () => undefined;
  #listeners = new Set<(status: TeamSyncStatus | null) => void>();

  private constructor(store: NotebookStore, deps: TeamSyncDeps) {
    this.#store = store;
    this.#deps = { settleMs: SETTLE_MS, everyMs: EVERY_MS, maxRetryMs: MAX_RETRY_MS, now: () => new Date(), ...deps };
  }

  /** Starts syncing `store` if it has a team server (status null otherwise); a read-only notebook never syncs. */
  static async start(store: NotebookStore, deps: TeamSyncDeps): Promise<TeamSync> {
    const sync = new TeamSync(store, deps);
    const remote = store.live ? await deps.readRemote(store.dir) : null;
    if (remote && !sync.#stopped) {
      sync.#remote = remote;
      sync.#status = { url: remote.url, state: 'syncing', lastSyncedAt: null, offlineSince: null, lastError: null, sent: 0, received: 0, documents: 0, online: [] };
      sync.#unwatch = store.onChange((change) => {
        if (sync.#running) {
          if (change.origin === 'local') sync.#changedDuringRound = true;
          return;
        }
        // While the server cannot be reached, edits wait for the next retry instead of each trying again.
        if (sync.#failures === 0) sync.#schedule(sync.#deps.settleMs);
      });
      sync.#schedule(0);
    }
    return sync;
  }

  /** Where syncing stands, or null when this notebook has no team server. */
  status(): TeamSyncStatus | null {
    return this.#status && { ...this.#status };
  }

  /** Hears every change of status (a round starting, ending or failing). */
  onStatus(listener: (status: TeamSyncStatus | null) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Runs a round now (or waits for the one under way); resolves with the status after it. */
  syncNow(): Promise<TeamSyncStatus | null> {
    if (!this.#remote || this.#stopped) return Promise.resolve(this.status());
    if (this.#running) return this.#running;
    this.#clearTimer();
    this.#running = this.#round().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Stops syncing; a round under way finishes (its changes are saved) before this resolves. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clearTimer();
    this.#unwatch();
    this.#listeners.clear();
    await this.#running?.catch(() => undefined);
  }

  async #round(): Promise<TeamSyncStatus | null> {
    const remote = this.#remote!;
    this.#changedDuringRound = false;
    this.#update({ state: 'syncing' });
    try {
      const result = await this.#deps.round(this.#store, remote);
      this.#failures = 0;
      this.#update({
        state: 'synced',
        lastSyncedAt: this.#deps.now().toISOString(),
        offlineSince: null,
        lastError: null,
        sent: result.sent,
        received: result.received,
        documents: result.documents,
        online: teammates(result, this.#store),
      });
      this.#schedule(this.#changedDuringRound ? this.#deps.settleMs : this.#deps.everyMs);
    } catch (error) {
      this.#failures++;
      const offlineSince = this.#status?.offlineSince ?? this.#deps.now().toISOString();
      this.#update({ state: 'offline', offlineSince, lastError: error instanceof Error ? error.message : String(error), online: [] });
      // 30 s, 1 min, 2 min… up to the longest pause: a server that is down is not hammered.
      this.#schedule(Math.min(this.#deps.everyMs * 2 ** (this.#failures - 1), this.#deps.maxRetryMs));
    }
    return this.status();
  }

  #update(patch: Partial<TeamSyncStatus>): void {
    if (!this.#status || this.#stopped) return;
    this.#status = { ...this.#status, ...patch };
    for (const listener of this.#listeners) listener(this.status());
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.syncNow();
    }, ms);
    // A pending round never keeps the process alive on its own.
    this.#timer.unref?.();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

/** Who else the server saw online in a round (this replica's analyst left out). */
function teammates(result: RoundResult, store: NotebookStore): TeamSyncStatus['online'] {
  const self = store.live?.replica?.author.id;
  return (result.online ?? []).filter((member) => member.id !== self);
}

/** Continuous sync of `store` with its team server (an idle TeamSync when it has none). */
export function startTeamSync(store: NotebookStore): Promise<TeamSync> {
  return TeamSync.start(store, { round: (s, remote) => syncRound(s, remote), readRemote });
}

/**
 * One round for a process that does not sync continuously (a command line run): null when the
 * notebook has no team server; a failed round is the analyst's error to read, not a status.
 */
export async function roundOnce(store: NotebookStore): Promise<TeamSyncStatus | null> {
  const remote = await readRemote(store.dir);
  if (!remote) return null;
  try {
    const result = await syncRound(store, remote);
    const { sent, received, documents } = result;
    return { url: remote.url, state: 'synced', lastSyncedAt: new Date().toISOString(), offlineSince: null, lastError: null, sent, received, documents, online: teammates(result, store) };
  } catch (error) {
    if (error instanceof SyncError) throw new UserError('unavailable', error.message);
    throw error;
  }
}
