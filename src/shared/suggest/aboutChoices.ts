/**
 * The about-actors of a suggestion as `suggest:accept` takes them (the app and the CLI both send
 * them): each with the aliases and role the article gave the actor, so a new actor is created
 * with them, as a new speaker is. Kept apart from api.ts so the renderer needs no schema library.
 */
import type { ActorKind } from '../model';
import type { SuggestedActor, SuggestedQuote } from './types';

/** One about-actor as `suggest:accept` takes it. */
export interface AboutChoiceInput {
  name: string;
  kind: ActorKind;
  actorId: string | null;
  aliases: string[];
  role: string;
}

export function aboutChoices(q: Pick<SuggestedQuote, 'about'>, actors: readonly SuggestedActor[]): AboutChoiceInput[] {
  return q.about.map((a) => {
    const actor = a.actorIndex === null ? undefined : actors[a.actorIndex];
    return { name: a.name, kind: a.kind, actorId: a.actorId, aliases: actor?.aliases ?? [], role: actor?.role ?? '' };
  });
}
