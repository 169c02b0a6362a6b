/**
 * "her opponent", "his rival", "my challenger": in a story about a race, the other of the two
 * people it names most. The owner is the speaker ("my opponent", "she said her opponent …") or a
 * person the quote names before the words ("Ada Roe raised double her opponent's total"); when
 * the owner is not one of the two, the words are left alone.
 */
import { between, type AboutQuote, type Placed } from './aboutContext';
import type { Entity } from './entities';

const rival = /\b(?:his|her|my|their|your)\s+(?:[\p{Ll}-]+\s+)?(?:opponent|rival|challenger)\b/giu;

/** The people "her opponent" and the like stand for in [from, to). */
export function rivals(text: string, from: number, to: number, q: AboutQuote, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(rival)) {
    const at = from + m.index!;
    const pair = twoMostNamed(placed);
    if (!pair) break;
    const owners = new Set(between(placed, from, at).filter((p) => p.entity.kind === 'person').map((p) => p.entity));
    if (q.speaker) owners.add(q.speaker);
    const [a, b] = pair;
    const other = owners.has(a) && !owners.has(b) ? b : owners.has(b) && !owners.has(a) ? a : undefined;
    if (other) out.push({ entity: other, at });
  }
  return out;
}

/** The two people the article names most, when both are named at least twice and more often than anyone else. */
function twoMostNamed(placed: readonly Placed[]): [Entity, Entity] | undefined {
  const counts = new Map<Entity, number>();
  for (const p of placed) if (p.entity.kind === 'person') counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
  const [first, second, third] = [...counts].sort((x, y) => y[1] - x[1]);
  if (!first || !second || second[1] < 2 || (third && third[1] >= second[1])) return undefined;
  return [first[0], second[0]];
}
