/**
 * Averaging of per-class scores (precision, recall, F1) as scikit-learn's
 * `precision_recall_fscore_support`:
 *
 * - `binary`: the score of the positive class only.
 * - `micro`: the score of the summed counts (true positives, predictions, truths)
 *   over all classes; for single-label data this equals accuracy.
 * - `macro`: the unweighted mean over classes present in the truth or the predictions.
 * - `weighted`: the mean over those classes weighted by each class's number of true rows.
 *
 * Zero division follows scikit-learn's default `zero_division="warn"`: a ratio with a
 * zero denominator (no predicted rows for precision, no true rows for recall) is 0.
 */
import type { ConfusionMatrix } from './confusion-matrix.js';
import { classTotals } from './confusion-matrix.js';

export type Average = 'binary' | 'micro' | 'macro' | 'weighted';

/** A per-class score from the class's true positives, predicted count and true count. */
export type ClassScore = (truePositives: number, predicted: number, actual: number) => number;

/** numerator / denominator, or 0 when the denominator is 0 (scikit-learn's zero_division). */
export function divideOrZero(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function averageClassScore(
  matrix: ConfusionMatrix,
  score: ClassScore,
  average: Average,
  positiveClass = 1,
): number {
  const totals = classTotals(matrix);
  if (totals.total === 0) throw new RangeError('metric of an empty sample: no row takes part');
  const k = matrix.nClasses;
  switch (average) {
    case 'binary': {
      if (!Number.isInteger(positiveClass) || positiveClass < 0 || positiveClass >= k) {
        throw new RangeError(`positive class ${positiveClass} is not in [0, ${k})`);
      }
      return score(
        totals.truePositives[positiveClass],
        totals.predicted[positiveClass],
        totals.actual[positiveClass],
      );
    }
    case 'micro': {
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
    case 'macro': {
      let sum = 0;
      let present = 0;
      for (let c = 0; c < k; c++) {
        if (totals.actual[c] === 0 && totals.predicted[c] === 0) continue;
        sum += score(totals.truePositives[c], totals.predicted[c], totals.actual[c]);
        present++;
      }
      return sum / present;
    }
    case 'weighted': {
      let weightedSum = 0;
      let weights = 0;
      for (let c = 0; c < k; c++) {
        if (totals.actual[c] === 0) continue; // weight 0: contributes nothing
        weightedSum += score(totals.truePositives[c], totals.predicted[c], totals.actual[c]) * totals.actual[c];
        weights += totals.actual[c];
      }
      return weightedSum / weights;
    }
    default:
      throw new RangeError(`unknown average '${String(average)}'`);
  }
}
