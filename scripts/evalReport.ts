/**
 * The issue 14 part of `npm run eval:quotes`: span F1 over every kind, speaker accuracy,
 * end-to-end and about-actor F1 next to the quote-mark-and-cue baseline, and the per-class error
 * report (speaker left empty by cause, cue verbs with other complements, attributions that are
 * not speech, quotes in pieces, precision errors by cause, about-actors missed by how the quote
 * refers to them, names).
 */
import type { ErrorReport, Tally } from '../src/shared/suggest/errorReport';
import type { Summary } from '../src/shared/suggest/evaluate';

const pct = (x: number) => x.toFixed(2);
const prf = (p: { precision: number; recall: number; f1: number }) => `${pct(p.precision)} / ${pct(p.recall)} / **${pct(p.f1)}**`;
const share = (n: number, of: number) => `${n} of ${of}${of ? ` (${Math.round((100 * n) / of)} %)` : ''}`;

/** The header of the issue 14 table. */
export const measuresHeader = [
  '| split | system | labels (direct / reported / stance) | span P / R / F1 | speaker accuracy | end-to-end P / R / F1 | about-actor P / R / F1 | stances found |',
  '|---|---|---|---|---|---|---|---|',
];

/** One row of the issue 14 table. */
export function measuresRow(split: string, system: string, s: Summary): string {
  const stanceGold = s.stance.gold;
  return `| ${split} | ${system} | ${s.direct.gold} / ${s.indirect.gold - stanceGold} / ${stanceGold} | ${prf(s.all)} | **${pct(s.speakerAccuracy)}** | ${prf(s.endToEnd)} | ${s.about.gold ? prf(s.about) : '—'} | ${stanceGold ? `${s.stance.found} of ${stanceGold}` : '—'} |`;
}

function causes(t: Tally): string {
  return Object.entries(t.byCause)
    .sort((a, b) => b[1] - a[1])
    .map(([cause, n]) => `${cause} ${n}`)
    .join(', ');
}

/** The per-class error report as Markdown lines. */
export function reportLines(split: string, r: ErrorReport): string[] {
  const n = r.names;
  return [
    `Per-class errors, ${split}:`,
    `- Labels not found: ${r.missed.total}${r.missed.total ? ` — ${causes(r.missed)}` : ''}.`,
    `- Speaker left empty on found quotes: ${r.speakerEmpty.total}${r.speakerEmpty.total ? ` — ${causes(r.speakerEmpty)}` : ''}.`,
    `- Wrong (not empty) speaker on found quotes: ${r.speakerWrong.total}${r.speakerWrong.total ? ` — ${causes(r.speakerWrong)}` : ''}.`,
    `- Cue verbs with other complements: found ${share(r.complement.found, r.complement.gold)}, speaker right on ${r.complement.speakerRight}.`,
    `- Attribution that is not speech (stance): found ${share(r.stance.found, r.stance.gold)}, ${r.stance.asStance} of them as a stance; headline attributions found ${share(r.headline.found, r.headline.gold)}.`,
    `- Quotes in pieces: ${r.pieces.gold} labelled, found whole ${r.pieces.whole}, only as separate pieces ${r.pieces.onlyPieces}, missed ${r.pieces.missed}. Reported clauses with quoted words: found ${share(r.partial.found, r.partial.gold)}; the quoted words came out as a quote of their own in ${r.partial.splitOut}.`,
    `- Precision errors (suggestions matching no label): ${r.precision.total}${r.precision.total ? ` — ${causes(r.precision)}` : ''}.`,
    `- About-actors missed on found quotes: ${r.aboutMissed.total}${r.aboutMissed.total ? ` — by how the quote refers to them: ${causes(r.aboutMissed)}; ${r.aboutMissed.notProposed} of them not among the proposed actors` : ''}.`,
    `- Names: ${n.speakerWithExtraWords} wrong speakers hold the right name plus other words; ${n.organisationAsPerson} found quotes of an organisation, state, group or document got a person; family name first: speaker right on ${share(n.familyFirst.speakerRight, n.familyFirst.gold)}; title at a sentence start: speaker right on ${share(n.titleAtSentenceStart.speakerRight, n.titleAtSentenceStart.gold)}. Proposed actors ${n.actors.proposed}: ${n.actors.unknown} not in the article's actors, ${n.actors.organisationAsPerson} organisations (or groups, documents) as persons, ${n.actors.extraWords} with extra words glued to a name, ${n.actors.duplicates} duplicates of another proposed actor.`,
  ];
}
