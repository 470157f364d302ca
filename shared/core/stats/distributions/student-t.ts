import { regularizedIncompleteBeta } from './beta.js';
import { normalCdf, normalSf } from './normal.js';

/**
 * Student's t distribution with ν = `df` > 0 degrees of freedom; ν need not be an
 * integer (Welch's t-test uses the Welch–Satterthwaite ν).
 *
 * For t > 0 the upper tail is P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½) (A&S 26.7.1 via 26.5.27),
 * computed with the incomplete beta function of `beta.ts`; the argument and its
 * complement t²/(ν+t²) are both formed without subtraction, so the survival function
 * keeps full relative precision far into the tail (as scipy's `stdtr` does). For t < 0
 * the symmetry P(T > t) = 1 − P(T > −t) is used; P(T > 0) = ½ exactly.
 *
 * ν = +Infinity gives the standard normal. Returns NaN for ν ≤ 0 or NaN arguments;
 * t = ±Infinity gives 0 / 1.
 *
 * Accuracy: relative ≈ 1e-14 in the tail. For |t| = O(1) and very large ν the continued
 * fraction is conditioned like 1/ν, giving an absolute error of about 1e-16·ν there
 * (4e-10 at ν = 10⁹; Welch's ν is at most m + n − 2), far below what a p-value needs.
 *
 * Reference: M. Abramowitz, I. A. Stegun, Handbook of Mathematical Functions (1964), §26.7.
 */
export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalSf(t);
  if (t === 0) return 0.5;
  if (t < 0) return 1 - studentTSf(-t, df);
  if (t === Infinity) return 0;
  const t2 = t * t;
  if (t2 === Infinity) return 0;
  const denominator = df + t2;
  return 0.5 * regularizedIncompleteBeta(df / denominator, df / 2, 0.5, t2 / denominator);
}

/** Student's t CDF P(T ≤ t) for df > 0; see {@link studentTSf}. */
export function studentTCdf(t: number, df: number): number {
  if (df === Infinity) return normalCdf(t);
  return studentTSf(-t, df);
}
