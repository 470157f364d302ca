/**
 * The multiclass metric set: accuracy, balanced_accuracy, precision/recall/f1 with
 * macro, micro and weighted averages, matthews_corrcoef, and — with per-class
 * probabilities — log_loss and roc_auc_ovr (macro one-vs-rest).
 *
 * Labels are encoded as class indices 0 … nClasses−1. Probability columns are given per
 * class, with each row's true class as a column index.
 *
 * roc_auc_ovr follows scikit-learn's preconditions: it is omitted when rows do not sum to
 * 1 (np.allclose) or when a scored class never occurs in yTrue (the one-vs-rest AUC of
 * that class is undefined). With exactly two score columns scikit-learn's
 * `roc_auc_score(multi_class='ovr')` does not apply; the value is then the mean of both
 * columns' one-vs-rest AUCs, i.e. `roc_auc_score` on one-hot labels with
 * average='macro'.
 */
import { accuracy } from './accuracy.js';
import { balancedAccuracy } from './balanced-accuracy.js';
import type { Average } from './class-average.js';
import { confusionMatrix, type ConfusionMatrix } from './confusion-matrix.js';
import { f1 } from './f1.js';
import { multiclassLogLossTerms } from './log-loss.js';
import { matthewsCorrcoef } from './matthews-corrcoef.js';
import type { MetricSet } from './metric-set.js';
import { precision } from './precision.js';
import { recall } from './recall.js';
import { presortScores, rankingMetrics, type PresortedScores } from './presorted-scores.js';
import { rowsSumToOne } from './roc-auc.js';
import { checkCounts, meanWithCounts } from './row-counts.js';

export interface MulticlassScores {
  /** Labels of the score columns, in column order. */
  labels: string[];
  /** One probability column per label. */
  columns: Float64Array[];
  /** True class of each row as an index into `columns`. */
  yTrueColumn: Int32Array;
}

export interface MulticlassData {
  yTrue: Int32Array;
  yPred: Int32Array;
  nClasses: number;
  scores?: MulticlassScores;
}

const AVERAGES: Average[] = ['macro', 'micro', 'weighted'];

export function multiclassMetricSet(data: MulticlassData): MetricSet {
  const { yTrue, yPred, nClasses, scores } = data;
  const notes: string[] = [];
  let logLossTerms: Float64Array | undefined;
  let ovr: PresortedScores[] | undefined;
  if (!scores) {
    notes.push('log_loss, roc_auc_ovr omitted: no per-class probability columns (classScores) were given');
  } else if (scores.columns.length < 2) {
    notes.push(`log_loss, roc_auc_ovr omitted: they need probabilities for at least two classes, got ${scores.columns.length}`);
  } else {
    logLossTerms = multiclassLogLossTerms(scores.yTrueColumn, scores.columns);
    const present = new Set(scores.yTrueColumn);
    const absent = scores.labels.filter((_, c) => !present.has(c));
    if (!rowsSumToOne(scores.columns)) {
      notes.push('roc_auc_ovr omitted: class probabilities do not sum to 1 on every row (scikit-learn requires it)');
    } else {
      if (absent.length > 0) {
        notes.push(
          `roc_auc_ovr omitted: class ${absent.map((l) => JSON.stringify(l)).join(', ')} never occurs in yTrue, ` +
            `so its one-vs-rest AUC is undefined`,
        );
      }
      // Each class's column sorted once with its one-vs-rest labels; a resample walks them (presorted-scores.ts).
      ovr = scores.columns.map((column, c) => presortScores(Uint8Array.from(scores.yTrueColumn, (t) => (t === c ? 1 : 0)), column));
    }
  }

  confusionMatrix(yTrue, yPred, nClasses); // checks every class index once; resamples tally without checks
  const compute = (counts?: ArrayLike<number>): Record<string, number> => {
    const matrix = tallyConfusion(yTrue, yPred, nClasses, counts);
    const values: Record<string, number> = {
      accuracy: accuracy(matrix),
      balanced_accuracy: balancedAccuracy(matrix),
    };
    for (const average of AVERAGES) values[`precision_${average}`] = precision(matrix, average);
    for (const average of AVERAGES) values[`recall_${average}`] = recall(matrix, average);
    for (const average of AVERAGES) values[`f1_${average}`] = f1(matrix, average);
    values.matthews_corrcoef = matthewsCorrcoef(matrix);
    if (logLossTerms) values.log_loss = meanWithCounts(logLossTerms, counts);
    if (ovr) values.roc_auc_ovr = meanOvrAuc(ovr, counts);
    return values;
  };
  return { compute, notes };
}

/** Macro one-vs-rest AUC (as `rocAucOvr`): NaN as soon as one class's AUC is undefined. */
function meanOvrAuc(classes: PresortedScores[], counts: ArrayLike<number> | undefined): number {
  let sum = 0;
  for (const sorted of classes) {
    const auc = rankingMetrics(sorted, counts).rocAuc;
    if (Number.isNaN(auc)) return Number.NaN;
    sum += auc;
  }
  return sum / classes.length;
}

/** `confusionMatrix` for class indices already checked. */
function tallyConfusion(yTrue: Int32Array, yPred: Int32Array, nClasses: number, counts: ArrayLike<number> | undefined): ConfusionMatrix {
  checkCounts(yTrue.length, counts);
  const cells = new Float64Array(nClasses * nClasses);
  for (let i = 0; i < yTrue.length; i++) cells[yTrue[i] * nClasses + yPred[i]] += counts === undefined ? 1 : counts[i];
  return { nClasses, cells };
}
