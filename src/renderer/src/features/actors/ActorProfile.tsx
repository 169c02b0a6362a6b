/**
 * The top of an actor page: kind, name, role and affiliation (each a link to that actor), other
 * names, Wikidata id, description, and the actions Edit, Merge and Delete. A likely duplicate is
 * pointed out here, with Merge and "Not the same" right beside it.
 */
import { useState } from 'react';
import type { ActorPage } from '../../../../shared/actors/api';
import type { Actor } from '../../../../shared/model';
import { api } from '../../api';
import { plural } from '../../ui/format';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { DeleteDialog, MergeDialog } from './ActorDialogs';
import { actorTint, kindLabel, wikidataId } from './actorLabels';
import { useActorActions } from './useActorActions';
import { duplicatesOf, reloadActorStats, useActorStats } from './useActorStats';

export interface ActorProfileProps {
  page: ActorPage;
  actorsById: ReadonlyMap<string, Actor>;
  onEdit: () => void;
}

export function ActorProfile({ page, actorsById, onEdit }: ActorProfileProps) {
  const wb = useWorkbench();
  const { counts, duplicates } = useActorStats();
  const { merge, remove } = useActorActions();
  const [dialog, setDialog] = useState<{ kind: 'merge'; target: string | null } | { kind: 'delete' } | null>(null);
  const actor = actorsById.get(page.actor.id) ?? page.actor;
  const qid = wikidataId(actor);
  const likely = duplicatesOf(duplicates, actor.id).filter((d) => actorsById.has(d.otherId));
  const articles = page.articlesShown;
  const open = (id: string) => wb.openView({ kind: 'actor', id });

  const askDelete = () => {
    const c = counts?.[actor.id];
    if ((c?.said ?? 0) + (c?.about ?? 0) + page.members.length === 0) void remove(actor);
    else setDialog({ kind: 'delete' });
  };
  const dismiss = async (otherId: string) => {
    const result = await api.actorsDismissDuplicate({ ids: [actor.id, otherId] });
    if (!result.ok) return wb.reportError(result.error);
    reloadActorStats();
  };

  return (
    <header className="actor-profile">
      <p className="actor-profile__kicker">
        <span className="actor-swatch" data-tint={actorTint(actor)} aria-hidden="true" />
        {kindLabel[actor.kind]}
      </p>
      <h1 className="actor-profile__name">{actor.name}</h1>
      {(actor.role || page.affiliations.length > 0) && (
        <p className="actor-profile__role">
          {actor.role}
          {actor.role && page.affiliations.length > 0 && ', '}
          {page.affiliations.map((a, i) => (
            <span key={a.id}>
              {i > 0 && <span className="actor-profile__sep"> › </span>}
              <button type="button" className="link-button" onClick={() => open(a.id)}>
                {a.name}
              </button>
            </span>
          ))}
        </p>
      )}
      {actor.aliases.length > 0 && (
        <p className="actor-profile__aliases">
          <span className="actor-profile__label">Also known as</span>
          {actor.aliases.map((alias) => (
            <span key={alias} className="chip chip--alias">
              {alias}
            </span>
          ))}
        </p>
      )}
      {actor.description && <p className="actor-profile__description">{actor.description}</p>}
      <p className="actor-profile__facts">
        {plural(page.counts.said, 'quote')} said · {plural(page.counts.about, 'quote')} about · in {plural(articles, 'article')}
        {qid && (
          <>
            {' · '}Wikidata <span className="actor-profile__qid">{qid}</span>
          </>
        )}
      </p>
      {page.members.length > 0 && (
        <p className="actor-profile__members">
          <span className="actor-profile__label">Members</span>
          {page.members.map((m) => (
            <button key={m.id} type="button" className="chip chip--link" onClick={() => open(m.id)}>
              {m.name}
            </button>
          ))}
        </p>
      )}
      <div className="actor-profile__actions">
        <button type="button" className="button" onClick={onEdit}>
          Edit profile
        </button>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'merge', target: null })}>
          Merge into…
        </button>
        <button type="button" className="button button--quiet-danger" onClick={askDelete}>
          Delete
        </button>
      </div>

      {likely.map(({ otherId, reasons }) => (
        <div key={otherId} className="banner banner--warn actor-duplicate" role="note">
          <div className="actor-duplicate__text">
            <span className="banner__title">Possibly the same as </span>
            <button type="button" className="link-button" onClick={() => open(otherId)}>
              {actorsById.get(otherId)!.name}
            </button>
            <span className="actor-duplicate__why"> — {reasons.join('; ')}</span>
          </div>
          <button type="button" className="button button--small" onClick={() => setDialog({ kind: 'merge', target: otherId })}>
            Merge…
          </button>
          <button type="button" className="button button--small" onClick={() => void dismiss(otherId)}>
            Not the same
          </button>
        </div>
      ))}

      {dialog?.kind === 'merge' && (
        <MergeDialog
          actor={actor}
          actors={wb.actors.value ?? []}
          counts={counts?.[actor.id]}
          suggested={likely.map((d) => d.otherId)}
          initialTarget={dialog.target}
          onClose={() => setDialog(null)}
          onMerge={(into) => {
            setDialog(null);
            void merge(actor, into);
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          actor={actor}
          counts={counts?.[actor.id]}
          members={page.members.length}
          onClose={() => setDialog(null)}
          onMergeInstead={() => setDialog({ kind: 'merge', target: null })}
          onDelete={() => {
            setDialog(null);
            void remove(actor);
          }}
        />
      )}
    </header>
  );
}
