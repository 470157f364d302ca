/**
 * Gamma function (in log space) and the regularized incomplete gamma functions
 *
 *   P(a, x) = γ(a, x) / Γ(a)   (lower),   Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x)   (upper),
 *
 * for a > 0, x ≥ 0. They are the CDF and survival function of the Gamma(a, 1)
 * distribution and underlie the χ² distribution (`chi-square.ts`).
 *
 * Whichever of P and Q is smaller is computed directly, never as `1 − other`, so the
 * small one keeps full relative precision in the far tail:
 * - x < a + 1: P by its power series (A&S 6.5.29), Q = 1 − P (Q is not small there);
 * - x ≥ a + 1: Q by Legendre's continued fraction (A&S 6.5.31), evaluated with the
 *   modified Lentz algorithm, P = 1 − Q.
 * The common factor e^{−x}·x^a/Γ(a) is formed in log space so that it neither over-
 * nor underflows before the final exponentiation.
 *
 * References: M. Abramowitz, I. A. Stegun, Handbook of Mathematical Functions (1964),
 * §6.1.40 (Stirling series), §6.5; W. H. Press et al., Numerical Recipes, 3rd ed.
 * (2007), §6.2.
 */

const HALF_LOG_TWO_PI = 0.9189385332046728;

/**
 * Coefficients B_{2k} / (2k(2k−1)) of Stirling's series for log Γ (A&S 6.1.40),
 * B_{2k} the Bernoulli numbers.
 */
const STIRLING = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
];

/** Below this argument Stirling's series is not accurate enough and the recurrence shifts it up. */
const STIRLING_MIN_X = 15;

/**
 * Stirling's correction ω(x) = log Γ(x) − [(x − ½) log x − x + ½ log 2π] for x ≥ 15, where
 * the series is accurate to double precision. Differences of log Γ at large arguments are
 * formed from it without cancelling two huge values.
 */
export function stirlingCorrection(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inv2 + STIRLING[k];
  return series * inv;
}

/** Smallest argument for which {@link stirlingCorrection} may be used. */
export const STIRLING_MIN_ARGUMENT = 15;

/** log(1 + t) − t, accurate also for small |t| (where both terms nearly cancel). */
export function log1pMinusX(t: number): number {
  if (Math.abs(t) > 0.25) return Math.log1p(t) - t;
  // −t²/2 + t³/3 − t⁴/4 + …
  let power = t * t;
  let sum = 0;
  for (let k = 2; k < 200; k++) {
    const term = power / k;
    sum += k % 2 === 0 ? -term : term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    power *= t;
  }
  return sum;
}

/**
 * log Γ(x) for x > 0 (NaN for x ≤ 0 or NaN, +Infinity for x = +Infinity).
 *
 * Stirling's series with 8 correction terms for x ≥ 15 (truncation error below
 * 1e-19 there); for smaller x the recurrence Γ(x) = Γ(x + k) / (x(x+1)…(x+k−1))
 * shifts the argument up first. Absolute error ≈ 1e-15 near x = 1, 2 (where the
 * value is 0), relative error ≈ 1e-16·|log x| elsewhere.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x === Infinity) return Infinity;
  let shift = 0;
  if (x < STIRLING_MIN_X) {
    let product = 1;
    let z = x;
    while (z < STIRLING_MIN_X) {
      product *= z;
      z += 1;
    }
    shift = Math.log(product);
    x = z;
  }
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x) - shift;
}

/**
 * log of e^{−x}·x^a/Γ(a), the factor shared by the series and the continued fraction.
 * For large a, a·log x, x and log Γ(a) are each huge and nearly cancel; there the
 * equivalent a·(log(1 + t) − t) + ½ log a − ½ log 2π − ω(a), t = (x − a)/a, keeps
 * full precision.
 */
function logGammaPrefactor(a: number, x: number): number {
  if (a < STIRLING_MIN_ARGUMENT) return a * Math.log(x) - x - logGamma(a);
  return a * log1pMinusX((x - a) / a) + 0.5 * Math.log(a) - HALF_LOG_TWO_PI - stirlingCorrection(a);
}

const MAX_ITERATIONS = 100_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

/** P(a, x) by the series e^{−x}x^a Σ x^n / Γ(a + n + 1), valid (fast) for x < a + 1. */
function lowerBySeries(a: number, x: number): number {
  let denominator = a;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    denominator += 1;
    term *= x / denominator;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return Math.exp(logGammaPrefactor(a, x) + Math.log(sum));
}

/** Q(a, x) by Legendre's continued fraction, valid (fast) for x ≥ a + 1. */
function upperByContinuedFraction(a: number, x: number): number {
  // Q = prefactor · 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))), modified Lentz.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let f = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(logGammaPrefactor(a, x) + Math.log(f));
}

function checkArguments(a: number, x: number): boolean {
  return a > 0 && x >= 0 && !Number.isNaN(x);
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x)/Γ(a); NaN unless a > 0 and x ≥ 0. */
export function regularizedGammaP(a: number, x: number): number {
  if (!checkArguments(a, x) || a === Infinity) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return Math.min(1, lowerBySeries(a, x));
  return Math.max(0, 1 - upperByContinuedFraction(a, x));
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x); NaN unless a > 0 and x ≥ 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!checkArguments(a, x) || a === Infinity) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return Math.max(0, 1 - lowerBySeries(a, x));
  return Math.min(1, upperByContinuedFraction(a, x));
}
