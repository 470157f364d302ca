/**
 * Exact null distribution of the two-sided two-sample Kolmogorov–Smirnov (Smirnov)
 * statistic D_{m,n} = sup |F_m − G_n| for samples of sizes m and n from the same
 * continuous distribution: P(D_{m,n} ≥ d).
 *
 * Under H₀ every interleaving of the two sorted samples is equally likely; an
 * interleaving is a monotone lattice path from (0, 0) to (m, n), and D_{m,n} ≥ d exactly
 * when the path touches one of the lines |x/m − y/n| = h/lcm(m, n) with h = d·lcm(m, n)
 * (an integer, because D only takes values i/m − j/n). So the p-value is the fraction of
 * the C(m + n, m) paths that leave the band (Hodges 1958).
 *
 * - m = n: the reflection principle gives the alternating sum
 *   2·Σ_{k≥1} (−1)^{k−1} C(2n, n − kh)/C(2n, n), evaluated (as scipy does) as a
 *   Horner-like nested product of ratios to avoid cancellation — O(n).
 * - m ≠ n: the "inside method" recursion over the columns of the lattice, carrying the
 *   *fraction* of paths that have already left the band (Viehmann 2021), so every
 *   intermediate value is a probability in [0, 1] and nothing overflows. Only the band
 *   of width ≈ 2dn around the diagonal is stored: O(m·(2dn + 1)) time, O(n) memory.
 *
 * The floating-point operations are performed in the same order as scipy 1.10.1's
 * `_compute_prob_outside_square` and `_compute_outer_prob_inside_method`, so the
 * results agree to the last bits.
 *
 * References:
 * - J. L. Hodges Jr., "The Significance Probability of the Smirnov Two-Sample Test",
 *   Arkiv för Matematik 3(43), 1958.
 * - T. Viehmann, "Numerically more stable computation of the p-values for the
 *   two-sample Kolmogorov-Smirnov test", arXiv:2102.08037, 2021.
 */

function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Round half to even, as numpy's `np.round`. */
export function roundHalfToEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** P(D_{n,n} ≥ h/n) for equal sample sizes, 1 ≤ h ≤ n. */
function probabilityOutsideSquare(n: number, h: number): number {
  // P = 2·A0·(1 − A1·(1 − A2·(1 − …))) with A_k = C(2n, n − kh)/C(2n, n − (k−1)h),
  // each a product of h simple ratios; evaluated innermost first.
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/** P(D_{m,n} ≥ h/lcm(m, n)) for m ≠ n by the inside-method recursion on exit fractions. */
function probabilityOutsideBand(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  // Column x = i of the lattice holds, for y in the band [minj, maxj), the fraction of
  // paths to (i, y) that have already left the band; cells beyond the band count as 1.
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxj - minj;
  const length = Math.min(2 * maxj + 2, n + 1);
  // Two spare cells (always 1) guard reads just past the band.
  const column = new Float64Array(length + 2).fill(1);
  column.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastMinj = minj;
    const lastLength = currentLength;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      value = (column[jj + minj - lastMinj] * i + value * j) / (i + j);
      column[jj] = value;
    }
    currentLength = maxj - minj;
    if (lastLength > currentLength) column.fill(1, maxj - minj, maxj - minj + (lastLength - currentLength));
  }
  return column[maxj - minj - 1];
}

/** Outcome of an exact two-sample computation, as scipy's `_attempt_exact_2kssamp`. */
export interface SmirnovTwoSampleExact {
  /** False when the exact computation did not produce a probability in [0, 1]. */
  success: boolean;
  /** The statistic snapped to the lattice: round(d·lcm)/lcm. */
  statistic: number;
  /** P(D_{m,n} ≥ statistic) (meaningless when success is false). */
  pValue: number;
}

/**
 * Exact two-sided p-value P(D_{m,n} ≥ d) of the two-sample KS statistic d for sample
 * sizes m, n ≥ 1. d is first snapped to the lattice of attainable values i/m − j/n.
 */
export function smirnovTwoSampleExactSf(m: number, n: number, d: number): SmirnovTwoSampleExact {
  const g = greatestCommonDivisor(m, n);
  const lcm = (m / g) * n;
  const h = roundHalfToEven(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { success: true, statistic, pValue: 1 };
  const pValue = m === n ? probabilityOutsideSquare(m, h) : probabilityOutsideBand(m, n, g, h);
  const success = pValue >= 0 && pValue <= 1;
  return { success, statistic, pValue };
}
