/**
 * Quote counts per actor and the likely duplicates, shared by the navigator's list, the actor
 * pages and the inspector (one load for all). They are reloaded whenever the workbench reloads
 * its actor or article lists, so a change made anywhere (a new quote, a merge) shows up here too.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { DuplicatePair, QuoteCounts } from '../../../../shared/actors/api';
import { api } from '../../api';
import { useWorkbench } from '../../workbench/WorkbenchContext';

export interface ActorStats {
  counts: Record<string, QuoteCounts> | undefined;
  duplicates: DuplicatePair[] | undefined;
}

let state: ActorStats = { counts: undefined, duplicates: undefined };
let generation = 0;
const listeners = new Set<() => void>();

function set(next: ActorStats): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Loads the counts and duplicates again (after a merge, delete or quote change). */
export function reloadActorStats(): void {
  const mine = ++generation;
  void Promise.all([api.actorsCounts({}), api.actorsDuplicates({})]).then(([counts, duplicates]) => {
    if (mine !== generation) return;
    // A failed load keeps the previous figures; the lists themselves report errors already.
    set({ counts: counts.ok ? counts.value : state.counts, duplicates: duplicates.ok ? duplicates.value : state.duplicates });
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The shared figures; reloads when the workbench's actor or article list changes. */
export function useActorStats(): ActorStats {
  const { actors, articles } = useWorkbench();
  const value = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    reloadActorStats();
  }, [actors.value, articles.value]);
  return value;
}

/** The likely duplicates that involve `actorId`, with the other actor's id. */
export function duplicatesOf(duplicates: readonly DuplicatePair[] | undefined, actorId: string): { otherId: string; reasons: string[] }[] {
  return (duplicates ?? []).filter((p) => p.ids.includes(actorId)).map((p) => ({ otherId: p.ids[0] === actorId ? p.ids[1] : p.ids[0], reasons: p.reasons }));
}
