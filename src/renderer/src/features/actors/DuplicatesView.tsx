/**
 * Reviewing likely duplicate actors: each pair side by side with why it looks like one actor,
 * and the choices "merge this way", "merge the other way" or "not the same" (remembered).
 */
import { useMemo } from 'react';
import type { Actor } from '../../../../shared/model';
import { api } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { actorRowDetail, actorTint } from './actorLabels';
import { useActorActions } from './useActorActions';
import { reloadActorStats, useActorStats } from './useActorStats';

export function DuplicatesView() {
  const wb = useWorkbench();
  const { counts, duplicates } = useActorStats();
  const { merge } = useActorActions();
  const byId = useMemo(() => new Map((wb.actors.value ?? []).map((a) => [a.id, a])), [wb.actors.value]);
  const pairs = (duplicates ?? []).filter((p) => byId.has(p.ids[0]) && byId.has(p.ids[1]));
  const weight = (a: Actor) => (counts?.[a.id]?.said ?? 0) + (counts?.[a.id]?.about ?? 0);

  const dismiss = async (ids: [string, string]) => {
    const result = await api.actorsDismissDuplicate({ ids });
    if (!result.ok) return wb.reportError(result.error);
    reloadActorStats();
  };

  const card = (actor: Actor) => (
    <div className="dup-card" data-tint={actorTint(actor)}>
      <button type="button" className="link-button dup-card__name" onClick={() => wb.openView({ kind: 'actor', id: actor.id })}>
        <span className="actor-swatch" aria-hidden="true" />
        {actor.name}
      </button>
      <span className="dup-card__meta">{actorRowDetail(actor, byId)}</span>
      {actor.aliases.length > 0 && <span className="dup-card__meta">Also {actor.aliases.join(', ')}</span>}
      <span className="dup-card__meta">
        {plural(counts?.[actor.id]?.said ?? 0, 'quote')} said · {counts?.[actor.id]?.about ?? 0} about
      </span>
    </div>
  );

  return (
    <div className="actor-page" data-scroll-container>
      <div className="actor-column">
        <header className="report-page__header">
          <h1 className="report-page__title">Likely duplicate actors</h1>
          <p className="report-page__intro">
            Pairs that share a name or alias, a surname, or name the same state. Merging keeps every quote: the quotes, members and names of one move to the
            other, and you can undo it.
          </p>
        </header>
        {duplicates === undefined && <p className="pane-note">Loading…</p>}
        {duplicates && pairs.length === 0 && (
          <EmptyState title="No likely duplicates">
            <p>Every actor has a name of its own. New pairs are pointed out here as you add actors.</p>
          </EmptyState>
        )}
        <ul className="dup-list">
          {pairs.map(({ ids, reasons }) => {
            // Suggest keeping the actor with more quotes (then the longer, fuller name).
            const [a, b] = ids.map((id) => byId.get(id)!) as [Actor, Actor];
            const [keep, drop] = weight(a) > weight(b) || (weight(a) === weight(b) && a.name.length >= b.name.length) ? [a, b] : [b, a];
            return (
              <li key={ids.join(' ')} className="dup-pair" aria-label={`${keep.name} and ${drop.name}`}>
                <div className="dup-pair__cards">
                  {card(keep)}
                  {card(drop)}
                </div>
                <p className="dup-pair__why">{reasons.join('; ')}</p>
                <div className="dup-pair__actions">
                  <button type="button" className="button button--primary button--small" onClick={() => void merge(drop, keep, { stay: true })}>
                    Merge into {keep.name}
                  </button>
                  <button type="button" className="button button--small" onClick={() => void merge(keep, drop, { stay: true })}>
                    Merge into {drop.name}
                  </button>
                  <button type="button" className="button button--small" onClick={() => void dismiss(ids)}>
                    Not the same
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
