import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  normalSf
} from "./chunk-SBZVX73G.js";

// shared/metrics/rowCounts.ts
function totalCount(n, counts) {
  if (!counts) return n;
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[i];
  return total;
}
function checkCounts(n, counts) {
  if (counts && counts.length !== n) {
    throw new RangeError(`counts has ${counts.length} entries for ${n} rows`);
  }
}
function meanWithCounts(values, counts) {
  const n = values.length;
  checkCounts(n, counts);
  let sum = 0;
  let total = 0;
  if (counts) {
    for (let i = 0; i < n; i++) {
      const c = counts[i];
      if (c === 0) continue;
      sum += c * values[i];
      total += c;
    }
  } else {
    for (let i = 0; i < n; i++) sum += values[i];
    total = n;
  }
  if (total === 0) throw new RangeError("mean of an empty sample: no row takes part");
  return sum / total;
}

// shared/metrics/confusionMatrix.ts
function checkClass(value, nClasses, column, row) {
  if (!Number.isInteger(value) || value < 0 || value >= nClasses) {
    throw new RangeError(`${column}[${row}] = ${value} is not a class index in [0, ${nClasses})`);
  }
}
function confusionMatrix(yTrue, yPred, nClasses, counts) {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  if (!Number.isInteger(nClasses) || nClasses < 1) throw new RangeError(`nClasses must be a positive integer`);
  checkCounts(n, counts);
  const cells = new Float64Array(nClasses * nClasses);
  for (let i = 0; i < n; i++) {
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    const t = yTrue[i];
    const p = yPred[i];
    checkClass(t, nClasses, "yTrue", i);
    checkClass(p, nClasses, "yPred", i);
    cells[t * nClasses + p] += c;
  }
  return { nClasses, cells };
}
function classTotals(matrix) {
  const k = matrix.nClasses;
  const truePositives = new Float64Array(k);
  const predicted = new Float64Array(k);
  const actual = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = matrix.cells[i * k + j];
      actual[i] += v;
      predicted[j] += v;
      total += v;
    }
    truePositives[i] = matrix.cells[i * k + i];
  }
  return { truePositives, predicted, actual, total };
}
function confusionMatrixRows(matrix) {
  const k = matrix.nClasses;
  const rows = [];
  for (let i = 0; i < k; i++) rows.push(Array.from(matrix.cells.subarray(i * k, (i + 1) * k)));
  return rows;
}

// shared/metrics/accuracy.ts
function accuracy(matrix) {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError("accuracy of an empty sample");
  let correct = 0;
  for (const v of totals.truePositives) correct += v;
  return correct / totals.total;
}

// shared/metrics/thresholdCurve.ts
function descendingOrder(scores) {
  const order = new Uint32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[b] - scores[a] || a - b);
}
function thresholdCounts(isPositive, scores, order = descendingOrder(scores), counts) {
  const n = scores.length;
  if (isPositive.length !== n) throw new RangeError(`${isPositive.length} labels for ${n} scores`);
  if (order.length !== n) throw new RangeError(`order has ${order.length} entries for ${n} scores`);
  checkCounts(n, counts);
  const truePositives = new Float64Array(n);
  const falsePositives = new Float64Array(n);
  let tp = 0;
  let fp = 0;
  let length = 0;
  let previous = Number.NaN;
  let open = false;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    const s = scores[i];
    if (open && s !== previous) {
      truePositives[length] = tp;
      falsePositives[length] = fp;
      length++;
    }
    if (isPositive[i]) tp += c;
    else fp += c;
    previous = s;
    open = true;
  }
  if (open) {
    truePositives[length] = tp;
    falsePositives[length] = fp;
    length++;
  }
  return { truePositives, falsePositives, length };
}

// shared/metrics/averagePrecision.ts
function averagePrecisionFromCurve(curve) {
  if (curve.length === 0) throw new RangeError("average precision of an empty sample");
  const positives = curve.truePositives[curve.length - 1];
  if (positives === 0) return 0;
  let sum = 0;
  let previousRecall = 0;
  for (let k = 0; k < curve.length; k++) {
    const tp = curve.truePositives[k];
    const recall2 = tp / positives;
    const predicted = tp + curve.falsePositives[k];
    const precision2 = predicted === 0 ? 0 : tp / predicted;
    sum += (recall2 - previousRecall) * precision2;
    previousRecall = recall2;
  }
  return sum;
}

// shared/metrics/balancedAccuracy.ts
function balancedAccuracy(matrix) {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError("balanced accuracy of an empty sample");
  let sum = 0;
  let classes = 0;
  for (let c = 0; c < matrix.nClasses; c++) {
    if (totals.actual[c] === 0) continue;
    sum += totals.truePositives[c] / totals.actual[c];
    classes++;
  }
  return sum / classes;
}

// shared/metrics/brierScore.ts
function brierScoreTerms(isPositive, probability) {
  const n = isPositive.length;
  if (probability.length !== n) throw new RangeError(`${probability.length} probabilities for ${n} rows`);
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = (isPositive[i] ? 1 : 0) - probability[i];
    terms[i] = d * d;
  }
  return terms;
}

// shared/metrics/classAverage.ts
function divideOrZero(numerator, denominator) {
  return denominator === 0 ? 0 : numerator / denominator;
}
function averageClassScore(matrix, score, average, positiveClass = 1) {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError("metric of an empty sample: no row takes part");
  const k = matrix.nClasses;
  switch (average) {
    case "binary": {
      if (!Number.isInteger(positiveClass) || positiveClass < 0 || positiveClass >= k) {
        throw new RangeError(`positive class ${positiveClass} is not in [0, ${k})`);
      }
      return score(
        totals.truePositives[positiveClass],
        totals.predicted[positiveClass],
        totals.actual[positiveClass]
      );
    }
    case "micro": {
      let tp = 0;
      let predicted = 0;
      let actual = 0;
      for (let c = 0; c < k; c++) {
        tp += totals.truePositives[c];
        predicted += totals.predicted[c];
        actual += totals.actual[c];
      }
      return score(tp, predicted, actual);
    }
    case "macro": {
      let sum = 0;
      let present = 0;
      for (let c = 0; c < k; c++) {
        if (totals.actual[c] === 0 && totals.predicted[c] === 0) continue;
        sum += score(totals.truePositives[c], totals.predicted[c], totals.actual[c]);
        present++;
      }
      return sum / present;
    }
    case "weighted": {
      let weightedSum = 0;
      let weights = 0;
      for (let c = 0; c < k; c++) {
        if (totals.actual[c] === 0) continue;
        weightedSum += score(totals.truePositives[c], totals.predicted[c], totals.actual[c]) * totals.actual[c];
        weights += totals.actual[c];
      }
      return weightedSum / weights;
    }
    default:
      throw new RangeError(`unknown average '${String(average)}'`);
  }
}

