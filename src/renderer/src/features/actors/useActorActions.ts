/**
 * Merging and deleting actors from the UI, each with an Undo in its message. After either, every
 * list and open article is reloaded, because quotes elsewhere changed their speaker or subject.
 */
import { useCallback } from 'react';
import type { ActorRemoval } from '../../../../shared/actors/api';
import type { Actor } from '../../../../shared/model';
import { api } from '../../api';
import { plural } from '../../ui/format';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { reloadArticle } from '../reader/useArticle';
import { reloadActorStats } from './useActorStats';

export interface ActorActions {
  /** Merges `from` into `into` (and shows the survivor unless `stay`); resolves true when done. */
  merge: (from: Actor, into: Actor, options?: { stay?: boolean }) => Promise<boolean>;
  /** Deletes `actor` (the caller has asked first when quotes use it); resolves true when done. */
  remove: (actor: Actor) => Promise<boolean>;
}

export function useActorActions(): ActorActions {
  const wb = useWorkbench();
  const { refresh, tabs, notify, reportError, openView, closeView } = wb;

  const reloadAll = useCallback(() => {
    refresh('actors', 'info');
    reloadActorStats();
    for (const tab of tabs) if (tab.kind === 'article') reloadArticle(tab.id);
  }, [refresh, tabs]);

  const undo = useCallback(
    async (record: ActorRemoval) => {
      const result = await api.actorsRestore({ record });
      if (!result.ok) return reportError(result.error);
      reloadAll();
      notify(`“${result.value.name}” is back.`, 'info');
    },
    [notify, reloadAll, reportError],
  );

  const merge = useCallback(
    async (from: Actor, into: Actor, options: { stay?: boolean } = {}) => {
      const result = await api.actorsMerge({ fromId: from.id, intoId: into.id });
      if (!result.ok) {
        reportError(result.error);
        return false;
      }
      closeView({ kind: 'actor', id: from.id });
      if (!options.stay) openView({ kind: 'actor', id: into.id });
      reloadAll();
      const moved = result.value.movedQuotes ? `; ${plural(result.value.movedQuotes, 'quote')} moved` : '';
      notify(`Merged “${from.name}” into “${into.name}”${moved}.`, 'info', { label: 'Undo', run: () => void undo(result.value.undo) });
      return true;
    },
    [closeView, notify, openView, reloadAll, reportError, undo],
  );

  const remove = useCallback(
    async (actor: Actor) => {
      const result = await api.actorsDelete({ id: actor.id, force: true });
      if (!result.ok) {
        reportError(result.error);
        return false;
      }
      closeView({ kind: 'actor', id: actor.id });
      reloadAll();
      const detached = result.value.detachedQuotes ? `, and removed from ${plural(result.value.detachedQuotes, 'quote')}` : '';
      notify(`Deleted “${actor.name}”${detached}.`, 'info', { label: 'Undo', run: () => void undo(result.value.undo) });
      return true;
    },
    [closeView, notify, reloadAll, reportError, undo],
  );

  return { merge, remove };
}
