/**
 * Scores suggestions against hand-labelled articles (the `*.gold.json` format of the shared
 * corpus). A direct quote matches when its words are exactly the labelled ones (edge spaces and
 * punctuation aside); a reported clause matches when it covers at least half of the labelled
 * clause's characters and vice versa (Jaccard ≥ 0.5), since where a paraphrase ends is a judgement
 * call. A speaker is right when it names the labelled actor (by name, alias or surname) or, for
 * an unnamed source, the same description or a longer one ("a senior official in Berlin" for the
 * label "a senior official"); a shorter one ("senior" for "a senior EU diplomat") says less than
 * the label and is wrong.
 *
 * Issue 14 labels add three things. A stance (a belief, wish or finding) is scored with reported
 * speech: found by a reported suggestion of either kind, its kind counted apart. A quote in pieces
 * (`“A,” she said. “B.”`) has several ranges and is found only by one suggestion holding all of
 * them; a suggestion that is one piece alone is neither a match nor a false alarm (the quote
 * counts as missed, and the error report lists it). Articles labelled before that convention
 * have each piece as a quote of its own, so there a suggestion in pieces is scored piece by piece.
 * The actors a quote is about are scored on found quotes, like speakers.
 */
import { nameKey } from '../actors/normaliseName';

/** A `[start, end)` range of the article text. */
export interface Range {
  start: number;
  end: number;
}

/** One labelled quote. */
export interface GoldQuote extends Range {
  kind: 'direct' | 'indirect' | 'paraphrase' | 'stance';
  speaker: string | null;
  text: string;
  /** The pieces of a quote split by its attribution; `start`/`end` then span all of them. */
  ranges?: (Range & { text: string })[];
  /** Person, organisation, state, group, document, unnamed or other (issue 14 labels). */
  speaker_kind?: string | null;
  /** Names of the actors the quote is about; absent when the article was not labelled for it. */
  about?: string[];
  /** Constructions the quote is an example of, for the per-class error report. */
  tags?: string[];
  cue?: string;
}

/** One labelled actor. */
export interface GoldActor {
  name: string;
  kind: string;
  aliases: string[];
  /** For kind "other": "group" or "document". */
  subkind?: string;
}

/** A labelled article: what `*.gold.json` holds. */
export interface GoldArticle {
  title?: string;
  quotes: GoldQuote[];
  actors: GoldActor[];
  not_quotes?: (Range & { text: string; cause?: string })[];
}

/** A prediction to score. */
export interface Prediction extends Range {
  kind: 'direct' | 'indirect' | 'stance';
  speaker: string | null;
  /** The pieces, when the suggestion holds a quote split by its attribution. */
  ranges?: Range[];
  /** Whom the quote is about, by name; absent when the system does not say. */
  about?: string[];
  /** The speaker's kind as the system gives it: person, organisation, state, other or unnamed. */
  speakerKind?: string;
}

/** Counts for one kind of quote. */
export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
}

/** What went wrong, for reading the errors of one article. */
export interface Miss {
  what: 'missed' | 'spurious' | 'wrong speaker' | 'piece';
  kind: string;
  text: string;
  expected?: string | null;
  got?: string | null;
}

/** Which gold quote each prediction was paired with, for the per-class error report. */
export interface Pairing {
  pairs: [GoldQuote, Prediction][];
  missed: GoldQuote[];
  spurious: Prediction[];
  /** Predictions that are one piece of a quote in pieces, with that quote. */
  pieces: [GoldQuote, Prediction][];
}

/** Precision/recall counts for the actors quotes are about. */
export interface AboutCounts {
  gold: number;
  predicted: number;
  right: number;
}

/** The score of one article. */
export interface ArticleScore {
  direct: Counts;
  /** Reported speech and stances: what a reported suggestion can find. */
  indirect: Counts;
  /** Stances among the reported labels: how many there are, found, and found with the stance kind. */
  stance: { gold: number; found: number; kindRight: number };
  about: AboutCounts;
  /** Predictions that overlap a labelled non-quote (a title, scare quote or trap). */
  nonQuoteHits: number;
  misses: Miss[];
  pairing: Pairing;
}

/** Precision, recall and F1. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores from many articles, combined (micro-averaged). */
export interface Summary {
  articles: number;
  direct: Prf & Counts;
  indirect: Prf & Counts;
  /** Every kind together: the span F1. */
  all: Prf & Counts;
  stance: { gold: number; found: number; kindRight: number; recall: number };
  speakerAccuracy: number;
  endToEnd: Prf;
  /** Over found quotes whose article labels them; F1 is 0 when nothing is suggested. */
  about: Prf & AboutCounts;
  nonQuoteHits: number;
}

const MARKS = '\\s.,;:!?"\'“”‘’«»„‚‹›「」『』—–-';
const LEAD = new RegExp(`^[${MARKS}]+`, 'u');
const EDGE = new RegExp(`^[${MARKS}]+|[${MARKS}]+$`, 'gu');

/** The pieces of a label or prediction. */
export function rangesOf(q: Range & { ranges?: Range[] }): Range[] {
  return q.ranges && q.ranges.length > 0 ? q.ranges : [{ start: q.start, end: q.end }];
}

