import { cdfDistanceIntegral } from './cdf-distance.js';

/**
 * Energy distance between the empirical distributions of two samples; the same number as
 * `scipy.stats.energy_distance(u, v)` (scipy 1.10.1, unweighted).
 *
 * Székely's energy distance is defined through expected pairwise distances,
 * D² = 2·E|X − Y| − E|X − X'| − E|Y − Y'|; in one dimension D² = 2·∫ (F_u − F_v)² dt
 * (Székely 2002). Like scipy, this returns the square-root form
 *
 *     D(u, v) = √(2 · ∫ (F_u(t) − F_v(t))² dt)
 *
 * not D² (the form some texts and packages call "energy distance"; square the result
 * to get that). D is a metric on distributions, symmetric, ≥ 0 and 0 exactly for equal
 * empirical distributions. D² has the units of the data, so D scales with the square
 * root of a change of units (multiplying the data by a multiplies D by √a): unlike the
 * Wasserstein distance it is not in the data's units. O(n log n).
 *
 * Edge cases (as `wassersteinDistance`): empty sample or NaN → RangeError; ±Infinity →
 * Infinity when the CDFs differ over an infinite stretch (as scipy), otherwise the
 * infinite stretches contribute 0 (scipy returns NaN there).
 *
 * `scale` (positive, default 1): the distance between u / scale and v / scale, without copies.
 *
 * References:
 * - G. J. Székely (2002), "E-statistics: the energy of statistical samples", Technical
 *   Report 02-16, Bowling Green State University.
 * - M. L. Rizzo, G. J. Székely (2016), "Energy distance", WIREs Comput. Stat. 8(1), 27–38.
 */
export function energyDistance(u: ArrayLike<number>, v: ArrayLike<number>, scale = 1): number {
  return Math.SQRT2 * Math.sqrt(cdfDistanceIntegral(u, v, 2, 'energyDistance', scale));
}
