/** Words and small helpers the actor screens share. */
import type { Actor, ActorKind, Quote } from '../../../../shared/model';
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

/** The Wikidata item id an actor carries, if any (entered by hand; Quotebook never looks it up). */
export function wikidataId(actor: Actor): string {
  return actor.externalIds.wikidata ?? actor.externalIds.Wikidata ?? '';
}
