import { logGamma } from './gamma.js';

/**
 * Null distributions of the one-sample Kolmogorov–Smirnov statistics for a sample of
 * size n from a continuous distribution:
 *
 * - {@link smirnovSf}: the one-sided statistic D⁺ₙ = sup (Fₙ − F), P(D⁺ₙ ≥ d)
 *   (scipy.special.smirnov);
 * - {@link kolmogorovSf}: the two-sided statistic Dₙ = sup |Fₙ − F|, P(Dₙ ≥ d)
 *   (scipy.stats.kstwo.sf), which the two-sample test uses asymptotically with
 *   n = round(n₁n₂/(n₁ + n₂)).
 *
 * `kolmogorovSf` follows the algorithm selection of Simard & L'Ecuyer (2011) exactly as
 * scipy 1.10.1 implements it (scipy/stats/_ksstats.py), because some branches are
 * approximations and the p-values must agree with scipy's, not merely with the truth:
 * - d ≤ 1/(2n): 1;  d ≥ 1: 0;
 * - nd ≤ 1 (Ruben & Gambino): 1 − n!/nⁿ·(2nd − 1)ⁿ;
 * - nd ≥ n − 1 (Ruben & Gambino): 2(1 − d)ⁿ;
 * - d ≥ ½: 2·P(D⁺ₙ ≥ d) (exact there);
 * - n ≤ 140: nd² ≤ 4 → 1 − exact CDF (Durbin matrix, Marsaglia–Tsang–Wang), otherwise
 *   2·P(D⁺ₙ ≥ d) (Miller's approximation, error < 1e-15 relative there). scipy uses
 *   Pomeranz's recursion for 0.754693 < nd² ≤ 4; both are exact algorithms for the
 *   same quantity, so the Durbin matrix is used throughout.
 * - n > 140: nd² ≥ 370 → 0; nd² ≥ 2.2 → 2·P(D⁺ₙ ≥ d); otherwise 1 − CDF with the
 *   CDF from the Durbin matrix when n·d^{3/2} ≤ 1.4 (n ≤ 100 000), else from the
 *   Pelz–Good asymptotic series. All these are O(1)–O(n) (the Durbin matrix is small
 *   where it is used), never O(n²).
 *
 * `smirnovSf` sums the Smirnov–Birnbaum–Tingey series
 *   P(D⁺ₙ ≥ d) = d·Σ_{v=0}^{⌊n(1−d)⌋} C(n, v)(d + v/n)^{v−1}(1 − d − v/n)^{n−v}
 * with every term formed in log space (all terms are positive, so the sum keeps its
 * relative precision), and n·d split exactly into integer and fractional part so that
 * the summation limit is exact. Special cases as in scipy's cephes `smirnov`.
 *
 * References:
 * - R. Simard, P. L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov Distribution",
 *   Journal of Statistical Software 39(11), 2011.
 * - G. Marsaglia, W. W. Tsang, J. Wang, "Evaluating Kolmogorov's Distribution",
 *   Journal of Statistical Software 8(18), 2003.
 * - W. Pelz, I. J. Good, "Approximating the Lower Tail-Areas of the Kolmogorov-Smirnov
 *   One-Sample Statistic", JRSS B 38(2), 1976.
 * - Z. W. Birnbaum, F. H. Tingey, "One-Sided Confidence Contours for Probability
 *   Distribution Functions", Ann. Math. Statist. 22(4), 1951.
 * - H. Ruben, J. Gambino, "The Exact Distribution of Kolmogorov's Statistic Dn for n ≤ 10",
 *   Ann. Inst. Stat. Math. 34, 1982.
 * - P. van Mulbregt, "Computing the Cumulative Distribution Function and Quantiles of
 *   the One-sided Kolmogorov-Smirnov Statistic", arXiv:1802.06966, 2018.
 */

const TWO_POW_128 = 2 ** 128;
const TWO_POW_MINUS_128 = 2 ** -128;
/** log of the smallest normal double; exp() of anything below underflows. */
const MIN_LOG = -708.3964185322641;
const PI2 = Math.PI * Math.PI;
const PI4 = PI2 * PI2;
const PI6 = PI4 * PI2;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);

