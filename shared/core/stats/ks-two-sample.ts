import { isMarkedSorted } from './sorted-sample.js';
import { kolmogorovSf } from './distributions/kolmogorov.js';
import { roundHalfToEven, smirnovTwoSampleExactSf } from './distributions/smirnov-two-sample.js';

/** Result of {@link ksTwoSample}. */
export interface KsTwoSampleResult {
  /** D = sup_t |F_x(t) − F_y(t)|, in [0, 1]. */
  statistic: number;
  /** Two-sided p-value, in [0, 1]. */
  pValue: number;
  /** How the p-value was computed. */
  method: 'exact' | 'asymptotic';
}

/** Largest sample size for which the exact distribution is used (scipy's MAX_AUTO_N). */
const MAX_EXACT_N = 10_000;

/**
 * Two-sample Kolmogorov–Smirnov test, two-sided; the same statistic, p-value and method
 * selection as `scipy.stats.ks_2samp(x, y, alternative='two-sided', method='auto')` in
 * scipy 1.10.1.
 *
 * Null hypothesis: x and y are drawn from the same continuous distribution.
 *
 * Statistic: D = max over all observed values t of |F_x(t) − F_y(t)|, with F the
 * empirical CDFs (right-continuous: ties are counted as ≤ t). Computed by sorting copies
 * of both samples and one linear merge, O((m + n) log(m + n)).
 *
 * p-value, P(D_{m,n} ≥ D) under H₀:
 * - exact when max(m, n) ≤ 10 000: the lattice-path distribution of
 *   `distributions/smirnov-two-sample.ts`; D is then reported snapped to the lattice
 *   of attainable values, round(D·lcm(m, n))/lcm(m, n), as scipy does (it differs
 *   from the raw D only by rounding error). When the exact computation does not yield a
 *   probability in [0, 1], scipy falls back to the asymptotic branch with the snapped D,
 *   and so does this function (method 'asymptotic'). This happens for equal sizes at the
 *   smallest D = 1/n, where P = 1 can round to 1 + 2⁻⁵² (m = n = 7 gives p = 0.99996
 *   instead of 1, as in scipy).
 * - Cost of the exact branch: O(m·(2Dn + 1)) for m ≠ n, O(n) for m = n; at most about
 *   1 s for m ≈ n ≈ 10⁴ with D ≈ 1 (scipy needs about 0.7 s there).
 * - asymptotic when max(m, n) > 10 000: the one-sample two-sided Kolmogorov
 *   distribution with the effective size round(mn/(m + n)) (rounded half to even),
 *   P(D_{n_e} ≥ D) = scipy.stats.kstwo.sf(D, n_e) — see `distributions/kolmogorov.ts`;
 *   it switches algorithms by n_e and D, none of them quadratic in n_e.
 *
 * Edge cases:
 * - an empty sample (or one containing NaN) throws a RangeError — callers drop missing
 *   values and skip empty columns;
 * - n = 1, constant samples and ties need no special handling: D is computed from the
 *   right-continuous ECDFs as scipy does (identical samples give D = 0, p = 1; two
 *   constant samples with different values give D = 1);
 * - ±Infinity are ordinary values at the ends of the order (scipy sorts them the same
 *   way), so they are accepted.
 *
 * References:
 * - N. Smirnov, "Table for Estimating the Goodness of Fit of Empirical Distributions",
 *   Ann. Math. Statist. 19(2), 1948.
 * - J. L. Hodges Jr., "The Significance Probability of the Smirnov Two-Sample Test",
 *   Arkiv för Matematik 3(43), 1958.
 * - R. Simard, P. L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov Distribution",
 *   Journal of Statistical Software 39(11), 2011.
 */
export function ksTwoSample(x: ArrayLike<number>, y: ArrayLike<number>): KsTwoSampleResult {
  const a = sortedCopy(x, 'x');
  const b = sortedCopy(y, 'y');
  const m = a.length;
  const n = b.length;

  // Walk the distinct values in order; at each, the ECDF difference i/m − j/n.
  let maxDiff = -Infinity;
  let minDiff = Infinity;
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    const value = i < m && (j >= n || a[i] <= b[j]) ? a[i] : b[j];
    while (i < m && a[i] <= value) i++;
    while (j < n && b[j] <= value) j++;
    const diff = i / m - j / n;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(Math.max(-minDiff, 0), 1);
  return ksTwoSampleOfStatistic(minS > maxDiff ? minS : maxDiff, m, n);
}

/**
 * The p-value of a two-sided two-sample KS statistic `d` between samples of sizes m and n, as
 * `ksTwoSample` computes it (exact or asymptotic by size, the statistic snapped in the exact branch).
 * Also used for a statistic computed from binned profiles (`core/profile/binned-ks.ts`).
 */
export function ksTwoSampleOfStatistic(statistic: number, m: number, n: number): KsTwoSampleResult {
  let d = statistic;
  if (Math.max(m, n) <= MAX_EXACT_N) {
    const exact = smirnovTwoSampleExactSf(m, n, d);
    if (exact.success) return { statistic: exact.statistic, pValue: clip01(exact.pValue), method: 'exact' };
    d = exact.statistic;
  }
  const effectiveN = roundHalfToEven((Math.max(m, n) * Math.min(m, n)) / (m + n));
  return { statistic: d, pValue: clip01(kolmogorovSf(effectiveN, d)), method: 'asymptotic' };
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

function sortedCopy(sample: ArrayLike<number>, name: string): Float64Array {
  if (sample.length === 0) throw new RangeError(`ksTwoSample: sample ${name} is empty`);
  if (isMarkedSorted(sample)) return sample;
  const copy = Float64Array.from(sample);
  for (const value of copy) {
    if (Number.isNaN(value)) throw new RangeError(`ksTwoSample: sample ${name} contains NaN`);
  }
  return copy.sort();
}
