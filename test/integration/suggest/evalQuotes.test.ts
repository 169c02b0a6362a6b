/**
 * The labelled corpus behind `npm run eval:quotes`: every label must match its article, and the
 * suggester must keep meeting the targets on the tuning split and the sample. (The
 * held-out split is only checked for consistent labels: scores on it are read, never tuned for.)
 */
import { describe, expect, it } from 'vitest';
import { evaluate, loadSplit } from '../../../scripts/eval-quotes';

describe('eval:quotes corpus', () => {
  it.each(['tune', 'heldout'])('the %s split has at least 6 articles whose labels match their text', (split) => {
    const articles = loadSplit(split);
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const a of articles) for (const q of a.gold.quotes) expect(a.text.slice(q.start, q.end)).toBe(q.text);
  });

  it.each(['tune', 'sample'])('on the %s split the suggester meets the targets and beats the naive pairer', (split) => {
    const articles = loadSplit(split);
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
