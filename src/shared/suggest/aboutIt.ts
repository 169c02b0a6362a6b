/**
 * "It" as a body, in two places where news copy leaves no doubt which body it is: as the object a
 * cue aims its words at ("urged it to sell the depot", "called on it to…"), the body the story
 * named last before the cue; and as the subject of a reported clause a person speaks for their own
 * body ("Ada Roe, the port's chief, said it had looked at every site"), that body.
 */
import { between, LOOK_BACK, nearest, onlyOne, type AboutQuote, type Placed } from './aboutContext';
import type { Entity } from './entities';

// A quote (a complement) that opens on "it" as its cue's object: "urged |it to| …", "accused |it of| …".
const IT_OBJECT = /^it\s+(?:to|of|for)\b/i;
// Cues that aim a complement at an object, written right before the quote.
const AIMING_CUE = /\b(?:urg|ask|press|accus|blam|warn|call(?:ed|ing|s)? on|told|tell|implor|encourag|invit|challeng)\w*\s*$/i;
// A clause opening on "it" as its subject, not an empty "it is"/"it was" ("it was unclear whether …").
const IT_SUBJECT = /^it\s+(?!is\b|was\b|'s\b|’s\b|would be\b|will be\b|could be\b|may be\b|might be\b|seems?\b|appears?\b|remains?\b)\p{Ll}/iu;

/** The body "it" stands for in a quote, or undefined when the quote does not open on such an "it". */
export function itBody(text: string, q: AboutQuote, placed: readonly Placed[]): Entity | undefined {
  const opening = text.slice(q.start, q.start + 40);
  const isBody = (e: Entity) => e.kind !== 'person' && e !== q.speaker && e.kind !== 'other';
  if (IT_OBJECT.test(opening) && AIMING_CUE.test(text.slice(Math.max(0, q.start - 30), q.start))) {
    // Named in the sentence of the cue or the one before it.
    return nearest(between(placed, Math.max(0, q.start - LOOK_BACK / 2), q.start), isBody);
  }
  const speaker = q.speaker;
  if (q.kind !== 'indirect' || !speaker || speaker.kind !== 'person' || !speaker.affiliation || !IT_SUBJECT.test(opening)) return undefined;
  // A person speaks for the body the article gives them ("the council's leader"): "it" is that body.
  const affiliation = speaker.affiliation;
  return onlyOne(placed, (e) => isBody(e) && (e.name === affiliation || e.forms.has(affiliation)));
}
