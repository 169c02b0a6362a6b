/** The inspector beside an actor page: the actor card — counts, affiliations, members, likely duplicates. */
import { useMemo } from 'react';
import type { Actor } from '../../../../shared/model';
import { EmptyState } from '../../ui/EmptyState';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { actorTint, kindLabel } from './actorLabels';
import { duplicatesOf, useActorStats } from './useActorStats';

export function ActorInspector({ view }: { view: View }) {
  const wb = useWorkbench();
  const { counts, duplicates } = useActorStats();
  const actors = wb.actors.value ?? [];
  const byId = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const actor = byId.get(view.id);

  if (view.id === 'new') {
    return (
      <div className="pane-scroll">
        <EmptyState title="Naming a new actor">
          <p>Give every name the news uses for it: “U.S.” and “US” are recognised as the same, and a surname finds the person.</p>
          <p>For a state, type its name or capital to use the built-in entry with its usual names.</p>
        </EmptyState>
      </div>
    );
  }
  if (!actor) {
    return (
      <div className="pane-scroll">
        <EmptyState title="Actor not found">
          <p>It may have been merged into another actor or deleted.</p>
        </EmptyState>
      </div>
    );
  }

  const chain: Actor[] = [];
  for (let next = actor.affiliationId ? byId.get(actor.affiliationId) : undefined; next && !chain.includes(next) && chain.length < 10; next = next.affiliationId ? byId.get(next.affiliationId) : undefined) chain.push(next);
  const members = actors.filter((a) => a.affiliationId === actor.id);
  const likely = duplicatesOf(duplicates, actor.id).filter((d) => byId.has(d.otherId));
  const c = counts?.[actor.id] ?? { said: 0, about: 0 };
  const open = (id: string) => wb.openView({ kind: 'actor', id });

  return (
    <>
      <header className="pane-header">
        <h1 className="pane-title">Actor</h1>
      </header>
      <div className="pane-scroll actor-card">
        <div className="actor-card__head" data-tint={actorTint(actor)}>
          <span className="actor-avatar" aria-hidden="true">
            {initials(actor.name)}
          </span>
          <div>
            <p className="actor-card__name">{actor.name}</p>
            <p className="actor-card__kind">{[kindLabel[actor.kind], actor.role].filter(Boolean).join(' · ')}</p>
          </div>
        </div>
        <dl className="actor-card__stats">
          <div>
            <dt>Said</dt>
            <dd>{c.said}</dd>
          </div>
          <div>
            <dt>About</dt>
            <dd>{c.about}</dd>
          </div>
        </dl>
        {chain.length > 0 && (
          <section className="actor-card__section">
            <h2 className="actor-card__title">Affiliation</h2>
            <ul className="actor-card__list">
              {chain.map((a) => (
                <li key={a.id}>
                  <button type="button" className="link-button" onClick={() => open(a.id)}>
                    {a.name}
                  </button>
                  <span className="actor-card__muted"> · {kindLabel[a.kind]}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {members.length > 0 && (
          <section className="actor-card__section">
            <h2 className="actor-card__title">Members</h2>
            <ul className="actor-card__list">
              {members.map((a) => (
                <li key={a.id}>
                  <button type="button" className="link-button" onClick={() => open(a.id)}>
                    {a.name}
                  </button>
                  {a.role && <span className="actor-card__muted"> · {a.role}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {likely.length > 0 && (
          <section className="actor-card__section">
            <h2 className="actor-card__title">Possibly the same as</h2>
            <ul className="actor-card__list">
              {likely.map((d) => (
                <li key={d.otherId}>
                  <button type="button" className="link-button" onClick={() => open(d.otherId)}>
                    {byId.get(d.otherId)!.name}
                  </button>
                  <span className="actor-card__muted"> · {d.reasons.join('; ')}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="actor-card__section">
          <button type="button" className="button" onClick={() => wb.openView({ kind: 'whoSaidWhat', id: 'notebook' })}>
            Who said what about whom
          </button>
        </section>
      </div>
    </>
  );
}

/** "Jens Stoltenberg" → "JS", "NATO" → "NA", "China" → "Ch". */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length > 1) return (words[0]![0]! + words[words.length - 1]![0]!).toUpperCase();
  return (words[0] ?? name).slice(0, 2);
}
