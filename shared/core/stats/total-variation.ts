import { pairwiseSum } from './pairwise-sum.js';
import { checkProbabilityVectors } from './probability-vectors.js';

/**
 * Total variation distance between a reference distribution p and a current one q over
 * the same bins:
 *
 *     TV(p, q) = ½ · Σ_i |p_i − q_i|
 *
 * the largest difference in probability the two distributions give any set of bins
 * (the share of observations that would have to move bins to turn one into the other).
 * In [0, 1], symmetric, a metric, 0 when p = q and 1 for disjoint supports; empty bins
 * need no floor. Equals the Kolmogorov–Smirnov-like L∞ distance for two bins.
 *
 * Throws RangeError for vectors of different or zero length, negative or non-finite
 * entries, or sums off 1 by more than 1e−6.
 *
 * Reference: A. B. Tsybakov (2009), "Introduction to Nonparametric Estimation",
 * Springer, §2.4.
 */
export function totalVariationDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilityVectors(p, q, 'totalVariationDistance');
  const differences = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) differences[i] = Math.abs(p[i] - q[i]);
  return Math.min(1, pairwiseSum(differences) / 2);
}
