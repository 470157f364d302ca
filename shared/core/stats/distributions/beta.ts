import { logGamma, STIRLING_MIN_ARGUMENT, stirlingCorrection } from './gamma.js';

/**
 * Beta function (in log space) and the regularized incomplete beta function
 *
 *   I_x(a, b) = B(x; a, b) / B(a, b) = ∫₀ˣ t^{a−1}(1−t)^{b−1} dt / B(a, b),   a, b > 0, 0 ≤ x ≤ 1,
 *
 * the CDF of the Beta(a, b) distribution; it underlies Student's t (`student-t.ts`).
 *
 * I_x(a, b) is evaluated with the continued fraction of A&S 26.5.8 (modified Lentz),
 * which converges quickly for x < (a + 1)/(a + b + 2); above that point the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) is used. Callers that know 1 − x more accurately than
 * by subtraction (e.g. Student's t, where 1 − x = t²/(ν + t²)) pass it as `y`, so that
 * the factor x^a·(1−x)^b is formed without cancellation.
 *
 * References: M. Abramowitz, I. A. Stegun, Handbook of Mathematical Functions (1964),
 * §6.2, §26.5; W. H. Press et al., Numerical Recipes, 3rd ed. (2007), §6.4.
 */

/**
 * log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), for a, b > 0. When the larger argument a
 * is large, log Γ(a) − log Γ(a + b) is formed from Stirling's series as
 * −(a − ½)·log(1 + b/a) − b·log(a + b) + b + ω(a) − ω(a + b), without cancelling two huge
 * values (Student's t with ν = 10⁹ needs B(ν/2, ½)).
 */
export function logBeta(a: number, b: number): number {
  if (a < b) [a, b] = [b, a];
  if (a < STIRLING_MIN_ARGUMENT) return logGamma(a) + logGamma(b) - logGamma(a + b);
  return (
    logGamma(b) -
    (a - 0.5) * Math.log1p(b / a) -
    b * Math.log(a + b) +
    b +
    stirlingCorrection(a) -
    stirlingCorrection(a + b)
  );
}

const MAX_ITERATIONS = 100_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

/** Continued fraction for I_x(a, b)·a·B(a, b)/(x^a (1−x)^b) (A&S 26.5.8); y = 1 − x. */
function continuedFraction(a: number, b: number, x: number, y: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  // 1 − (a+b)x/(a+1), written with y so that it does not cancel when x → 1 and a is large.
  let d = (1 - b + qab * y) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    // Even step d_{2m} = m(b−m)x / ((a+2m−1)(a+2m)).
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step d_{2m+1} = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)).
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/** I_x(a, b) on the side where the continued fraction converges; logX = log x, logY = log(1 − x). */
function incompleteBetaDirect(a: number, b: number, x: number, y: number, logX: number, logY: number): number {
  const logFront = a * logX + b * logY - logBeta(a, b) - Math.log(a);
  return Math.exp(logFront) * continuedFraction(a, b, x, y);
}

/**
 * Regularized incomplete beta I_x(a, b), with y = 1 − x (pass it when it is known more
 * accurately than `1 - x`). NaN unless a, b > 0 and 0 ≤ x ≤ 1.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0 && b > 0 && x >= 0 && x <= 1 && y >= 0 && y <= 1)) return NaN;
  if (x === 0) return 0;
  if (y === 0) return 1;
  // Take the log of whichever of x, y is smaller through log1p of the other's complement.
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) {
    return Math.min(1, incompleteBetaDirect(a, b, x, y, logX, logY));
  }
  return Math.max(0, 1 - incompleteBetaDirect(b, a, y, x, logY, logX));
}

/**
 * Complement 1 − I_x(a, b) = I_{1−x}(b, a), computed directly (no cancellation) when it
 * is the small side. y = 1 − x as in {@link regularizedIncompleteBeta}.
 */
export function regularizedIncompleteBetaComplement(
  x: number,
  a: number,
  b: number,
  y: number = 1 - x,
): number {
  return regularizedIncompleteBeta(y, b, a, x);
}