/** Scores the predictions for one article. */
export function scoreArticle(text: string, gold: GoldArticle, predictions: readonly Prediction[]): ArticleScore {
  // Before issue 14 a quote in pieces was labelled piece by piece: score a suggestion the same way.
  const piecewise = !gold.quotes.some((q) => (q.ranges?.length ?? 0) > 1);
  // Labels written before issue 14 leave stances out on purpose ("beliefs are not speech"): a stance suggestion is neither right nor wrong there.
  const labelsStances = gold.quotes.some((q) => q.kind === 'stance' || q.speaker_kind !== undefined);
  const kept = labelsStances ? predictions : predictions.filter((p) => p.kind !== 'stance');
  const preds = piecewise ? kept.flatMap((p) => rangesOf(p).map((r) => ({ ...p, ...r, ranges: undefined }))) : [...kept];
  const misses: Miss[] = [];
  const pairing: Pairing = { pairs: [], missed: [], spurious: [], pieces: [] };
  const score = (family: 'direct' | 'reported'): Counts => {
    const inFamily = (kind: string) => (kind === 'direct') === (family === 'direct');
    const golds = gold.quotes.filter((q) => inFamily(q.kind));
    const mine = preds.filter((p) => inFamily(p.kind));
    const pairs = match(text, golds, mine, family);
    const pieces = piecesOf(text, golds.filter((g) => !pairs.some(([x]) => x === g)), mine.filter((p) => !pairs.some(([, y]) => y === p)), family);
    let speakerRight = 0;
    for (const [g, p] of pairs) {
      if (sameSpeaker(gold, g.speaker, p.speaker)) speakerRight++;
      else misses.push({ what: 'wrong speaker', kind: g.kind, text: g.text, expected: g.speaker, got: p.speaker });
    }
    for (const [g, p] of pieces) misses.push({ what: 'piece', kind: g.kind, text: text.slice(p.start, p.end), expected: g.speaker, got: p.speaker });
    const missed = golds.filter((g) => !pairs.some(([x]) => x === g));
    const spurious = mine.filter((p) => !pairs.some(([, y]) => y === p) && !pieces.some(([, y]) => y === p));
    for (const g of missed) misses.push({ what: 'missed', kind: g.kind, text: g.text, expected: g.speaker });
    for (const p of spurious) misses.push({ what: 'spurious', kind: p.kind, text: text.slice(p.start, p.end), got: p.speaker });
    pairing.pairs.push(...pairs);
    pairing.pieces.push(...pieces);
    pairing.missed.push(...missed);
    pairing.spurious.push(...spurious);
    return { gold: golds.length, predicted: mine.length - pieces.length, matched: pairs.length, speakerRight };
  };
  const direct = score('direct');
  const indirect = score('reported');
  const stances = gold.quotes.filter((q) => q.kind === 'stance');
  const foundStances = pairing.pairs.filter(([g]) => g.kind === 'stance');
  const nonQuoteHits = kept.filter((p) => (gold.not_quotes ?? []).some((n) => p.start < n.end && n.start < p.end)).length;
  return {
    direct,
    indirect,
    stance: { gold: stances.length, found: foundStances.length, kindRight: foundStances.filter(([, p]) => p.kind === 'stance').length },
    about: scoreAbout(gold, pairing.pairs),
    nonQuoteHits,
    misses,
    pairing,
  };
}

/** Trimmed pieces of a label or prediction. */
function trimmedRanges(text: string, q: Range & { ranges?: Range[] }): [number, number][] {
  return rangesOf(q).map((r) => trimmed(text, r.start, r.end));
}

/** Characters two sets of pieces share, over the characters either covers. */
function jaccard(a: readonly [number, number][], b: readonly [number, number][]): number {
  let overlap = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) overlap += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  const size = (xs: readonly [number, number][]) => xs.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
  const union = size(a) + size(b) - overlap;
  return union > 0 ? overlap / union : 0;
}

/** How well a prediction fits a label (0 = not a match): exact pieces for direct quotes, Jaccard ≥ 0.5 for reported ones. */
function fit(gr: readonly [number, number][], pr: readonly [number, number][], family: 'direct' | 'reported'): number {
  const j = jaccard(gr, pr);
  if (family === 'direct') return gr.length === pr.length && gr.every(([s, e], i) => pr[i]![0] === s && pr[i]![1] === e) ? j : 0;
  return j >= 0.5 ? j : 0;
}

/** One-to-one matching, best overlap first. */
function match(text: string, golds: readonly GoldQuote[], preds: readonly Prediction[], family: 'direct' | 'reported'): [GoldQuote, Prediction][] {
  const candidates: [number, GoldQuote, Prediction][] = [];
  for (const g of golds) {
    const gr = trimmedRanges(text, g);
    for (const p of preds) {
      const score = fit(gr, trimmedRanges(text, p), family);
      if (score > 0) candidates.push([score, g, p]);
    }
  }
  return pickBest(candidates);
}

