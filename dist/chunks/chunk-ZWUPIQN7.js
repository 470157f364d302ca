import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  logGamma,
  regularizedGammaQ,
  twoProportionZ,
  welchT
} from "./chunk-MQA5RZIO.js";
import {
  DEFAULT_EMPTY_BIN_FLOOR,
  binCountsWithOuterBins,
  categoryCountsOfTallies,
  finiteNumbers,
  isMarkedSorted,
  proportions,
  referenceQuantileEdges,
  sortedSample,
  valueCount
} from "./chunk-OXLN5GVI.js";
import {
  PAIRWISE_BLOCK,
  pairwiseSum
} from "./chunk-63FYA7DN.js";
import {
  normalSf
} from "./chunk-AXUJ4B5B.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/core/stats/distributions/kolmogorov.ts
var TWO_POW_128 = 2 ** 128;
var TWO_POW_MINUS_128 = 2 ** -128;
var MIN_LOG = -708.3964185322641;
var PI2 = Math.PI * Math.PI;
var PI4 = PI2 * PI2;
var PI6 = PI4 * PI2;
var SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
function ldexp(x, e) {
  while (e > 1e3) {
    x *= 2 ** 1e3;
    e -= 1e3;
  }
  while (e < -1e3) {
    x *= 2 ** -1e3;
    e += 1e3;
  }
  return x * 2 ** e;
}
function clip01(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function twoProduct(a, b) {
  const hi = a * b;
  const split = 134217729;
  const splitParts = (v) => {
    const t = split * v;
    const high = t - (t - v);
    return [high, v - high];
  };
  const [aHi, aLo] = splitParts(a);
  const [bHi, bLo] = splitParts(b);
  const lo = aHi * bHi - hi + aHi * bLo + aLo * bHi + aLo * bLo;
  return [hi, lo];
}
function smirnovSf(n, d) {
  if (!(Number.isInteger(n) && n > 0 && d >= 0 && d <= 1)) return NaN;
  if (n === 1) return 1 - d;
  if (d === 0) return 1;
  if (d === 1) return 0;
  const [nxHi, nxLo] = twoProduct(n, d);
  let nxFloor = Math.floor(nxHi);
  if (nxFloor === nxHi && nxLo < 0) nxFloor -= 1;
  let alpha = nxHi - nxFloor + nxLo;
  if (alpha >= 1) {
    nxFloor += 1;
    alpha = 0;
  }
  const nx = nxHi + nxLo;
  if (nxFloor === 0 || nxFloor === 1 && alpha === 0) {
    return clip01(1 - d * Math.pow(1 + d, n - 1));
  }
  if (-2 * n * d * d < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return Math.pow(1 - d, n);
  if (n > 1e6) {
    const logp = -Math.pow(6 * n * d + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  const lastV = n - nxFloor - 1;
  const logD = Math.log(d);
  const logNFactorial = logGamma(n + 1);
  let sum2 = 0;
  for (let v = 0; v <= lastV; v++) {
    const lower = (n - v - nxHi - nxLo) / n;
    if (!(lower > 0)) break;
    const upper = (nx + v) / n;
    const logBinomial = logNFactorial - logGamma(v + 1) - logGamma(n - v + 1);
    const logTerm = logBinomial + (v - 1) * Math.log(upper) + (n - v) * Math.log(lower);
    sum2 += Math.exp(logTerm + logD);
  }
  return clip01(sum2);
}
function multiplySquare(a, b, m) {
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
function durbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
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
  let exponent = 0;
  let hExponent = 0;
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
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      exponent -= 128;
    }
  }
  return clip01(ldexp(p, exponent));
}
function pelzGoodCdf(n, d) {
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
  const k2b = (2 * z4 - 5 * z2) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z2) / 16;
  const k3d = PI6 * (5 - 30 * z2) / 64;
  const k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil(16 * z / Math.PI);
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
      k3a + k3b * o2 + k3c * o4 + k3d * o6
    ];
    for (let i = 0; i < 4; i++) terms[i] = terms[i] * qPower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z4 * z3, 6480 * z4 * z6];
  for (let i = 0; i < 4; i++) terms[i] = terms[i] * q * SQRT_TWO_PI / divisors[i];
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
  terms[2] += k2Extra * PI2 * SQRT_TWO_PI / (-36 * z3);
  terms[3] += k3Extra * PI2 * SQRT_TWO_PI / (216 * z6);
  let sum2 = 0;
  for (let i = 0; i < 4; i++) sum2 += terms[i] / Math.pow(n, i / 2);
  return sum2;
}
function logFactorialOverPower(n) {
  return logGamma(n + 1) - n * Math.log(n);
}
function kolmogorovSf(n, d) {
  if (Number.isNaN(d) || !(Number.isInteger(n) && n >= 1)) return NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 1) {
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - cdf2);
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
  const cdf = n <= 1e5 && n * Math.pow(d, 1.5) <= 1.4 ? durbinMatrixCdf(n, d) : pelzGoodCdf(n, d);
  return clip01(1 - cdf);
}

