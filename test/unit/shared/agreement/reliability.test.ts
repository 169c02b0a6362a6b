/**
 * Reliability coefficients checked against published worked examples and hand computation.
 *
 * - Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", Annenberg School for
 *   Communication, University of Pennsylvania. Example A: two observers, binary data, ten units,
 *   α = 0.095. Example C: four observers, nominal data with missing values, twelve units,
 *   α = 0.743 (the same reliability data appear in Krippendorff's Content Analysis, 2004).
 * - Cohen's kappa: the worked example on the Wikipedia page "Cohen's kappa" (50 grant proposals:
 *   yes/yes 20, yes/no 5, no/yes 10, no/no 15; p_o = 0.7, p_e = 0.5, κ = 0.4).
 */
import { describe, expect, it } from 'vitest';
import { cohenKappa, krippendorffAlpha, percentAgreement, type Value } from '../../../../src/shared/agreement/reliability';

const columns = (...coders: (number | null)[][]): Value[][] => coders[0]!.map((_, u) => coders.map((c) => (c[u] === null ? null : String(c[u]))));

describe('Krippendorff’s alpha (nominal)', () => {
  it('gives 0.095 for Krippendorff’s binary two-observer example', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    // Hand check: o01 = o10 = 4, n0 = 14, n1 = 6, n = 20: α = 1 − 19·8 / (2·14·6) = 0.0952.
    expect(krippendorffAlpha(columns(a, b))).toBeCloseTo(1 - (19 * 8) / (2 * 14 * 6), 10);
    expect(krippendorffAlpha(columns(a, b))!.toFixed(3)).toBe('0.095');
  });

  it('gives 0.743 for Krippendorff’s four-observer example with missing values', () => {
    const _ = null;
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3];
    const C = [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _];
    expect(krippendorffAlpha(columns(A, B, C, D))!.toFixed(3)).toBe('0.743');
  });

  it('is 1 for perfect agreement with variation, and undefined without variation', () => {
    expect(krippendorffAlpha(columns([1, 0, 1], [1, 0, 1]))).toBe(1);
    expect(krippendorffAlpha(columns([1, 1, 1], [1, 1, 1]))).toBeNull();
  });

  it('is below zero for systematic disagreement (hand-computed)', () => {
    // Two units, values swapped: o01 = o10 = 2, n0 = n1 = 2, n = 4: α = 1 − 3·4 / (2·2·2) = −0.5.
    expect(krippendorffAlpha(columns([0, 1], [1, 0]))).toBeCloseTo(-0.5, 10);
  });
});

describe('Cohen’s kappa', () => {
  it('gives 0.4 for the 50-proposal example', () => {
    const pairs: [string, string][] = [
      ...Array.from({ length: 20 }, () => ['yes', 'yes'] as [string, string]),
      ...Array.from({ length: 5 }, () => ['yes', 'no'] as [string, string]),
      ...Array.from({ length: 10 }, () => ['no', 'yes'] as [string, string]),
      ...Array.from({ length: 15 }, () => ['no', 'no'] as [string, string]),
    ];
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 10);
    expect(percentAgreement(pairs)).toBeCloseTo(0.7, 10);
  });

  it('gives 0.0909 for Krippendorff’s binary data (hand-computed: p_o = 0.6, p_e = 0.56)', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0].map(String);
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0].map(String);
    expect(cohenKappa(a.map((v, i) => [v, b[i]!] as [string, string]))).toBeCloseTo(0.04 / 0.44, 10);
  });

  it('is undefined when both coders always give one and the same value', () => {
    expect(cohenKappa([['a', 'a'], ['a', 'a']])).toBeNull();
    expect(cohenKappa([])).toBeNull();
  });
});
