/**
 * Reliability coefficients for nominal data: Krippendorff's alpha (any number of coders, missing
 * values allowed) and Cohen's kappa (two coders). Both are "agreement beyond chance": 1 is perfect,
 * 0 is what chance would give, below 0 is systematic disagreement. Both are undefined (null here)
 * when the data show no variation at all, because then agreement cannot be told from chance.
 */

/** A value a coder gave a unit; null when the coder gave none (missing). */
export type Value = string | null;

/**
 * Krippendorff's alpha for nominal data, from the coincidence matrix (Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability", 2011): each unit with m ≥ 2 values adds 1/(m − 1) for every
 * ordered pair of its values; α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 * `units[u][i]` is coder i's value for unit u.
 */
export function krippendorffAlpha(units: readonly (readonly Value[])[]): number | null {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = coincidence.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    coincidence.set(c, row);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue; // a unit coded once cannot show agreement
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of coincidence) {
    for (const [k, o] of row) {
      totals.set(c, (totals.get(c) ?? 0) + o);
      n += o;
      if (c !== k) disagreeing += o;
    }
  }
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  if (n <= 1 || expected === 0) return null;
  return 1 - ((n - 1) * disagreeing) / expected;
}

/**
 * Cohen's kappa for two coders over the same units: κ = (p_o − p_e) / (1 − p_e), p_o the share of
 * units with the same value, p_e the agreement expected from each coder's own value frequencies.
 */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  if (pairs.length === 0) return null;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let same = 0;
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
    if (a === b) same++;
  }
  const n = pairs.length;
  let chance = 0;
  for (const [value, count] of first) chance += (count / n) * ((second.get(value) ?? 0) / n);
  if (chance >= 1) return null;
  return (same / n - chance) / (1 - chance);
}

/** The share of pairs with the same value (null without pairs). */
export function percentAgreement(pairs: readonly (readonly [string, string])[]): number | null {
  return pairs.length ? pairs.filter(([a, b]) => a === b).length / pairs.length : null;
}
