/**
 * Cumulative true/false positive counts at each distinct score threshold, from the
 * highest score down — the points of the ROC and precision-recall curves, as
 * scikit-learn's `_binary_clf_curve`.
 *
 * Tied scores form one threshold (one curve point), which is what makes ROC AUC count
 * a tied positive/negative pair as ½. Rows with multiplicity 0 are left out entirely,
 * so a bootstrap resample gives exactly the curve of the repeated-rows data.
 */
import { releaseMemory } from '../release-memory.js';
import { checkCounts } from './row-counts.js';

/**
 * Row indices sorted by descending score (ties in row order; -0 ties with 0). Scores must not be
 * NaN. A stable least-significant-digit radix sort on the float64 bits, four passes of 16 bits:
 * at a million rows 10–20× faster than `Uint32Array.prototype.sort` with a comparator. Scores
 * already in descending order (evaluation lays the candidate's out so) cost one scan and no key
 * arrays.
 */
export function descendingOrder(scores: ArrayLike<number>): Uint32Array {
  const n = scores.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = scores[i - 1] >= scores[i];
  if (sorted) {
    const identity = new Uint32Array(n);
    for (let i = 0; i < n; i++) identity[i] = i;
    return identity;
  }
  // Keys whose unsigned order is the descending order of the scores: IEEE-754 bits with the sign
  // bit flipped for positives and all bits flipped for negatives sort ascending; inverted, descending.
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    bits[0] = scores[i] + 0; // -0 + 0 is +0: one key for both zeros
    const negative = words[1] >>> 31 === 1;
    high[i] = negative ? words[1] : ~(words[1] ^ 0x80000000) >>> 0;
    low[i] = negative ? words[0] : ~words[0] >>> 0;
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const histogram = new Uint32Array(65536);
  for (const [keys, shift] of [[low, 0], [low, 16], [high, 0], [high, 16]] as const) {
    histogram.fill(0);
    for (let i = 0; i < n; i++) histogram[(keys[i] >>> shift) & 0xffff]++;
    let skip = false;
    for (let d = 0; d < 65536; d++) if (histogram[d] === n) skip = true; // one digit for all: order unchanged
    if (skip) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const count = histogram[d];
      histogram[d] = sum;
      sum += count;
    }
    for (let r = 0; r < n; r++) {
      const i = order[r];
      next[histogram[(keys[i] >>> shift) & 0xffff]++] = i;
    }
    [order, next] = [next, order];
  }
  releaseMemory(high, low, next);
  return order;
}

export interface ThresholdCounts {
  /** Cumulative weighted positives at or above each distinct threshold. */
  truePositives: Float64Array;
  /** Cumulative weighted negatives at or above each distinct threshold. */
  falsePositives: Float64Array;
  /** Number of distinct thresholds filled (arrays may be longer). */
  length: number;
}

/**
 * @param isPositive 1 for rows of the positive class, 0 otherwise (any truthy/falsy number)
 * @param scores     higher = more positive; finite numbers
 * @param order      `descendingOrder(scores)`, passed in to sort once for many resamples
 */
export function thresholdCounts(
  isPositive: ArrayLike<number>,
  scores: ArrayLike<number>,
  order: ArrayLike<number> = descendingOrder(scores),
  counts?: ArrayLike<number>,
): ThresholdCounts {
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
