import { relativeEntropy } from './kl-divergence.js';
import { pairwiseSum } from './pairwise-sum.js';
import { checkProbabilityVectors } from './probability-vectors.js';

/**
 * Jensen–Shannon distance between a reference distribution p and a current one q over
 * the same bins; the same number as `scipy.spatial.distance.jensenshannon(p, q)`
 * (scipy 1.10.1, natural logarithm):
 *
 *     JS(p, q) = √( (KL(p ‖ m) + KL(q ‖ m)) / 2 ),   m = (p + q) / 2
 *
 * This is the distance (a metric), the square root of the Jensen–Shannon divergence.
 * With natural logarithms it lies in [0, √ln 2 ≈ 0.8326] (√ln2 for disjoint supports),
 * so it is ≤ 1; with base-2 logarithms (not used here) it would reach 1. Symmetric, and
 * finite with empty bins (m > 0 wherever p or q is), so no empty-bin floor is needed.
 * Like scipy, p and q are divided by their sums first (a no-op up to rounding).
 *
 * Rounding can make the divergence a tiny negative number for nearly equal inputs
 * (scipy then returns NaN); we clamp it to 0.
 *
 * Throws RangeError for vectors of different or zero length, negative or non-finite
 * entries, or sums off 1 by more than 1e−6.
 *
 * References: J. Lin (1991), "Divergence measures based on the Shannon entropy",
 * IEEE Trans. Inf. Theory 37(1), 145–151; D. M. Endres, J. E. Schindelin (2003),
 * "A new metric for probability distributions", IEEE Trans. Inf. Theory 49(7), 1858–1860.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilityVectors(p, q, 'jensenShannonDistance');
  const pSum = pairwiseSum(p);
  const qSum = pairwiseSum(q);
  const left = new Float64Array(p.length);
  const right = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / pSum;
    const qi = q[i] / qSum;
    const mi = (pi + qi) / 2;
    left[i] = relativeEntropy(pi, mi);
    right[i] = relativeEntropy(qi, mi);
  }
  const divergence = pairwiseSum(left) + pairwiseSum(right);
  return Math.sqrt(Math.max(0, divergence / 2));
}