/** x·2^e without intermediate overflow/underflow of 2^e. */
function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** Splits a·b exactly into hi + lo with hi = fl(a·b) (Dekker's two-product). */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = 134217729; // 2^27 + 1
  const splitParts = (v: number): [number, number] => {
    const t = split * v;
    const high = t - (t - v);
    return [high, v - high];
  };
  const [aHi, aLo] = splitParts(a);
  const [bHi, bLo] = splitParts(b);
  const lo = aHi * bHi - hi + aHi * bLo + aLo * bHi + aLo * bLo;
  return [hi, lo];
}

/**
 * One-sided Smirnov survival function P(D⁺ₙ ≥ d) for an integer n ≥ 1 and 0 ≤ d ≤ 1
 * (NaN otherwise) — scipy.special.smirnov(n, d).
 */
export function smirnovSf(n: number, d: number): number {
  if (!(Number.isInteger(n) && n > 0 && d >= 0 && d <= 1)) return NaN;
  if (n === 1) return 1 - d;
  if (d === 0) return 1;
  if (d === 1) return 0;

  // n·d = nxHi + nxLo exactly; its integer part and fractional part alpha.
  const [nxHi, nxLo] = twoProduct(n, d);
  let nxFloor = Math.floor(nxHi);
  if (nxFloor === nxHi && nxLo < 0) nxFloor -= 1;
  let alpha = nxHi - nxFloor + nxLo;
  if (alpha >= 1) {
    nxFloor += 1;
    alpha = 0;
  }
  const nx = nxHi + nxLo;

  // d ≤ 1/n: P(D⁺ₙ < d) = d(1 + d)^{n−1}.
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    return clip01(1 - d * Math.pow(1 + d, n - 1));
  }
  if (-2 * n * d * d < MIN_LOG) return 0;
  // d ≥ 1 − 1/n: only the v = 0 term remains.
  if (nxFloor >= n - 1) return Math.pow(1 - d, n);
  if (n > 1_000_000) {
    // cephes' approximation for very large n: p ≈ exp(−(6nd + 1)²/(18n)).
    const logp = -Math.pow(6 * n * d + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }

  // Terms v = 0 … n − ⌊nd⌋ − 1 (the v with 1 − d − v/n > 0).
  const lastV = n - nxFloor - 1;
  const logD = Math.log(d);
  const logNFactorial = logGamma(n + 1);
  let sum = 0;
  for (let v = 0; v <= lastV; v++) {
    // 1 − d − v/n = ((n − v) − nd)/n, formed from the exact split of nd.
    const lower = (n - v - nxHi - nxLo) / n;
    if (!(lower > 0)) break;
    const upper = (nx + v) / n;
    const logBinomial = logNFactorial - logGamma(v + 1) - logGamma(n - v + 1);
    const logTerm = logBinomial + (v - 1) * Math.log(upper) + (n - v) * Math.log(lower);
    sum += Math.exp(logTerm + logD);
  }
  return clip01(sum);
}

/** Product of two m×m matrices stored row-major in Float64Arrays. */
function multiplySquare(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}

