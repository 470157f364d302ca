import { mannWhitneyUCdf } from './distributions/mann-whitney-u.js';
import { normalSf } from './distributions/normal.js';

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyUResult {
  /** U₁ = R₁ − m(m + 1)/2, the Mann–Whitney U statistic of x (R₁ the rank sum of x). */
  statistic: number;
  /** Two-sided p-value, in [0, 1]. */
  pValue: number;
  /** How the p-value was computed. */
  method: 'exact' | 'asymptotic';
}

/** Above this size of *both* samples the normal approximation is used (scipy's rule). */
const MAX_EXACT_SMALLER_N = 8;

/**
 * Mann–Whitney U test (Wilcoxon rank-sum test), two-sided; the same statistic and
 * p-value as `scipy.stats.mannwhitneyu(x, y, alternative='two-sided')` in scipy 1.10.1
 * (method='auto', use_continuity=True).
 *
 * Null hypothesis: the distributions of x and y are equal, so P(X > Y) = P(Y > X).
 *
 * Statistic: U₁ = R₁ − m(m + 1)/2, where R₁ is the sum of the ranks of x in the pooled
 * sample (tied values get the average of their ranks); U₂ = mn − U₁. The p-value uses
 * U = max(U₁, U₂).
 *
 * p-value:
 * - exact when min(m, n) ≤ 8 and there are no ties in the pooled sample:
 *   2·P(U_null ≥ U) from the exact null distribution (`distributions/mann-whitney-u.ts`),
 *   clipped to 1 (it exceeds 1 when U = mn/2);
 * - otherwise asymptotic: z = (U − mn/2 − ½)/σ with the continuity correction ½ and the
 *   tie-corrected σ² = mn/12·((N + 1) − Σ(t³ − t)/(N(N − 1))), N = m + n, t the sizes of
 *   the tie groups; p = 2·(1 − Φ(z)), clipped to 1.
 *
 * Edge cases:
 * - an empty sample (or one containing NaN) throws a RangeError;
 * - all values tied (σ = 0): z = −∞ and p = 1, as in scipy;
 * - ±Infinity are ranked as the smallest/largest values (equal infinities tie), as scipy
 *   ranks them. When the pooled sample holds both +Infinity and −Infinity, scipy 1.10.1
 *   returns NaN (its NaN check sums the data, and ∞ + (−∞) is NaN) although the ranks are
 *   well defined; mlgate ranks them and returns the same result as for finite stand-ins
 *   below/above all other values.
 *
 * References:
 * - H. B. Mann, D. R. Whitney, "On a Test of Whether one of Two Random Variables is
 *   Stochastically Larger than the Other", Ann. Math. Statist. 18(1), 1947.
 * - E. L. Lehmann, Nonparametrics: Statistical Methods Based on Ranks (1975), §1.4
 *   (tie correction).
 */
export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>): MannWhitneyUResult {
  const m = checkedLength(x, 'x');
  const n = checkedLength(y, 'y');
  const total = m + n;

  // Pooled values with their origin, sorted; average ranks over tie groups.
  const order = new Array<number>(total);
  for (let i = 0; i < total; i++) order[i] = i;
  const valueAt = (i: number): number => (i < m ? x[i] : y[i - m]);
  // Infinity − Infinity is NaN: `|| 0` makes equal infinities compare as equal.
  order.sort((p, q) => valueAt(p) - valueAt(q) || 0);

  let rankSumX = 0;
  let tieTerm = 0;
  let hasTies = false;
  for (let start = 0; start < total; ) {
    let end = start + 1;
    while (end < total && valueAt(order[end]) === valueAt(order[start])) end++;
    const size = end - start;
    const averageRank = (start + 1 + end) / 2;
    for (let r = start; r < end; r++) if (order[r] < m) rankSumX += averageRank;
    if (size > 1) {
      hasTies = true;
      tieTerm += size * size * size - size;
    }
    start = end;
  }

  const u1 = rankSumX - (m * (m + 1)) / 2;
  const u2 = m * n - u1;
  const u = Math.max(u1, u2);
  const exact = !(m > MAX_EXACT_SMALLER_N && n > MAX_EXACT_SMALLER_N) && !hasTies;

  let pValue: number;
  if (exact) {
    // P(U_null ≥ U) = P(U_null ≤ mn − U) by symmetry.
    pValue = 2 * mannWhitneyUCdf(m * n - u, m, n);
  } else {
    const sigma = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1))));
    const z = (u - (m * n) / 2 - 0.5) / sigma;
    pValue = 2 * normalSf(z);
  }
  return { statistic: u1, pValue: Math.min(Math.max(pValue, 0), 1), method: exact ? 'exact' : 'asymptotic' };
}

function checkedLength(sample: ArrayLike<number>, name: string): number {
  if (sample.length === 0) throw new RangeError(`mannWhitneyU: sample ${name} is empty`);
  for (let i = 0; i < sample.length; i++) {
    if (Number.isNaN(sample[i])) throw new RangeError(`mannWhitneyU: sample ${name} contains NaN`);
  }
  return sample.length;
}
