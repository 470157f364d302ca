import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  canonicalNumericLabels,
  parseDecimal,
  resolvePositiveLabel,
  sortLabels,
  xoshiro128
} from "./chunk-55YVFETO.js";
import {
  HIGHER_IS_BETTER
} from "./chunk-TBG5Q2I6.js";
import {
  adjustPValues
} from "./chunk-Y73GAKKI.js";
import {
  normalSf
} from "./chunk-AXUJ4B5B.js";
import {
  releaseMemory
} from "./chunk-RRUY6MUO.js";
import {
  isMissing
} from "./chunk-LIJ2O53S.js";

// shared/core/metrics/row-ids.ts
var encoder = new TextEncoder();
var decoder = new TextDecoder();
function rowIdsFromStrings(ids) {
  const parts = ids.map((id) => encoder.encode(id));
  const starts = new Uint32Array(ids.length + 1);
  for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i] + parts[i].length;
  const bytes = new Uint8Array(starts[ids.length]);
  parts.forEach((part, i) => bytes.set(part, starts[i]));
  return { bytes, starts };
}
function rowIdCount(ids) {
  return ids.starts.length - 1;
}
function rowIdText(ids, i) {
  return decoder.decode(ids.bytes.subarray(ids.starts[i], ids.starts[i + 1]));
}
function hashOf(bytes, start, end) {
  let h = 2166136261;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], 16777619);
  return h >>> 0;
}
function sameBytes(a, aStart, aEnd, b, bStart, bEnd) {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (a[aStart + k] !== b[bStart + k]) return false;
  return true;
}
var RowIdIndex = class {
  constructor(ids, capacity = rowIdCount(ids)) {
    this.ids = ids;
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }
  ids;
  slots;
  mask;
  /**
   * Adds row i of the indexed ids; returns the earlier row with the same id (then i is not
   * added), or -1.
   */
  add(i) {
    const { bytes, starts } = this.ids;
    let slot = hashOf(bytes, starts[i], starts[i + 1]) & this.mask;
    for (; ; ) {
      const row = this.slots[slot];
      if (row === -1) {
        this.slots[slot] = i;
        return -1;
      }
      if (sameBytes(bytes, starts[row], starts[row + 1], bytes, starts[i], starts[i + 1])) return row;
      slot = slot + 1 & this.mask;
    }
  }
  /** Frees the index's table now (see release-memory.ts); the index is not used after. */
  release() {
    releaseMemory(this.slots);
  }
  /** The indexed row whose id is row j of `other`, or -1. */
  find(other, j) {
    const { bytes, starts } = this.ids;
    const start = other.starts[j];
    const end = other.starts[j + 1];
    let slot = hashOf(other.bytes, start, end) & this.mask;
    for (; ; ) {
      const row = this.slots[slot];
      if (row === -1) return -1;
      if (sameBytes(bytes, starts[row], starts[row + 1], other.bytes, start, end)) return row;
      slot = slot + 1 & this.mask;
    }
  }
};

// shared/core/metrics/row-counts.ts
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

// shared/core/metrics/confusion-matrix.ts
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

// shared/core/metrics/accuracy.ts
function accuracy(matrix) {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError("accuracy of an empty sample");
  let correct = 0;
  for (const v of totals.truePositives) correct += v;
  return correct / totals.total;
}

// shared/core/metrics/balanced-accuracy.ts
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

// shared/core/metrics/class-average.ts
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

// shared/core/metrics/precision.ts
function classPrecision(truePositives, predicted) {
  return divideOrZero(truePositives, predicted);
}
function precision(matrix, average, positiveClass = 1) {
  return averageClassScore(matrix, (tp, predicted) => classPrecision(tp, predicted), average, positiveClass);
}

// shared/core/metrics/recall.ts
function classRecall(truePositives, actual) {
  return divideOrZero(truePositives, actual);
}
function recall(matrix, average, positiveClass = 1) {
  return averageClassScore(matrix, (tp, _predicted, actual) => classRecall(tp, actual), average, positiveClass);
}

// shared/core/metrics/f1.ts
function classF1(truePositives, predicted, actual) {
  const p = classPrecision(truePositives, predicted);
  const r = classRecall(truePositives, actual);
  const denominator = p + r;
  return denominator === 0 ? 0 : 2 * p * r / denominator;
}
function f1(matrix, average, positiveClass = 1) {
  return averageClassScore(matrix, classF1, average, positiveClass);
}

// shared/core/metrics/log-loss.ts
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

// shared/core/metrics/matthews-corrcoef.ts
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

// shared/core/metrics/threshold-curve.ts
function descendingOrder(scores) {
  const n = scores.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = scores[i - 1] >= scores[i];
  if (sorted) {
    const identity = new Uint32Array(n);
    for (let i = 0; i < n; i++) identity[i] = i;
    return identity;
  }
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    bits[0] = scores[i] + 0;
    const negative = words[1] >>> 31 === 1;
    high[i] = negative ? words[1] : ~(words[1] ^ 2147483648) >>> 0;
    low[i] = negative ? words[0] : ~words[0] >>> 0;
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const histogram = new Uint32Array(65536);
  for (const [keys, shift] of [[low, 0], [low, 16], [high, 0], [high, 16]]) {
    histogram.fill(0);
    for (let i = 0; i < n; i++) histogram[keys[i] >>> shift & 65535]++;
    let skip = false;
    for (let d = 0; d < 65536; d++) if (histogram[d] === n) skip = true;
    if (skip) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const count = histogram[d];
      histogram[d] = sum;
      sum += count;
    }
    for (let r = 0; r < n; r++) {
      const i = order[r];
      next[histogram[keys[i] >>> shift & 65535]++] = i;
    }
    [order, next] = [next, order];
  }
  releaseMemory(high, low, next);
  return order;
}

// shared/core/metrics/presorted-scores.ts
var POSITIVE = 1;
var PREDICTED_POSITIVE = 2;
var GROUP_END = 4;
function presortScores(isPositive, scores, predictedPositive) {
  const n = scores.length;
  if (isPositive.length !== n) throw new RangeError(`${isPositive.length} labels for ${n} scores`);
  const order = descendingOrder(scores);
  const flags = new Uint8Array(n);
  let identity = true;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    if (i !== r) identity = false;
    let f = isPositive[i] ? POSITIVE : 0;
    if (predictedPositive?.[i]) f |= PREDICTED_POSITIVE;
    if (r === n - 1 || scores[order[r + 1]] !== scores[i]) f |= GROUP_END;
    flags[r] = f;
  }
  if (!identity) return { order, flags };
  releaseMemory(order);
  return { flags };
}
function rankingMetrics(sorted, counts) {
  const { order, flags } = sorted;
  const n = flags.length;
  checkCounts(n, counts);
  let tp = 0;
  let fp = 0;
  let lastTp = 0;
  let lastFp = 0;
  let doubledArea = 0;
  let precisionSum = 0;
  for (let r = 0; r < n; r++) {
    const c = counts === void 0 ? 1 : counts[order === void 0 ? r : order[r]];
    const f = flags[r];
    const positive = c * (f & POSITIVE);
    tp += positive;
    fp += c - positive;
    if (f & GROUP_END) {
      const newPositives = tp - lastTp;
      doubledArea += (fp - lastFp) * (tp + lastTp);
      if (newPositives > 0) precisionSum += newPositives * (tp / (tp + fp));
      lastTp = tp;
      lastFp = fp;
    }
  }
  return rankingFromSums(tp, fp, doubledArea, precisionSum);
}
function rankingFromSums(positives, negatives, doubledArea, precisionSum) {
  if (positives + negatives === 0) throw new RangeError("ROC AUC of an empty sample");
  return {
    rocAuc: positives === 0 || negatives === 0 ? Number.NaN : doubledArea / (2 * positives * negatives),
    averagePrecision: positives === 0 ? 0 : precisionSum / positives
  };
}