// shared/metrics/precision.ts
function classPrecision(truePositives, predicted) {
  return divideOrZero(truePositives, predicted);
}
function precision(matrix, average, positiveClass = 1) {
  return averageClassScore(matrix, (tp, predicted) => classPrecision(tp, predicted), average, positiveClass);
}

// shared/metrics/recall.ts
function classRecall(truePositives, actual) {
  return divideOrZero(truePositives, actual);
}
function recall(matrix, average, positiveClass = 1) {
  return averageClassScore(matrix, (tp, _predicted, actual) => classRecall(tp, actual), average, positiveClass);
}

// shared/metrics/f1.ts
function classF1(truePositives, predicted, actual) {
  const p = classPrecision(truePositives, predicted);
  const r = classRecall(truePositives, actual);
  const denominator = p + r;
  return denominator === 0 ? 0 : 2 * p * r / denominator;
}
function f1(matrix, average, positiveClass = 1) {
  return averageClassScore(matrix, classF1, average, positiveClass);
}

// shared/metrics/logLoss.ts
var LOG_LOSS_EPS = Number.EPSILON;
function clip(p) {
  return Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
}
function binaryLogLossTerms(isPositive, probability) {
  const n = isPositive.length;
  if (probability.length !== n) throw new RangeError(`${probability.length} probabilities for ${n} rows`);
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = clip(probability[i]);
    const q = 1 - p;
    const rowSum = q + p;
    terms[i] = -Math.log((isPositive[i] ? p : q) / rowSum);
  }
  return terms;
}
function multiclassLogLossTerms(yTrue, columns) {
  const n = yTrue.length;
  const k = columns.length;
  if (k < 2) throw new RangeError(`log loss needs at least two classes, got ${k}`);
  for (const column of columns) {
    if (column.length !== n) throw new RangeError(`a probability column has ${column.length} rows, expected ${n}`);
  }
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = yTrue[i];
    if (!Number.isInteger(t) || t < 0 || t >= k) throw new RangeError(`yTrue[${i}] = ${t} is not a column index`);
    let rowSum = 0;
    for (let c = 0; c < k; c++) rowSum += clip(columns[c][i]);
    terms[i] = -Math.log(clip(columns[t][i]) / rowSum);
  }
  return terms;
}

// shared/metrics/matthewsCorrcoef.ts
function matthewsCorrcoef(matrix) {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError("Matthews correlation of an empty sample");
  let correct = 0;
  let truePredicted = 0;
  let predictedSquared = 0;
  let trueSquared = 0;
  let samples = 0;
  for (let k = 0; k < matrix.nClasses; k++) {
    correct += totals.truePositives[k];
    truePredicted += totals.actual[k] * totals.predicted[k];
    predictedSquared += totals.predicted[k] * totals.predicted[k];
    trueSquared += totals.actual[k] * totals.actual[k];
    samples += totals.predicted[k];
  }
  const covTruePred = correct * samples - truePredicted;
  const covPredPred = samples * samples - predictedSquared;
  const covTrueTrue = samples * samples - trueSquared;
  if (covPredPred * covTrueTrue === 0) return 0;
  return covTruePred / Math.sqrt(covTrueTrue * covPredPred);
}

// shared/metrics/rocAuc.ts
function rocAuc(isPositive, scores, counts, order) {
  return rocAucFromCurve(thresholdCounts(isPositive, scores, order, counts));
}
function rocAucFromCurve(curve) {
  if (curve.length === 0) throw new RangeError("ROC AUC of an empty sample");
  const positives = curve.truePositives[curve.length - 1];
  const negatives = curve.falsePositives[curve.length - 1];
  if (positives === 0 || negatives === 0) return Number.NaN;
  let doubledArea = 0;
  let previousTp = 0;
  let previousFp = 0;
  for (let k = 0; k < curve.length; k++) {
    const tp = curve.truePositives[k];
    const fp = curve.falsePositives[k];
    doubledArea += (fp - previousFp) * (tp + previousTp);
    previousTp = tp;
    previousFp = fp;
  }
  return doubledArea / (2 * positives * negatives);
}
function rocAucOvr(yTrue, columns, counts, orders) {
  if (columns.length < 2) return Number.NaN;
  const n = yTrue.length;
  const isClass = new Uint8Array(n);
  let sum = 0;
  for (let c = 0; c < columns.length; c++) {
    for (let i = 0; i < n; i++) isClass[i] = yTrue[i] === c ? 1 : 0;
    const auc = rocAuc(isClass, columns[c], counts, orders?.[c]);
    if (Number.isNaN(auc)) return Number.NaN;
    sum += auc;
  }
  return sum / columns.length;
}
function rowsSumToOne(columns) {
  if (columns.length === 0) return false;
  const n = columns[0].length;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (const column of columns) s += column[i];
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) return false;
  }
  return true;
}

