import { pairwiseSum } from './pairwise-sum.js';
import { checkProbabilityVectors } from './probability-vectors.js';

/**
 * Population Stability Index between a reference distribution p and a current one q
 * over the same bins (both probability vectors, reference first):
 *
 *     PSI = Σ_i (q_i − p_i) · ln(q_i / p_i)
 *
 * the symmetrised KL divergence KL(p‖q) + KL(q‖p). Common reading (Siddiqi 2006):
 * < 0.1 no significant shift, 0.1–0.25 moderate, > 0.25 major. Symmetric, ≥ 0, 0 when
 * p = q; unbounded and not scale-free in the number of bins (more bins, larger PSI).
 *
 * Empty bins: no floor is applied here; the formula is used as is, with a bin empty on
 * both sides contributing 0 and a bin empty on one side only making PSI +Infinity.
 * mlgate's drift checks apply the empty-bin floor before calling, through
 * `proportions(counts, DEFAULT_EMPTY_BIN_FLOOR)` from `histogram.ts` (1e−4 and
 * renormalise; see there for why), so their PSI is always finite.
 *
 * Throws RangeError for vectors of different or zero length, negative or non-finite
 * entries, or sums off 1 by more than 1e−6.
 *
 * References: N. Siddiqi (2006), "Credit Risk Scorecards", Wiley, ch. 8;
 * B. Yurdakul (2018), "Statistical properties of population stability index",
 * PhD dissertation, Western Michigan University.
 */
export function populationStabilityIndex(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilityVectors(p, q, 'populationStabilityIndex');
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    const qi = q[i];
    if (pi === qi) continue; // includes both empty; ln(1) = 0 otherwise
    terms[i] = pi === 0 || qi === 0 ? Number.POSITIVE_INFINITY : (qi - pi) * Math.log(qi / pi);
  }
  return pairwiseSum(terms);
}
