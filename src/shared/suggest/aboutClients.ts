/**
 * "My client", "his client" in a lawyer's words: whom the story says the lawyer speaks for ("Roe's
 * lawyer, Ivo Lind", "Ivo Lind, who represents Roe"), else the person it names most, as a trial or
 * a case names its defendant far more than anyone else.
 */
import { between, mostNamedPerson, type AboutQuote, type Placed } from './aboutContext';
import type { Entity } from './entities';

/** The client a quote's "my client" or "his client" stands for. */
export function clients(text: string, q: AboutQuote, placed: readonly Placed[]): { entity: Entity; at: number }[] {
  const client = /\b(?:his|her|my)\s+client\b/i.exec(text.slice(q.start, q.end));
  if (!client) return [];
  const entity = clientOf(text, q, placed) ?? mostNamedPerson(between(placed, 0, q.start).filter((p) => p.entity !== q.speaker));
  return entity ? [{ entity, at: q.start + client.index }] : [];
}

// "Roe's lawyer, Ivo Lind": the words between a client's name and the lawyer's.
const LAWYER_OF = /^['’]s?\s+(?:\p{Ll}+\s+)?(?:lawyer|attorney|barrister|solicitor|counsel),\s+$/u;
// "Ivo Lind, a lawyer for Roe", "Ivo Lind, who represents Roe": the words between the lawyer's name and the client's.
const LAWYER_FOR = /^,\s+(?:(?:an?|the)\s+)?(?:\p{Ll}+\s+)?(?:(?:lawyer|attorney|barrister|solicitor)\s+(?:for|representing)|who\s+represents)\s+$/u;

/** The person a speaking lawyer acts for, as the story says where it names the lawyer. */
function clientOf(text: string, q: AboutQuote, placed: readonly Placed[]): Entity | undefined {
  if (!q.speaker || q.speaker.kind !== 'person') return undefined;
  for (const m of q.speaker.mentions) {
    if (m.start >= q.start) break;
    const before = between(placed, m.start - 60, m.start).filter((p) => p.entity.kind === 'person' && p.entity !== q.speaker && LAWYER_OF.test(text.slice(p.end, m.start)));
    if (before.length) return before[before.length - 1]!.entity;
    const after = between(placed, m.end, m.end + 60).find((p) => p.entity.kind === 'person' && p.entity !== q.speaker && LAWYER_FOR.test(text.slice(m.end, p.start)));
    if (after) return after.entity;
  }
  return undefined;
}

