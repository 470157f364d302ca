import { logGamma } from './gamma.js';

/**
 * Hypergeometric distribution: the number k of "good" items in `draws` items drawn
 * without replacement from a population of `total` items of which `good` are good,
 *
 *   pmf(k) = C(good, k)·C(total − good, draws − k) / C(total, draws),
 *   max(0, draws − (total − good)) ≤ k ≤ min(good, draws).
 *
 * Everything is computed in log space from log-factorials (log Γ(n + 1)), so totals of
 * 10⁵ and more work without overflow; the relative error of a pmf value is about
 * 1e-16 × log Γ(total), i.e. ≤ 1e-9 for totals up to 10⁵.
 *
 * Fisher's exact test needs to know whether a table is *as or less probable* than the
 * observed one, with scipy's relative tolerance of 1e-14. Floating-point log-factorials
 * cannot decide that when two tables are (nearly) equally probable, so
 * {@link compareHypergeometricPmf} falls back to exact integer arithmetic (BigInt) in
 * that case.
 *
 * Reference: N. L. Johnson, A. W. Kemp, S. Kotz, Univariate Discrete Distributions,
 * 3rd ed. (2005), ch. 6.
 */

/** Parameters of a hypergeometric distribution (all non-negative integers, good, draws ≤ total). */
export interface HypergeometricParameters {
  total: number;
  good: number;
  draws: number;
}

/** Support bounds [low, high] of k. */
export function hypergeometricSupport({ total, good, draws }: HypergeometricParameters): [number, number] {
  return [Math.max(0, draws - (total - good)), Math.min(good, draws)];
}

function logFactorial(n: number): number {
  return n < 2 ? 0 : logGamma(n + 1);
}

/**
 * The four factorial arguments that depend on k: k, good − k, draws − k, total − good − draws + k.
 * Sorted, so that two k with the same multiset of arguments (mirror-image tables) get
 * bit-for-bit the same log pmf.
 */
function variableArguments(k: number, { total, good, draws }: HypergeometricParameters): number[] {
  return [k, good - k, draws - k, total - good - draws + k].sort((p, q) => p - q);
}

/** The k-independent part of log pmf: log(good!·(total−good)!·draws!·(total−draws)!/total!). */
function logPmfConstant({ total, good, draws }: HypergeometricParameters): number {
  return (
    logFactorial(good) + logFactorial(total - good) + logFactorial(draws) + logFactorial(total - draws) - logFactorial(total)
  );
}

/** log pmf(k) for k inside the support, given {@link logPmfConstant}. */
function logPmfInSupport(k: number, parameters: HypergeometricParameters, constant: number): number {
  let variable = 0;
  for (const argument of variableArguments(k, parameters)) variable += logFactorial(argument);
  return constant - variable;
}

/** log pmf(k); −Infinity outside the support. */
export function hypergeometricLogPmf(k: number, parameters: HypergeometricParameters): number {
  const [low, high] = hypergeometricSupport(parameters);
  if (!(k >= low && k <= high)) return -Infinity;
  return logPmfInSupport(k, parameters, logPmfConstant(parameters));
}

/** pmf(k); 0 outside the support. */
export function hypergeometricPmf(k: number, parameters: HypergeometricParameters): number {
  return Math.exp(hypergeometricLogPmf(k, parameters));
}

/** P(X ≤ k), summed term by term over the lower tail. */
export function hypergeometricCdf(k: number, parameters: HypergeometricParameters): number {
  const [low, high] = hypergeometricSupport(parameters);
  if (k < low) return 0;
  if (k >= high) return 1;
  return Math.min(1, sumPmf(low, Math.floor(k), parameters));
}

/** P(X > k), summed term by term over the upper tail. */
export function hypergeometricSf(k: number, parameters: HypergeometricParameters): number {
  const [low, high] = hypergeometricSupport(parameters);
  if (k < low) return 1;
  if (k >= high) return 0;
  return Math.min(1, sumPmf(Math.floor(k) + 1, high, parameters));
}