// shared/core/metrics/binary-metrics.ts
var BINARY_SCORE_METRICS = ["roc_auc", "average_precision", "log_loss", "brier_score"];
function binaryMetricSet(data) {
  const { isPositive, predictedPositive, score } = data;
  const n = isPositive.length;
  const notes = [];
  let scored;
  if (score) {
    const sorted = presortScores(isPositive, score, predictedPositive);
    const sortedPositive = new Uint8Array(n);
    for (let r = 0; r < n; r++) sortedPositive[r] = sorted.flags[r] & POSITIVE;
    let sortedScore = score;
    if (sorted.order) {
      sortedScore = new Float64Array(n);
      for (let r = 0; r < n; r++) sortedScore[r] = score[sorted.order[r]];
    }
    scored = { sorted, logLoss: binaryLogLossTerms(sortedPositive, sortedScore), score: sortedScore };
    releaseMemory(sortedPositive);
    let positives = 0;
    for (let i = 0; i < n; i++) positives += isPositive[i];
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
  let labelFlags;
  if (!scored) {
    labelFlags = new Uint8Array(n);
    for (let i = 0; i < n; i++) labelFlags[i] = (isPositive[i] ? POSITIVE : 0) | (predictedPositive[i] ? PREDICTED_POSITIVE : 0);
  }
  const compute = (counts) => {
    checkCounts(n, counts);
    let values;
    if (scored) {
      const walk = scoredWalk(scored.sorted, scored.logLoss, scored.score, counts);
      const ranking = rankingFromSums(walk.positives, walk.negatives, walk.doubledArea, walk.precisionSum);
      const total = walk.positives + walk.negatives;
      values = labelMetrics(confusionOf(walk));
      values.roc_auc = ranking.rocAuc;
      values.average_precision = ranking.averagePrecision;
      values.log_loss = walk.logLoss / total;
      values.brier_score = walk.brier / total;
    } else {
      values = labelMetrics(confusionOf(labelWalk(labelFlags, counts)));
    }
    return values;
  };
  if (!scored) return { compute, notes };
  return { compute, notes, scoresInOrder: scored.sorted.order ? { sorted: scored.score, order: scored.sorted.order } : { sorted: scored.score } };
}
function scoredWalk(sorted, logLoss, score, counts) {
  const { order, flags } = sorted;
  const n = flags.length;
  let tp = 0;
  let fp = 0;
  let lastTp = 0;
  let lastFp = 0;
  let doubledArea = 0;
  let precisionSum = 0;
  let predicted = 0;
  let truePredicted = 0;
  let logLossSum = 0;
  let brierSum = 0;
  for (let r = 0; r < n; r++) {
    const c = counts === void 0 ? 1 : counts[order === void 0 ? r : order[r]];
    const f = flags[r];
    const positive = c * (f & POSITIVE);
    const miss = (f & POSITIVE) - score[r];
    const predictedHere = c * ((f & PREDICTED_POSITIVE) >> 1);
    tp += positive;
    fp += c - positive;
    predicted += predictedHere;
    truePredicted += predictedHere * (f & POSITIVE);
    logLossSum += c * logLoss[r];
    brierSum += c * (miss * miss);
    if (f & GROUP_END) {
      const newPositives = tp - lastTp;
      doubledArea += (fp - lastFp) * (tp + lastTp);
      if (newPositives > 0) precisionSum += newPositives * (tp / (tp + fp));
      lastTp = tp;
      lastFp = fp;
    }
  }
  return { positives: tp, negatives: fp, predicted, truePredicted, doubledArea, precisionSum, logLoss: logLossSum, brier: brierSum };
}
function labelWalk(flags, counts) {
  let positives = 0;
  let total = 0;
  let predicted = 0;
  let truePredicted = 0;
  for (let i = 0; i < flags.length; i++) {
    const c = counts === void 0 ? 1 : counts[i];
    const f = flags[i];
    const predictedHere = c * ((f & PREDICTED_POSITIVE) >> 1);
    positives += c * (f & POSITIVE);
    total += c;
    predicted += predictedHere;
    truePredicted += predictedHere * (f & POSITIVE);
  }
  return { positives, negatives: total - positives, predicted, truePredicted };
}
function confusionOf(t) {
  const falsePositives = t.predicted - t.truePredicted;
  const cells = Float64Array.of(t.negatives - falsePositives, falsePositives, t.positives - t.truePredicted, t.truePredicted);
  return { nClasses: 2, cells };
}
function labelMetrics(matrix) {
  return {
    accuracy: accuracy(matrix),
    balanced_accuracy: balancedAccuracy(matrix),
    precision: precision(matrix, "binary", 1),
    recall: recall(matrix, "binary", 1),
    f1: f1(matrix, "binary", 1),
    matthews_corrcoef: matthewsCorrcoef(matrix)
  };
}

// shared/core/metrics/bootstrap.ts
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
function drawCounts(n, random, counts) {
  counts.fill(0);
  random.countDraws(n, n, counts);
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
  const counts = new Uint32Array(n);
  const candidateReplicates = new ReplicateCollector();
  const deltaReplicates = new ReplicateCollector();
  for (let r = 0; r < resolved.resamples; r++) {
    drawCounts(n, random, counts);
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
  releaseMemory(counts);
  const result = {
    candidate: candidateReplicates.result(resolved)
  };
  if (baseline) result.delta = deltaReplicates.result(resolved);
  return result;
}

// shared/core/metrics/delong.ts
function structuralComponents(isPositive, scores, m, n) {
  const inOrder = isScoresInOrder(scores);
  const sorted = inOrder ? scores.sorted : void 0;
  const rowScores = inOrder ? void 0 : scores;
  const order = inOrder ? scores.order : descendingOrder(rowScores);
  const total = isPositive.length;
  const scoreAt = sorted ? (r) => sorted[r] : (r) => rowScores[order[r]];
  const rowAt = order ? (r) => order[r] : (r) => r;
  const component = new Float64Array(total);
  let belowPositives = 0;
  let belowNegatives = 0;
  let rankSum = 0;
  for (let end = total; end > 0; ) {
    let start = end - 1;
    while (start > 0 && scoreAt(start - 1) === scoreAt(end - 1)) start--;
    let groupPositives = 0;
    for (let r = start; r < end; r++) if (isPositive[rowAt(r)]) groupPositives++;
    const groupNegatives = end - start - groupPositives;
    const below = belowPositives + belowNegatives;
    const outranked = (belowNegatives + groupNegatives / 2) / n;
    const outranking = 1 - (belowPositives + groupPositives / 2) / m;
    for (let r = start; r < end; r++) {
      const i = rowAt(r);
      if (isPositive[i]) {
        rankSum += below + (end - start + 1) / 2;
        component[i] = outranked;
      } else {
        component[i] = outranking;
      }
    }
    belowPositives += groupPositives;
    belowNegatives += groupNegatives;
    end = start;
  }
  if (!inOrder) releaseMemory(order);
  return { auc: (rankSum - m * (m + 1) / 2) / (m * n), component };
}
function covariance(isPositive, positive, x, y) {
  const total = x.length;
  let k = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < total; i++) {
    if ((isPositive[i] ? 1 : 0) !== positive) continue;
    k++;
    mx += x[i];
    my += y[i];
  }
  mx /= k;
  my /= k;
  let s = 0;
  for (let i = 0; i < total; i++) if ((isPositive[i] ? 1 : 0) === positive) s += (x[i] - mx) * (y[i] - my);
  return s / (k - 1);
}
function isScoresInOrder(scores) {
  return scores.sorted instanceof Float64Array;
}
function delongTest(isPositive, scoresA, scoresB) {
  const total = isPositive.length;
  const lengthOf = (scores) => isScoresInOrder(scores) ? scores.sorted.length : scores.length;
  if (lengthOf(scoresA) !== total || lengthOf(scoresB) !== total) {
    throw new RangeError(`score columns have ${lengthOf(scoresA)} and ${lengthOf(scoresB)} rows, labels ${total}`);
  }
  for (const [name, scores] of [["A", scoresA], ["B", scoresB]]) {
    if (isScoresInOrder(scores) && scores.order && scores.order.length !== total) {
      throw new RangeError(`order of scores ${name} has ${scores.order.length} rows, labels ${total}`);
    }
  }
  let m = 0;
  for (let i = 0; i < total; i++) if (isPositive[i]) m++;
  const n = total - m;
  if (m < 2 || n < 2) {
    throw new RangeError(`DeLong's test needs at least two positive and two negative rows, got ${m} and ${n}`);
  }
  const a = structuralComponents(isPositive, scoresA, m, n);
  const b = structuralComponents(isPositive, scoresB, m, n);
  const cov = (positive, x, y) => covariance(isPositive, positive, x, y);
  const variance = (cov(1, a.component, a.component) + cov(1, b.component, b.component) - 2 * cov(1, a.component, b.component)) / m + (cov(0, a.component, a.component) + cov(0, b.component, b.component) - 2 * cov(0, a.component, b.component)) / n;
  releaseMemory(a.component, b.component);
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

// shared/core/metrics/input-columns.ts
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
function checkScoreColumn(values, column, probability) {
  const out = values instanceof Float64Array ? values : new Float64Array(values.length);
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

// shared/core/metrics/encode-columns.ts
function mapLabels(column, out, valueOf) {
  const values = column.labels.map(valueOf);
  for (let i = 0; i < column.codes.length; i++) out[i] = values[column.codes[i]];
  return out;
}
function encodeBinary(columns, positive, prefix, notes) {
  const n = columns.yTrue.codes.length;
  const isPositive = mapLabels(columns.yTrue, new Uint8Array(n), (label) => label === positive ? 1 : 0);
  const predictedPositive = mapLabels(columns.yPred, new Uint8Array(n), (label) => label === positive ? 1 : 0);
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
  const yTrueColumn = mapLabels(columns.yTrue, new Int32Array(columns.yTrue.codes.length), (label) => columnIndex.get(label) ?? -1);
  const missing = yTrueColumn.indexOf(-1);
  if (missing !== -1) {
    throw new Error(
      `${columnName(prefix, "classScores")}: no probability column for class ${JSON.stringify(columns.yTrue.labels[columns.yTrue.codes[missing]])}, which ${columnName(prefix, "yTrue")} holds at row ${missing + 1}`
    );
  }
  return { labels, columns: scoreColumns, yTrueColumn };
}
function encodeMulticlass(columns, classIndex, prefix) {
  const n = columns.yTrue.codes.length;
  const index = (label) => classIndex.get(label);
  const data = {
    yTrue: mapLabels(columns.yTrue, new Int32Array(n), index),
    yPred: mapLabels(columns.yPred, new Int32Array(n), index),
    nClasses: classIndex.size
  };
  const scores = encodeScores(columns, prefix);
  if (scores) data.scores = scores;
  return data;
}
function numberColumn(column, name) {
  const values = mapLabels(column, new Float64Array(column.codes.length), (label) => {
    const value = parseDecimal(label);
    return value !== void 0 && Number.isFinite(value) ? value : Number.NaN;
  });
  const bad = values.findIndex((v) => Number.isNaN(v));
  if (bad !== -1) throw new Error(`${name}: row ${bad + 1} is ${JSON.stringify(column.labels[column.codes[bad]])}, expected a finite number`);
  return values;
}
function encodeRegression(columns, prefix) {
  return {
    yTrue: numberColumn(columns.yTrue, columnName(prefix, "yTrue")),
    yPred: numberColumn(columns.yPred, columnName(prefix, "yPred"))
  };
}

// shared/core/metrics/mcnemar.ts
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

// shared/core/metrics/roc-auc.ts
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

// shared/core/metrics/multiclass-metrics.ts
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
      ovr = scores.columns.map((column, c) => presortScores(Uint8Array.from(scores.yTrueColumn, (t) => t === c ? 1 : 0), column));
    }
  }
  confusionMatrix(yTrue, yPred, nClasses);
  const compute = (counts) => {
    const matrix = tallyConfusion(yTrue, yPred, nClasses, counts);
    const values = {
      accuracy: accuracy(matrix),
      balanced_accuracy: balancedAccuracy(matrix)
    };
    for (const average of AVERAGES) values[`precision_${average}`] = precision(matrix, average);
    for (const average of AVERAGES) values[`recall_${average}`] = recall(matrix, average);
    for (const average of AVERAGES) values[`f1_${average}`] = f1(matrix, average);
    values.matthews_corrcoef = matthewsCorrcoef(matrix);
    if (logLossTerms) values.log_loss = meanWithCounts(logLossTerms, counts);
    if (ovr) values.roc_auc_ovr = meanOvrAuc(ovr, counts);
    return values;
  };
  return { compute, notes };
}
function meanOvrAuc(classes, counts) {
  let sum = 0;
  for (const sorted of classes) {
    const auc = rankingMetrics(sorted, counts).rocAuc;
    if (Number.isNaN(auc)) return Number.NaN;
    sum += auc;
  }
  return sum / classes.length;
}
function tallyConfusion(yTrue, yPred, nClasses, counts) {
  checkCounts(yTrue.length, counts);
  const cells = new Float64Array(nClasses * nClasses);
  for (let i = 0; i < yTrue.length; i++) cells[yTrue[i] * nClasses + yPred[i]] += counts === void 0 ? 1 : counts[i];
  return { nClasses, cells };
}

