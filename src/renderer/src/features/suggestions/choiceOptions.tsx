/** What the speaker and about pickers of a suggestion share: which article actors to offer, and how a choice reads. */
import { searchActors } from '../../../../shared/actors';
import { isDescription } from '../../../../shared/actors/descriptionName';
import type { Actor } from '../../../../shared/model';
import type { SuggestedActor } from '../../../../shared/suggest';
import { cameFrom } from '../actors/actorLabels';

/** A notebook actor a picker offers, with where it is from ("in the notebook", or its article). */
export interface OfferedActor {
  actor: Actor;
  from: string;
}

/**
 * The notebook's actors whose names hold `typed` (the first ones when empty), in two lists. `near`
 * are offered first. `far` are actors named by a description that came from another article
 * ("the union" of a strike elsewhere): offered after this article's own actors, and saying which
 * article they came from, since the same words here most likely mean another body.
 */
export function notebookActorsToOffer(typed: string, notebook: readonly Actor[], articleActors: readonly SuggestedActor[]): { near: OfferedActor[]; far: OfferedActor[] } {
  const matchedHere = new Set(articleActors.map((a) => a.actorId));
  const near: OfferedActor[] = [];
  const far: OfferedActor[] = [];
  for (const actor of searchActors(typed, notebook, 6)) {
    if (isDescription(actor.name) && !matchedHere.has(actor.id)) far.push({ actor, from: cameFrom(actor.description) || 'from another article' });
    else near.push({ actor, from: 'in the notebook' });
  }
  return { near, far };
}

/**
 * The article's actors not yet in the notebook whose name or alias holds `lower` (all when empty),
 * with their index in the article's list. One accepted meanwhile is in the notebook now: it is
 * offered once, as the notebook's (unless its name is a description: the notebook's "the union"
 * is another article's).
 */
export function articleActorsToOffer(articleActors: readonly SuggestedActor[], notebook: readonly Actor[], lower: string, keep: (a: SuggestedActor) => boolean = () => true) {
  const inNotebook = new Set(notebook.filter((a) => !isDescription(a.name)).map((a) => a.name.toLowerCase()));
  return articleActors
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => !a.actorId && !inNotebook.has(a.name.toLowerCase()) && keep(a) && (!lower || [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(lower))))
    .slice(0, 6);
}

/** One line of a picker's list: the name, and what picking it means. */
export function ChoiceLine({ label, detail }: { label: string; detail: string }) {
  return (
    <span className="suggestion-choice">
      <span className="suggestion-choice__name">{label}</span>
      <span className="suggestion-choice__detail" title={detail}>
        {detail}
      </span>
    </span>
  );
}
