/**
 * The binary-classification metric set: accuracy, balanced_accuracy, precision, recall,
 * f1, matthews_corrcoef from the predicted labels, and — when a positive-class score is
 * given — roc_auc, average_precision, log_loss and brier_score. Labels are already
 * encoded: 1 = positive label, 0 = anything else.
 *
 * A resample costs one pass over the rows in score order (sorted once when the set is made):
 * see `scoredWalk`.
 */
import { accuracy } from './accuracy.js';
import { balancedAccuracy } from './balanced-accuracy.js';
import type { ConfusionMatrix } from './confusion-matrix.js';
import { f1 } from './f1.js';
import { binaryLogLossTerms } from './log-loss.js';
import { matthewsCorrcoef } from './matthews-corrcoef.js';
import type { MetricSet } from './metric-set.js';
import { precision } from './precision.js';
import { recall } from './recall.js';
import { GROUP_END, POSITIVE, PREDICTED_POSITIVE, presortScores, rankingFromSums, type PresortedScores } from './presorted-scores.js';
import { checkCounts } from './row-counts.js';
import { releaseMemory } from '../release-memory.js';
import type { ScoresInOrder } from './delong.js';

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

export interface BinaryMetricSet extends MetricSet {
  /** The scores as sorted for the walks (no `order`: the rows already were in that order); undefined without scores. */
  scoresInOrder?: ScoresInOrder;
}

export function binaryMetricSet(data: BinaryData): BinaryMetricSet {
  const { isPositive, predictedPositive, score } = data;
  const n = isPositive.length;
  const notes: string[] = [];
  let scored: { sorted: PresortedScores; logLoss: Float64Array; score: Float64Array } | undefined;
  if (score) {
    // Per-row terms laid out in score order, so a resample reads them in the same walk.
    // Loops rather than `TypedArray.from(…, map)`, which first collects a million values on the JS heap.
    const sorted = presortScores(isPositive, score, predictedPositive);
    const sortedPositive = new Uint8Array(n);
    for (let r = 0; r < n; r++) sortedPositive[r] = sorted.flags[r] & POSITIVE;
    let sortedScore = score;
    if (sorted.order) {
      sortedScore = new Float64Array(n);
      for (let r = 0; r < n; r++) sortedScore[r] = score[sorted.order[r]];
    }
    // Log-loss terms kept (a logarithm per row per resample would dominate); Brier terms are two flops, made in the walk.
    scored = { sorted, logLoss: binaryLogLossTerms(sortedPositive, sortedScore), score: sortedScore };
    releaseMemory(sortedPositive);
    let positives = 0;
    for (let i = 0; i < n; i++) positives += isPositive[i];
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
  // Row flags for the label metrics when there is no score to walk in order.
  let labelFlags: Uint8Array | undefined;
  if (!scored) {
    labelFlags = new Uint8Array(n);
    for (let i = 0; i < n; i++) labelFlags[i] = (isPositive[i] ? POSITIVE : 0) | (predictedPositive[i] ? PREDICTED_POSITIVE : 0);
  }

  const compute = (counts?: ArrayLike<number>): Record<string, number> => {
    checkCounts(n, counts);
    let values: Record<string, number>;
    if (scored) {
      const walk = scoredWalk(scored.sorted, scored.logLoss, scored.score, counts);
      const ranking = rankingFromSums(walk.positives, walk.negatives, walk.doubledArea, walk.precisionSum);
      const total = walk.positives + walk.negatives;
      values = labelMetrics(confusionOf(walk));
      values.roc_auc = ranking.rocAuc;
      values.average_precision = ranking.averagePrecision;
      values.log_loss = walk.logLoss / total;
      values.brier_score = walk.brier / total;
    } else {
      values = labelMetrics(confusionOf(labelWalk(labelFlags!, counts)));
    }
    return values;
  };
  if (!scored) return { compute, notes };
  return { compute, notes, scoresInOrder: scored.sorted.order ? { sorted: scored.score, order: scored.sorted.order } : { sorted: scored.score } };
}

interface LabelTallies {
  positives: number;
  negatives: number;
  /** Rows predicted positive, and those of them truly positive. */
  predicted: number;
  truePredicted: number;
}

interface ScoredTallies extends LabelTallies {
  doubledArea: number;
  precisionSum: number;
  logLoss: number;
  brier: number;
}

/**
 * One walk over the presorted rows gathers everything a resample's metrics need: the confusion
 * tallies, the ROC/PR sums closed at each tie group's end (see presorted-scores.ts) and the
 * weighted loss sums. Branch-free per row except at group ends, so rows drawn 0 times cost a read.
 */
function scoredWalk(sorted: PresortedScores, logLoss: Float64Array, score: Float64Array, counts: ArrayLike<number> | undefined): ScoredTallies {
  const { order, flags } = sorted;
  const n = flags.length;
  let tp = 0;
  let fp = 0;
  let lastTp = 0;
  let lastFp = 0;
  let doubledArea = 0;
  let precisionSum = 0;
  let predicted = 0;
  let truePredicted = 0;
  let logLossSum = 0;
  let brierSum = 0;
  for (let r = 0; r < n; r++) {
    const c = counts === undefined ? 1 : counts[order === undefined ? r : order[r]];
    const f = flags[r];
    const positive = c * (f & POSITIVE);
    const miss = (f & POSITIVE) - score[r]; // brier_score's term, as brierScoreTerms
    const predictedHere = c * ((f & PREDICTED_POSITIVE) >> 1);
    tp += positive;
    fp += c - positive;
    predicted += predictedHere;
    truePredicted += predictedHere * (f & POSITIVE);
    logLossSum += c * logLoss[r];
    brierSum += c * (miss * miss);
    if (f & GROUP_END) {
      const newPositives = tp - lastTp;
      doubledArea += (fp - lastFp) * (tp + lastTp);
      if (newPositives > 0) precisionSum += newPositives * (tp / (tp + fp));
      lastTp = tp;
      lastFp = fp;
    }
  }
  return { positives: tp, negatives: fp, predicted, truePredicted, doubledArea, precisionSum, logLoss: logLossSum, brier: brierSum };
}

function labelWalk(flags: Uint8Array, counts: ArrayLike<number> | undefined): LabelTallies {
  let positives = 0;
  let total = 0;
  let predicted = 0;
  let truePredicted = 0;
  for (let i = 0; i < flags.length; i++) {
    const c = counts === undefined ? 1 : counts[i];
    const f = flags[i];
    const predictedHere = c * ((f & PREDICTED_POSITIVE) >> 1);
    positives += c * (f & POSITIVE);
    total += c;
    predicted += predictedHere;
    truePredicted += predictedHere * (f & POSITIVE);
  }
  return { positives, negatives: total - positives, predicted, truePredicted };
}

/** The 2×2 confusion matrix (truth × prediction, 0 = negative) of the tallies. */
function confusionOf(t: LabelTallies): ConfusionMatrix {
  const falsePositives = t.predicted - t.truePredicted;
  const cells = Float64Array.of(t.negatives - falsePositives, falsePositives, t.positives - t.truePredicted, t.truePredicted);
  return { nClasses: 2, cells };
}

function labelMetrics(matrix: ConfusionMatrix): Record<string, number> {
  return {
    accuracy: accuracy(matrix),
    balanced_accuracy: balancedAccuracy(matrix),
    precision: precision(matrix, 'binary', 1),
    recall: recall(matrix, 'binary', 1),
    f1: f1(matrix, 'binary', 1),
    matthews_corrcoef: matthewsCorrcoef(matrix),
  };
}