// shared/core/metrics/prediction-arrays.ts
function labelCodes(length, labels) {
  return labels <= 256 ? new Uint8Array(length) : labels <= 65536 ? new Uint16Array(length) : new Uint32Array(length);
}
function codesLike(codes, length) {
  return codes instanceof Uint8Array ? new Uint8Array(length) : codes instanceof Uint16Array ? new Uint16Array(length) : new Uint32Array(length);
}
function encodeLabels(values) {
  const index = /* @__PURE__ */ new Map();
  const labels = [];
  for (const value of values) {
    if (!index.has(value)) {
      index.set(value, labels.length);
      labels.push(value);
    }
  }
  const codes = labelCodes(values.length, labels.length);
  for (let i = 0; i < values.length; i++) codes[i] = index.get(values[i]);
  return { codes, labels };
}
function predictionArraysFrom(columns) {
  const arrays = { kind: "arrays", yTrue: encodeLabels(columns.yTrue), yPred: encodeLabels(columns.yPred) };
  if (columns.yScore) arrays.yScore = Float64Array.from(columns.yScore, (v) => typeof v === "number" ? v : Number.NaN);
  if (columns.classScores) {
    arrays.classScores = {};
    for (const [label, values] of Object.entries(columns.classScores)) {
      arrays.classScores[label] = Float64Array.from(values, (v) => typeof v === "number" ? v : Number.NaN);
    }
  }
  if (columns.ids) arrays.ids = rowIdsFromStrings(columns.ids);
  return arrays;
}
function rowCount(arrays) {
  return arrays.yTrue.codes.length;
}
function renameLabels(column, rename) {
  const renamed = column.labels.map(rename);
  if (renamed.every((label, k) => label === column.labels[k])) return column;
  const merged = encodeLabels(renamed);
  const codes = codesLike(column.codes, column.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = merged.codes[column.codes[i]];
  return { codes, labels: merged.labels };
}
function reorderLabels(column, order) {
  const codes = codesLike(column.codes, order.length);
  for (let k = 0; k < order.length; k++) codes[k] = column.codes[order[k]];
  return { codes, labels: column.labels };
}
function reorderValues(values, order) {
  const out = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]];
  return out;
}
function arrayLengths(arrays) {
  const lengths = [{ name: "yPred", length: arrays.yPred.codes.length }];
  if (arrays.yScore) lengths.push({ name: "yScore", length: arrays.yScore.length });
  for (const [label, values] of Object.entries(arrays.classScores ?? {})) lengths.push({ name: `classScores[${JSON.stringify(label)}]`, length: values.length });
  if (arrays.ids) lengths.push({ name: "ids", length: rowIdCount(arrays.ids) });
  return lengths;
}

