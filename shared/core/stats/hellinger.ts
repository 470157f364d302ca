import { pairwiseSum } from './pairwise-sum.js';
import { checkProbabilityVectors } from './probability-vectors.js';

/**
 * Hellinger distance between a reference distribution p and a current one q over the
 * same bins, normalised to lie in [0, 1]:
 *
 *     H(p, q) = (1/√2) · ‖√p − √q‖₂ = √(1 − Σ_i √(p_i·q_i))
 *
 * (the two forms agree for probability vectors; the factor 1/√2 is the normalisation
 * that makes disjoint supports give exactly 1 — some texts omit it and get [0, √2]).
 * We evaluate the first form: for nearly equal distributions 1 − Σ√(pq) cancels to
 * rounding noise and its square root would be wrong in the 8th digit, while
 * ‖√p − √q‖ keeps full relative precision. Symmetric, a metric, finite with empty
 * bins (no floor needed). Inputs that sum to 1 only within the accepted 1e−6 could
 * push the value a hair past 1; it is clamped to 1.
 *
 * Throws RangeError for vectors of different or zero length, negative or non-finite
 * entries, or sums off 1 by more than 1e−6.
 *
 * Reference: E. Hellinger (1909), "Neue Begründung der Theorie quadratischer Formen
 * von unendlichvielen Veränderlichen", J. reine angew. Math. 136, 210–271; L. Le Cam,
 * G. L. Yang (2000), "Asymptotics in Statistics", 2nd ed., Springer, §2.2.
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilityVectors(p, q, 'hellingerDistance');
  const squares = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) squares[i] = (Math.sqrt(p[i]) - Math.sqrt(q[i])) ** 2;
  return Math.min(1, Math.sqrt(pairwiseSum(squares) / 2));
}
