/**
 * Brier score, as scikit-learn's `brier_score_loss`: the mean squared difference between
 * the positive-class probability and the outcome (1 positive, 0 negative),
 *
 *   BS = (1/n) Σᵢ (yᵢ − pᵢ)²,   0 (perfect) … 1 (confidently wrong).
 *
 * Probabilities must lie in [0, 1] (scikit-learn raises otherwise; so does the
 * evaluation entry point, which validates inputs). Lower is better.
 *
 * Reference: G. W. Brier (1950), "Verification of forecasts expressed in terms of
 * probability", Monthly Weather Review 78(1).
 */
import { meanWithCounts } from './row-counts.js';

export function brierScoreTerms(isPositive: ArrayLike<number>, probability: ArrayLike<number>): Float64Array {
  const n = isPositive.length;
  if (probability.length !== n) throw new RangeError(`${probability.length} probabilities for ${n} rows`);
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = (isPositive[i] ? 1 : 0) - probability[i];
    terms[i] = d * d;
  }
  return terms;
}

export function brierScore(
  isPositive: ArrayLike<number>,
  probability: ArrayLike<number>,
  counts?: ArrayLike<number>,
): number {
  return meanWithCounts(brierScoreTerms(isPositive, probability), counts);
}