// shared/core/metrics/pair-rows.ts
function describe(ids, total) {
  const shown = ids.slice(0, 10).map((id) => JSON.stringify(id));
  return shown.join(", ") + (total > 10 ? `, \u2026 (${total} in all)` : "");
}
function indexById(ids, n, column) {
  const index = new RowIdIndex(ids, n);
  for (let i = 0; i < n; i++) {
    const previous = index.add(i);
    if (previous !== -1) {
      throw new Error(
        `${column}: id ${JSON.stringify(rowIdText(ids, i))} appears at rows ${previous + 1} and ${i + 1}; ids must be unique to pair rows`
      );
    }
  }
  return index;
}
function unmatched(ids, n, index) {
  let count = 0;
  const first = [];
  for (let j = 0; j < n; j++) {
    if (index.find(ids, j) !== -1) continue;
    if (first.length < 10) first.push(rowIdText(ids, j));
    count++;
  }
  return { count, first };
}
function sameIdSequence(a, b) {
  if (a.starts.length !== b.starts.length || a.bytes.length !== b.bytes.length) return false;
  for (let k = 0; k < a.starts.length; k++) if (a.starts[k] !== b.starts[k]) return false;
  for (let k = 0; k < a.bytes.length; k++) if (a.bytes[k] !== b.bytes[k]) return false;
  return true;
}
function pairRows(candidate, baseline, options = {}) {
  const release = (...arrays) => {
    if (options.releaseBaseline) releaseMemory(...arrays);
  };
  const n = rowCount(candidate);
  const m = rowCount(baseline);
  if (!candidate.ids || !baseline.ids) {
    if (m !== n) {
      throw new Error(
        `baseline has ${m} rows but the candidate has ${n}; rows are paired by position unless both files have an id column`
      );
    }
    return { baseline, matchedBy: "position" };
  }
  if (sameIdSequence(candidate.ids, baseline.ids)) {
    if (!(candidate.ids.unique && baseline.ids.unique)) {
      indexById(candidate.ids, n, "ids").release();
    }
    if (baseline.ids !== candidate.ids) release(baseline.ids.bytes, baseline.ids.starts);
    return { baseline: { ...baseline, ids: candidate.ids }, matchedBy: "id" };
  }
  const candidateIndex = indexById(candidate.ids, n, "ids");
  const baselineIndex = indexById(baseline.ids, m, "baseline.ids");
  const onlyCandidate = unmatched(candidate.ids, n, baselineIndex);
  const onlyBaseline = unmatched(baseline.ids, m, candidateIndex);
  if (onlyCandidate.count > 0 || onlyBaseline.count > 0) {
    const parts = [];
    if (onlyCandidate.count > 0) parts.push(`${onlyCandidate.count} only in the candidate: ${describe(onlyCandidate.first, onlyCandidate.count)}`);
    if (onlyBaseline.count > 0) parts.push(`${onlyBaseline.count} only in the baseline: ${describe(onlyBaseline.first, onlyBaseline.count)}`);
    throw new Error(`candidate and baseline ids do not match \u2014 ${parts.join("; ")}`);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = baselineIndex.find(candidate.ids, i);
  candidateIndex.release();
  baselineIndex.release();
  release(baseline.ids.bytes, baseline.ids.starts);
  const reordered = (reorder, column, arrays) => {
    const out = reorder(column);
    release(arrays(column));
    return out;
  };
  const paired = {
    kind: "arrays",
    yTrue: reordered((c) => reorderLabels(c, order), baseline.yTrue, (c) => c.codes),
    yPred: reordered((c) => reorderLabels(c, order), baseline.yPred, (c) => c.codes),
    ids: candidate.ids
    // the same ids, now in the same order
  };
  if (baseline.yScore) paired.yScore = reordered((c) => reorderValues(c, order), baseline.yScore, (c) => c);
  if (baseline.classScores) {
    paired.classScores = {};
    for (const [label, column] of Object.entries(baseline.classScores)) {
      paired.classScores[label] = reordered((c) => reorderValues(c, order), column, (c) => c);
    }
  }
  releaseMemory(order);
  return { baseline: paired, matchedBy: "id" };
}

// shared/core/metrics/mean-absolute-error.ts
function absoluteErrors(yTrue, yPred) {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) errors[i] = Math.abs(yPred[i] - yTrue[i]);
  return errors;
}

// shared/core/metrics/median-absolute-error.ts
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
function medianAbsoluteError(yTrue, yPred, counts) {
  const errors = absoluteErrors(yTrue, yPred);
  return medianWithCounts(errors, ascendingOrder(errors), counts);
}

