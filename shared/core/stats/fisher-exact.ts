import type { HypergeometricParameters } from './distributions/hypergeometric.js';
import {
  compareHypergeometricPmf,
  hypergeometricCdf,
  hypergeometricMode,
  hypergeometricSf,
} from './distributions/hypergeometric.js';

/** Result of {@link fisherExact}. */
export interface FisherExactResult {
  /** Sample odds ratio ad/(bc); Infinity when b or c is 0, NaN when a row or column is empty (as scipy). */
  statistic: number;
  /** Two-sided exact p-value, in [0, 1]. */
  pValue: number;
}

/** scipy's relative tolerance for "as probable as the observed table". */
const RELATIVE_TOLERANCE = 1e-14;

/**
 * Fisher's exact test on a 2 × 2 contingency table [[a, b], [c, d]], two-sided; the same
 * statistic and p-value as `scipy.stats.fisher_exact(table)` in scipy 1.10.1.
 *
 * Null hypothesis: rows and columns are independent (both rows — e.g. reference and
 * current sample — have the same proportion in the first column).
 *
 * Statistic: the sample (unconditional) odds ratio ad/(bc).
 *
 * p-value: conditional on the margins, a is hypergeometric (total a+b+c+d, a+b "good",
 * a+c drawn). The two-sided p-value is the total probability of the tables that are as
 * probable as or less probable than the observed one, where "as probable" allows scipy's
 * relative tolerance of 1e-14 (tables with pmf ≤ pmf(a)·(1 + 1e-14) count). As in scipy,
 * the observed side's tail is summed entirely and the boundary on the other side of the
 * mode is found by bisection; if the observed table is (within 1e-14) the most probable,
 * the p-value is 1. Probabilities are computed in log space, so totals of 10⁵ and more
 * work, and the "as probable" comparisons near the boundary are decided exactly
 * (`distributions/hypergeometric.ts`).
 *
 * Edge cases (as scipy):
 * - a row or a column that sums to 0: statistic NaN, p-value 1;
 * - b = 0 or c = 0 (otherwise): statistic Infinity (even when ad = 0 too);
 * - ad = 0 < bc: statistic 0;
 * - negative, non-integer or non-finite counts throw a RangeError.
 *
 * References:
 * - R. A. Fisher, "On the Interpretation of χ² from Contingency Tables, and the Calculation
 *   of P", JRSS 85(1), 1922.
 * - A. Agresti, "A Survey of Exact Inference for Contingency Tables", Statistical Science
 *   7(1), 1992 (the "probability" two-sided p-value).
 */
export function fisherExact(table: readonly [readonly [number, number], readonly [number, number]]): FisherExactResult {
  checkTable(table);
  const [[a, b], [c, d]] = table;
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return { statistic: NaN, pValue: 1 };
  const statistic = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;

  const rowA = a + b;
  const rowB = c + d;
  const column = a + c;
  const parameters: HypergeometricParameters = { total: rowA + rowB, good: rowA, draws: column };
  const mode = hypergeometricMode(parameters);
  /** Sign of pmf(k) − pmf(a)·(1 + tolerance), decided exactly. */
  const compare = (k: number, tolerance = RELATIVE_TOLERANCE): -1 | 0 | 1 =>
    compareHypergeometricPmf(k, a, parameters, tolerance);

  // |pmf(a) − pmf(mode)| ≤ 1e-14·max(pmf(a), pmf(mode)): the observed table is a mode.
  const modeVsObserved = compare(mode, 0);
  const observedIsMode =
    modeVsObserved >= 0
      ? compareHypergeometricPmf(a, mode, parameters, -RELATIVE_TOLERANCE) >= 0
      : compare(mode, -RELATIVE_TOLERANCE) >= 0;
  if (observedIsMode) return { statistic, pValue: 1 };

  let pValue: number;
  if (a < mode) {
    const lowerTail = hypergeometricCdf(a, parameters);
    if (compare(column) > 0) return { statistic, pValue: lowerTail };
    // Last k in [mode, column] with pmf(k) ≥ pmf(a)(1 + tol); beyond it everything counts.
    const boundary = bisect(mode, column, (k) => -compare(k));
    pValue = lowerTail + hypergeometricSf(boundary, parameters);
  } else {
    const upperTail = hypergeometricSf(a - 1, parameters);
    if (compare(0) > 0) return { statistic, pValue: upperTail };
    // Last k in [0, mode] with pmf(k) ≤ pmf(a)(1 + tol); up to it everything counts.
    const boundary = bisect(0, mode, (k) => compare(k));
    pValue = upperTail + hypergeometricCdf(boundary, parameters);
  }
  return { statistic, pValue: Math.min(pValue, 1) };
}

/**
 * scipy's `_binary_search_for_binom_tst`: for f ascending on [lo, hi] (given as the sign of
 * f(k) − target), the index i with f(i) ≤ target < f(i + 1).
 */
function bisect(lo: number, hi: number, signAt: (k: number) => number): number {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const sign = signAt(mid);
    if (sign < 0) lo = mid + 1;
    else if (sign > 0) hi = mid - 1;
    else return mid;
  }
  return signAt(lo) <= 0 ? lo : lo - 1;
}

function checkTable(table: readonly (readonly number[])[]): void {
  const ok =
    table.length === 2 &&
    table.every((row) => row.length === 2 && row.every((count) => Number.isInteger(count) && count >= 0));
  if (!ok) {
    throw new RangeError(
      `fisherExact: table must be [[a, b], [c, d]] of non-negative integer counts, got ${JSON.stringify(table)}`,
    );
  }
}
