import { normalSf } from './distributions/normal.js';

/** Result of {@link twoProportionZ}. */
export interface TwoProportionZResult {
  /** z = (p̂_A − p̂_B)/√(p̂(1 − p̂)(1/n_A + 1/n_B)), p̂ the pooled proportion. */
  statistic: number;
  /** Two-sided p-value 2·(1 − Φ(|z|)), in [0, 1]. */
  pValue: number;
}

/**
 * Two-sample z-test for equal proportions with the pooled variance, two-sided — the test
 * of statsmodels' `proportions_ztest([sA, sB], [nA, nB])` (value 0, pooled variance).
 *
 * Null hypothesis: both samples have the same success probability p.
 *
 * Statistic: with p̂_A = s_A/n_A, p̂_B = s_B/n_B and the pooled estimate
 * p̂ = (s_A + s_B)/(n_A + n_B) of p under H₀,
 *   z = (p̂_A − p̂_B) / √(p̂(1 − p̂)(1/n_A + 1/n_B)).
 *
 * p-value: asymptotic, 2·P(Z > |z|) for Z standard normal, computed in the far tail
 * without cancellation (`distributions/normal.ts`).
 *
 * Edge cases:
 * - pooled p̂ = 0 or 1 (no successes or no failures in either sample): both samples agree
 *   exactly and the variance is 0; statsmodels would return NaN, mlgate returns statistic 0
 *   and p-value 1;
 * - n = 0 for a sample is an empty sample: RangeError; so are successes outside [0, n] and
 *   non-integer or non-finite arguments.
 *
 * References:
 * - J. L. Fleiss, B. Levin, M. C. Paik, Statistical Methods for Rates and Proportions,
 *   3rd ed. (2003), §2.5.
 * - statsmodels.stats.proportion.proportions_ztest.
 */
export function twoProportionZ(successesA: number, nA: number, successesB: number, nB: number): TwoProportionZResult {
  checkSample(successesA, nA, 'A');
  checkSample(successesB, nB, 'B');
  const pooled = (successesA + successesB) / (nA + nB);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const statistic = (successesA / nA - successesB / nB) / standardError;
  return { statistic, pValue: Math.min(2 * normalSf(Math.abs(statistic)), 1) };
}

function checkSample(successes: number, n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`twoProportionZ: n${name} must be a non-negative integer, got ${n}`);
  }
  if (n === 0) throw new RangeError(`twoProportionZ: sample ${name} is empty (n${name} = 0)`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`twoProportionZ: successes${name} must be an integer in [0, ${n}], got ${successes}`);
  }
}