// shared/core/metrics/prediction-diff.ts
var MAX_CHANGED_ROWS = 20;
var MAX_TABLE_LABELS = 30;
var OTHER_LABELS = "(other labels)";
var MAX_TEXT = 256;
function predictionDiff(input) {
  const typed = { ...input, candidate: typedColumns(input.candidate), baseline: typedColumns(input.baseline) };
  return input.task === "regression" ? regressorDiff(typed) : classifierDiff(typed);
}
function typedColumns(columns) {
  return "kind" in columns && columns.kind === "arrays" ? columns : predictionArraysFrom(columns);
}
var TopRows = class {
  rows = [];
  keys = [];
  /** `key`: smaller ranks first. */
  offer(i, key) {
    const { rows, keys } = this;
    if (rows.length === MAX_CHANGED_ROWS && !(key < keys[keys.length - 1])) return;
    let at = keys.length;
    while (at > 0 && key < keys[at - 1]) at--;
    rows.splice(at, 0, i);
    keys.splice(at, 0, key);
    if (rows.length > MAX_CHANGED_ROWS) {
      rows.pop();
      keys.pop();
    }
  }
};
function sharedCodes(columns) {
  const index = /* @__PURE__ */ new Map();
  const labels = [];
  const codesOf = columns.map((column) => Uint32Array.from(column.labels, (label) => {
    let code = index.get(label);
    if (code === void 0) {
      code = labels.length;
      index.set(label, code);
      labels.push(label);
    }
    return code;
  }));
  return { labels, codesOf };
}
function classifierDiff(input) {
  const { candidate, baseline } = input;
  const n = rowCount(candidate);
  const { labels, codesOf } = sharedCodes([candidate.yTrue, baseline.yPred, candidate.yPred]);
  const [truthCode, beforeCode, afterCode] = codesOf;
  const pCandidate = trueClassProbability(candidate, input);
  const pBaseline = trueClassProbability(baseline, input);
  const scored = pCandidate !== void 0 && pBaseline !== void 0;
  const counts = [0, 0, 0];
  const top = new TopRows();
  for (let i = 0; i < n; i++) {
    const before = beforeCode[baseline.yPred.codes[i]];
    const after = afterCode[candidate.yPred.codes[i]];
    if (before === after) continue;
    const truth = truthCode[candidate.yTrue.codes[i]];
    const outcome = before === truth ? 0 : after === truth ? 1 : 2;
    counts[outcome]++;
    top.offer(i, scored ? -Math.abs(pCandidate(i) - pBaseline(i)) : outcome);
  }
  const [broken, fixed, other] = counts;
  return {
    rows: n,
    changed: fixed + broken + other,
    fixed,
    broken,
    other,
    table: labelTable(labels, beforeCode, baseline.yPred.codes, afterCode, candidate.yPred.codes),
    top: top.rows.map((i) => {
      const truth = candidate.yTrue.labels[candidate.yTrue.codes[i]];
      const before = baseline.yPred.labels[baseline.yPred.codes[i]];
      const after = candidate.yPred.labels[candidate.yPred.codes[i]];
      const outcome = before === truth ? "broken" : after === truth ? "fixed" : "other";
      return changedRow(input, i, truth, before, after, scored ? pCandidate(i) - pBaseline(i) : null, outcome);
    })
  };
}
function trueClassProbability(columns, input) {
  const n = rowCount(columns);
  const { codes, labels } = columns.yTrue;
  if (input.task === "binary") {
    const positive = input.positiveLabel;
    const score = columns.yScore ?? (positive !== void 0 && columns.classScores && Object.hasOwn(columns.classScores, positive) ? columns.classScores[positive] : void 0);
    if (!score || positive === void 0) return void 0;
    const isPositive = Uint8Array.from(labels, (label) => label === positive ? 1 : 0);
    return (i) => isPositive[codes[i]] ? score[i] : 1 - score[i];
  }
  const scores = columns.classScores;
  if (!scores) return void 0;
  const byCode = labels.map((label) => Object.hasOwn(scores, label) ? scores[label] : void 0);
  for (let i = 0; i < n; i++) if (!byCode[codes[i]]) return void 0;
  return (i) => byCode[codes[i]][i];
}
function labelTable(labels, beforeCode, before, afterCode, after) {
  const frequency = new Float64Array(labels.length);
  for (let i = 0; i < before.length; i++) frequency[beforeCode[before[i]]]++;
  for (let i = 0; i < after.length; i++) frequency[afterCode[after[i]]]++;
  const seen = labels.map((label, code) => [label, frequency[code]]).filter(([, count]) => count > 0);
  let kept;
  if (seen.length > MAX_TABLE_LABELS) {
    const byCount = seen.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    kept = new Set(byCount.slice(0, MAX_TABLE_LABELS - 1).map(([label]) => label));
  }
  const names = [];
  const nameIndex = /* @__PURE__ */ new Map();
  const nameOf = Uint32Array.from(labels, (label, code) => {
    if (frequency[code] === 0) return 0;
    const name = kept && !kept.has(label) ? OTHER_LABELS : cut(label);
    let k = nameIndex.get(name);
    if (k === void 0) {
      k = names.length;
      nameIndex.set(name, k);
      names.push(name);
    }
    return k;
  });
  const width = names.length;
  const cells = new Float64Array(width * width);
  const firstRow = new Float64Array(width * width).fill(Infinity);
  for (let i = 0; i < before.length; i++) {
    const cell = nameOf[beforeCode[before[i]]] * width + nameOf[afterCode[after[i]]];
    if (cells[cell]++ === 0) firstRow[cell] = i;
  }
  const first = (row) => Math.min(...firstRow.subarray(row * width, (row + 1) * width));
  const rows = names.map((_, r) => r).filter((r) => first(r) < Infinity).sort((a, b) => first(a) - first(b));
  return Object.fromEntries(rows.map((r) => {
    const columns = names.map((_, c) => c).filter((c) => cells[r * width + c] > 0).sort((a, b) => firstRow[r * width + a] - firstRow[r * width + b]);
    return [names[r], Object.fromEntries(columns.map((c) => [names[c], cells[r * width + c]]))];
  }));
}
function regressorDiff(input) {
  const { candidate, baseline } = input;
  const truth = numberColumn(candidate.yTrue, "yTrue");
  const after = numberColumn(candidate.yPred, "yPred");
  const before = numberColumn(baseline.yPred, "baseline.yPred");
  const tolerance = input.tolerance ?? medianAbsoluteError(truth, before);
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) throw new RangeError(`tolerance must be a finite number \u2265 0, got ${tolerance}`);
  let closer = 0;
  let further = 0;
  let changed = 0;
  const top = new TopRows();
  for (let i = 0; i < truth.length; i++) {
    const delta = after[i] - before[i];
    if (!(Math.abs(delta) > tolerance)) continue;
    const gain = Math.abs(before[i] - truth[i]) - Math.abs(after[i] - truth[i]);
    if (gain > 0) closer++;
    else if (gain < 0) further++;
    changed++;
    top.offer(i, -Math.abs(delta));
  }
  const label = (column, i) => column.labels[column.codes[i]];
  return {
    rows: truth.length,
    changed,
    closer,
    further,
    tolerance,
    top: top.rows.map((i) => {
      const gain = Math.abs(before[i] - truth[i]) - Math.abs(after[i] - truth[i]);
      const outcome = gain > 0 ? "closer" : gain < 0 ? "further" : "same_distance";
      return changedRow(input, i, label(candidate.yTrue, i), label(baseline.yPred, i), label(candidate.yPred, i), after[i] - before[i], outcome);
    })
  };
}
function changedRow(input, i, truth, before, after, delta, outcome) {
  const features = Object.fromEntries((input.diffColumns ?? []).flatMap((column) => {
    const cells = input.data && Object.hasOwn(input.data, column) ? input.data[column] : void 0;
    return cells ? [[cut(column), cut(cells[i])]] : [];
  }));
  const ids = input.candidate.ids;
  return {
    row: i + 1,
    id: ids ? cut(rowIdText(ids, i)) : null,
    truth: cut(truth),
    baseline: cut(before),
    candidate: cut(after),
    delta,
    outcome,
    features
  };
}
function cut(text) {
  if (text.length <= MAX_TEXT) return text;
  const points = Array.from(text);
  return points.length <= MAX_TEXT ? text : `${points.slice(0, MAX_TEXT - 1).join("")}\u2026`;
}

