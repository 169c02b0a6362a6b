/**
 * Chambers a quote's sentence names that the about rules read specially: one a bill is sent to
 * (where it goes next, not what the quote is about), and one whose members a reported clause is
 * told to ("told MPs that …", about that parliament).
 */
import type { Placed } from './aboutContext';
import type { Entity } from './entities';

// A parliament's members or chamber addressed by "told", and the parliaments they stand for.
const membersAddressed = /^(?:MPs|MSPs|MSs|members|the chamber|the Commons|the House)$/;
const parliament = /^(?:the\s+)?(?:(?:House of\s+)?Commons|Parliament|Scottish Parliament|Senedd|Holyrood)$/;

/** The one parliament of the story whose members or chamber a cue addressed: "told MPs that …". */
export function addressedChamber(text: string, target: readonly [number, number, number], placed: readonly Placed[]): Entity | undefined {
  if (!/^(?:told|tells?|assured|reminded)\b/i.test(text.slice(target[2], target[0])) || !membersAddressed.test(text.slice(target[0], target[1]).trim())) return undefined;
  const bodies = new Set(placed.filter((p) => !p.government && p.entity.kind !== 'person' && parliament.test(p.entity.name)).map((p) => p.entity));
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

// A chamber a bill or a nomination is sent to: where it goes next, not what the quote is about.
const CHAMBER = /^(?:the\s+)?(?:Senate|House|Congress|Parliament|Assembly|Legislature)$/;
const SENT_TO = /\b(?:send|sends|sent|sending|forward|forwards|forwarded)\b[^.;]{0,40}\bto\s+(?:the\s+)?$/i;

export function sentTo(text: string, p: Placed): boolean {
  return CHAMBER.test(text.slice(p.start, p.end)) && SENT_TO.test(text.slice(Math.max(0, p.start - 60), p.start));
}
