/**
 * F1: the harmonic mean of precision and recall, 2·P·R / (P + R), as scikit-learn's
 * `f1_score`. When P + R = 0 (no true positive) F1 is 0, as scikit-learn's fbeta with its
 * default zero_division. The `micro` average combines summed counts first; `macro` and
 * `weighted` average per-class F1 (not F1 of averaged P and R). See classAverage.ts.
 *
 * Reference: C. J. van Rijsbergen (1979), "Information Retrieval", ch. 7.
 */
import type { Average } from './class-average.js';
import { averageClassScore } from './class-average.js';
import type { ConfusionMatrix } from './confusion-matrix.js';
import { classPrecision } from './precision.js';
import { classRecall } from './recall.js';

export function classF1(truePositives: number, predicted: number, actual: number): number {
  const p = classPrecision(truePositives, predicted);
  const r = classRecall(truePositives, actual);
  const denominator = p + r;
  // Same operation order as scikit-learn, (1 + β²)·P·R / (β²·P + R) with β = 1.
  return denominator === 0 ? 0 : (2 * p * r) / denominator;
}

export function f1(matrix: ConfusionMatrix, average: Average, positiveClass = 1): number {
  return averageClassScore(matrix, classF1, average, positiveClass);
}
