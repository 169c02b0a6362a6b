/**
 * "Roe asked a depot manager if …. The manager replied that …": a person first met as an
 * object, described with "a" or "an", and later the subject as "the manager". The definite
 * description is that person, kept as first described (as the labels keep a source referred to
 * again). Only when the article has no source or person of that description already.
 */
import type { Paragraph } from './document';
import { isOccupation } from './lexicon';
import type { Context } from './nounPhrase';

/** People by what they do ("manager", "nurse", "strategist"), never a body or a paper ("a draft", "a newspaper"). */
const TRADES = /^(?:manager|worker|employee|nurse|teacher|resident|owner|driver|farmer|trader|engineer|aide|adviser|advisor|lawyer|staffer|volunteer|witness|officer|investigator|inspector|contractor|consultant|supervisor|clerk|student|parent|doctor|lobbyist|donor|voter|activist|organiser|organizer|trucker|miner|pilot|soldier|prisoner|patient|tenant|landlord)$/;

function personNoun(head: string): boolean {
  return TRADES.test(head) || isOccupation(head);
}

/** Words that may stand between "a" and the noun ("a senior depot manager"): lower-case, no function words. */
const MODIFIER = /^[a-z][a-z-]{2,}$/;
const NOT_MODIFIER = /^(?:the|and|or|of|to|for|with|from|that|who|which|this|was|were|has|had|is|are|said|says)$/;

/**
 * The earlier indefinite description ("a depot manager") of the person `head` names, before
 * token `at` of paragraph `para`, or undefined. The latest one wins; one nearer than three
 * paragraphs back only, so a long article's second manager is not the first.
 */
export function earlierIndefinite(ctx: Context, para: Paragraph, at: number, head: string): string | undefined {
  if (!personNoun(head)) return undefined;
  if (ctx.discourse.descriptions.some((d) => d.head === head || d.head === `${head}s`)) return undefined;
  if (ctx.entities.entities.some((e) => e.kind === 'person' && new RegExp(`\\b${head}\\b`, 'i').test(e.role))) return undefined;
  for (let p = para.index; p >= 0 && p >= para.index - 3; p--) {
    const here = ctx.doc.paragraphs[p]!;
    const last = p === para.index ? at : here.tokens.length;
    for (let i = last - 1; i >= 1; i--) {
      if (here.tokens[i]!.lower !== head || here.quoteOf[i]! >= 0) continue;
      let a = i - 1;
      while (a > i - 4 && a >= 0 && MODIFIER.test(here.tokens[a]!.text) && !NOT_MODIFIER.test(here.tokens[a]!.lower)) a--;
      if (a >= 0 && /^(?:a|an)$/.test(here.tokens[a]!.lower)) return ctx.doc.text.slice(here.tokens[a]!.start, here.tokens[i]!.end);
    }
  }
  return undefined;
}
