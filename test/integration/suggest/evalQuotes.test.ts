/**
 * The labelled corpus behind `npm run eval:quotes`: every split's labels must match their text,
 * and the suggester must keep meeting the targets on the tuning splits and the sample.
 * Held-out splits are only checked for consistent labels: their scores are read, never tuned for
 * (and heldOutLeak.test.ts checks that no source file quotes them).
 */
import { describe, expect, it } from 'vitest';
import { discoverSplits, evaluate, isHeldOut, loadSplit } from '../../../scripts/eval-quotes';
import { sampleDir } from '../../../scripts/evalSplits';
import { errorReport } from '../../../src/shared/suggest/errorReport';
import type { GoldArticle } from '../../../src/shared/suggest/evaluate';

const splits = discoverSplits();
// Issue 14's US/UK news splits (news/…) have targets of their own that the rules do not meet yet:
// they are scored against the mark-and-cue baseline below, not held to these.
/** Apostrophes and case aside, so "Farmers' Alliance" is found as "Farmers’ Alliance". */
const fold = (s: string) => s.replace(/[’‘]/g, "'").toLowerCase();

/** About labels that name no actor of the article, or an actor the article never names. */
export function aboutProblems(text: string, gold: GoldArticle): string[] {
  const problems: string[] = [];
  const folded = fold(text);
  for (const q of gold.quotes) {
    for (const name of q.about ?? []) {
      const actor = gold.actors.find((a) => a.name === name);
      const forms = actor ? [actor.name, ...actor.aliases].map((f) => fold(f.replace('|', '').trim())).filter(Boolean) : [];
      if (!actor) problems.push(`quote "${q.text}" is about ${name}, who is not among the actors`);
      else if (!forms.some((f) => folded.includes(f))) problems.push(`quote "${q.text}" is about ${name}, whom the article never names`);
    }
  }
  return problems;
}

// The targets hold on the splits the rules were written on; the retired held-out splits
// ("tune-was-heldout") are read for errors now but were not written to these scores.
const tuning = Object.keys(splits).filter((s) => s === 'tune' || s === 'sample');

describe('eval:quotes corpus', () => {
  it('has a tuning split, a held-out split and the sample', () => {
    // The sample is ../shared/corpus beside the checkout: a copy or worktree elsewhere needs a link to it.
    expect(Object.keys(splits), `no labelled sample in ${sampleDir}`).toEqual(expect.arrayContaining(['tune', 'tune-was-heldout2', 'sample']));
    expect(Object.keys(splits).filter(isHeldOut)).toEqual(expect.arrayContaining(['news/heldout17', 'news/heldout18']));
  });

  // Enough to score a split by: six articles, or three long ones (real news is long) with 100 labels among them.
  it.each(Object.keys(splits).filter((s) => s !== 'sample'))('the %s split has at least 6 articles, or 3 with 100 labels, whose labels match their text', (split) => {
    const articles = loadSplit(split, false, splits);
    const labels = articles.reduce((n, a) => n + a.gold.quotes.length, 0);
    expect(articles.length >= 6 || (articles.length >= 3 && labels >= 100), `${articles.length} articles, ${labels} labels`).toBe(true);
    for (const a of articles) for (const q of [...a.gold.quotes, ...(a.gold.not_quotes ?? [])]) expect(a.text.slice(q.start, q.end)).toBe(q.text);
  });

  // The sample (../shared/corpus) is labelled elsewhere and left one quote without about.
  it.each(Object.keys(splits))('every quote of the %s split says whom it is about, by an actor its article names', (split) => {
    for (const a of loadSplit(split, false, splits)) {
      if (split !== 'sample') expect(a.gold.quotes.filter((q) => !Array.isArray(q.about)).map((q) => `${a.file}: "${q.text}"`)).toEqual([]);
      expect(aboutProblems(a.text, a.gold).map((p) => `${a.file}: ${p}`)).toEqual([]);
    }
  });

  it('an about label naming no actor, or one the article never names, is a problem', () => {
    const gold: GoldArticle = { actors: [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] }, { name: 'Chile', kind: 'state', aliases: [] }], quotes: [{ kind: 'indirect', speaker: null, text: 'x', start: 0, end: 1, about: ['Ana Ruiz', 'Chile', 'Peru'] }] };
    expect(aboutProblems('Ruiz said x.', gold)).toEqual(['quote "x" is about Chile, whom the article never names', 'quote "x" is about Peru, who is not among the actors']);
  });

  it.each(tuning)('on the %s split the suggester meets the targets and beats the naive pairer', (split) => {
    const articles = loadSplit(split, false, splits);
    const { summary } = evaluate(articles, 'suggester');
    const baseline = evaluate(articles, 'baseline').summary;
    expect(summary.direct.f1).toBeGreaterThanOrEqual(0.95);
    expect(summary.indirect.f1).toBeGreaterThanOrEqual(0.75);
    expect(summary.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(summary.endToEnd.f1).toBeGreaterThanOrEqual(0.85);
    expect(summary.endToEnd.f1).toBeGreaterThan(baseline.endToEnd.f1);
    expect(summary.nonQuoteHits).toBe(0);
    // Issue 14: whom found quotes are about.
    expect(summary.about.f1).toBeGreaterThanOrEqual(0.7);
  });

  it.each(['news/tune', 'news/tune-was-heldout', 'news/heldout17'])('scores the issue 14 %s split: the suggester beats the mark-and-cue baseline, and the error report counts every labelled class', (split) => {
    const articles = loadSplit(split, false, splits);
    expect(articles.length).toBeGreaterThanOrEqual(10);
    const { summary, report } = evaluate(articles, 'suggester');
    const baseline = evaluate(articles, 'markAndCue').summary;
    expect(summary.all.f1).toBeGreaterThan(baseline.all.f1);
    expect(summary.endToEnd.f1).toBeGreaterThan(baseline.endToEnd.f1);
    const labels = articles.flatMap((a) => a.gold.quotes);
    const errors = errorReport(report);
    expect(errors.complement.gold).toBe(labels.filter((q) => q.tags?.includes('complement')).length);
    expect(errors.stance.gold).toBe(labels.filter((q) => q.kind === 'stance').length);
    expect(errors.pieces.gold).toBe(labels.filter((q) => (q.ranges?.length ?? 0) > 1).length);
    expect(errors.pieces.whole + errors.pieces.onlyPieces + errors.pieces.missed).toBe(errors.pieces.gold);
    // The about-actors of found quotes are read from the labels and offered by the suggester.
    expect(summary.about.gold).toBeGreaterThan(0);
    expect(summary.about.right).toBeGreaterThan(0);
  });
});