// shared/metrics/binaryMetrics.ts
var BINARY_SCORE_METRICS = ["roc_auc", "average_precision", "log_loss", "brier_score"];
function binaryMetricSet(data) {
  const { isPositive, predictedPositive, score } = data;
  const notes = [];
  let scored;
  if (score) {
    scored = {
      score,
      order: descendingOrder(score),
      logLoss: binaryLogLossTerms(isPositive, score),
      brier: brierScoreTerms(isPositive, score)
    };
    const positives = isPositive.reduce((s, v) => s + v, 0);
    if (positives === 0 || positives === isPositive.length) {
      notes.push(
        `roc_auc omitted: yTrue holds only ${positives === 0 ? "negative" : "positive"} rows, and ROC AUC needs both classes`
      );
    }
    if (positives === 0) {
      notes.push("average_precision is 0 by scikit-learn 1.2.1 convention: yTrue has no positive row");
    }
  } else {
    notes.push(`${BINARY_SCORE_METRICS.join(", ")} omitted: no score column (yScore) was given`);
  }
  const compute = (counts) => {
    const matrix = confusionMatrix(isPositive, predictedPositive, 2, counts);
    const values = {
      accuracy: accuracy(matrix),
      balanced_accuracy: balancedAccuracy(matrix),
      precision: precision(matrix, "binary", 1),
      recall: recall(matrix, "binary", 1),
      f1: f1(matrix, "binary", 1),
      matthews_corrcoef: matthewsCorrcoef(matrix)
    };
    if (scored) {
      const curve = thresholdCounts(isPositive, scored.score, scored.order, counts);
      values.roc_auc = rocAucFromCurve(curve);
      values.average_precision = averagePrecisionFromCurve(curve);
      values.log_loss = meanWithCounts(scored.logLoss, counts);
      values.brier_score = meanWithCounts(scored.brier, counts);
    }
    return values;
  };
  return { compute, notes };
}

// shared/metrics/xoshiro128.ts
var TWO_POW_32 = 4294967296;
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}
function splitmix32(counter) {
  const next = counter + 2654435769 | 0;
  let z = next;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  z ^= z >>> 16;
  return [next, z >>> 0];
}
function xoshiro128SeedState(seed) {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a non-negative integer up to 2^53 - 1, got ${seed}`);
  }
  const low = seed % TWO_POW_32;
  const high = Math.floor(seed / TWO_POW_32);
  let counter = low ^ splitmix32(high ^ 1540483477)[1] | 0;
  const state = [];
  for (let i = 0; i < 4; i++) {
    const [next, out] = splitmix32(counter);
    counter = next;
    state.push(out);
  }
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return [state[0], state[1], state[2], state[3]];
}
function xoshiro128FromState(words) {
  let s0 = words[0] | 0;
  let s1 = words[1] | 0;
  let s2 = words[2] | 0;
  let s3 = words[3] | 0;
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** state must not be all zero");
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result >>> 0;
  };
  const nextInt = (bound) => {
    if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
      throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
    }
    const limit = TWO_POW_32 - TWO_POW_32 % bound;
    for (; ; ) {
      const x = nextUint32();
      if (x < limit) return x % bound;
    }
  };
  return { nextUint32, nextInt };
}
function xoshiro128(seed) {
  return xoshiro128FromState(xoshiro128SeedState(seed));
}

// shared/metrics/bootstrap.ts
var DEFAULT_RESAMPLES = 1e3;
var DEFAULT_LEVEL = 0.95;
var DEFAULT_SEED = 0;
function resolveOptions(options) {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const level = options.level ?? DEFAULT_LEVEL;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${level}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  }
  return { resamples, level, seed };
}
function sortedQuantile(sorted, q) {
  const m = sorted.length;
  if (m === 0) throw new RangeError("quantile of an empty sample");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be in [0, 1], got ${q}`);
  const position = q * (m - 1);
  const lowerIndex = Math.floor(position);
  const upperIndex = Math.min(lowerIndex + 1, m - 1);
  const fraction = position - lowerIndex;
  const lower = sorted[lowerIndex];
  const upper = sorted[upperIndex];
  return fraction === 0 || lower === upper ? lower : lower + fraction * (upper - lower);
}
function percentileInterval(replicates, level) {
  const sorted = Float64Array.from(replicates).sort();
  const alpha = (1 - level) / 2;
  return [sortedQuantile(sorted, alpha), sortedQuantile(sorted, 1 - alpha)];
}
function drawCounts(n, nextInt, counts) {
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[nextInt(n)]++;
}
var ReplicateCollector = class {
  values = /* @__PURE__ */ new Map();
  undefinedCount = /* @__PURE__ */ new Map();
  add(key, value) {
    if (!this.values.has(key)) {
      this.values.set(key, []);
      this.undefinedCount.set(key, 0);
    }
    if (Number.isNaN(value)) this.undefinedCount.set(key, (this.undefinedCount.get(key) ?? 0) + 1);
    else this.values.get(key).push(value);
  }
  result(options) {
    const intervals = {};
    const skipped = {};
    for (const [key, values] of this.values) {
      skipped[key] = this.undefinedCount.get(key) ?? 0;
      if (values.length > 0) intervals[key] = percentileInterval(values, options.level);
    }
    return { method: "percentile", ...options, intervals, skipped };
  }
};
function pairedBootstrapIntervals(n, candidate, baseline, options = {}) {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`bootstrap needs at least one row, got n = ${n}`);
  }
  const resolved = resolveOptions(options);
  const random = xoshiro128(resolved.seed);
  const nextInt = (bound) => random.nextInt(bound);
  const counts = new Uint32Array(n);
  const candidateReplicates = new ReplicateCollector();
  const deltaReplicates = new ReplicateCollector();
  for (let r = 0; r < resolved.resamples; r++) {
    drawCounts(n, nextInt, counts);
    const candidateValues = candidate(counts);
    for (const [key, value] of Object.entries(candidateValues)) candidateReplicates.add(key, value);
    if (baseline) {
      const baselineValues = baseline(counts);
      for (const [key, value] of Object.entries(candidateValues)) {
        if (!(key in baselineValues)) continue;
        deltaReplicates.add(key, value - baselineValues[key]);
      }
    }
  }
  const result = {
    candidate: candidateReplicates.result(resolved)
  };
  if (baseline) result.delta = deltaReplicates.result(resolved);
  return result;
}

