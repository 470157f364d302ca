/**
 * Accuracy: the fraction of rows whose predicted class equals the true class, as
 * scikit-learn's `accuracy_score` (normalize=True).
 *
 * Computed from a confusion matrix: trace / total. RangeError when no row takes part.
 * For single-label data it equals micro-averaged precision, recall and F1.
 */
import type { ConfusionMatrix } from './confusion-matrix.js';
import { classTotals } from './confusion-matrix.js';

export function accuracy(matrix: ConfusionMatrix): number {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError('accuracy of an empty sample');
  let correct = 0;
  for (const v of totals.truePositives) correct += v;
  return correct / totals.total;
}
