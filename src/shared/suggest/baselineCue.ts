/**
 * The quote-mark-and-cue baseline issue 14 measures the suggester against: the quotation-mark
 * pairer of `baseline.ts` plus one naive rule for reported speech. A sentence "Name said (that)
 * clause.", "Clause, Name said." or "According to Name, clause." with a cue from a short fixed list gives the clause, with the
 * words before the cue (or after it, when inverted, or after "according to") as speaker. Pronouns stay unresolved and
 * nothing else is tried: like the pairer, it is a yardstick, not a feature.
 */
import { baselineQuotes } from './baseline';
import type { Prediction } from './evaluate';

const CUE = String.raw`(?:said|says|told(?: [\p{L}]+)?|added|noted|wrote|warned|stated|announced|argued|claimed|insisted|confirmed|explained)`;
const NAME = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})`;
/** "Name said (on Monday) (that) clause" at a sentence start. */
const LEADING = new RegExp(String.raw`^(${NAME}) ${CUE}(?: on \p{Lu}\p{L}+)?(?: that)? `, 'u');
/** "Clause, Name said", "Clause, said Name" or "Clause, according to Name" at a sentence end. */
const TRAILING = new RegExp(String.raw`, (?:(${NAME}) ${CUE}|${CUE} (${NAME})|according to ([^,]{2,60}?))(?: on \p{Lu}\p{L}+)?\.?$`, 'u');
/** "According to Name, clause" at a sentence start. */
const ACCORDING = new RegExp(String.raw`^According to ([^,]{2,60}), `, 'u');
const SENTENCE = /[^.!?\n]+(?:[.!?]+["”’']?|$)/gu;
const OPENING_MARK = /^["“‘'«„]/u;

/** Direct quotes paired by marks, and reported clauses found by the naive cue rule. */
export function markAndCueQuotes(text: string): Prediction[] {
  const direct = baselineQuotes(text);
  const reported: Prediction[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const raw = m[0];
    const start = m.index + (raw.length - raw.trimStart().length);
    const sentence = raw.trim().replace(/[.!?]+["”’']?$/u, '');
    if (!sentence || OPENING_MARK.test(sentence)) continue;
    const lead = LEADING.exec(sentence) ?? ACCORDING.exec(sentence);
    const trail = lead ? null : TRAILING.exec(sentence);
    const clause: [number, number] | null = lead ? [start + lead[0].length, start + sentence.length] : trail ? [start, start + trail.index] : null;
    if (!clause || clause[1] - clause[0] < 8) continue;
    const [s, e] = clause;
    if (direct.some((d) => d.start < e && s < d.end)) continue;
    reported.push({ start: s, end: e, kind: 'indirect', speaker: (lead ? lead[1] : (trail![1] ?? trail![2] ?? trail![3])) ?? null });
  }
  return [...direct, ...reported].sort((a, b) => a.start - b.start);
}
