import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  pairwiseSum
} from "./chunk-63FYA7DN.js";
import {
  normalSf
} from "./chunk-AXUJ4B5B.js";

// shared/core/stats/two-proportion-z.ts
function twoProportionZ(successesA, nA, successesB, nB) {
  checkSample(successesA, nA, "A");
  checkSample(successesB, nB, "B");
  const pooled = (successesA + successesB) / (nA + nB);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const statistic = (successesA / nA - successesB / nB) / standardError;
  return { statistic, pValue: Math.min(2 * normalSf(Math.abs(statistic)), 1) };
}
function checkSample(successes, n, name) {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`twoProportionZ: n${name} must be a non-negative integer, got ${n}`);
  }
  if (n === 0) throw new RangeError(`twoProportionZ: sample ${name} is empty (n${name} = 0)`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`twoProportionZ: successes${name} must be an integer in [0, ${n}], got ${successes}`);
  }
}

// shared/core/stats/distributions/gamma.ts
var HALF_LOG_TWO_PI = 0.9189385332046728;
var STIRLING = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400
];
var STIRLING_MIN_X = 15;
function stirlingCorrection(x) {
  const inv = 1 / x;
  const inv2 = inv * inv;
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inv2 + STIRLING[k];
  return series * inv;
}
var STIRLING_MIN_ARGUMENT = 15;
function log1pMinusX(t) {
  if (Math.abs(t) > 0.25) return Math.log1p(t) - t;
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
function logGamma(x) {
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
function logGammaPrefactor(a, x) {
  if (a < STIRLING_MIN_ARGUMENT) return a * Math.log(x) - x - logGamma(a);
  return a * log1pMinusX((x - a) / a) + 0.5 * Math.log(a) - HALF_LOG_TWO_PI - stirlingCorrection(a);
}
var MAX_ITERATIONS = 1e5;
var EPSILON = 1e-16;
var TINY = 1e-300;
function lowerBySeries(a, x) {
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
function upperByContinuedFraction(a, x) {
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
function checkArguments(a, x) {
  return a > 0 && x >= 0 && !Number.isNaN(x);
}
function regularizedGammaQ(a, x) {
  if (!checkArguments(a, x) || a === Infinity) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return Math.max(0, 1 - lowerBySeries(a, x));
  return Math.min(1, upperByContinuedFraction(a, x));
}

// shared/core/stats/distributions/beta.ts
function logBeta(a, b) {
  if (a < b) [a, b] = [b, a];
  if (a < STIRLING_MIN_ARGUMENT) return logGamma(a) + logGamma(b) - logGamma(a + b);
  return logGamma(b) - (a - 0.5) * Math.log1p(b / a) - b * Math.log(a + b) + b + stirlingCorrection(a) - stirlingCorrection(a + b);
}
var MAX_ITERATIONS2 = 1e5;
var EPSILON2 = 1e-16;
var TINY2 = 1e-300;
function continuedFraction(a, b, x, y) {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = (1 - b + qab * y) / qap;
  if (Math.abs(d) < TINY2) d = TINY2;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS2; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY2) d = TINY2;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY2) c = TINY2;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY2) d = TINY2;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY2) c = TINY2;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON2) break;
  }
  return h;
}
function incompleteBetaDirect(a, b, x, y, logX, logY) {
  const logFront = a * logX + b * logY - logBeta(a, b) - Math.log(a);
  return Math.exp(logFront) * continuedFraction(a, b, x, y);
}
function regularizedIncompleteBeta(x, a, b, y = 1 - x) {
  if (!(a > 0 && b > 0 && x >= 0 && x <= 1 && y >= 0 && y <= 1)) return NaN;
  if (x === 0) return 0;
  if (y === 0) return 1;
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) {
    return Math.min(1, incompleteBetaDirect(a, b, x, y, logX, logY));
  }
  return Math.max(0, 1 - incompleteBetaDirect(b, a, y, x, logY, logX));
}

// shared/core/stats/distributions/student-t.ts
function studentTSf(t, df) {
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

// shared/core/stats/welch-t.ts
function welchT(x, y) {
  const m = checkedLength(x, "x");
  const n = checkedLength(y, "y");
  const notTestable = { statistic: NaN, pValue: NaN, dof: NaN };
  if (m < 2 || n < 2 || !allFinite(x) || !allFinite(y)) return notTestable;
  if (isConstant(x) && isConstant(y)) {
    if (x[0] === y[0]) return { statistic: 0, pValue: 1, dof: NaN };
    return { statistic: x[0] > y[0] ? Infinity : -Infinity, pValue: 0, dof: NaN };
  }
  const meanX = pairwiseSum(x) / m;
  const meanY = pairwiseSum(y) / n;
  const vx = unbiasedVariance(x, meanX) / m;
  const vy = unbiasedVariance(y, meanY) / n;
  const difference = meanX - meanY;
  if (vx + vy === 0) {
    if (difference === 0) return { statistic: 0, pValue: 1, dof: NaN };
    return { statistic: difference > 0 ? Infinity : -Infinity, pValue: 0, dof: NaN };
  }
  const scale = Math.max(vx, vy);
  const a = vx / scale;
  const b = vy / scale;
  const dof = (a + b) * (a + b) / (a * a / (m - 1) + b * b / (n - 1));
  const statistic = difference / Math.sqrt(vx + vy);
  const pValue = Math.min(2 * studentTSf(Math.abs(statistic), dof), 1);
  return { statistic, pValue, dof };
}
function unbiasedVariance(sample, mean) {
  const n = sample.length;
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const deviation = sample[i] - mean;
    squares[i] = deviation * deviation;
  }
  return pairwiseSum(squares) / n * (n / (n - 1));
}
function isConstant(sample) {
  for (let i = 1; i < sample.length; i++) if (sample[i] !== sample[0]) return false;
  return true;
}
function allFinite(sample) {
  for (let i = 0; i < sample.length; i++) if (!Number.isFinite(sample[i])) return false;
  return true;
}
function checkedLength(sample, name) {
  if (sample.length === 0) throw new RangeError(`welchT: sample ${name} is empty`);
  for (let i = 0; i < sample.length; i++) {
    if (Number.isNaN(sample[i])) throw new RangeError(`welchT: sample ${name} contains NaN`);
  }
  return sample.length;
}

export {
  logGamma,
  regularizedGammaQ,
  twoProportionZ,
  studentTSf,
  welchT
};
