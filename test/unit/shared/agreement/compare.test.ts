/** Matching quotes into units and the agreement report, on small hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { compareCoders, type CodedArticle, type CodedQuote } from '../../../../src/shared/agreement/compare';
import { matchUnits, sameUnit } from '../../../../src/shared/agreement/matching';

let next = 0;
const q = (start: number, end: number, fields: Partial<CodedQuote> = {}): CodedQuote => ({
  id: `q${next++}`,
  start,
  end,
  exact: 'x'.repeat(end - start),
  kind: 'direct',
  speaker: 'Ana',
  about: [],
  tags: [],
  comment: '',
  ...fields,
});
const article = (quotes: CodedQuote[], key = 'k1'): CodedArticle => ({ key, id: `art-${key}`, title: `Article ${key}`, quotes });

describe('matching quotes into units', () => {
  it('matches overlaps covering half the shorter quote, one-to-one, best overlap first', () => {
    expect(sameUnit({ start: 0, end: 10 }, { start: 5, end: 30 })).toBe(true); // 5 of the shorter 10
    expect(sameUnit({ start: 0, end: 10 }, { start: 6, end: 30 })).toBe(false); // 4 of 10
    expect(sameUnit({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false); // touching is not overlapping
    const mine = [q(0, 20), q(100, 120)];
    const theirs = [q(2, 20), q(0, 19), q(200, 210)];
    const m = matchUnits(mine, theirs, (x) => x);
    // (0,20)~(0,19) has Jaccard 19/20, better than (2,20) at 18/20.
    expect(m.pairs.map(([a, b]) => [a.start, b.start, b.end])).toEqual([[0, 0, 19]]);
    expect(m.onlyMine.map((x) => x.start)).toEqual([100]);
    expect(m.onlyTheirs.map((x) => x.start).sort()).toEqual([2, 200]);
  });
});

describe('agreement report', () => {
  it('computes per-tag and pooled alpha and kappa on matched units (hand-computed)', () => {
    // Four matched units. Tag A: mine T,T,F,F; theirs T,F,F,F. Tag B: mine F,F,T,F; theirs F,F,T,F.
    const mine = article([q(0, 10, { tags: ['A'] }), q(20, 30, { tags: ['A'] }), q(40, 50, { tags: ['B'] }), q(60, 70), q(90, 95)]);
    const theirs = article([q(0, 10, { tags: ['A'] }), q(20, 30, { speaker: 'Ben' }), q(40, 50, { tags: ['B'], kind: 'indirect' }), q(60, 70)]);
    const report = compareCoders([mine], [theirs]);
    expect(report).toMatchObject({ units: 5, matched: 4, articles: { compared: 1, onlyMine: 0, onlyTheirs: 0 } });
    const [a, b] = report.perTag;
    // A: p_o = 3/4; mine 2 T of 4, theirs 1 T of 4: p_e = .5·.25 + .5·.75 = .5; κ = (.75 − .5)/.5 = .5.
    // α: o_TF = o_FT = 1, n_T = 3, n_F = 5, n = 8: α = 1 − 7·2 / (2·3·5) = 0.5333.
    expect(a).toMatchObject({ tag: 'A', n: 4, mine: 2, theirs: 1, both: 1 });
    expect(a!.kappa).toBeCloseTo(0.5, 10);
    expect(a!.alpha).toBeCloseTo(1 - 14 / 30, 10);
    expect(b).toMatchObject({ tag: 'B', alpha: 1, kappa: 1, both: 1 });
    // Pooled 8 decisions: one disagreement; n_T = 5, n_F = 11, n = 16: α = 1 − 15·2 / (2·5·11) = 0.7273.
    expect(report.overall.alpha).toBeCloseTo(1 - 30 / 110, 10);
    // κ pooled: p_o = 7/8; mine T 3/8, theirs T 2/8: p_e = 3/8·2/8 + 5/8·6/8 = 36/64; κ = (56/64 − 36/64)/(28/64) = 20/28.
    expect(report.overall.kappa).toBeCloseTo(20 / 28, 10);
    expect(report.speakerAgreement).toMatchObject({ observed: 0.75, n: 4 });
    expect(report.kindAgreement).toMatchObject({ observed: 0.75, n: 4 });
    expect(report.disagreements.map((d) => d.differences)).toEqual([['tags', 'speaker'], ['kind']]);
    expect(report.unmatched).toMatchObject([{ side: 'mine', quote: { start: 90 } }]);
  });

  it('compares only articles both coded (matched by content), and says how many were left', () => {
    const report = compareCoders([article([q(0, 5)], 'same'), article([q(0, 5)], 'mine-only')], [article([q(0, 5)], 'same'), article([], 'theirs-only')]);
    expect(report.articles).toEqual({ compared: 1, onlyMine: 1, onlyTheirs: 1 });
    expect(report.matched).toBe(1);
  });
});