// shared/metrics/delong.ts
function midranks(values) {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i2 = 0; i2 < n; i2++) order[i2] = i2;
  order.sort((a, b) => values[a] - values[b] || a - b);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    const rank = (i + j - 1) / 2 + 1;
    for (let r = i; r < j; r++) ranks[order[r]] = rank;
    i = j;
  }
  return ranks;
}
function structuralComponents(positives, negatives) {
  const m = positives.length;
  const n = negatives.length;
  const combined = new Float64Array(m + n);
  combined.set(positives, 0);
  combined.set(negatives, m);
  const all = midranks(combined);
  const withinPositives = midranks(positives);
  const withinNegatives = midranks(negatives);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let rankSum = 0;
  for (let i = 0; i < m; i++) {
    rankSum += all[i];
    v10[i] = (all[i] - withinPositives[i]) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (all[m + j] - withinNegatives[j]) / m;
  return { auc: (rankSum - m * (m + 1) / 2) / (m * n), v10, v01 };
}
function covariance(x, y) {
  const k = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < k; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= k;
  my /= k;
  let s = 0;
  for (let i = 0; i < k; i++) s += (x[i] - mx) * (y[i] - my);
  return s / (k - 1);
}
function delongTest(isPositive, scoresA, scoresB) {
  const total = isPositive.length;
  if (scoresA.length !== total || scoresB.length !== total) {
    throw new RangeError(`score columns have ${scoresA.length} and ${scoresB.length} rows, labels ${total}`);
  }
  let m = 0;
  for (let i = 0; i < total; i++) if (isPositive[i]) m++;
  const n = total - m;
  if (m < 2 || n < 2) {
    throw new RangeError(`DeLong's test needs at least two positive and two negative rows, got ${m} and ${n}`);
  }
  const split = (scores) => {
    const pos = new Float64Array(m);
    const neg = new Float64Array(n);
    let p = 0;
    let q = 0;
    for (let i = 0; i < total; i++) {
      if (isPositive[i]) pos[p++] = scores[i];
      else neg[q++] = scores[i];
    }
    return [pos, neg];
  };
  const a = structuralComponents(...split(scoresA));
  const b = structuralComponents(...split(scoresB));
  const variance = (covariance(a.v10, a.v10) + covariance(b.v10, b.v10) - 2 * covariance(a.v10, b.v10)) / m + (covariance(a.v01, a.v01) + covariance(b.v01, b.v01) - 2 * covariance(a.v01, b.v01)) / n;
  const difference = a.auc - b.auc;
  let z;
  let pValue;
  if (difference === 0) {
    z = 0;
    pValue = 1;
  } else if (!(variance > 0)) {
    z = difference > 0 ? Infinity : -Infinity;
    pValue = 0;
  } else {
    z = difference / Math.sqrt(variance);
    pValue = Math.min(1, 2 * normalSf(Math.abs(z)));
  }
  return { aucA: a.auc, aucB: b.auc, variance, z, pValue };
}

// shared/metrics/inputColumns.ts
function columnName(prefix, column) {
  return prefix ? `${prefix}.${column}` : column;
}
function checkLength(column, length, expected, reference = "yTrue") {
  if (length !== expected) {
    const row = Math.min(length, expected) + 1;
    throw new Error(
      `${column} has ${length} rows but ${reference} has ${expected}: the columns disagree from row ${row} on`
    );
  }
}
var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function parseNumberColumn(values, column) {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    const text = typeof raw === "string" ? raw.trim() : "";
    const value = Number(text);
    if (!DECIMAL.test(text) || !Number.isFinite(value)) {
      throw new Error(`${column}: row ${i + 1} is ${JSON.stringify(raw)}, expected a finite number`);
    }
    out[i] = value;
  }
  return out;
}
function checkScoreColumn(values, column, probability) {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new Error(`${column}: row ${i + 1} is ${String(v)}, expected a finite number`);
    }
    if (probability && (v < 0 || v > 1)) {
      throw new Error(`${column}: row ${i + 1} is ${v}, expected a probability in [0, 1] (log loss needs probabilities)`);
    }
    out[i] = v;
  }
  return out;
}
function checkLabelColumn(values, column) {
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== "string") {
      throw new Error(`${column}: row ${i + 1} is ${String(values[i])}, expected a label (string)`);
    }
  }
}

// shared/metrics/labels.ts
var DECIMAL2 = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0);
    const cy = y.value.codePointAt(0);
    if (cx !== cy) return cx - cy;
  }
}
function isDecimalLabel(label) {
  return DECIMAL2.test(label);
}
function sortLabels(labels) {
  const distinct = [...new Set(labels)];
  if (distinct.length > 0 && distinct.every(isDecimalLabel)) {
    return distinct.sort((a, b) => Number(a) - Number(b) || compareCodePoints(a, b));
  }
  return distinct.sort(compareCodePoints);
}
function quoteList(labels) {
  const shown = labels.slice(0, 20).map((l) => JSON.stringify(l));
  return shown.join(", ") + (labels.length > 20 ? `, \u2026 (${labels.length} in all)` : "");
}
function resolvePositiveLabel(labelsSeen, positiveLabel) {
  const labels = sortLabels(labelsSeen);
  if (labels.length > 2) {
    throw new Error(
      `task 'binary' expects at most two labels, but yTrue and yPred hold ${labels.length}: ${quoteList(labels)}. Use task 'multiclass' or fix the labels.`
    );
  }
  if (positiveLabel !== void 0) {
    if (labels.length === 2 && !labels.includes(positiveLabel)) {
      throw new Error(
        `positive label ${JSON.stringify(positiveLabel)} is not one of the labels seen: ${quoteList(labels)}`
      );
    }
    return positiveLabel;
  }
  if (labels.every((l) => l === "0" || l === "1")) return "1";
  const lower = labels.map((l) => l.toLowerCase());
  if (lower.every((l) => l === "false" || l === "true")) {
    if (new Set(lower).size === labels.length) {
      return labels.find((l) => l.toLowerCase() === "true") ?? "true";
    }
  }
  throw new Error(
    `cannot tell which label is positive: pass a positive label (labels seen: ${quoteList(labels)})`
  );
}

