/**
 * The binary-classification metric set: accuracy, balanced_accuracy, precision, recall,
 * f1, matthews_corrcoef from the predicted labels, and — when a positive-class score is
 * given — roc_auc, average_precision, log_loss and brier_score. Labels are already
 * encoded: 1 = positive label, 0 = anything else.
 */
import { accuracy } from './accuracy.js';
import { averagePrecisionFromCurve } from './average-precision.js';
import { balancedAccuracy } from './balanced-accuracy.js';
import { brierScoreTerms } from './brier-score.js';
import { confusionMatrix } from './confusion-matrix.js';
import { f1 } from './f1.js';
import { binaryLogLossTerms } from './log-loss.js';
import { matthewsCorrcoef } from './matthews-corrcoef.js';
import type { MetricSet } from './metric-set.js';
import { precision } from './precision.js';
import { recall } from './recall.js';
import { rocAucFromCurve } from './roc-auc.js';
import { meanWithCounts } from './row-counts.js';
import { descendingOrder, thresholdCounts } from './threshold-curve.js';

export interface BinaryData {
  /** 1 where the true label is the positive label. */
  isPositive: Uint8Array;
  /** 1 where the predicted label is the positive label. */
  predictedPositive: Uint8Array;
  /** Probability of the positive class, in [0, 1]. */
  score?: Float64Array;
}

export const BINARY_LABEL_METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'matthews_corrcoef'];
export const BINARY_SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score'];

export function binaryMetricSet(data: BinaryData): MetricSet {
  const { isPositive, predictedPositive, score } = data;
  const notes: string[] = [];
  let scored: { score: Float64Array; order: Uint32Array; logLoss: Float64Array; brier: Float64Array } | undefined;
  if (score) {
    scored = {
      score,
      order: descendingOrder(score),
      logLoss: binaryLogLossTerms(isPositive, score),
      brier: brierScoreTerms(isPositive, score),
    };
    const positives = isPositive.reduce((s, v) => s + v, 0);
    if (positives === 0 || positives === isPositive.length) {
      notes.push(
        `roc_auc omitted: yTrue holds only ${positives === 0 ? 'negative' : 'positive'} rows, and ROC AUC needs both classes`,
      );
    }
    if (positives === 0) {
      notes.push('average_precision is 0 by scikit-learn 1.2.1 convention: yTrue has no positive row');
    }
  } else {
    notes.push(`${BINARY_SCORE_METRICS.join(', ')} omitted: no score column (yScore) was given`);
  }

  const compute = (counts?: ArrayLike<number>): Record<string, number> => {
    const matrix = confusionMatrix(isPositive, predictedPositive, 2, counts);
    const values: Record<string, number> = {
      accuracy: accuracy(matrix),
      balanced_accuracy: balancedAccuracy(matrix),
      precision: precision(matrix, 'binary', 1),
      recall: recall(matrix, 'binary', 1),
      f1: f1(matrix, 'binary', 1),
      matthews_corrcoef: matthewsCorrcoef(matrix),
    };
    if (scored) {
      const curve = thresholdCounts(isPositive, scored.score, scored.order, counts);
      values.roc_auc = rocAucFromCurve(curve);
      values.average_precision = averagePrecisionFromCurve(curve);
      values.log_loss = meanWithCounts(scored.logLoss, counts);
      values.brier_score = meanWithCounts(scored.brier, counts);
    }
    return values;
  };
  return { compute, notes };
}
