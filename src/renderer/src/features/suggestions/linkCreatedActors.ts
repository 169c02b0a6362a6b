/**
 * Open suggestions are worked out once, against the actors the notebook had then. Accepting some
 * of them can create actors ("Jens Stoltenberg · new person"); the suggestions still open that
 * name the same actor, in this article or another one, should now say "in the notebook" and
 * point at it, rather than go on offering to create a person who already exists.
 */
import { isDescription } from '../../../../shared/actors/descriptionName';
import { actorOfKind } from '../../../../shared/actors/resolveActor';
import type { Actor, ActorKind } from '../../../../shared/model';
import type { SuggestionState } from './suggestionStore';

type Named = { name: string; kind: ActorKind; actorId: string | null };

/**
 * The state with every unmatched speaker, about-actor and article actor that names one of
 * `created` linked to it. The match is the one accepting uses: a full name or alias, or a
 * surname for a person; a description ("the union") only in the article that created it, since
 * "the union" of another story is another union.
 */
export function linkCreatedActors(state: SuggestionState, created: readonly Actor[], sameArticle: boolean): SuggestionState {
  if (created.length === 0) return state;
  const idFor = (named: Named): string | null => {
    if (named.actorId) return named.actorId;
    if (isDescription(named.name) && !sameArticle) return null;
    return actorOfKind(named.name, named.kind, created)?.id ?? null;
  };
  const link = <T extends Named>(named: T): T => {
    const actorId = idFor(named);
    return actorId === named.actorId ? named : { ...named, actorId };
  };
  let changed = false;
  const items = state.items.map((s) => {
    const speaker = s.speaker && !s.speaker.anonymous ? link(s.speaker) : s.speaker;
    const about = s.about.map(link);
    if (speaker === s.speaker && about.every((a, i) => a === s.about[i])) return s;
    changed = true;
    return { ...s, speaker, about };
  });
  const actors = state.actors.map(link);
  if (!changed && actors.every((a, i) => a === state.actors[i])) return state;
  return { ...state, items, actors };
}
