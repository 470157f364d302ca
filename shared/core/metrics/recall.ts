/**
 * Recall (sensitivity, true positive rate): of the rows truly of a class, the fraction
 * predicted as it — tp / (tp + fn) — as scikit-learn's `recall_score`. A class absent
 * from the truth has recall 0 (zero_division="warn"); it only enters `macro` averages
 * when it is predicted. See classAverage.ts for the averages.
 */
import type { Average } from './class-average.js';
import { averageClassScore, divideOrZero } from './class-average.js';
import type { ConfusionMatrix } from './confusion-matrix.js';

export function classRecall(truePositives: number, actual: number): number {
  return divideOrZero(truePositives, actual);
}

export function recall(matrix: ConfusionMatrix, average: Average, positiveClass = 1): number {
  return averageClassScore(matrix, (tp, _predicted, actual) => classRecall(tp, actual), average, positiveClass);
}
