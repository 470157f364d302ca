/**
 * Matthews correlation coefficient (multiclass form R_K of Gorodkin 2004), as
 * scikit-learn's `matthews_corrcoef`:
 *
 *   MCC = (c·s − Σₖ tₖ·pₖ) / √((s² − Σₖ pₖ²)(s² − Σₖ tₖ²))
 *
 * with c correct rows, s all rows, tₖ true and pₖ predicted rows of class k. For two
 * classes this is the familiar (TP·TN − FP·FN)/√(…). Ranges over [−1, 1].
 *
 * Undefined case: when the truth or the predictions hold a single class, the
 * denominator is 0 and, like scikit-learn, the result is 0. RangeError when no row
 * takes part.
 *
 * References: B. W. Matthews (1975), Biochim. Biophys. Acta 405(2);
 * J. Gorodkin (2004), "Comparing two K-category assignments by a K-category correlation
 * coefficient", Comput. Biol. Chem. 28(5).
 */
import type { ConfusionMatrix } from './confusion-matrix.js';
import { classTotals } from './confusion-matrix.js';

export function matthewsCorrcoef(matrix: ConfusionMatrix): number {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError('Matthews correlation of an empty sample');
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
