import { checkProbabilityVectors } from './probability-vectors.js';

/**
 * L-infinity (Chebyshev) distance between a reference distribution p and a current one
 * q over the same bins:
 *
 *     L∞(p, q) = max_i |p_i − q_i|
 *
 * the largest change in any one bin's (category's) share. TensorFlow Data Validation
 * uses it as its drift/skew comparator for categorical features (with a user threshold,
 * typically around 0.01–0.1). In [0, 1], symmetric, a metric, 0 when p = q; empty bins
 * need no floor. Unlike total variation it does not grow with the number of categories
 * that shifted, only with the largest shift.
 *
 * Throws RangeError for vectors of different or zero length, negative or non-finite
 * entries, or sums off 1 by more than 1e−6.
 *
 * Reference: TensorFlow Data Validation, "Get started — Checking data skew and drift",
 * https://www.tensorflow.org/tfx/data_validation/get_started
 */
export function lInfinityDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilityVectors(p, q, 'lInfinityDistance');
  let largest = 0;
  for (let i = 0; i < p.length; i++) largest = Math.max(largest, Math.abs(p[i] - q[i]));
  return largest;
}