// shared/metrics/encodeColumns.ts
function encodeBinary(columns, positive, prefix, notes) {
  const isPositive = Uint8Array.from(columns.yTrue, (label) => label === positive ? 1 : 0);
  const predictedPositive = Uint8Array.from(columns.yPred, (label) => label === positive ? 1 : 0);
  const data = { isPositive, predictedPositive };
  if (columns.yScore) {
    data.score = checkScoreColumn(columns.yScore, columnName(prefix, "yScore"), true);
  } else if (columns.classScores && Object.hasOwn(columns.classScores, positive)) {
    const name = columnName(prefix, `classScores[${JSON.stringify(positive)}]`);
    data.score = checkScoreColumn(columns.classScores[positive], name, true);
    notes.push(`${prefix ? `${prefix}: ` : ""}scores of the positive class taken from ${name}`);
  }
  return data;
}
function encodeScores(columns, prefix) {
  if (!columns.classScores) return void 0;
  const labels = sortLabels(Object.keys(columns.classScores));
  const scoreColumns = labels.map(
    (label) => checkScoreColumn(columns.classScores[label], columnName(prefix, `classScores[${JSON.stringify(label)}]`), true)
  );
  const columnIndex = new Map(labels.map((label, c) => [label, c]));
  const yTrueColumn = new Int32Array(columns.yTrue.length);
  for (let i = 0; i < columns.yTrue.length; i++) {
    const c = columnIndex.get(columns.yTrue[i]);
    if (c === void 0) {
      throw new Error(
        `${columnName(prefix, "classScores")}: no probability column for class ${JSON.stringify(columns.yTrue[i])}, which ${columnName(prefix, "yTrue")} holds at row ${i + 1}`
      );
    }
    yTrueColumn[i] = c;
  }
  return { labels, columns: scoreColumns, yTrueColumn };
}
function encodeMulticlass(columns, classIndex, prefix) {
  const index = (label) => classIndex.get(label);
  const data = {
    yTrue: Int32Array.from(columns.yTrue, index),
    yPred: Int32Array.from(columns.yPred, index),
    nClasses: classIndex.size
  };
  const scores = encodeScores(columns, prefix);
  if (scores) data.scores = scores;
  return data;
}
function encodeRegression(columns, prefix) {
  return {
    yTrue: parseNumberColumn(columns.yTrue, columnName(prefix, "yTrue")),
    yPred: parseNumberColumn(columns.yPred, columnName(prefix, "yPred"))
  };
}

// shared/metrics/mcnemar.ts
function logBinomialCoefficient(n, k) {
  const m = Math.min(k, n - k);
  let sum = 0;
  for (let i = 1; i <= m; i++) sum += Math.log((n - m + i) / i);
  return sum;
}
function lowerTailHalf(k, n) {
  const logTop = logBinomialCoefficient(n, k) - n * Math.LN2;
  let ratio = 1;
  let sum = 1;
  for (let i = k; i > 0; i--) {
    ratio *= i / (n - i + 1);
    sum += ratio;
    if (ratio < sum * 1e-17) break;
  }
  return Math.exp(logTop + Math.log(sum));
}
function mcnemarExact(candidateOnlyCorrect, baselineOnlyCorrect) {
  const b = candidateOnlyCorrect;
  const c = baselineOnlyCorrect;
  for (const [name, value] of [
    ["candidateOnlyCorrect", b],
    ["baselineOnlyCorrect", c]
  ]) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
  }
  const n = b + c;
  let pValue = 1;
  if (n > 0 && b !== c) pValue = Math.min(1, 2 * lowerTailHalf(Math.min(b, c), n));
  return { candidateOnlyCorrect: b, baselineOnlyCorrect: c, pValue };
}
function discordantPairs(candidateCorrect, baselineCorrect) {
  const n = candidateCorrect.length;
  if (baselineCorrect.length !== n) {
    throw new RangeError(`baseline has ${baselineCorrect.length} rows, candidate has ${n}`);
  }
  let candidateOnlyCorrect = 0;
  let baselineOnlyCorrect = 0;
  for (let i = 0; i < n; i++) {
    const a = Boolean(candidateCorrect[i]);
    const z = Boolean(baselineCorrect[i]);
    if (a && !z) candidateOnlyCorrect++;
    else if (z && !a) baselineOnlyCorrect++;
  }
  return { candidateOnlyCorrect, baselineOnlyCorrect };
}

// shared/metrics/multiclassMetrics.ts
var AVERAGES = ["macro", "micro", "weighted"];
function multiclassMetricSet(data) {
  const { yTrue, yPred, nClasses, scores } = data;
  const notes = [];
  let logLossTerms;
  let ovr;
  if (!scores) {
    notes.push("log_loss, roc_auc_ovr omitted: no per-class probability columns (classScores) were given");
  } else if (scores.columns.length < 2) {
    notes.push(`log_loss, roc_auc_ovr omitted: they need probabilities for at least two classes, got ${scores.columns.length}`);
  } else {
    logLossTerms = multiclassLogLossTerms(scores.yTrueColumn, scores.columns);
    const present = new Set(scores.yTrueColumn);
    const absent = scores.labels.filter((_, c) => !present.has(c));
    if (!rowsSumToOne(scores.columns)) {
      notes.push("roc_auc_ovr omitted: class probabilities do not sum to 1 on every row (scikit-learn requires it)");
    } else {
      if (absent.length > 0) {
        notes.push(
          `roc_auc_ovr omitted: class ${absent.map((l) => JSON.stringify(l)).join(", ")} never occurs in yTrue, so its one-vs-rest AUC is undefined`
        );
      }
      ovr = { orders: scores.columns.map((column) => descendingOrder(column)) };
    }
  }
  const compute = (counts) => {
    const matrix = confusionMatrix(yTrue, yPred, nClasses, counts);
    const values = {
      accuracy: accuracy(matrix),
      balanced_accuracy: balancedAccuracy(matrix)
    };
    for (const average of AVERAGES) values[`precision_${average}`] = precision(matrix, average);
    for (const average of AVERAGES) values[`recall_${average}`] = recall(matrix, average);
    for (const average of AVERAGES) values[`f1_${average}`] = f1(matrix, average);
    values.matthews_corrcoef = matthewsCorrcoef(matrix);
    if (logLossTerms) values.log_loss = meanWithCounts(logLossTerms, counts);
    if (ovr && scores) values.roc_auc_ovr = rocAucOvr(scores.yTrueColumn, scores.columns, counts, ovr.orders);
    return values;
  };
  return { compute, notes };
}

