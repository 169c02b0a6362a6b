/** Words and small helpers the actor screens share. */
import type { Actor, ActorKind, Quote } from '../../../../shared/model';
import { isDescription } from '../../../../shared/actors/descriptionName';
import { TINTS, isPaletteTint } from '../../../../shared/palette';

export const kindLabel: Record<ActorKind, string> = { person: 'Person', organisation: 'Organisation', state: 'State', other: 'Other' };

export const kindOrder: ActorKind[] = ['person', 'organisation', 'state', 'other'];

export const quoteKindLabel: Record<Quote['kind'], string> = { direct: 'Direct quote', indirect: 'Indirect quote', paraphrase: 'Paraphrase' };

/** An actor's or tag's palette tint, or 'neutral' when it has none (or an unknown one). */
export function actorTint(actor: Pick<Actor, 'colour'> | undefined): string {
  const colour = actor?.colour.trim().toLowerCase() ?? '';
  return isPaletteTint(colour) ? colour : 'neutral';
}

export { TINTS };

/** "Secretary-General, NATO" — role and affiliation as a news text would put them. */
export function roleLine(actor: Actor, byId: ReadonlyMap<string, Actor>): string {
  const affiliation = actor.affiliationId ? byId.get(actor.affiliationId)?.name : undefined;
  return [actor.role, affiliation].filter(Boolean).join(', ');
}

/**
 * The actor list's second line: kind, then role and affiliation. An actor named by a description
 * ("the union") has neither, and two of them from two articles read alike, so its own description
 * (which article it came from, when a suggestion created it) takes their place.
 */
export function actorRowDetail(actor: Actor, byId: ReadonlyMap<string, Actor>): string {
  const role = roleLine(actor, byId);
  if (role || !isDescription(actor.name)) return [kindLabel[actor.kind], role].filter(Boolean).join(' · ');
  // The article's title is what tells two of them apart, and the list is narrow: it goes first.
  return [cameFrom(actor.description), kindLabel[actor.kind]].filter(Boolean).join(' · ');
}

/** "in “Title”" from the description accepting a suggestion writes ("From “Title”, which names it…"), which the narrow list would cut before the title; any other description as it is. */
export function cameFrom(description: string): string {
  const written = /^From (“.+?”), which names it only as /.exec(description);
  return written ? `in ${written[1]}` : description.trim();
}

/** The Wikidata item id an actor carries, if any (entered by hand; Quotebook never looks it up). */
export function wikidataId(actor: Actor): string {
  return actor.externalIds.wikidata ?? actor.externalIds.Wikidata ?? '';
}
