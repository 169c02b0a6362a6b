/** What the actor profile form edits, and how an edit becomes an `actors:update` patch. */
import type { Actor, ActorKind } from '../../../../shared/model';
import { leastUsedTint } from '../../../../shared/palette';
import { wikidataId } from './actorLabels';

/** The form's fields; `wikidata` is one entry of the actor's external ids. */
export interface ActorDraft {
  name: string;
  kind: ActorKind;
  aliases: string[];
  role: string;
  affiliationId: string | null;
  wikidata: string;
  description: string;
  colour: string;
}

/**
 * The draft for an existing actor, or an empty one. A new actor starts in the tint the notebook's
 * `others` use least, as actors made from the inspector or a suggestion do, so it stands apart in
 * the reader and the actor list (the form can change it).
 */
export function draftOf(actor: Actor | null, others: readonly Pick<Actor, 'colour'>[] = []): ActorDraft {
  return {
    name: actor?.name ?? '',
    kind: actor?.kind ?? 'person',
    aliases: actor?.aliases ?? [],
    role: actor?.role ?? '',
    affiliationId: actor?.affiliationId ?? null,
    wikidata: actor ? wikidataId(actor) : '',
    description: actor?.description ?? '',
    colour: actor ? actor.colour : leastUsedTint(others.map((a) => a.colour)),
  };
}

/** The external ids with the draft's Wikidata id set (or removed when emptied); other ids are kept. */
export function externalIdsOf(draft: ActorDraft, actor: Actor | null): Record<string, string> {
  const { wikidata: _old, Wikidata: _older, ...rest } = actor?.externalIds ?? {};
  return draft.wikidata ? { ...rest, wikidata: draft.wikidata } : rest;
}

/** The fields of `draft` that differ from `actor`, as an `actors:update` patch (only what changed is sent). */
export function patchFrom(draft: ActorDraft, actor: Actor): Partial<Actor> {
  const next = { ...draft, externalIds: externalIdsOf(draft, actor) };
  const patch: Partial<Actor> = {};
  for (const key of ['name', 'kind', 'aliases', 'role', 'affiliationId', 'externalIds', 'description', 'colour'] as const) {
    if (canonical(next[key]) !== canonical(actor[key])) (patch as Record<string, unknown>)[key] = next[key];
  }
  return patch;
}

/** JSON with object keys sorted, so { a, b } and { b, a } compare equal. */
function canonical(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
}