// shared/metrics/pairRows.ts
function describe(ids) {
  const shown = ids.slice(0, 10).map((id) => JSON.stringify(id));
  return shown.join(", ") + (ids.length > 10 ? `, \u2026 (${ids.length} in all)` : "");
}
function indexById(ids, column) {
  const index = /* @__PURE__ */ new Map();
  for (let i = 0; i < ids.length; i++) {
    const previous = index.get(ids[i]);
    if (previous !== void 0) {
      throw new Error(
        `${column}: id ${JSON.stringify(ids[i])} appears at rows ${previous + 1} and ${i + 1}; ids must be unique to pair rows`
      );
    }
    index.set(ids[i], i);
  }
  return index;
}
function reorder(values, order) {
  return values ? order.map((i) => values[i]) : void 0;
}
function pairRows(candidate, baseline) {
  if (!candidate.ids || !baseline.ids) {
    if (baseline.yTrue.length !== candidate.yTrue.length) {
      throw new Error(
        `baseline has ${baseline.yTrue.length} rows but the candidate has ${candidate.yTrue.length}; rows are paired by position unless both files have an id column`
      );
    }
    return { baseline, matchedBy: "position" };
  }
  const candidateIndex = indexById(candidate.ids, "ids");
  const baselineIndex = indexById(baseline.ids, "baseline.ids");
  const onlyCandidate = candidate.ids.filter((id) => !baselineIndex.has(id));
  const onlyBaseline = baseline.ids.filter((id) => !candidateIndex.has(id));
  if (onlyCandidate.length > 0 || onlyBaseline.length > 0) {
    const parts = [];
    if (onlyCandidate.length > 0) parts.push(`${onlyCandidate.length} only in the candidate: ${describe(onlyCandidate)}`);
    if (onlyBaseline.length > 0) parts.push(`${onlyBaseline.length} only in the baseline: ${describe(onlyBaseline)}`);
    throw new Error(`candidate and baseline ids do not match \u2014 ${parts.join("; ")}`);
  }
  const order = candidate.ids.map((id) => baselineIndex.get(id));
  let classScores;
  if (baseline.classScores) {
    classScores = {};
    for (const [label, column] of Object.entries(baseline.classScores)) classScores[label] = reorder(column, order);
  }
  const paired = {
    yTrue: reorder(baseline.yTrue, order),
    yPred: reorder(baseline.yPred, order),
    ids: candidate.ids.slice()
  };
  if (baseline.yScore) paired.yScore = reorder(baseline.yScore, order);
  if (classScores) paired.classScores = classScores;
  return { baseline: paired, matchedBy: "id" };
}

// shared/metrics/r2.ts
function constantWithCounts(values, counts) {
  let first = Number.NaN;
  let started = false;
  for (let i = 0; i < values.length; i++) {
    if (counts && counts[i] === 0) continue;
    if (!started) {
      first = values[i];
      started = true;
    } else if (values[i] !== first) {
      return false;
    }
  }
  return true;
}
function forceFiniteScore(numerator, denominator) {
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}
function r2(yTrue, yPred, counts) {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  checkCounts(n, counts);
  let total = 0;
  let sumTrue = 0;
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    total += c;
    sumTrue += c * yTrue[i];
    const d = yTrue[i] - yPred[i];
    residual += c * d * d;
  }
  if (total < 2) return Number.NaN;
  let spread = 0;
  if (!constantWithCounts(yTrue, counts)) {
    const mean = sumTrue / total;
    for (let i = 0; i < n; i++) {
      const c = counts ? counts[i] : 1;
      if (c === 0) continue;
      const d = yTrue[i] - mean;
      spread += c * d * d;
    }
  }
  return forceFiniteScore(residual, spread);
}

// shared/metrics/explainedVariance.ts
function varianceWithCounts(values, counts) {
  if (constantWithCounts(values, counts)) return 0;
  const mean = meanWithCounts(values, counts);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    const d = values[i] - mean;
    sum += c * d * d;
    total += c;
  }
  return sum / total;
}
function explainedVarianceFromResiduals(yTrue, residuals, counts) {
  const n = yTrue.length;
  if (residuals.length !== n) throw new RangeError(`residuals have ${residuals.length} rows, yTrue has ${n}`);
  checkCounts(n, counts);
  if (totalCount(n, counts) === 0) throw new RangeError("explained variance of an empty sample");
  const numerator = varianceWithCounts(residuals, counts);
  const denominator = varianceWithCounts(yTrue, counts);
  return forceFiniteScore(numerator, denominator);
}

// shared/metrics/meanAbsoluteError.ts
function absoluteErrors(yTrue, yPred) {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) errors[i] = Math.abs(yPred[i] - yTrue[i]);
  return errors;
}

// shared/metrics/meanAbsolutePercentageError.ts
var MAPE_EPSILON = Number.EPSILON;
function absolutePercentageErrors(yTrue, yPred) {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    errors[i] = Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), MAPE_EPSILON);
  }
  return errors;
}

// shared/metrics/meanSquaredError.ts
function squaredErrors(yTrue, yPred) {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = yTrue[i] - yPred[i];
    errors[i] = d * d;
  }
  return errors;
}

