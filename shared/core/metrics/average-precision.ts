/**
 * Average precision, as scikit-learn's `average_precision_score`: the step-wise
 * (non-interpolated) area under the precision-recall curve,
 *
 *   AP = Σₖ (Rₖ − Rₖ₋₁) · Pₖ
 *
 * over the distinct score thresholds from the highest down, with R₀ = 0, Pₖ the
 * precision and Rₖ the recall at threshold k. Ties form one threshold. This is not the
 * trapezoidal area (which is optimistic) nor the 11-point interpolated AP of PASCAL VOC.
 *
 * Edge case: with no positive row scikit-learn 1.2.1 sets recall to 1 at every threshold
 * (warning "No positive class found in y_true"), which makes AP 0; so does this function.
 *
 * Reference: M. Zhu (2004), "Recall, precision and average precision", Univ. Waterloo
 * working paper 09; scikit-learn user guide, "Precision, recall and F-measures".
 */
import type { ThresholdCounts } from './threshold-curve.js';
import { thresholdCounts } from './threshold-curve.js';

export function averagePrecision(
  isPositive: ArrayLike<number>,
  scores: ArrayLike<number>,
  counts?: ArrayLike<number>,
  order?: ArrayLike<number>,
): number {
  return averagePrecisionFromCurve(thresholdCounts(isPositive, scores, order, counts));
}

/** Average precision from an already computed threshold curve (shared with ROC AUC). */
export function averagePrecisionFromCurve(curve: ThresholdCounts): number {
  if (curve.length === 0) throw new RangeError('average precision of an empty sample');
  const positives = curve.truePositives[curve.length - 1];
  if (positives === 0) return 0;
  let sum = 0;
  let previousRecall = 0;
  for (let k = 0; k < curve.length; k++) {
    const tp = curve.truePositives[k];
    const recall = tp / positives;
    const predicted = tp + curve.falsePositives[k];
    const precision = predicted === 0 ? 0 : tp / predicted;
    sum += (recall - previousRecall) * precision;
    previousRecall = recall;
  }
  return sum;
}
