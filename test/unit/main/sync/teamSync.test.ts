import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamSync, type TeamSyncDeps } from '../../../../src/main/sync/teamSync';
import type { NotebookStore } from '../../../../src/main/store';
import type { FileChange } from '../../../../src/main/store/liveFiles';

/** A notebook that only announces changes: all TeamSync looks at. */
function fakeStore(live = true) {
  const listeners = new Set<(change: FileChange) => void>();
  const store = {
    dir: '/notebooks/team.quotebook',
    live: live ? {} : null,
    onChange: (listener: (change: FileChange) => void) => (listeners.add(listener), () => listeners.delete(listener)),
  };
  const change = (origin: FileChange['origin'] = 'local') => {
    for (const listener of listeners) listener({ ref: { kind: 'notebook', id: '' }, file: null, origin });
  };
  return { store: store as unknown as NotebookStore, change, listening: () => listeners.size };
}

const remote = { url: 'ws://127.0.0.1:9999', secret: 's3cret' };
const done = { sent: 1, received: 0, documents: 3 };

describe('continuous team sync', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-05T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  const deps = (round: TeamSyncDeps['round']): TeamSyncDeps => ({ round, readRemote: async () => remote, settleMs: 1_000, everyMs: 30_000, maxRetryMs: 120_000 });

  it('does nothing for a notebook that never joined a team, or one open read-only', async () => {
    const round = vi.fn(async () => done);
    const alone = fakeStore();
    const solo = await TeamSync.start(alone.store, { ...deps(round), readRemote: async () => null });
    const readOnly = await TeamSync.start(fakeStore(false).store, deps(round));
    alone.change();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(round).not.toHaveBeenCalled();
    expect(solo.status()).toBeNull();
    expect(readOnly.status()).toBeNull();
    expect(alone.listening()).toBe(0);
  });

  it('syncs on opening, shortly after a change, and every half minute to receive the others’ work', async () => {
    const round = vi.fn(async () => done);
    const { store, change } = fakeStore();
    const sync = await TeamSync.start(store, deps(round));
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(1);
    expect(sync.status()).toMatchObject({ url: remote.url, state: 'synced', lastSyncedAt: '2026-12-05T09:00:00.000Z', sent: 1, documents: 3 });

    // A burst of edits travels in one round, a moment after the last.
    change();
    await vi.advanceTimersByTimeAsync(500);
    change();
    await vi.advanceTimersByTimeAsync(999);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(2);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(round).toHaveBeenCalledTimes(3);
    await sync.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(round).toHaveBeenCalledTimes(3);
  });

  it('never runs two rounds at once, and sends an edit made during a round in the next one', async () => {
    let finish!: () => void;
    let active = 0;
    let most = 0;
    const round = vi.fn(async () => {
      most = Math.max(most, ++active);
      await new Promise<void>((resolve) => (finish = resolve));
      active--;
      return done;
    });
    const { store, change } = fakeStore();
    const sync = await TeamSync.start(store, deps(round));
    await vi.advanceTimersByTimeAsync(0);
    const asked = sync.syncNow();
    change('local');
    change('remote'); // what the round itself receives does not call for another round
    finish();
    await asked;
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(round).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(most).toBe(1);
    await sync.stop();
  });

  it('says since when it is offline and why, retries with growing pauses, and recovers', async () => {
    let up = false;
    const round = vi.fn(async () => {
      if (!up) throw new Error('The connection to the sync server closed. Check the address and that the server is running.');
      return done;
    });
    const { store, change } = fakeStore();
    const sync = await TeamSync.start(store, deps(round));
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.status()).toMatchObject({ state: 'offline', offlineSince: '2026-12-05T09:00:00.000Z', lastSyncedAt: null, lastError: expect.stringContaining('server is running') });

    // Edits while offline wait for the next retry instead of each trying again.
    change();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(3);
    expect(sync.status()?.offlineSince).toBe('2026-12-05T09:00:00.000Z');

    up = true;
    const after = await sync.syncNow();
    expect(after).toMatchObject({ state: 'synced', offlineSince: null, lastError: null, lastSyncedAt: '2026-12-05T09:01:30.000Z' });
    await sync.stop();
  });
});