// shared/core/metrics/slice-diff.ts
var DEFAULT_MIN_SLICE_ROWS = 30;
var NUMERIC_BINS = 5;
var MAX_CATEGORIES_AS_VALUES = 10;
var MAX_SLICE_VALUES = 20;
var MISSING_SLICE = "(missing)";
var SIGNIFICANT = 0.05;
function sliceRows(cells) {
  const missing = [];
  const present = [];
  let numeric = true;
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    if (isMissing(cells[i])) {
      missing.push(i);
      continue;
    }
    present.push(i);
    if (numeric) {
      const value = parseDecimal(cells[i]);
      if (value === void 0) numeric = false;
      else values[i] = value;
    }
  }
  const slices = present.length === 0 ? [] : numeric ? numericSlices(present, values) : categoricalSlices(present, cells);
  if (missing.length > 0) slices.push({ value: MISSING_SLICE, rows: Int32Array.from(missing) });
  return slices;
}
function numericSlices(present, values) {
  const distinct = /* @__PURE__ */ new Map();
  for (const i of present) {
    const v = values[i] === 0 ? 0 : values[i];
    if (!distinct.has(v)) distinct.set(v, []);
    distinct.get(v).push(i);
  }
  if (distinct.size <= MAX_CATEGORIES_AS_VALUES) {
    return [...distinct].sort((a, b) => a[0] - b[0]).map(([v, rows]) => ({ value: String(v), rows: Int32Array.from(rows) }));
  }
  const sorted = Float64Array.from(present, (i) => values[i]).sort();
  const m = sorted.length;
  const max = sorted[m - 1];
  const edges = [];
  for (let k = 1; k < NUMERIC_BINS; k++) {
    const edge = sorted[Math.ceil(k * m / NUMERIC_BINS) - 1];
    if (edge < max && (edges.length === 0 || edge > edges[edges.length - 1])) edges.push(edge);
  }
  const bounds = [sorted[0], ...edges, max];
  const bins = edges.map(() => []).concat([[]]);
  for (const i of present) {
    let b = 0;
    while (b < edges.length && values[i] > edges[b]) b++;
    bins[b].push(i);
  }
  return bins.map((rows, b) => ({
    value: `${b === 0 ? "[" : "("}${String(bounds[b])}, ${String(bounds[b + 1])}]`,
    rows: Int32Array.from(rows)
  }));
}
function categoricalSlices(present, cells) {
  const groups = /* @__PURE__ */ new Map();
  for (const i of present) {
    const value = cells[i].trim();
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value).push(i);
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length);
  if (ordered.length <= MAX_SLICE_VALUES) return ordered.map(([value, rows]) => ({ value, rows: Int32Array.from(rows) }));
  const kept = ordered.slice(0, MAX_SLICE_VALUES - 1);
  const folded = ordered.slice(MAX_SLICE_VALUES - 1);
  const rest = Int32Array.from(folded.flatMap(([, rows]) => rows)).sort();
  return [
    ...kept.map(([value, rows]) => ({ value, rows: Int32Array.from(rows) })),
    { value: `(other: ${folded.length} values)`, rows: rest }
  ];
}
function bootstrapPValue(deltas) {
  let atMost = 0;
  let atLeast = 0;
  let defined = 0;
  for (let r = 0; r < deltas.length; r++) {
    const d = deltas[r];
    if (Number.isNaN(d)) continue;
    defined++;
    if (d <= 0) atMost++;
    if (d >= 0) atLeast++;
  }
  if (defined === 0) return null;
  return Math.min(1, 2 * (1 + Math.min(atMost, atLeast)) / (defined + 1));
}
function sliceDiff(input) {
  const minRows = input.minSliceRows ?? DEFAULT_MIN_SLICE_ROWS;
  const notes = [];
  const byMetric = new Map(input.metrics.map((m) => [m, []]));
  for (const column of input.columns) {
    for (const slice of sliceRows(input.data[column])) {
      for (const entry of compareSlice(input, column, slice, minRows)) byMetric.get(entry.metric).push(entry);
    }
  }
  const slices = [];
  for (const [metric, entries] of byMetric) {
    const family = entries.filter((e) => e.gated && e.p_value !== null);
    const adjusted = adjustPValues(family.map((e) => e.p_value), "bh");
    family.forEach((e, k) => {
      e.adjusted_p_value = adjusted[k];
    });
    slices.push(...worstFirst(metric, entries));
  }
  const small = slices.filter((s) => !s.gated).length;
  if (small > 0) notes.push(`slices: ${small} slice results with fewer than ${minRows} rows are shown but not gated`);
  return { slices, notes };
}
function compareSlice(input, column, slice, minRows) {
  const sets = input.metricSetsOn(slice.rows);
  const pick = (values) => Object.fromEntries(input.metrics.map((m) => [m, Object.hasOwn(values, m) ? values[m] : NaN]));
  const candidate = pick(sets.candidate.compute());
  const baseline = pick(sets.baseline.compute());
  const candidateReplicates = [];
  const deltas = new Map(input.metrics.map((m) => [m, []]));
  let baselineCalls = 0;
  const bootstrap = pairedBootstrapIntervals(
    slice.rows.length,
    (counts) => {
      const values = pick(sets.candidate.compute(counts));
      candidateReplicates.push(values);
      return values;
    },
    (counts) => {
      const values = pick(sets.baseline.compute(counts));
      const paired = candidateReplicates[baselineCalls++];
      for (const m of input.metrics) deltas.get(m).push(paired[m] - values[m]);
      return values;
    },
    { resamples: input.resamples, level: input.level, seed: input.seed }
  );
  const gated = slice.rows.length >= minRows;
  return input.metrics.map((metric) => {
    const base = baseline[metric];
    const cand = candidate[metric];
    const entry = {
      metric,
      column: cut(column),
      value: cut(slice.value),
      n: slice.rows.length,
      baseline: Number.isNaN(base) ? null : base,
      candidate: Number.isNaN(cand) ? null : cand,
      delta: null,
      interval: null,
      p_value: null,
      adjusted_p_value: null,
      gated
    };
    if (Number.isNaN(base) || Number.isNaN(cand)) {
      const side = Number.isNaN(base) && Number.isNaN(cand) ? "both models" : Number.isNaN(base) ? "the baseline" : "the candidate";
      const reason = [...sets.candidate.notes, ...sets.baseline.notes].find((note) => note.includes(metric));
      entry.note = `${metric} is undefined on this slice for ${side}${reason ? ` (${reason})` : " (e.g. a single class)"}`;
      return entry;
    }
    entry.delta = cand - base;
    const interval = bootstrap.delta?.intervals[metric];
    if (interval) {
      entry.interval = interval;
      entry.p_value = bootstrapPValue(deltas.get(metric));
    } else {
      entry.note = `${metric}: no interval, the difference was undefined on every resample of this slice`;
    }
    return entry;
  });
}
function worsening(metric, delta) {
  if (delta === null) return null;
  const higher = Object.hasOwn(HIGHER_IS_BETTER, metric) ? HIGHER_IS_BETTER[metric] : true;
  return higher ? -delta : delta;
}
function worstFirst(metric, entries) {
  const keyed = entries.map((e, i) => {
    const worse = worsening(metric, e.delta);
    const significant = e.gated && worse !== null && worse > 0 && e.adjusted_p_value !== null && e.adjusted_p_value < SIGNIFICANT;
    return { e, i, worse, significant };
  });
  keyed.sort((a, b) => Number(b.e.gated) - Number(a.e.gated) || Number(b.significant) - Number(a.significant) || Number(b.worse !== null) - Number(a.worse !== null) || (b.worse ?? 0) - (a.worse ?? 0) || a.i - b.i);
  return keyed.map(({ e }) => e);
}

