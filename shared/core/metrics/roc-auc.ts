/**
 * Area under the ROC curve, as scikit-learn's `roc_auc_score`.
 *
 * Binary: the trapezoidal area under (false positive rate, true positive rate) over the
 * distinct score thresholds, starting at (0, 0). Equivalently, the probability that a
 * random positive scores above a random negative, ties counting ½ (Mann–Whitney U / mn).
 * The area is accumulated in integer counts and divided by P·N once, so it is exact up
 * to that final division.
 *
 * Multiclass one-vs-rest, macro (`rocAucOvr`): the unweighted mean over classes of the
 * binary AUC of "this class vs the rest" using that class's score column, as
 * `roc_auc_score(multi_class='ovr', average='macro')`. scikit-learn additionally demands
 * that each row's scores sum to 1 (np.allclose); the caller checks that (see
 * `rowsSumToOne`).
 *
 * Undefined case: with no positive or no negative row (a single class present) the AUC
 * is undefined — scikit-learn raises — and these functions return NaN. For OvR, NaN as
 * soon as one class is absent from the truth.
 *
 * References: J. A. Hanley, B. J. McNeil (1982), Radiology 143(1); T. Fawcett (2006),
 * "An introduction to ROC analysis", Pattern Recogn. Lett. 27(8); D. J. Hand, R. J. Till
 * (2001), Mach. Learn. 45(2) (for the multiclass extensions).
 */
import type { ThresholdCounts } from './threshold-curve.js';
import { thresholdCounts } from './threshold-curve.js';

export function rocAuc(
  isPositive: ArrayLike<number>,
  scores: ArrayLike<number>,
  counts?: ArrayLike<number>,
  order?: ArrayLike<number>,
): number {
  return rocAucFromCurve(thresholdCounts(isPositive, scores, order, counts));
}

/** ROC AUC from an already computed threshold curve (shared with average precision). */
export function rocAucFromCurve(curve: ThresholdCounts): number {
  if (curve.length === 0) throw new RangeError('ROC AUC of an empty sample');
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

/**
 * Macro one-vs-rest AUC.
 * @param yTrue   true class of each row as a column index into `columns`
 * @param columns one score column per class
 * @param orders  optional `descendingOrder` of each column
 */
export function rocAucOvr(
  yTrue: ArrayLike<number>,
  columns: readonly ArrayLike<number>[],
  counts?: ArrayLike<number>,
  orders?: readonly ArrayLike<number>[],
): number {
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

/**
 * Whether every row's scores sum to 1 within numpy's `allclose` tolerance
 * (|1 − s| ≤ 1e-8 + 1e-5·|s|), the check scikit-learn makes before a multiclass AUC.
 */
export function rowsSumToOne(columns: readonly ArrayLike<number>[]): boolean {
  if (columns.length === 0) return false;
  const n = columns[0].length;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (const column of columns) s += column[i];
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) return false;
  }
  return true;
}
