/**
 * Precision: of the rows predicted as a class, the fraction truly of it — tp / (tp + fp) —
 * as scikit-learn's `precision_score`. A class never predicted has precision 0
 * (scikit-learn's default zero_division="warn" behaviour). See classAverage.ts for the
 * `binary`, `micro`, `macro` and `weighted` averages.
 */
import type { Average } from './class-average.js';
import { averageClassScore, divideOrZero } from './class-average.js';
import type { ConfusionMatrix } from './confusion-matrix.js';

export function classPrecision(truePositives: number, predicted: number): number {
  return divideOrZero(truePositives, predicted);
}

export function precision(matrix: ConfusionMatrix, average: Average, positiveClass = 1): number {
  return averageClassScore(matrix, (tp, predicted) => classPrecision(tp, predicted), average, positiveClass);
}
