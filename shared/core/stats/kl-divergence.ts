import { pairwiseSum } from './pairwise-sum.js';
import { checkProbabilityVectors } from './probability-vectors.js';

/**
 * Kullback–Leibler divergence of the current distribution q from the reference p, in
 * nats; the same number as `scipy.stats.entropy(p, q)` (scipy 1.10.1):
 *
 *     KL(p ‖ q) = Σ_i p_i · ln(p_i / q_i)
 *
 * with 0·ln(0/q) = 0. The expected extra log-loss from coding reference data with the
 * current distribution. ≥ 0, 0 when p = q, NOT symmetric (reference first), unbounded.
 * Like scipy, p and q are divided by their sums first (a no-op up to rounding for
 * valid input, which must already sum to 1 within 1e−6).
 *
 * Empty bins: +Infinity when q_i = 0 for some bin with p_i > 0 (the current data
 * never shows something the reference has), as scipy. No floor is applied here:
 * mlgate's drift checks pass floored proportions,
 * `proportions(counts, DEFAULT_EMPTY_BIN_FLOOR)` (see `histogram.ts`), so their KL is
 * finite. Bins with p_i = 0 contribute 0 whatever q_i is.
 *
 * Throws RangeError for vectors of different or zero length, negative or non-finite
 * entries, or sums off 1 by more than 1e−6.
 *
 * Reference: S. Kullback, R. A. Leibler (1951), "On information and sufficiency",
 * Ann. Math. Statist. 22(1), 79–86.
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilityVectors(p, q, 'klDivergence');
  const pSum = pairwiseSum(p);
  const qSum = pairwiseSum(q);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) terms[i] = relativeEntropy(p[i] / pSum, q[i] / qSum);
  return pairwiseSum(terms);
}

/** x·ln(x/y) with scipy.special.rel_entr's conventions: 0 for x = 0, +∞ for x > 0 = y. */
export function relativeEntropy(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Number.POSITIVE_INFINITY;
  return x * Math.log(x / y);
}
