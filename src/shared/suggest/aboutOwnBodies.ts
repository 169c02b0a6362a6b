/**
 * "his members", "her party", "his department" in the reported clause of a person who speaks for a
 * body: the body the article gives the speaker ("Ada Roe, president of the Brenna Dockers Union,
 * said her members …"), which the clause is about though it never names it.
 */
import { onlyOne, type AboutQuote, type Placed } from './aboutContext';
import { ownState } from './aboutStates';
import type { Entity } from './entities';

// A possessive pronoun before a noun for the body a person belongs to or leads.
const OWN_BODY = /\b(his|her)\s+(?:members|union|party|caucus|government|country|ministry|department|agency|company|firm|organi[sz]ation|group|team|campaign|conference)\b/gi;

/** The speaker's own body, for each "his <body noun>" that fits the speaker, in a reported clause. */
export function ownBodies(text: string, from: number, to: number, q: AboutQuote, placed: readonly Placed[], states: readonly Entity[]): { entity: Entity; at: number }[] {
  const speaker = q.speaker;
  if (q.kind !== 'indirect' || !speaker || speaker.kind !== 'person' || !speaker.affiliation) return [];
  const out: { entity: Entity; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(OWN_BODY)) {
    const gender = m[1]!.toLowerCase() === 'his' ? 'm' : 'f';
    if (speaker.gender !== undefined && speaker.gender !== gender) continue;
    const affiliation = speaker.affiliation;
    const body = ownState(q, states) ?? onlyOne(placed, (e) => e.kind !== 'person' && (e.name === affiliation || e.forms.has(affiliation)));
    if (body) out.push({ entity: body, at: from + m.index! });
  }
  return out;
}
