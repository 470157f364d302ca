/**
 * Balanced accuracy: the mean over classes of per-class recall, as scikit-learn's
 * `balanced_accuracy_score` (adjusted=False).
 *
 * Only classes present in the truth count: a class that is only ever predicted has an
 * undefined recall (0/0), which scikit-learn drops with a warning ("y_pred contains
 * classes not in y_true"); so does this function. For two classes this is
 * (sensitivity + specificity) / 2. RangeError when no row takes part.
 *
 * Reference: K. H. Brodersen et al. (2010), "The balanced accuracy and its posterior
 * distribution", ICPR.
 */
import type { ConfusionMatrix } from './confusion-matrix.js';
import { classTotals } from './confusion-matrix.js';

export function balancedAccuracy(matrix: ConfusionMatrix): number {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError('balanced accuracy of an empty sample');
  let sum = 0;
  let classes = 0;
  for (let c = 0; c < matrix.nClasses; c++) {
    if (totals.actual[c] === 0) continue;
    sum += totals.truePositives[c] / totals.actual[c];
    classes++;
  }
  return sum / classes;
}