/**
 * Exact CDF P(Dₙ < d) by the Durbin matrix method with the Marsaglia–Tsang–Wang
 * arrangement: with nd = k − h (k integer, 0 ≤ h < 1), P = n!/nⁿ·(Hⁿ)_{kk} for a
 * (2k−1)×(2k−1) matrix H; powers are scaled by 2^±128 to stay in range.
 */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  // w[j] = 1/j!; v[j] = (1 − h^{j+1})/(j+1)!, with the corner term corrected.
  const w = new Float64Array(m);
  const v = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - Math.pow(h, j)) * factorial;
  }
  const cornerCorrection = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + cornerCorrection) * factorial;

  let hMatrix = new Float64Array(m * m);
  for (let col = 1; col < m; col++) {
    for (let row = col - 1; row < m; row++) hMatrix[row * m + col] = w[row - col + 1];
  }
  for (let row = 0; row < m; row++) hMatrix[row * m] = v[row];
  for (let col = 0; col < m; col++) hMatrix[(m - 1) * m + col] = v[m - 1 - col];

  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let exponent = 0; // power is scaled by 2^-exponent
  let hExponent = 0; // hMatrix is scaled by 2^-hExponent
  let remaining = n;
  const centre = (k - 1) * m + (k - 1);
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiplySquare(power, hMatrix, m);
      exponent += hExponent;
    }
    hMatrix = multiplySquare(hMatrix, hMatrix, m);
    hExponent *= 2;
    if (Math.abs(hMatrix[centre]) > TWO_POW_128) {
      for (let i = 0; i < hMatrix.length; i++) hMatrix[i] /= TWO_POW_128;
      hExponent += 128;
    }
    remaining = Math.floor(remaining / 2);
  }

  let p = power[centre];
  // Multiply by n!/nⁿ one factor at a time, rescaling before underflow.
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      exponent -= 128;
    }
  }
  return clip01(ldexp(p, exponent));
}

/** Pelz–Good asymptotic approximation of the CDF P(Dₙ ≤ d). */
function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI2 / 8 / z2;
  if (qLog < -708) return 0;
  let q = Math.exp(qLog);

  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;

  // Σ_k c_k·q^{(2k−1)²} by Horner's scheme in q^8 (exponent gaps 8(k−1)).
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let k = maxK; k >= 1; k--) {
    const odd = 2 * k - 1;
    const o2 = odd * odd;
    const o4 = o2 * o2;
    const o6 = o4 * o2;
    const qPower = Math.pow(q, 8 * k);
    const coefficients = [
      1,
      k1a + k1b * o2,
      k2a + k2b * o2 + k2c * o4,
      k3a + k3b * o2 + k3c * o4 + k3d * o6,
    ];
    for (let i = 0; i < 4; i++) terms[i] = terms[i] * qPower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z4 * z3, 6480 * z4 * z6];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i] * q * SQRT_TWO_PI) / divisors[i];

  // The second sums of K₂ and K₃ run over all integers k, with q' = e^{−π²/(2z²)}.
  q = Math.exp(-PI2 / 2 / z2);
  let k2Extra = 0;
  let k3Extra = 0;
  const sqrt3z = SQRT3 * z;
  for (let k = maxK; k >= 1; k--) {
    const k2 = k * k;
    const qk = Math.pow(q, k2);
    k2Extra += k2 * qk;
    const kPi = Math.PI * k;
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qk;
  }
  terms[2] += (k2Extra * PI2 * SQRT_TWO_PI) / (-36 * z3);
  terms[3] += (k3Extra * PI2 * SQRT_TWO_PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += terms[i] / Math.pow(n, i / 2);
  return sum;
}

/** log(n!/nⁿ). */
function logFactorialOverPower(n: number): number {
  return logGamma(n + 1) - n * Math.log(n);
}

/**
 * Two-sided Kolmogorov survival function P(Dₙ ≥ d) for an integer n ≥ 1
 * (scipy.stats.kstwo.sf(d, n)); NaN for NaN d or invalid n.
 */
export function kolmogorovSf(n: number, d: number): number {
  if (Number.isNaN(d) || !(Number.isInteger(n) && n >= 1)) return NaN;
  // Support of Dₙ is [1/(2n), 1].
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 1) {
    // Ruben–Gambino: P(Dₙ ≤ d) = n!/nⁿ (2t − 1)ⁿ for 1/(2n) ≤ d ≤ 1/n.
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - cdf);
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - d, n));
  if (d >= 0.5) return clip01(2 * smirnovSf(n, d));

  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 4) return clip01(1 - durbinMatrixCdf(n, d));
    return clip01(2 * smirnovSf(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clip01(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * Math.pow(d, 1.5) <= 1.4 ? durbinMatrixCdf(n, d) : pelzGoodCdf(n, d);
  return clip01(1 - cdf);
}