// shared/core/metrics/model-diff.ts
var MAX_SLICE_COLUMNS = 20;
var MAX_SLICE_METRICS = 10;
var MAX_DIFF_COLUMNS = 10;
function planModelDiff(options, rows) {
  const data = options.data ?? {};
  for (const [column, cells] of Object.entries(data)) {
    if (cells.length !== rows) throw new Error(`evaluation data column \`${column}\` has ${cells.length} rows, the predictions ${rows}`);
  }
  const needColumns = (list, what, max) => {
    const columns = [...new Set(list ?? [])];
    if (columns.length > max) throw new RangeError(`${what}: at most ${max} columns, got ${columns.length}`);
    const absent = columns.filter((c) => !Object.hasOwn(data, c));
    if (absent.length > 0) throw new Error(`${what}: the evaluation data has no column ${absent.map((c) => `\`${c}\``).join(", ")}`);
    return columns;
  };
  const diffColumns = needColumns(options.diffColumns, "diff columns", MAX_DIFF_COLUMNS);
  const sliceColumns = needColumns(options.sliceColumns, "slice columns", MAX_SLICE_COLUMNS);
  const minSliceRows = options.minSliceRows;
  if (sliceColumns.length > 0 && minSliceRows !== void 0 && !(Number.isSafeInteger(minSliceRows) && minSliceRows >= 1)) {
    throw new RangeError(`minimum slice rows must be a positive integer, got ${minSliceRows}`);
  }
  return { options, data, diffColumns, sliceColumns };
}
function predictionDiffOf(plan, input) {
  const { tolerance } = plan.options;
  return predictionDiff({
    ...input,
    data: plan.data,
    diffColumns: plan.diffColumns,
    ...tolerance !== void 0 ? { tolerance } : {}
  });
}
function slicesOf(plan, input) {
  if (plan.sliceColumns.length === 0) return void 0;
  const { minSliceRows } = plan.options;
  const sliced = sliceDiff({
    data: plan.data,
    columns: plan.sliceColumns,
    metrics: sliceMetricsOf(plan.options, input),
    metricSetsOn: input.metricSetsOn,
    ...minSliceRows !== void 0 ? { minSliceRows } : {},
    resamples: input.resamples,
    level: input.level,
    seed: input.seed
  });
  input.notes.push(...sliced.notes);
  return sliced.slices;
}
function sliceMetricsOf(options, input) {
  const computed = Object.keys(input.metrics);
  const { sliceMetrics, primaryMetric } = options;
  if (sliceMetrics !== void 0 && sliceMetrics.length > 0) {
    const metrics = [...new Set(sliceMetrics)];
    if (metrics.length > MAX_SLICE_METRICS) throw new RangeError(`slice metrics: at most ${MAX_SLICE_METRICS}, got ${metrics.length}`);
    const unknown = metrics.filter((m) => !computed.includes(m));
    if (unknown.length > 0) {
      throw new Error(`slice metrics: ${unknown.map((m) => `\`${m}\``).join(", ")} ${unknown.length === 1 ? "is" : "are"} not among the metrics computed here (${computed.join(", ")})`);
    }
    return metrics;
  }
  const fallback = input.task === "regression" ? "rmse" : "accuracy";
  if (primaryMetric !== void 0 && computed.includes(primaryMetric)) return [primaryMetric];
  if (primaryMetric !== void 0) input.notes.push(`slices: compared by ${fallback}, because ${primaryMetric} (the primary metric) is not computed for these predictions`);
  return [fallback];
}

// shared/core/metrics/r2.ts
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

// shared/core/metrics/explained-variance.ts
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

// shared/core/metrics/mean-absolute-percentage-error.ts
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

// shared/core/metrics/mean-squared-error.ts
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

// shared/core/metrics/regression-metrics.ts
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

// shared/core/metrics/evaluate.ts
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
function asArrays(columns, prefix) {
  if ("kind" in columns && columns.kind === "arrays") {
    const n = rowCount(columns);
    for (const { name, length } of arrayLengths(columns)) checkLength(columnName(prefix, name), length, n, columnName(prefix, "yTrue"));
    return columns;
  }
  const strings = columns;
  checkShape(strings, prefix);
  return predictionArraysFrom(strings);
}
function canonicalLabels(input, baseline, positiveLabel) {
  const sides = baseline ? [input, baseline] : [input];
  const canonical = canonicalNumericLabels(sides.flatMap((side) => [...side.yTrue.labels, ...side.yPred.labels, ...Object.keys(side.classScores ?? {})]));
  if (!canonical) return { input, baseline, positiveLabel };
  const rewrite = (side, prefix) => {
    const out = { ...side, yTrue: renameLabels(side.yTrue, canonical), yPred: renameLabels(side.yPred, canonical) };
    if (side.classScores) {
      const scores = {};
      const from = /* @__PURE__ */ new Map();
      for (const [label, values] of Object.entries(side.classScores)) {
        const key = canonical(label);
        if (from.has(key)) {
          throw new Error(
            `${columnName(prefix, `classScores[${JSON.stringify(from.get(key))}]`)} and ${columnName(prefix, `classScores[${JSON.stringify(label)}]`)} are scores of the same class ${key}; keep one`
          );
        }
        from.set(key, label);
        scores[key] = values;
      }
      out.classScores = scores;
    }
    return out;
  };
  const numericPositive = positiveLabel !== void 0 && parseDecimal(positiveLabel) !== void 0;
  return {
    input: rewrite(input, ""),
    ...baseline ? { baseline: rewrite(baseline, "baseline") } : {},
    ...positiveLabel !== void 0 ? { positiveLabel: numericPositive ? canonical(positiveLabel) : positiveLabel } : {}
  };
}
function rowName(i, ids) {
  return ids ? `row ${i + 1} (id ${JSON.stringify(rowIdText(ids, i))})` : `row ${i + 1}`;
}
function checkSameTruth(task, candidate, baseline) {
  const n = rowCount(candidate);
  const differs = (i) => {
    throw new Error(
      `baseline.yTrue differs from yTrue at ${rowName(i, candidate.ids)}: ${JSON.stringify(baseline.yTrue.labels[baseline.yTrue.codes[i]])} vs ${JSON.stringify(candidate.yTrue.labels[candidate.yTrue.codes[i]])}; both models must be evaluated on the same rows`
    );
  };
  if (task === "regression") {
    const a = numberColumn(candidate.yTrue, "yTrue");
    const b = numberColumn(baseline.yTrue, "baseline.yTrue");
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) differs(i);
    return;
  }
  const candidateCode = new Map(candidate.yTrue.labels.map((label, code) => [label, code]));
  const toCandidate = Int32Array.from(baseline.yTrue.labels, (label) => candidateCode.get(label) ?? -1);
  for (let i = 0; i < n; i++) if (toCandidate[baseline.yTrue.codes[i]] !== candidate.yTrue.codes[i]) differs(i);
}
function labelConfusion(yTrue, yPred) {
  const labels = sortLabels([...yTrue.labels, ...yPred.labels]);
  const index = new Map(labels.map((label, k2) => [label, k2]));
  const trueClass = Uint32Array.from(yTrue.labels, (label) => index.get(label));
  const predictedClass = Uint32Array.from(yPred.labels, (label) => index.get(label));
  const k = labels.length;
  const cells = new Float64Array(k * k);
  for (let i = 0; i < yTrue.codes.length; i++) cells[trueClass[yTrue.codes[i]] * k + predictedClass[yPred.codes[i]]]++;
  return { labels, matrix: confusionMatrixRows({ nClasses: k, cells }) };
}
function correctness(truth, predicted) {
  const out = new Uint8Array(truth.length);
  for (let i = 0; i < truth.length; i++) out[i] = truth[i] === predicted[i] ? 1 : 0;
  return out;
}
function binaryLabelsSeen(candidate, baseline) {
  return /* @__PURE__ */ new Set([...candidate.yTrue.labels, ...candidate.yPred.labels, ...baseline?.yPred.labels ?? []]);
}
function prepareBinary(candidate, baseline, positiveLabel, notes, release) {
  const positive = resolvePositiveLabel(binaryLabelsSeen(candidate, baseline), positiveLabel);
  notes.push(`positive label: ${JSON.stringify(positive)}`);
  let data = encodeBinary(candidate, positive, "", notes);
  let base = baseline ? encodeBinary(baseline, positive, "baseline", notes) : void 0;
  const confusion = labelConfusion(candidate.yTrue, candidate.yPred);
  if (release) releaseMemory(candidate.yTrue.codes, candidate.yPred.codes, baseline?.yTrue.codes, baseline?.yPred.codes);
  let permuted = false;
  if (data.score) {
    const order = descendingOrder(data.score);
    const unordered = [data, ...base ? [base] : []];
    data = permuteBinary(data, order);
    if (release && unordered[0].score !== unordered[1]?.score) releaseMemory(unordered[0].score);
    if (base) base = permuteBinary(base, order);
    if (release) releaseMemory(...unordered.map((side) => side.score));
    permuted = true;
    releaseMemory(order, ...unordered.flatMap((side) => [side.isPositive, side.predictedPositive]));
  }
  const candidateSet = binaryMetricSet(data);
  const prepared = {
    positiveLabel: positive,
    candidate: candidateSet,
    correct: { candidate: correctness(data.isPositive, data.predictedPositive) },
    // DeLong reads each model's scores in the order its metric set sorted them: no second sort.
    delong: { isPositive: data.isPositive, ...candidateSet.scoresInOrder ? { candidate: candidateSet.scoresInOrder } : {} },
    confusion
  };
  if (base) {
    const baselineSet = binaryMetricSet(base);
    prepared.baseline = baselineSet;
    prepared.correct.baseline = correctness(base.isPositive, base.predictedPositive);
    const sorted = baselineSet.scoresInOrder;
    if (sorted) prepared.delong.baseline = sorted;
    if (permuted && sorted && sorted.sorted !== base.score) releaseMemory(base.score);
  }
  return prepared;
}
function permuteBinary(data, order) {
  const n = order.length;
  const isPositive = new Uint8Array(n);
  const predictedPositive = new Uint8Array(n);
  const score = data.score ? new Float64Array(n) : void 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    isPositive[k] = data.isPositive[i];
    predictedPositive[k] = data.predictedPositive[i];
    if (score) score[k] = data.score[i];
  }
  return score ? { isPositive, predictedPositive, score } : { isPositive, predictedPositive };
}
function prepareMulticlass(candidate, baseline, notes) {
  const labels = sortLabels([
    ...candidate.yTrue.labels,
    ...candidate.yPred.labels,
    ...Object.keys(candidate.classScores ?? {}),
    ...baseline?.yPred.labels ?? [],
    ...Object.keys(baseline?.classScores ?? {})
  ]);
  const classIndex = new Map(labels.map((label, k) => [label, k]));
  if (candidate.yScore) notes.push("yScore ignored: multiclass scores are read from classScores");
  const data = encodeMulticlass(candidate, classIndex, "");
  const prepared = {
    candidate: multiclassMetricSet(data),
    correct: { candidate: correctness(data.yTrue, data.yPred) },
    confusion: labelConfusion(candidate.yTrue, candidate.yPred)
  };
  if (baseline) {
    const base = encodeMulticlass(baseline, classIndex, "baseline");
    prepared.baseline = multiclassMetricSet(base);
    prepared.correct.baseline = correctness(base.yTrue, base.yPred);
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
        const { isPositive, candidate, baseline } = prepared.delong;
        const test = delongTest(isPositive, candidate, baseline);
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
function prepareTask(task, input, baseline, positiveLabel, notes, release) {
  return task === "binary" ? prepareBinary(input, baseline, positiveLabel, notes, release) : task === "multiclass" ? prepareMulticlass(input, baseline, notes) : prepareRegression(input, baseline);
}
function rowsOf(arrays, rows) {
  const labels = (column) => reorderLabels(column, rows);
  const values = (column) => Float64Array.from(rows, (i) => column[i]);
  const out = { kind: "arrays", yTrue: labels(arrays.yTrue), yPred: labels(arrays.yPred) };
  if (arrays.yScore) out.yScore = values(arrays.yScore);
  if (arrays.classScores) out.classScores = Object.fromEntries(Object.entries(arrays.classScores).map(([label, column]) => [label, values(column)]));
  return out;
}
function evaluatePredictions(columns, options) {
  const task = options?.task;
  if (!TASKS.includes(task)) {
    throw new RangeError(`task must be one of ${TASKS.join(", ")}, got ${JSON.stringify(task)}`);
  }
  let input = asArrays(columns, "");
  let baselineInput = options.baseline ? asArrays(options.baseline, "baseline") : void 0;
  let positiveLabel = options.positiveLabel;
  if (task !== "regression") {
    ({ input, baseline: baselineInput, positiveLabel } = canonicalLabels(input, baselineInput, positiveLabel));
  }
  const n = rowCount(input);
  if (n === 0) throw new RangeError("no rows to evaluate: yTrue is empty");
  const notes = [];
  const diffPlan = baselineInput ? planModelDiff(options.diff ?? {}, n) : void 0;
  const release = options.releaseInputs === true && !(diffPlan && diffPlan.sliceColumns.length > 0);
  let baseline;
  if (baselineInput) {
    const paired = pairRows(input, baselineInput, { releaseBaseline: release });
    baseline = paired.baseline;
    checkSameTruth(task, input, baseline);
    notes.push(`candidate and baseline rows paired by ${paired.matchedBy}`);
  }
  if (task === "binary") positiveLabel = resolvePositiveLabel(binaryLabelsSeen(input, baseline), positiveLabel);
  const predictionDiffResult = baseline && diffPlan ? predictionDiffOf(diffPlan, { task, candidate: input, baseline, positiveLabel }) : void 0;
  if (release) releaseMemory(input.ids?.bytes, input.ids?.starts, baseline?.ids?.bytes, baseline?.ids?.starts);
  const prepared = prepareTask(task, input, baseline, positiveLabel, notes, release);
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
    result.prediction_diff = predictionDiffResult;
    const paired = baseline;
    const metricSetsOn = (rows) => {
      const subset = prepareTask(task, rowsOf(input, rows), rowsOf(paired, rows), prepared.positiveLabel, [], false);
      return { candidate: subset.candidate, baseline: subset.baseline };
    };
    const slices = slicesOf(diffPlan, { task, metrics, metricSetsOn, resamples: options.resamples, level: options.level, seed: options.seed, notes });
    if (slices) result.slices = slices;
  }
  if (notes.length > 0) result.notes = notes;
  return result;
}

export {
  rowIdText,
  RowIdIndex,
  labelCodes,
  predictionArraysFrom,
  TASKS,
  evaluatePredictions
};
