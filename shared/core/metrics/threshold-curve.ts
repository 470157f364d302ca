/**
 * Cumulative true/false positive counts at each distinct score threshold, from the
 * highest score down — the points of the ROC and precision-recall curves, as
 * scikit-learn's `_binary_clf_curve`.
 *
 * Tied scores form one threshold (one curve point), which is what makes ROC AUC count
 * a tied positive/negative pair as ½. Rows with multiplicity 0 are left out entirely,
 * so a bootstrap resample gives exactly the curve of the repeated-rows data.
 */
import { checkCounts } from './row-counts.js';

/** Row indices sorted by descending score (ties in row order). */
export function descendingOrder(scores: ArrayLike<number>): Uint32Array {
  const order = new Uint32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  // TypedArray sort is stable since ES2019; descending score then ascending index.
  return order.sort((a, b) => scores[b] - scores[a] || a - b);
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