/** Σ pmf(j) for from ≤ j ≤ to, summed from the smallest terms (the far end of the tail) up. */
function sumPmf(from: number, to: number, parameters: HypergeometricParameters): number {
  let sum = 0;
  const constant = logPmfConstant(parameters);
  const mode = hypergeometricMode(parameters);
  if (to <= mode) {
    for (let j = from; j <= to; j++) sum += Math.exp(logPmfInSupport(j, parameters, constant));
  } else {
    for (let j = to; j >= from; j--) sum += Math.exp(logPmfInSupport(j, parameters, constant));
  }
  return sum;
}

/** A mode: ⌊(draws + 1)(good + 1)/(total + 2)⌋ (as scipy's fisher_exact computes it). */
export function hypergeometricMode({ total, good, draws }: HypergeometricParameters): number {
  return Math.trunc(((draws + 1) * (good + 1)) / (total + 2));
}

/**
 * Product lo·(lo+1)·…·hi as a BigInt (1 when lo > hi), by binary splitting so that the
 * multiplications stay balanced (fast for ranges of 10⁵ factors).
 */
function rangeProduct(lo: number, hi: number): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16) {
    let product = 1n;
    for (let i = lo; i <= hi; i++) product *= BigInt(i);
    return product;
  }
  const mid = Math.floor((lo + hi) / 2);
  return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi);
}

/**
 * Exact a!/b! as a fraction [numerator, denominator] of BigInts.
 */
function factorialRatio(a: number, b: number): [bigint, bigint] {
  return a >= b ? [rangeProduct(b + 1, a), 1n] : [1n, rangeProduct(a + 1, b)];
}

/** log pmf(k1) − log pmf(k2) can be off by this much in floating point (totals up to ~10⁶). */
const LOG_RATIO_UNCERTAINTY = 1e-7;

/**
 * Decides exactly how pmf(k1) compares with pmf(k2)·(1 + relativeTolerance):
 * returns −1 if pmf(k1) < pmf(k2)·(1 + tol), 0 if equal, +1 if greater.
 *
 * The floating-point log ratio decides whenever it is clearly away from the threshold;
 * otherwise the ratio pmf(k1)/pmf(k2) = Π (factorial ratios) is formed exactly with
 * BigInt and compared with the rational threshold 1 + tol (tol a multiple of 1e-15).
 */
export function compareHypergeometricPmf(
  k1: number,
  k2: number,
  parameters: HypergeometricParameters,
  relativeTolerance: number,
): -1 | 0 | 1 {
  const [low, high] = hypergeometricSupport(parameters);
  const in1 = k1 >= low && k1 <= high;
  const in2 = k2 >= low && k2 <= high;
  if (!in1 || !in2) {
    if (!in1 && !in2) return 0;
    return in1 ? 1 : -1;
  }
  const sorted1 = variableArguments(k1, parameters);
  const sorted2 = variableArguments(k2, parameters);
  if (sorted1.every((value, i) => value === sorted2[i])) {
    // Mirror-image tables: exactly equally probable.
    return relativeTolerance > 0 ? -1 : relativeTolerance < 0 ? 1 : 0;
  }
  const logThreshold = Math.log1p(relativeTolerance);
  const logRatio = hypergeometricLogPmf(k1, parameters) - hypergeometricLogPmf(k2, parameters);
  if (logRatio < logThreshold - LOG_RATIO_UNCERTAINTY) return -1;
  if (logRatio > logThreshold + LOG_RATIO_UNCERTAINTY) return 1;
  // pmf(k1)/pmf(k2) = Π over the four k-dependent arguments of (arg(k2))!/(arg(k1))!.
  const { total, good, draws } = parameters;
  const args1 = [k1, good - k1, draws - k1, total - good - draws + k1];
  const args2 = [k2, good - k2, draws - k2, total - good - draws + k2];
  let numerator = 1n;
  let denominator = 1n;
  for (let i = 0; i < 4; i++) {
    const [p, q] = factorialRatio(args2[i], args1[i]);
    numerator *= p;
    denominator *= q;
  }
  // Compare numerator/denominator with (S + T)/S, T/S = relativeTolerance, S = 10^15.
  const scale = 10n ** 15n;
  const toleranceUnits = BigInt(Math.round(relativeTolerance * 1e15));
  const left = numerator * scale;
  const right = denominator * (scale + toleranceUnits);
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
