/**
 * The labelled corpus behind `npm run eval:quotes`: every split's labels must match their text,
 * and the suggester must keep meeting the targets on the tuning splits and the sample.
 * Held-out splits are only checked for consistent labels: their scores are read, never tuned for
 * (and heldOutLeak.test.ts checks that no source file quotes them).
 */
import { describe, expect, it } from 'vitest';
import { discoverSplits, evaluate, isHeldOut, loadSplit } from '../../../scripts/eval-quotes';

const splits = discoverSplits();
const tuning = Object.keys(splits).filter((s) => !isHeldOut(s));

describe('eval:quotes corpus', () => {
  it('has a tuning split, a held-out split and the sample', () => {
    expect(Object.keys(splits)).toEqual(expect.arrayContaining(['tune', 'heldout', 'sample']));
  });

  it.each(Object.keys(splits).filter((s) => s !== 'sample'))('the %s split has at least 6 articles whose labels match their text', (split) => {
    const articles = loadSplit(split, false, splits);
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const a of articles) for (const q of [...a.gold.quotes, ...(a.gold.not_quotes ?? [])]) expect(a.text.slice(q.start, q.end)).toBe(q.text);
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
  });
});
