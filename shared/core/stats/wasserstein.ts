import { cdfDistanceIntegral } from './cdf-distance.js';

/**
 * First Wasserstein distance (earth mover's distance) between the empirical
 * distributions of two samples; the same number as `scipy.stats.wasserstein_distance(u, v)`
 * (scipy 1.10.1, unweighted).
 *
 *     W₁(u, v) = ∫ |F_u(t) − F_v(t)| dt
 *
 * with F_u, F_v the empirical CDFs: the least total distance probability mass must be
 * moved to turn one sample's distribution into the other's. It is in the units of the
 * data (not scale-free): a shift of every value by d gives W₁ = |d|. Symmetric, ≥ 0, and
 * 0 exactly when the two samples have the same empirical distribution. O(n log n).
 *
 * Edge cases:
 * - Empty sample or NaN: RangeError.
 * - Samples of size 1: the distance between the two values.
 * - ±Infinity: Infinity when the CDFs differ over an infinite stretch (e.g. one sample
 *   has mass at +∞ and the other does not), as scipy. When the samples put the same
 *   share of their mass at each infinite value, the infinite stretches contribute 0
 *   and the result is the finite distance between the rest, where scipy returns NaN
 *   (it evaluates 0·∞); e.g. W₁([0, ∞], [1, ∞]) = 0.5.
 *
 * `scale` (positive, default 1): the distance between u / scale and v / scale, without copies.
 *
 * Reference: L. V. Kantorovich (1942); for the CDF form, S. S. Vallender (1974),
 * "Calculation of the Wasserstein distance between probability distributions on the
 * line", Theory Probab. Appl. 18(4), 784–786.
 */
export function wassersteinDistance(u: ArrayLike<number>, v: ArrayLike<number>, scale = 1): number {
  return cdfDistanceIntegral(u, v, 1, 'wassersteinDistance', scale);
}
