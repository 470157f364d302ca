import { regularizedGammaP, regularizedGammaQ } from './gamma.js';

/**
 * χ² distribution with `df` > 0 degrees of freedom (df need not be an integer).
 *
 * The χ²(df) distribution is Gamma(df/2, scale 2), so
 *   CDF(x) = P(df/2, x/2),   SF(x) = Q(df/2, x/2)
 * with the regularized incomplete gamma functions of `gamma.ts`; the survival
 * function keeps full relative precision far into the upper tail, as scipy's
 * `chdtrc` does.
 *
 * Returns NaN for df ≤ 0 or NaN arguments. x ≤ 0 gives CDF 0 / SF 1 and
 * x = +Infinity gives CDF 1 / SF 0.
 *
 * Reference: M. Abramowitz, I. A. Stegun, Handbook of Mathematical Functions (1964), §26.4.
 */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** χ² CDF P(X ≤ x) for df > 0 degrees of freedom; see {@link chiSquareSf}. */
export function chiSquareCdf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 0;
  return regularizedGammaP(df / 2, x / 2);
}