// shared/core/stats/distributions/smirnov-two-sample.ts
function greatestCommonDivisor(a, b) {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
function roundHalfToEven(x) {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function probabilityOutsideSquare(n, h) {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = (n - k * h - j) * ratio / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}
function probabilityOutsideBand(m, n, g, h) {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxj - minj;
  const length = Math.min(2 * maxj + 2, n + 1);
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
function smirnovTwoSampleExactSf(m, n, d) {
  const g = greatestCommonDivisor(m, n);
  const lcm = m / g * n;
  const h = roundHalfToEven(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { success: true, statistic, pValue: 1 };
  const pValue = m === n ? probabilityOutsideSquare(m, h) : probabilityOutsideBand(m, n, g, h);
  const success = pValue >= 0 && pValue <= 1;
  return { success, statistic, pValue };
}

// shared/core/stats/ks-two-sample.ts
var MAX_EXACT_N = 1e4;
function ksTwoSample(x, y) {
  const a = sortedCopy(x, "x");
  const b = sortedCopy(y, "y");
  const m = a.length;
  const n = b.length;
  let maxDiff = -Infinity;
  let minDiff = Infinity;
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    const value = i < m && (j >= n || a[i] <= b[j]) ? a[i] : b[j];
    while (i < m && a[i] <= value) i++;
    while (j < n && b[j] <= value) j++;
    const diff = i / m - j / n;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(Math.max(-minDiff, 0), 1);
  return ksTwoSampleOfStatistic(minS > maxDiff ? minS : maxDiff, m, n);
}
function ksTwoSampleOfStatistic(statistic, m, n) {
  let d = statistic;
  if (Math.max(m, n) <= MAX_EXACT_N) {
    const exact = smirnovTwoSampleExactSf(m, n, d);
    if (exact.success) return { statistic: exact.statistic, pValue: clip012(exact.pValue), method: "exact" };
    d = exact.statistic;
  }
  const effectiveN = roundHalfToEven(Math.max(m, n) * Math.min(m, n) / (m + n));
  return { statistic: d, pValue: clip012(kolmogorovSf(effectiveN, d)), method: "asymptotic" };
}
function clip012(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function sortedCopy(sample, name) {
  if (sample.length === 0) throw new RangeError(`ksTwoSample: sample ${name} is empty`);
  if (isMarkedSorted(sample)) return sample;
  const copy = Float64Array.from(sample);
  for (const value of copy) {
    if (Number.isNaN(value)) throw new RangeError(`ksTwoSample: sample ${name} contains NaN`);
  }
  return copy.sort();
}

// shared/core/stats/distributions/chi-square.ts
function chiSquareSf(x, df) {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

// shared/core/stats/chi-square-homogeneity.ts
function chiSquareHomogeneity(countsA, countsB) {
  if (countsA.length !== countsB.length) {
    throw new RangeError(
      `chiSquareHomogeneity: countsA has ${countsA.length} categories but countsB has ${countsB.length}`
    );
  }
  if (countsA.length === 0) throw new RangeError("chiSquareHomogeneity: no categories");
  const rowA = [];
  const rowB = [];
  for (let j = 0; j < countsA.length; j++) {
    const a = countsA[j];
    const b = countsB[j];
    if (!(Number.isFinite(a) && a >= 0 && Number.isFinite(b) && b >= 0)) {
      throw new RangeError(
        `chiSquareHomogeneity: counts must be finite and non-negative, got ${a} and ${b} for category ${j}`
      );
    }
    if (a + b > 0) {
      rowA.push(a);
      rowB.push(b);
    }
  }
  const totalA = sum(rowA);
  const totalB = sum(rowB);
  if (totalA === 0) throw new RangeError("chiSquareHomogeneity: sample A is empty (all counts are 0)");
  if (totalB === 0) throw new RangeError("chiSquareHomogeneity: sample B is empty (all counts are 0)");
  const categories = rowA.length;
  const dof = categories - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof: 0 };
  const total = totalA + totalB;
  let statistic = 0;
  for (const [row, rowTotal] of [
    [rowA, totalA],
    [rowB, totalB]
  ]) {
    for (let j = 0; j < categories; j++) {
      const expected = rowTotal * (rowA[j] + rowB[j]) / total;
      const deviation = row[j] - expected;
      statistic += deviation * deviation / expected;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof };
}
function sum(values) {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

// shared/core/stats/bessel.ts
function besselKScaled(nu, x) {
  if (Number.isNaN(nu) || Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.POSITIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const order = Math.abs(nu);
  const h = Math.min(0.2, 0.5 / Math.sqrt(x));
  const integrand = (t) => {
    const s = Math.sinh(t / 2);
    const decay = -2 * x * s * s;
    return 0.5 * (Math.exp(order * t + decay) + Math.exp(-order * t + decay));
  };
  let sum2 = 0.5 * integrand(0);
  for (let j = 1; ; j++) {
    const t = j * h;
    const term = integrand(t);
    sum2 += term;
    const decreasing = x * Math.sinh(t) > order * Math.tanh(order * t);
    if (decreasing && term <= 1e-18 * sum2) break;
    if (j > 1e6) break;
  }
  return h * sum2;
}

// shared/core/stats/cramer-von-mises.ts
function cramerVonMisesTwoSample(x, y) {
  const xs = sortedSample(x, "cramerVonMisesTwoSample: x");
  const ys = sortedSample(y, "cramerVonMisesTwoSample: y");
  const nx = xs.length;
  const ny = ys.length;
  let sumX = 0;
  let sumY = 0;
  let i = 0;
  let j = 0;
  while (i < nx || j < ny) {
    const value = j >= ny || i < nx && xs[i] < ys[j] ? xs[i] : ys[j];
    let endX = i;
    while (endX < nx && xs[endX] === value) endX++;
    let endY = j;
    while (endY < ny && ys[endY] === value) endY++;
    const twiceMidrank = i + j + 1 + endX + endY;
    for (let t = i + 1; t <= endX; t++) sumX += (twiceMidrank - 2 * t) ** 2;
    for (let t = j + 1; t <= endY; t++) sumY += (twiceMidrank - 2 * t) ** 2;
    i = endX;
    j = endY;
  }
  const bnx = BigInt(nx);
  const bny = BigInt(ny);
  const k = bnx * bny;
  const bN = bnx + bny;
  const u4 = bnx * BigInt(sumX) + bny * BigInt(sumY);
  const statistic = Number(6n * u4 - 4n * k * (4n * k - 1n)) / Number(24n * k * bN);
  if (Math.max(nx, ny) <= 20) {
    return { statistic, pValue: exactPValue(u4, nx, ny), method: "exact" };
  }
  const N = nx + ny;
  const mean = (1 + 1 / N) / 6;
  const variance = Number((bN + 1n) * (4n * k * bN - 3n * (bnx * bnx + bny * bny) - 2n * k)) / Number(45n * bN * bN * 4n * k);
  const normalised = 1 / 6 + (statistic - mean) / Math.sqrt(45 * variance);
  const pValue = normalised < 3e-3 ? 1 : Math.max(0, 1 - cramerVonMisesLimitingCdf(normalised));
  return { statistic, pValue, method: "asymptotic" };
}
function cramerVonMisesLimitingCdf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  const scale = Math.PI ** 1.5 * Math.sqrt(x);
  let gammaRatio = Math.sqrt(Math.PI);
  let total = 0;
  for (let k = 0; ; k++) {
    const y = 4 * k + 1;
    const q = y * y / (16 * x);
    const term = gammaRatio / scale * Math.sqrt(y) * Math.exp(-2 * q) * besselKScaled(0.25, q);
    total += term;
    if (Math.abs(term) < 1e-7) break;
    gammaRatio *= (k + 0.5) / (k + 1);
  }
  return total;
}
function exactPValue(u4, n, m) {
  const lcm = n / gcd(n, m) * m;
  const a = lcm / n;
  const b = lcm / m;
  const nm = BigInt(n * m);
  const zeta = Number(
    floorDivide(BigInt(lcm * lcm * (n + m)) * (3n * u4 - 2n * nm * (4n * nm - 1n)), 12n * nm * nm)
  );
  let row = Array.from({ length: n + 1 }, () => EMPTY_TABLE);
  row[0] = { values: Float64Array.of(0), counts: Float64Array.of(1) };
  for (let w = 0; w <= m; w++) {
    const next = new Array(n + 1);
    let left = EMPTY_TABLE;
    for (let v = 0; v <= n; v++) {
      left = mergeAndShift(left, row[v], (a * v - b * w) ** 2);
      next[v] = left;
    }
    row = next;
  }
  const final = row[n];
  let atLeast = 0;
  for (let t = 0; t < final.values.length; t++) {
    if (final.values[t] >= zeta) atLeast += final.counts[t];
  }
  return atLeast / binomial(n + m, n);
}
var EMPTY_TABLE = { values: new Float64Array(0), counts: new Float64Array(0) };
function mergeAndShift(p, q, shift) {
  const values = new Float64Array(p.values.length + q.values.length);
  const counts = new Float64Array(values.length);
  let i = 0;
  let j = 0;
  let size = 0;
  while (i < p.values.length || j < q.values.length) {
    if (j >= q.values.length || i < p.values.length && p.values[i] < q.values[j]) {
      values[size] = p.values[i];
      counts[size++] = p.counts[i++];
    } else if (i >= p.values.length || q.values[j] < p.values[i]) {
      values[size] = q.values[j];
      counts[size++] = q.counts[j++];
    } else {
      values[size] = p.values[i];
      counts[size++] = p.counts[i++] + q.counts[j++];
    }
  }
  for (let t = 0; t < size; t++) values[t] += shift;
  return { values: values.subarray(0, size), counts: counts.subarray(0, size) };
}
function gcd(a, b) {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
function floorDivide(p, q) {
  const quotient = p / q;
  return p % q !== 0n && p < 0n ? quotient - 1n : quotient;
}
function binomial(total, chosen) {
  let result = 1;
  for (let t = 1; t <= chosen; t++) result = result * (total - chosen + t) / t;
  return result;
}

// shared/core/stats/anderson-darling.ts
var ANDERSON_DARLING_SIGNIFICANCE_LEVELS = [0.25, 0.1, 0.05, 0.025, 0.01, 5e-3, 1e-3];
var B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
var B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
var B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
function andersonDarlingKSample(samples) {
  const k = samples.length;
  if (k < 2) throw new RangeError(`andersonDarlingKSample: needs at least two samples, got ${k}`);
  const sorted = samples.map((sample, index) => sortedSample(sample, `andersonDarlingKSample: sample ${index}`));
  const sizes = sorted.map((s) => s.length);
  const N = sizes.reduce((total, n) => total + n, 0);
  const m = k - 1;
  const criticalValues = B0.map((b0, level) => b0 + B1[level] / Math.sqrt(m) + B2[level] / m);
  if (N <= 3) return { statistic: Number.NaN, pValue: Number.NaN, criticalValues };
  const pooled = new Float64Array(N);
  let offset = 0;
  for (const s of sorted) {
    pooled.set(s, offset);
    offset += s.length;
  }
  pooled.sort();
  const distinct = [];
  const below = [];
  const ties = [];
  for (let start = 0; start < N; ) {
    let end = start + 1;
    while (end < N && pooled[end] === pooled[start]) end++;
    distinct.push(pooled[start]);
    below.push(start);
    ties.push(end - start);
    start = end;
  }
  const sigma = Math.sqrt(nullVariance(sizes, N));
  let a2 = 0;
  if (distinct.length >= 2) {
    const J = distinct.length;
    const inner = new Float64Array(J);
    for (let i = 0; i < k; i++) {
      const s = sorted[i];
      const n = sizes[i];
      let pos = 0;
      for (let j = 0; j < J; j++) {
        const z = distinct[j];
        while (pos < n && s[pos] < z) pos++;
        let upTo = pos;
        while (upTo < n && s[upTo] === z) upTo++;
        const l = ties[j];
        const bj = below[j] + l / 2;
        const mij = upTo - (upTo - pos) / 2;
        inner[j] = l / N * (N * mij - bj * n) ** 2 / (bj * (N - bj) - N * l / 4);
        pos = upTo;
      }
      a2 += pairwiseSum(inner) / n;
    }
    a2 *= (N - 1) / N;
  }
  const statistic = (a2 - m) / sigma;
  return { statistic, pValue: interpolatedPValue(statistic, criticalValues), criticalValues };
}
function nullVariance(sizes, N) {
  const k = sizes.length;
  const H = pairwiseSum(sizes.map((n) => 1 / n));
  const ratios = new Float64Array(N - 2);
  let running = 0;
  for (let t = 0; t < N - 2; t++) {
    running += 1 / (N - 1 - t);
    ratios[t] = running / (t + 2);
  }
  const h = running + 1;
  const g = pairwiseSum(ratios);
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  return (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
}
function interpolatedPValue(statistic, criticalValues) {
  const levels = ANDERSON_DARLING_SIGNIFICANCE_LEVELS;
  if (statistic < Math.min(...criticalValues)) return Math.max(...levels);
  if (statistic > Math.max(...criticalValues)) return Math.min(...levels);
  const [c2, c1, c0] = quadraticLeastSquares(
    criticalValues,
    levels.map((level) => Math.log(level))
  );
  return Math.exp((c2 * statistic + c1) * statistic + c0);
}
function quadraticLeastSquares(x, y) {
  const rows = x.length;
  const cols = 3;
  const A = x.map((xi) => [xi * xi, xi, 1]);
  const scale = [0, 1, 2].map((col) => Math.hypot(...A.map((row) => row[col])));
  for (const row of A) for (let col = 0; col < cols; col++) row[col] /= scale[col];
  const rhs = [...y];
  for (let col = 0; col < cols; col++) {
    const norm = Math.hypot(...A.slice(col).map((row) => row[col]));
    const alpha = A[col][col] > 0 ? -norm : norm;
    const v = A.map((row, r) => r < col ? 0 : row[col]);
    v[col] -= alpha;
    const vv = v.reduce((s, vi) => s + vi * vi, 0);
    if (vv === 0) continue;
    for (let c = col; c < cols; c++) {
      const dot2 = v.reduce((s, vi, r) => s + vi * A[r][c], 0);
      for (let r = col; r < rows; r++) A[r][c] -= 2 * dot2 * v[r] / vv;
    }
    const dot = v.reduce((s, vi, r) => s + vi * rhs[r], 0);
    for (let r = col; r < rows; r++) rhs[r] -= 2 * dot * v[r] / vv;
  }
  const coef = [0, 0, 0];
  for (let r = cols - 1; r >= 0; r--) {
    let s = rhs[r];
    for (let c = r + 1; c < cols; c++) s -= A[r][c] * coef[c];
    coef[r] = s / A[r][r];
  }
  return [coef[0] / scale[0], coef[1] / scale[1], coef[2] / scale[2]];
}

// shared/core/stats/distributions/mann-whitney-u.ts
function binomialCoefficient(m, n) {
  const s = Math.min(m, n);
  const l = Math.max(m, n);
  let value = 1;
  for (let i = 1; i <= s; i++) value = value * (l + i) / i;
  return value;
}
function mannWhitneyUCdf(k, m, n) {
  if (k < 0) return 0;
  if (k >= m * n) return 1;
  const s = Math.min(m, n);
  const l = Math.max(m, n);
  const counts = new Float64Array(k + 1);
  counts[0] = 1;
  for (let i = 1; i <= s; i++) {
    for (let t = i; t <= k; t++) counts[t] += counts[t - i];
    for (let t = k; t >= l + i; t--) counts[t] -= counts[t - l - i];
  }
  const total = binomialCoefficient(m, n);
  let cumulative = 0;
  for (let t = 0; t <= k; t++) cumulative += counts[t] / total;
  return Math.min(cumulative, 1);
}

// shared/core/stats/mann-whitney.ts
var MAX_EXACT_SMALLER_N = 8;
function mannWhitneyU(x, y) {
  const m = checkedLength(x, "x");
  const n = checkedLength(y, "y");
  const total = m + n;
  const order = new Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  const valueAt = (i) => i < m ? x[i] : y[i - m];
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
  const u1 = rankSumX - m * (m + 1) / 2;
  const u2 = m * n - u1;
  const u = Math.max(u1, u2);
  const exact = !(m > MAX_EXACT_SMALLER_N && n > MAX_EXACT_SMALLER_N) && !hasTies;
  let pValue;
  if (exact) {
    pValue = 2 * mannWhitneyUCdf(m * n - u, m, n);
  } else {
    const sigma = Math.sqrt(m * n / 12 * (total + 1 - tieTerm / (total * (total - 1))));
    const z = (u - m * n / 2 - 0.5) / sigma;
    pValue = 2 * normalSf(z);
  }
  return { statistic: u1, pValue: Math.min(Math.max(pValue, 0), 1), method: exact ? "exact" : "asymptotic" };
}
function checkedLength(sample, name) {
  if (sample.length === 0) throw new RangeError(`mannWhitneyU: sample ${name} is empty`);
  for (let i = 0; i < sample.length; i++) {
    if (Number.isNaN(sample[i])) throw new RangeError(`mannWhitneyU: sample ${name} contains NaN`);
  }
  return sample.length;
}

// shared/core/stats/distributions/hypergeometric.ts
function hypergeometricSupport({ total, good, draws }) {
  return [Math.max(0, draws - (total - good)), Math.min(good, draws)];
}
function logFactorial(n) {
  return n < 2 ? 0 : logGamma(n + 1);
}
function variableArguments(k, { total, good, draws }) {
  return [k, good - k, draws - k, total - good - draws + k].sort((p, q) => p - q);
}
function logPmfConstant({ total, good, draws }) {
  return logFactorial(good) + logFactorial(total - good) + logFactorial(draws) + logFactorial(total - draws) - logFactorial(total);
}
function logPmfInSupport(k, parameters, constant) {
  let variable = 0;
  for (const argument of variableArguments(k, parameters)) variable += logFactorial(argument);
  return constant - variable;
}
function hypergeometricLogPmf(k, parameters) {
  const [low, high] = hypergeometricSupport(parameters);
  if (!(k >= low && k <= high)) return -Infinity;
  return logPmfInSupport(k, parameters, logPmfConstant(parameters));
}
function hypergeometricCdf(k, parameters) {
  const [low, high] = hypergeometricSupport(parameters);
  if (k < low) return 0;
  if (k >= high) return 1;
  return Math.min(1, sumPmf(low, Math.floor(k), parameters));
}
function hypergeometricSf(k, parameters) {
  const [low, high] = hypergeometricSupport(parameters);
  if (k < low) return 1;
  if (k >= high) return 0;
  return Math.min(1, sumPmf(Math.floor(k) + 1, high, parameters));
}
function sumPmf(from, to, parameters) {
  let sum2 = 0;
  const constant = logPmfConstant(parameters);
  const mode = hypergeometricMode(parameters);
  if (to <= mode) {
    for (let j = from; j <= to; j++) sum2 += Math.exp(logPmfInSupport(j, parameters, constant));
  } else {
    for (let j = to; j >= from; j--) sum2 += Math.exp(logPmfInSupport(j, parameters, constant));
  }
  return sum2;
}
function hypergeometricMode({ total, good, draws }) {
  return Math.trunc((draws + 1) * (good + 1) / (total + 2));
}
function rangeProduct(lo, hi) {
  if (lo > hi) return 1n;
  if (hi - lo < 16) {
    let product = 1n;
    for (let i = lo; i <= hi; i++) product *= BigInt(i);
    return product;
  }
  const mid = Math.floor((lo + hi) / 2);
  return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi);
}
function factorialRatio(a, b) {
  return a >= b ? [rangeProduct(b + 1, a), 1n] : [1n, rangeProduct(a + 1, b)];
}
var LOG_RATIO_UNCERTAINTY = 1e-7;
function compareHypergeometricPmf(k1, k2, parameters, relativeTolerance) {
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
    return relativeTolerance > 0 ? -1 : relativeTolerance < 0 ? 1 : 0;
  }
  const logThreshold = Math.log1p(relativeTolerance);
  const logRatio = hypergeometricLogPmf(k1, parameters) - hypergeometricLogPmf(k2, parameters);
  if (logRatio < logThreshold - LOG_RATIO_UNCERTAINTY) return -1;
  if (logRatio > logThreshold + LOG_RATIO_UNCERTAINTY) return 1;
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
  const scale = 10n ** 15n;
  const toleranceUnits = BigInt(Math.round(relativeTolerance * 1e15));
  const left = numerator * scale;
  const right = denominator * (scale + toleranceUnits);
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}

// shared/core/stats/fisher-exact.ts
var RELATIVE_TOLERANCE = 1e-14;
function fisherExact(table) {
  checkTable(table);
  const [[a, b], [c, d]] = table;
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return { statistic: NaN, pValue: 1 };
  const statistic = c > 0 && b > 0 ? a * d / (c * b) : Infinity;
  const rowA = a + b;
  const rowB = c + d;
  const column = a + c;
  const parameters = { total: rowA + rowB, good: rowA, draws: column };
  const mode = hypergeometricMode(parameters);
  const compare = (k, tolerance = RELATIVE_TOLERANCE) => compareHypergeometricPmf(k, a, parameters, tolerance);
  const modeVsObserved = compare(mode, 0);
  const observedIsMode = modeVsObserved >= 0 ? compareHypergeometricPmf(a, mode, parameters, -RELATIVE_TOLERANCE) >= 0 : compare(mode, -RELATIVE_TOLERANCE) >= 0;
  if (observedIsMode) return { statistic, pValue: 1 };
  let pValue;
  if (a < mode) {
    const lowerTail = hypergeometricCdf(a, parameters);
    if (compare(column) > 0) return { statistic, pValue: lowerTail };
    const boundary = bisect(mode, column, (k) => -compare(k));
    pValue = lowerTail + hypergeometricSf(boundary, parameters);
  } else {
    const upperTail = hypergeometricSf(a - 1, parameters);
    if (compare(0) > 0) return { statistic, pValue: upperTail };
    const boundary = bisect(0, mode, (k) => compare(k));
    pValue = upperTail + hypergeometricCdf(boundary, parameters);
  }
  return { statistic, pValue: Math.min(pValue, 1) };
}
function bisect(lo, hi, signAt) {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const sign = signAt(mid);
    if (sign < 0) lo = mid + 1;
    else if (sign > 0) hi = mid - 1;
    else return mid;
  }
  return signAt(lo) <= 0 ? lo : lo - 1;
}
function checkTable(table) {
  const ok = table.length === 2 && table.every((row) => row.length === 2 && row.every((count) => Number.isInteger(count) && count >= 0));
  if (!ok) {
    throw new RangeError(
      `fisherExact: table must be [[a, b], [c, d]] of non-negative integer counts, got ${JSON.stringify(table)}`
    );
  }
}

// shared/core/stats/cdf-distance.ts
function cdfDistanceIntegral(u, v, power, what, scale = 1) {
  const us = sortedSample(u, `${what}: u`);
  const vs = sortedSample(v, `${what}: v`);
  const nu = us.length;
  const nv = vs.length;
  const total = nu + nv;
  const block = new Float64Array(Math.min(PAIRWISE_BLOCK, Math.max(total - 1, 1)));
  let filled = 0;
  let sum2 = 0;
  let i = 0;
  let j = 0;
  const next = () => (j >= nv || i < nu && us[i] / scale <= vs[j] / scale ? us[i++] : vs[j++]) / scale;
  let here = next();
  let iu = 0;
  let iv = 0;
  for (let t = 0; t < total - 1; t++) {
    const after = next();
    while (iu < nu && us[iu] / scale <= here) iu++;
    while (iv < nv && vs[iv] / scale <= here) iv++;
    const gap = after === here ? 0 : after - here;
    const difference = iu / nu - iv / nv;
    block[filled++] = difference === 0 || gap === 0 ? 0 : power === 1 ? Math.abs(difference) * gap : difference * difference * gap;
    if (filled === block.length) {
      sum2 += pairwiseSum(block, 0, filled);
      filled = 0;
    }
    here = after;
  }
  if (filled > 0) sum2 += pairwiseSum(block, 0, filled);
  return sum2;
}

// shared/core/stats/wasserstein.ts
function wassersteinDistance(u, v, scale = 1) {
  return cdfDistanceIntegral(u, v, 1, "wassersteinDistance", scale);
}

// shared/core/stats/energy-distance.ts
function energyDistance(u, v, scale = 1) {
  return Math.SQRT2 * Math.sqrt(cdfDistanceIntegral(u, v, 2, "energyDistance", scale));
}

// shared/core/stats/probability-vectors.ts
function checkProbabilityVectors(p, q, what) {
  if (p.length === 0 || p.length !== q.length) {
    throw new RangeError(
      `${what}: p and q must be non-empty and of the same length (got ${p.length} and ${q.length})`
    );
  }
  for (const [name, vector] of [
    ["p", p],
    ["q", q]
  ]) {
    let sum2 = 0;
    for (let i = 0; i < vector.length; i++) {
      const value = vector[i];
      if (!(value >= 0) || !Number.isFinite(value)) {
        throw new RangeError(`${what}: ${name}[${i}] = ${value}; probabilities must be finite and \u2265 0`);
      }
      sum2 += value;
    }
    if (Math.abs(sum2 - 1) > 1e-6) {
      throw new RangeError(`${what}: ${name} sums to ${sum2}, expected 1 (pass proportions, not counts)`);
    }
  }
}

// shared/core/stats/psi.ts
function populationStabilityIndex(p, q) {
  checkProbabilityVectors(p, q, "populationStabilityIndex");
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    const qi = q[i];
    if (pi === qi) continue;
    terms[i] = pi === 0 || qi === 0 ? Number.POSITIVE_INFINITY : (qi - pi) * Math.log(qi / pi);
  }
  return pairwiseSum(terms);
}

// shared/core/stats/kl-divergence.ts
function klDivergence(p, q) {
  checkProbabilityVectors(p, q, "klDivergence");
  const pSum = pairwiseSum(p);
  const qSum = pairwiseSum(q);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) terms[i] = relativeEntropy(p[i] / pSum, q[i] / qSum);
  return pairwiseSum(terms);
}
function relativeEntropy(x, y) {
  if (x === 0) return 0;
  if (y === 0) return Number.POSITIVE_INFINITY;
  return x * Math.log(x / y);
}

// shared/core/stats/jensen-shannon.ts
function jensenShannonDistance(p, q) {
  checkProbabilityVectors(p, q, "jensenShannonDistance");
  const pSum = pairwiseSum(p);
  const qSum = pairwiseSum(q);
  const left = new Float64Array(p.length);
  const right = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / pSum;
    const qi = q[i] / qSum;
    const mi = (pi + qi) / 2;
    left[i] = relativeEntropy(pi, mi);
    right[i] = relativeEntropy(qi, mi);
  }
  const divergence = pairwiseSum(left) + pairwiseSum(right);
  return Math.sqrt(Math.max(0, divergence / 2));
}

// shared/core/stats/hellinger.ts
function hellingerDistance(p, q) {
  checkProbabilityVectors(p, q, "hellingerDistance");
  const squares = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) squares[i] = (Math.sqrt(p[i]) - Math.sqrt(q[i])) ** 2;
  return Math.min(1, Math.sqrt(pairwiseSum(squares) / 2));
}

// shared/core/stats/total-variation.ts
function totalVariationDistance(p, q) {
  checkProbabilityVectors(p, q, "totalVariationDistance");
  const differences = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) differences[i] = Math.abs(p[i] - q[i]);
  return Math.min(1, pairwiseSum(differences) / 2);
}

// shared/core/stats/l-infinity.ts
function lInfinityDistance(p, q) {
  checkProbabilityVectors(p, q, "lInfinityDistance");
  let largest = 0;
  for (let i = 0; i < p.length; i++) largest = Math.max(largest, Math.abs(p[i] - q[i]));
  return largest;
}

// shared/core/drift/methods.ts
var METHOD_NAMES = [
  "ks",
  "chisquare",
  "z",
  "cramer_von_mises",
  "anderson",
  "mannwhitney",
  "t_test",
  "fisher_exact",
  "wasserstein",
  "psi",
  "jensenshannon",
  "hellinger",
  "kl_div",
  "tvd",
  "linf",
  "energy_distance"
];
var NUMERIC_BINS = 10;
function distributions(reference, current, kind, floorEmpty) {
  const floor = floorEmpty ? DEFAULT_EMPTY_BIN_FLOOR : 0;
  if (kind === "numeric") {
    const ref = reference.sortedFinite;
    const edges = referenceQuantileEdges(ref, NUMERIC_BINS);
    const { min, max } = range(reference.numbers);
    return {
      p: proportions(binCountsWithOuterBins(reference.numbers, edges, min, max), floor),
      q: proportions(binCountsWithOuterBins(current.numbers, edges, min, max), floor)
    };
  }
  const counts = categoryCountsOfTallies(reference.tally, current.tally);
  return { p: proportions(counts.reference, floor), q: proportions(counts.current, floor) };
}
function histogramDistance(name, measure, floorEmpty, kinds = ["numeric", "categorical"]) {
  return {
    name,
    type: "distance",
    kinds,
    defaultThreshold: 0.1,
    compute(reference, current, kind) {
      const { p, q } = distributions(reference, current, kind, floorEmpty);
      return { statistic: measure(p, q), p_value: null };
    }
  };
}
function pValueTest(name, kinds, test) {
  return {
    name,
    type: "p_value",
    kinds,
    defaultThreshold: 0.05,
    compute(reference, current) {
      const result = test(reference, current);
      return { statistic: result.statistic, p_value: result.pValue };
    }
  };
}
function binaryCounts(name, reference, current) {
  const counts = categoryCountsOfTallies(reference.tally, current.tally);
  if (counts.categories.length > 2) {
    throw new InputError(`method \`${name}\` needs a column with at most 2 categories, found ${counts.categories.length}`);
  }
  const success = (side) => side[0] ?? 0;
  return {
    successes: [success(counts.reference), success(counts.current)],
    totals: [valueCount(reference), valueCount(current)]
  };
}
function normedWasserstein(reference, current) {
  const scale = unitScale(reference.sortedFinite, current.sortedFinite);
  const distance = wassersteinDistance(reference.sortedFinite, current.sortedFinite, scale);
  const std = populationStd(finiteNumbers(reference), scale);
  if (std === 0) return distance === 0 ? 0 : Infinity;
  return distance / std;
}
function normedEnergy(reference, current) {
  const scale = unitScale(reference.sortedFinite, current.sortedFinite);
  const distance = energyDistance(reference.sortedFinite, current.sortedFinite, scale);
  const std = populationStd(finiteNumbers(reference), scale);
  if (std === 0) return distance === 0 ? 0 : Infinity;
  return distance / Math.sqrt(std);
}
function unitScale(reference, current) {
  let scale = 0;
  for (const sorted of [reference, current]) {
    if (sorted.length === 0) continue;
    scale = Math.max(scale, Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
  }
  return scale === 0 ? 1 : scale;
}
function populationStd(values, scale) {
  let mean = 0;
  for (const v of values) mean += scale === 1 ? v : v / scale;
  mean /= values.length;
  let squares = 0;
  for (const v of values) squares += ((scale === 1 ? v : v / scale) - mean) ** 2;
  return Math.sqrt(squares / values.length);
}
function range(values) {
  if (isMarkedSorted(values) && values.length > 0) return { min: values[0], max: values[values.length - 1] };
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
var numeric = ["numeric"];
var both = ["numeric", "categorical"];
var DRIFT_METHODS = {
  ks: pValueTest("ks", numeric, (r, c) => ksTwoSample(r.numbers, c.numbers)),
  chisquare: pValueTest("chisquare", both, (r, c) => {
    const counts = categoryCountsOfTallies(r.tally, c.tally);
    return chiSquareHomogeneity(counts.reference, counts.current);
  }),
  z: pValueTest("z", both, (r, c) => {
    const { successes, totals } = binaryCounts("z", r, c);
    return twoProportionZ(successes[0], totals[0], successes[1], totals[1]);
  }),
  cramer_von_mises: pValueTest("cramer_von_mises", numeric, (r, c) => cramerVonMisesTwoSample(r.numbers, c.numbers)),
  anderson: pValueTest("anderson", numeric, (r, c) => andersonDarlingKSample([r.numbers, c.numbers])),
  mannwhitney: pValueTest("mannwhitney", numeric, (r, c) => mannWhitneyU(r.numbers, c.numbers)),
  t_test: pValueTest("t_test", numeric, (r, c) => welchT(finiteNumbers(r), finiteNumbers(c))),
  fisher_exact: pValueTest("fisher_exact", both, (r, c) => {
    const { successes, totals } = binaryCounts("fisher_exact", r, c);
    return fisherExact([
      [successes[0], totals[0] - successes[0]],
      [successes[1], totals[1] - successes[1]]
    ]);
  }),
  wasserstein: {
    name: "wasserstein",
    type: "distance",
    kinds: numeric,
    defaultThreshold: 0.1,
    compute: (r, c) => ({ statistic: normedWasserstein(r, c), p_value: null })
  },
  energy_distance: {
    name: "energy_distance",
    type: "distance",
    kinds: numeric,
    defaultThreshold: 0.1,
    compute: (r, c) => ({ statistic: normedEnergy(r, c), p_value: null })
  },
  psi: histogramDistance("psi", populationStabilityIndex, true),
  jensenshannon: histogramDistance("jensenshannon", jensenShannonDistance, false),
  hellinger: histogramDistance("hellinger", hellingerDistance, false),
  kl_div: histogramDistance("kl_div", klDivergence, true),
  tvd: histogramDistance("tvd", totalVariationDistance, false),
  linf: histogramDistance("linf", lInfinityDistance, false)
};
function isMethodName(name) {
  return METHOD_NAMES.includes(name);
}
var EVIDENTLY_ALIASES = {
  ed: "energy_distance",
  mannw: "mannwhitney"
};
var EVIDENTLY_ONLY = {
  es: "Evidently's Epps\u2013Singleton test",
  g_test: "Evidently's G-test (goodness of fit of current against reference proportions)",
  empirical_mmd: "Evidently's maximum mean discrepancy permutation test",
  TVD: "Evidently's permutation p-value of the total variation distance (mlgate's `tvd` is the distance itself)",
  text_content_drift: "Evidently's text-content drift",
  perc_text_content_drift: "Evidently's text-content drift",
  abs_text_content_drift: "Evidently's text-content drift"
};
function canonicalMethodName(name) {
  if (isMethodName(name)) return name;
  return Object.hasOwn(EVIDENTLY_ALIASES, name) ? EVIDENTLY_ALIASES[name] : void 0;
}
function evidentlyRefusal(name) {
  if (!Object.hasOwn(EVIDENTLY_ONLY, name)) return void 0;
  return `\`${name}\` is ${EVIDENTLY_ONLY[name]}, which mlgate does not compute; the README's "Coming from Evidently" table names the nearest mlgate method`;
}
var EVIDENTLY_REFUSALS = Object.fromEntries(
  Object.keys(EVIDENTLY_ONLY).map((name) => [name, evidentlyRefusal(name) ?? ""])
);

export {
  ksTwoSampleOfStatistic,
  chiSquareHomogeneity,
  fisherExact,
  populationStabilityIndex,
  klDivergence,
  jensenShannonDistance,
  hellingerDistance,
  totalVariationDistance,
  lInfinityDistance,
  METHOD_NAMES,
  DRIFT_METHODS,
  EVIDENTLY_ALIASES,
  canonicalMethodName,
  evidentlyRefusal,
  EVIDENTLY_REFUSALS
};