// shared/metrics/medianAbsoluteError.ts
function ascendingOrder(values) {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => values[a] - values[b] || a - b);
}
function medianWithCounts(values, order = ascendingOrder(values), counts) {
  const n = values.length;
  checkCounts(n, counts);
  let total = 0;
  if (counts) for (let i = 0; i < n; i++) total += counts[i];
  else total = n;
  if (total === 0) throw new RangeError("median of an empty sample");
  const lowPosition = Math.floor((total - 1) / 2);
  const highPosition = Math.floor(total / 2);
  let seen = 0;
  let low = Number.NaN;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    const next = seen + c;
    if (Number.isNaN(low) && lowPosition < next) low = values[i];
    if (highPosition < next) {
      const high = values[i];
      return low === high ? low : (low + high) / 2;
    }
    seen = next;
  }
  throw new RangeError("median position not reached");
}

// shared/metrics/regressionMetrics.ts
function regressionMetricSet(data) {
  const { yTrue, yPred } = data;
  const absolute = absoluteErrors(yTrue, yPred);
  const absoluteOrder = ascendingOrder(absolute);
  const squared = squaredErrors(yTrue, yPred);
  const percentage = absolutePercentageErrors(yTrue, yPred);
  const residuals = yTrue.map((t, i) => t - yPred[i]);
  const notes = [];
  if (yTrue.length < 2) notes.push("r2 omitted: R\xB2 is not defined for fewer than two rows");
  const compute = (counts) => {
    const mse = meanWithCounts(squared, counts);
    return {
      mae: meanWithCounts(absolute, counts),
      mse,
      rmse: Math.sqrt(mse),
      r2: r2(yTrue, yPred, counts),
      mape: meanWithCounts(percentage, counts),
      median_absolute_error: medianWithCounts(absolute, absoluteOrder, counts),
      explained_variance: explainedVarianceFromResiduals(yTrue, residuals, counts)
    };
  };
  return { compute, notes };
}