/** Unmatched single-range predictions that are exactly one piece of an unmatched quote in pieces. */
function piecesOf(text: string, golds: readonly GoldQuote[], preds: readonly Prediction[], family: 'direct' | 'reported'): [GoldQuote, Prediction][] {
  const out: [GoldQuote, Prediction][] = [];
  for (const p of preds) {
    const pr = trimmedRanges(text, p);
    if (pr.length !== 1) continue;
    const g = golds.find((q) => (q.ranges?.length ?? 0) > 1 && trimmedRanges(text, q).some((r) => fit([r], pr, family) > 0));
    if (g) out.push([g, p]);
  }
  return out;
}

function pickBest(candidates: [number, GoldQuote, Prediction][]): [GoldQuote, Prediction][] {
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<GoldQuote>();
  const usedP = new Set<Prediction>();
  const pairs: [GoldQuote, Prediction][] = [];
  for (const [, g, p] of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.replace(LEAD, '').length;
  const inner = slice.replace(EDGE, '');
  return [start + lead, start + lead + inner.length];
}

/** A description's article or count, which says nothing about who the source is ("four officials" = "officials"). */
const DETERMINER = /^(?:a|an|the|one of the|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)(?: of the)?) /;

/** The key a name is compared by: a labelled actor's name, or a description without its article. */
function speakerKey(gold: GoldArticle, name: string): { key: string; actor: boolean; forms: string[] } {
  const key = nameKey(name);
  for (const actor of gold.actors) {
    const forms = [actor.name, ...actor.aliases].map(nameKey);
    const surname = actor.kind === 'person' && actor.name.includes(' ') ? nameKey(actor.name.split(/\s+/).pop()!) : '';
    // Groups and documents are descriptions ("documents released by the committee"): a longer description names them too.
    const described = actor.subkind ? forms : [];
    if (forms.includes(key) || (surname && surname === key)) return { key: nameKey(actor.name), actor: true, forms: described };
  }
  return { key: key.replace(DETERMINER, ''), actor: false, forms: [] };
}

/** True when a predicted speaker (`got`) names the labelled one (`expected`). */
export function sameSpeaker(gold: GoldArticle, expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const want = speakerKey(gold, expected);
  const have = speakerKey(gold, got);
  if (want.key === have.key) return true;
  // A group or document actor is a description too: a longer one names it.
  if (want.forms.some((f) => nameKey(got).startsWith(`${f} `))) return true;
  // Only the prediction may be the longer description of an unnamed source.
  return !want.actor && !have.actor && want.key !== '' && have.key.startsWith(`${want.key} `);
}

/** About-actors of found quotes: a predicted name is right when it names a labelled about-actor. */
function scoreAbout(gold: GoldArticle, pairs: readonly [GoldQuote, Prediction][]): AboutCounts {
  const counts: AboutCounts = { gold: 0, predicted: 0, right: 0 };
  for (const [g, p] of pairs) {
    if (!g.about) continue;
    const want = new Set(g.about.map((n) => speakerKey(gold, n).key));
    const have = new Set((p.about ?? []).map((n) => speakerKey(gold, n).key));
    counts.gold += want.size;
    counts.predicted += have.size;
    for (const k of have) if (want.has(k)) counts.right++;
  }
  return counts;
}

/** Combines article scores: precision, recall and F1 per kind and overall, speaker accuracy, end to end, about-actors. */
export function summarise(scores: readonly ArticleScore[]): Summary {
  const add = (pick: (s: ArticleScore) => Counts): Counts =>
    scores.map(pick).reduce((a, b) => ({ gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, speakerRight: a.speakerRight + b.speakerRight }), { gold: 0, predicted: 0, matched: 0, speakerRight: 0 });
  const direct = add((s) => s.direct);
  const indirect = add((s) => s.indirect);
  const all: Counts = { gold: direct.gold + indirect.gold, predicted: direct.predicted + indirect.predicted, matched: direct.matched + indirect.matched, speakerRight: direct.speakerRight + indirect.speakerRight };
  const stance = scores.reduce((a, s) => ({ gold: a.gold + s.stance.gold, found: a.found + s.stance.found, kindRight: a.kindRight + s.stance.kindRight }), { gold: 0, found: 0, kindRight: 0 });
  const about = scores.reduce((a, s) => ({ gold: a.gold + s.about.gold, predicted: a.predicted + s.about.predicted, right: a.right + s.about.right }), { gold: 0, predicted: 0, right: 0 });
  return {
    articles: scores.length,
    direct: { ...direct, ...prf(direct.matched, direct.predicted, direct.gold) },
    indirect: { ...indirect, ...prf(indirect.matched, indirect.predicted, indirect.gold) },
    all: { ...all, ...prf(all.matched, all.predicted, all.gold) },
    stance: { ...stance, recall: stance.gold ? stance.found / stance.gold : 0 },
    speakerAccuracy: all.matched ? all.speakerRight / all.matched : 0,
    endToEnd: prf(all.speakerRight, all.predicted, all.gold),
    about: { ...about, ...prf(about.right, about.predicted, about.gold) },
    nonQuoteHits: scores.reduce((n, s) => n + s.nonQuoteHits, 0),
  };
}

/** Precision, recall and F1 from counts (0 when undefined). */
export function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
