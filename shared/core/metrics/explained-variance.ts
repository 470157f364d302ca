/**
 * Explained variance score, as scikit-learn's `explained_variance_score`
 * (force_finite=True):
 *
 *   EV = 1 − Var(y − ŷ) / Var(y)
 *
 * Unlike R² it ignores a constant bias: predictions off by the same amount everywhere
 * score 1. Edge cases (scikit-learn's rules): Var(y − ŷ) = 0 → 1 (including a single
 * row); Var(y) = 0 with Var(y − ŷ) > 0 → 0. Zero variance is decided exactly (all
 * taking-part values equal), see r2.ts for why.
 */
import { constantWithCounts, forceFiniteScore } from './r2.js';
import { checkCounts, meanWithCounts, totalCount } from './row-counts.js';

function varianceWithCounts(values: ArrayLike<number>, counts?: ArrayLike<number>): number {
  if (constantWithCounts(values, counts)) return 0;
  const mean = meanWithCounts(values, counts);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    const d = values[i] - mean;
    sum += c * d * d;
    total += c;
  }
  return sum / total;
}

export function explainedVariance(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  counts?: ArrayLike<number>,
): number {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = yTrue[i] - yPred[i];
  return explainedVarianceFromResiduals(yTrue, residuals, counts);
}

/** The same from precomputed residuals yᵢ − ŷᵢ (to compute them once for many resamples). */
export function explainedVarianceFromResiduals(
  yTrue: ArrayLike<number>,
  residuals: ArrayLike<number>,
  counts?: ArrayLike<number>,
): number {
  const n = yTrue.length;
  if (residuals.length !== n) throw new RangeError(`residuals have ${residuals.length} rows, yTrue has ${n}`);
  checkCounts(n, counts);
  if (totalCount(n, counts) === 0) throw new RangeError('explained variance of an empty sample');
  const numerator = varianceWithCounts(residuals, counts);
  const denominator = varianceWithCounts(yTrue, counts);
  return forceFiniteScore(numerator, denominator);
}