// shared/metrics/evaluate.ts
var TASKS = ["binary", "multiclass", "regression"];
function checkShape(columns, prefix) {
  const yTrue = columnName(prefix, "yTrue");
  if (!Array.isArray(columns.yTrue)) throw new Error(`${yTrue} is missing`);
  if (!Array.isArray(columns.yPred)) throw new Error(`${columnName(prefix, "yPred")} is missing`);
  const n = columns.yTrue.length;
  checkLabelColumn(columns.yTrue, yTrue);
  checkLabelColumn(columns.yPred, columnName(prefix, "yPred"));
  checkLength(columnName(prefix, "yPred"), columns.yPred.length, n, yTrue);
  if (columns.yScore) checkLength(columnName(prefix, "yScore"), columns.yScore.length, n, yTrue);
  if (columns.classScores) {
    for (const [label, values] of Object.entries(columns.classScores)) {
      const name = columnName(prefix, `classScores[${JSON.stringify(label)}]`);
      if (!Array.isArray(values)) throw new Error(`${name} is not a list of numbers`);
      checkLength(name, values.length, n, yTrue);
    }
  }
  if (columns.ids) {
    checkLength(columnName(prefix, "ids"), columns.ids.length, n, yTrue);
    checkLabelColumn(columns.ids, columnName(prefix, "ids"));
  }
}
function rowName(i, ids) {
  return ids ? `row ${i + 1} (id ${JSON.stringify(ids[i])})` : `row ${i + 1}`;
}
function checkSameTruth(task, candidate, baseline) {
  const n = candidate.yTrue.length;
  if (task === "regression") {
    const a = parseNumberColumn(candidate.yTrue, "yTrue");
    const b = parseNumberColumn(baseline.yTrue, "baseline.yTrue");
    for (let i = 0; i < n; i++) {
      if (a[i] !== b[i]) {
        throw new Error(
          `baseline.yTrue differs from yTrue at ${rowName(i, candidate.ids)}: ${JSON.stringify(baseline.yTrue[i])} vs ${JSON.stringify(candidate.yTrue[i])}; both models must be evaluated on the same rows`
        );
      }
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    if (candidate.yTrue[i] !== baseline.yTrue[i]) {
      throw new Error(
        `baseline.yTrue differs from yTrue at ${rowName(i, candidate.ids)}: ${JSON.stringify(baseline.yTrue[i])} vs ${JSON.stringify(candidate.yTrue[i])}; both models must be evaluated on the same rows`
      );
    }
  }
}
function labelConfusion(yTrue, yPred) {
  const labels = sortLabels([...yTrue, ...yPred]);
  const index = new Map(labels.map((label, k) => [label, k]));
  const encode = (values) => Int32Array.from(values, (label) => index.get(label));
  return { labels, matrix: confusionMatrixRows(confusionMatrix(encode(yTrue), encode(yPred), labels.length)) };
}
function prepareBinary(candidate, baseline, positiveLabel, notes) {
  const seen = /* @__PURE__ */ new Set([...candidate.yTrue, ...candidate.yPred, ...baseline?.yPred ?? []]);
  const positive = resolvePositiveLabel(seen, positiveLabel);
  notes.push(`positive label: ${JSON.stringify(positive)}`);
  const data = encodeBinary(candidate, positive, "", notes);
  const prepared = {
    candidate: binaryMetricSet(data),
    correct: { candidate: data.isPositive.map((v, i) => v === data.predictedPositive[i] ? 1 : 0) },
    delong: { isPositive: data.isPositive, candidate: data.score },
    confusion: labelConfusion(candidate.yTrue, candidate.yPred)
  };
  if (baseline) {
    const base = encodeBinary(baseline, positive, "baseline", notes);
    prepared.baseline = binaryMetricSet(base);
    prepared.correct.baseline = base.isPositive.map((v, i) => v === base.predictedPositive[i] ? 1 : 0);
    prepared.delong.baseline = base.score;
  }
  return prepared;
}
function prepareMulticlass(candidate, baseline, notes) {
  const labels = sortLabels([
    ...candidate.yTrue,
    ...candidate.yPred,
    ...Object.keys(candidate.classScores ?? {}),
    ...baseline?.yPred ?? [],
    ...Object.keys(baseline?.classScores ?? {})
  ]);
  const classIndex = new Map(labels.map((label, k) => [label, k]));
  if (candidate.yScore) notes.push("yScore ignored: multiclass scores are read from classScores");
  const data = encodeMulticlass(candidate, classIndex, "");
  const correctness = (d) => Uint8Array.from(d.yTrue, (t, i) => t === d.yPred[i] ? 1 : 0);
  const prepared = {
    candidate: multiclassMetricSet(data),
    correct: { candidate: correctness(data) },
    confusion: labelConfusion(candidate.yTrue, candidate.yPred)
  };
  if (baseline) {
    const base = encodeMulticlass(baseline, classIndex, "baseline");
    prepared.baseline = multiclassMetricSet(base);
    prepared.correct.baseline = correctness(base);
  }
  return prepared;
}
function prepareRegression(candidate, baseline) {
  const prepared = { candidate: regressionMetricSet(encodeRegression(candidate, "")) };
  if (baseline) prepared.baseline = regressionMetricSet(encodeRegression(baseline, "baseline"));
  return prepared;
}
function definedMetrics(values) {
  const out = {};
  for (const [name, value] of Object.entries(values)) if (!Number.isNaN(value)) out[name] = value;
  return out;
}
function skipNotes(result, names, subject, notes) {
  for (const name of names) {
    const skipped = result.skipped[name] ?? 0;
    if (!(name in result.intervals)) {
      notes.push(`${subject}${name}: no interval, the metric was undefined on all ${result.resamples} resamples`);
    } else if (skipped > 0) {
      notes.push(
        `${subject}${name}: ${skipped} of ${result.resamples} resamples left the metric undefined (e.g. a single class) and were skipped; the interval uses the other ${result.resamples - skipped}`
      );
    }
  }
}
function compareModels(task, prepared, metrics, baselineMetrics, delta, notes) {
  const comparison = {};
  for (const name of Object.keys(metrics)) {
    if (!(name in baselineMetrics)) {
      notes.push(`comparison of ${name} omitted: the baseline has no ${name}`);
      continue;
    }
    const interval = delta.intervals[name];
    if (!interval) continue;
    const entry = {
      delta: metrics[name] - baselineMetrics[name],
      interval,
      test: "paired_bootstrap"
    };
    if (name === "accuracy" && prepared.correct?.baseline) {
      const pairs = discordantPairs(prepared.correct.candidate, prepared.correct.baseline);
      entry.test = "mcnemar_exact";
      entry.p_value = mcnemarExact(pairs.candidateOnlyCorrect, pairs.baselineOnlyCorrect).pValue;
    }
    if (name === "roc_auc" && task === "binary" && prepared.delong?.candidate && prepared.delong.baseline) {
      try {
        const test = delongTest(prepared.delong.isPositive, prepared.delong.candidate, prepared.delong.baseline);
        entry.test = "delong";
        entry.p_value = test.pValue;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        notes.push(`roc_auc: DeLong's test not computed (${error.message}); the comparison rests on the paired bootstrap`);
      }
    }
    if (name === "roc_auc_ovr") {
      notes.push("roc_auc_ovr: DeLong's test is not computed for multiclass AUC; the comparison rests on the paired bootstrap");
    }
    comparison[name] = entry;
  }
  return comparison;
}
function evaluatePredictions(input, options) {
  const task = options?.task;
  if (!TASKS.includes(task)) {
    throw new RangeError(`task must be one of ${TASKS.join(", ")}, got ${JSON.stringify(task)}`);
  }
  checkShape(input, "");
  const n = input.yTrue.length;
  if (n === 0) throw new RangeError("no rows to evaluate: yTrue is empty");
  const notes = [];
  let baseline;
  if (options.baseline) {
    checkShape(options.baseline, "baseline");
    const paired = pairRows(input, options.baseline);
    baseline = paired.baseline;
    checkSameTruth(task, input, baseline);
    notes.push(`candidate and baseline rows paired by ${paired.matchedBy}`);
  }
  const prepared = task === "binary" ? prepareBinary(input, baseline, options.positiveLabel, notes) : task === "multiclass" ? prepareMulticlass(input, baseline, notes) : prepareRegression(input, baseline);
  notes.push(...prepared.candidate.notes);
  if (prepared.baseline) notes.push(...prepared.baseline.notes.map((note) => `baseline: ${note}`));
  const metrics = definedMetrics(prepared.candidate.compute());
  const baselineMetrics = prepared.baseline ? definedMetrics(prepared.baseline.compute()) : void 0;
  const bootstrap = pairedBootstrapIntervals(n, prepared.candidate.compute, prepared.baseline?.compute, {
    resamples: options.resamples,
    level: options.level,
    seed: options.seed
  });
  const intervals = {};
  for (const name of Object.keys(metrics)) {
    const interval = bootstrap.candidate.intervals[name];
    if (interval) intervals[name] = interval;
  }
  notes.push(
    `intervals: ${Number((bootstrap.candidate.level * 100).toPrecision(12))}% percentile bootstrap, ${bootstrap.candidate.resamples} resamples, seed ${bootstrap.candidate.seed}`
  );
  skipNotes(bootstrap.candidate, Object.keys(metrics), "", notes);
  const result = { task, n, metrics, intervals };
  if (prepared.confusion) result.confusion_matrix = prepared.confusion;
  if (baselineMetrics && bootstrap.delta) {
    result.baseline_metrics = baselineMetrics;
    const shared = Object.keys(metrics).filter((name) => name in baselineMetrics);
    skipNotes(bootstrap.delta, shared, "comparison of ", notes);
    result.comparison = compareModels(task, prepared, metrics, baselineMetrics, bootstrap.delta, notes);
  }
  if (notes.length > 0) result.notes = notes;
  return result;
}

export {
  TASKS,
  evaluatePredictions
};
