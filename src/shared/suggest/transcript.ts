/**
 * Interview transcripts: paragraphs that open with a speaker label ("Q:", "A:", "Jónsdóttir:",
 * "Northern Review:"). The interviewee's answers are direct quotes without quotation marks; the
 * interviewer's questions are not quotes (though quotations inside them still are).
 */
import type { Doc } from './document';
import type { EntityIndex } from './entities';
import type { Mention } from './mentions';
import type { Speaker } from './nounPhrase';
import { isPunct } from './tokens';

/** One labelled paragraph. */
export interface Turn {
  answer: boolean;
  speaker: Speaker | null;
  /** The answer's text range (after the label). */
  start: number;
  end: number;
  /** Token index where the turn's own words begin (after "Label:"). */
  bodyFrom: number;
}

/** The transcript turns of an article, by paragraph index (empty when it is not an interview). */
export interface Turns {
  byPara: Map<number, Turn>;
  interviewee: Speaker | null;
}

const LABEL = /^(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3}):[ \t]+\S/u;
// Broadcast transcripts label the two sides "HOST:" and "GUEST:": the guest is the interviewee.
const QUESTION_LABELS = new Set(['q', 'question', 'interviewer', 'host']);
const ANSWER_LABELS = new Set(['a', 'answer', 'guest']);
/** Places named like people ("Tallis County"): never the interviewee. */
const PLACE_NAME = /\s(?:County|City|Town|Township|Parish|District|Borough|Province|State|Valley|Island|Islands)$/;

/** Finds the transcript turns, if the article is (partly) an interview transcript. */
export function findTurns(doc: Doc, entities: EntityIndex, mentions: readonly Mention[]): Turns {
  const candidates: { para: number; label: string; start: number; end: number; bodyFrom: number; question: boolean }[] = [];
  for (const para of doc.paragraphs) {
    if (para.heading) continue;
    const m = LABEL.exec(doc.text.slice(para.start, para.end));
    if (!m) continue;
    const colon = para.tokens.findIndex((t) => isPunct(t, ':'));
    let start = para.start + m[0].length - 1;
    while (start < para.end && /\s/.test(doc.text[start]!)) start++;
    candidates.push({ para: para.index, label: m[1]!, start, end: para.end, bodyFrom: colon + 1, question: /\?\s*$/.test(doc.text.slice(para.start, para.end)) });
  }
  const byPara = new Map<number, Turn>();
  const counts = new Map<string, { turns: number; questions: number }>();
  for (const c of candidates) {
    const n = counts.get(c.label) ?? { turns: 0, questions: 0 };
    n.turns++;
    if (c.question) n.questions++;
    counts.set(c.label, n);
  }
  const repeated = [...counts.values()].filter((n) => n.turns >= 2).length;
  if (candidates.length < 4 || repeated < 2) return { byPara, interviewee: null };
  const isQuestioner = (label: string) => {
    const n = counts.get(label)!;
    return QUESTION_LABELS.has(label.toLowerCase()) || (!ANSWER_LABELS.has(label.toLowerCase()) && n.questions / n.turns >= 0.5);
  };
  const firstTurn = Math.min(...candidates.map((c) => c.para));
  const interviewee = introducedPerson(entities, mentions, firstTurn);
  for (const c of candidates) {
    const answer = !isQuestioner(c.label);
    let speaker: Speaker | null = null;
    if (answer && ANSWER_LABELS.has(c.label.toLowerCase())) speaker = interviewee;
    else if (answer) {
      const mention = mentions.find((m) => m.para === c.para && m.token === 0) ?? mentions.find((m) => m.para === c.para && m.token < c.bodyFrom);
      const entity = mention ? entities.ofMention.get(mention) : undefined;
      speaker = entity ? { ref: { type: 'entity', entity }, how: 'name', confidence: 0.95 } : null;
    }
    byPara.set(c.para, { answer, speaker, start: c.start, end: c.end, bodyFrom: c.bodyFrom });
  }
  return { byPara, interviewee };
}

/** The person the headline and introduction are about: the interviewee. */
function introducedPerson(entities: EntityIndex, mentions: readonly Mention[], before: number): Speaker | null {
  const counts = new Map<number, number>();
  for (const m of mentions) {
    if (m.para >= before) continue;
    const e = entities.ofMention.get(m);
    if (e && (e.kind === 'person' || e.kind === 'unknown') && m.name.includes(' ') && !PLACE_NAME.test(e.name)) counts.set(e.id, (counts.get(e.id) ?? 0) + (m.heading ? 3 : 1));
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? { ref: { type: 'entity', entity: entities.entities[best[0]]! }, how: 'name', confidence: 0.9 } : null;
}
