/**
 * Scores suggestions against hand-labelled articles (the `*.gold.json` format of the shared
 * corpus). A direct quote matches when its words are exactly the labelled ones (edge spaces and
 * punctuation aside); a reported clause matches when it covers at least half of the labelled
 * clause's characters and vice versa (Jaccard ≥ 0.5), since where a paraphrase ends is a judgement
 * call. A speaker is right when it names the labelled actor (by name, alias or surname) or, for
 * an unnamed source, the same description or a longer one ("a senior official in Berlin" for the
 * label "a senior official"); a shorter one ("senior" for "a senior EU diplomat") says less than
 * the label and is wrong.
 */
import { nameKey } from '../actors/normaliseName';

/** One labelled quote. */
export interface GoldQuote {
  kind: 'direct' | 'indirect' | 'paraphrase';
  speaker: string | null;
  text: string;
  start: number;
  end: number;
}

/** One labelled actor. */
export interface GoldActor {
  name: string;
  kind: string;
  aliases: string[];
}

/** A labelled article: what `*.gold.json` holds. */
export interface GoldArticle {
  quotes: GoldQuote[];
  actors: GoldActor[];
  not_quotes?: { text: string; start: number; end: number }[];
}

/** A prediction to score. */
export interface Prediction {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speaker: string | null;
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
  what: 'missed' | 'spurious' | 'wrong speaker';
  kind: string;
  text: string;
  expected?: string | null;
  got?: string | null;
}

/** The score of one article. */
export interface ArticleScore {
  direct: Counts;
  indirect: Counts;
  /** Predictions that overlap a labelled non-quote (a title or scare quote). */
  nonQuoteHits: number;
  misses: Miss[];
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
  speakerAccuracy: number;
  endToEnd: Prf;
  nonQuoteHits: number;
}

const EDGE = /^[\s.,;:!?"'“”‘’«»„‚‹›「」『』—–-]+|[\s.,;:!?"'“”‘’«»„‚‹›「」『』—–-]+$/gu;

/** Scores the predictions for one article. */
export function scoreArticle(text: string, gold: GoldArticle, predictions: readonly Prediction[]): ArticleScore {
  const misses: Miss[] = [];
  const score = (kind: 'direct' | 'indirect'): Counts => {
    const golds = gold.quotes.filter((q) => (q.kind === 'direct') === (kind === 'direct'));
    const preds = predictions.filter((p) => p.kind === kind);
    const pairs = match(text, golds, preds, kind);
    let speakerRight = 0;
    for (const [g, p] of pairs) {
      if (sameSpeaker(gold, g.speaker, p.speaker)) speakerRight++;
      else misses.push({ what: 'wrong speaker', kind, text: g.text, expected: g.speaker, got: p.speaker });
    }
    for (const g of golds) if (!pairs.some(([x]) => x === g)) misses.push({ what: 'missed', kind, text: g.text, expected: g.speaker });
    for (const p of preds) if (!pairs.some(([, y]) => y === p)) misses.push({ what: 'spurious', kind, text: text.slice(p.start, p.end), got: p.speaker });
    return { gold: golds.length, predicted: preds.length, matched: pairs.length, speakerRight };
  };
  const nonQuoteHits = predictions.filter((p) => (gold.not_quotes ?? []).some((n) => p.start < n.end && n.start < p.end)).length;
  return { direct: score('direct'), indirect: score('indirect'), nonQuoteHits, misses };
}

/** One-to-one matching, best overlap first. */
function match(text: string, golds: readonly GoldQuote[], preds: readonly Prediction[], kind: 'direct' | 'indirect'): [GoldQuote, Prediction][] {
  const candidates: [number, GoldQuote, Prediction][] = [];
  for (const g of golds) {
    const [gs, ge] = trimmed(text, g.start, g.end);
    for (const p of preds) {
      const [ps, pe] = trimmed(text, p.start, p.end);
      const overlap = Math.min(ge, pe) - Math.max(gs, ps);
      if (overlap <= 0) continue;
      const jaccard = overlap / (Math.max(ge, pe) - Math.min(gs, ps));
      if (kind === 'direct' ? gs === ps && ge === pe : jaccard >= 0.5) candidates.push([jaccard, g, p]);
    }
  }
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
  const lead = slice.length - slice.replace(/^[\s.,;:!?"'“”‘’«»„‚‹›「」『』—–-]+/u, '').length;
  const inner = slice.replace(EDGE, '');
  return [start + lead, start + lead + inner.length];
}

/** The key a speaker is compared by: a labelled actor's name, or a description without its article. */
function speakerKey(gold: GoldArticle, name: string): { key: string; actor: boolean } {
  const key = nameKey(name);
  for (const actor of gold.actors) {
    const forms = [actor.name, ...actor.aliases].map(nameKey);
    const surname = actor.kind === 'person' && actor.name.includes(' ') ? nameKey(actor.name.split(/\s+/).pop()!) : '';
    if (forms.includes(key) || (surname && surname === key)) return { key: nameKey(actor.name), actor: true };
  }
  return { key: key.replace(/^(?:a|an|the|one of the) /, ''), actor: false };
}

/** True when a predicted speaker (`got`) names the labelled one (`expected`). */
export function sameSpeaker(gold: GoldArticle, expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const want = speakerKey(gold, expected);
  const have = speakerKey(gold, got);
  if (want.key === have.key) return true;
  // Only the prediction may be the longer description of an unnamed source.
  return !want.actor && !have.actor && want.key !== '' && have.key.startsWith(`${want.key} `);
}

/** Combines article scores: precision, recall and F1 per kind, speaker accuracy, end to end. */
export function summarise(scores: readonly ArticleScore[]): Summary {
  const add = (pick: (s: ArticleScore) => Counts): Counts =>
    scores.map(pick).reduce((a, b) => ({ gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, speakerRight: a.speakerRight + b.speakerRight }), { gold: 0, predicted: 0, matched: 0, speakerRight: 0 });
  const direct = add((s) => s.direct);
  const indirect = add((s) => s.indirect);
  const matched = direct.matched + indirect.matched;
  const right = direct.speakerRight + indirect.speakerRight;
  return {
    articles: scores.length,
    direct: { ...direct, ...prf(direct.matched, direct.predicted, direct.gold) },
    indirect: { ...indirect, ...prf(indirect.matched, indirect.predicted, indirect.gold) },
    speakerAccuracy: matched ? right / matched : 0,
    endToEnd: prf(right, direct.predicted + indirect.predicted, direct.gold + indirect.gold),
    nonQuoteHits: scores.reduce((n, s) => n + s.nonQuoteHits, 0),
  };
}

/** Precision, recall and F1 from counts (0 when undefined). */
export function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
