/**
 * Evaluation metrics matching scikit-learn 1.2.1, percentile bootstrap intervals and
 * paired model comparisons. Start with `evaluatePredictions`.
 */
export { evaluatePredictions, TASKS } from './evaluate.js';
export { predictionDiff, MAX_CHANGED_ROWS } from './prediction-diff.js';
export { sliceDiff, sliceRows, DEFAULT_MIN_SLICE_ROWS } from './slice-diff.js';
export type {
  ChangedRow,
  ClassifierPredictionDiff,
  ComparisonTest,
  ModelDiffOptions,
  PredictionDiff,
  RegressorPredictionDiff,
  SliceComparison,
  EvaluateOptions,
  Evaluation,
  EvaluationResult,
  MetricsFileEvaluation,
  MetricsFileSource,
  MetricComparison,
  PredictionArrays,
  PredictionColumns,
  EncodedLabels,
  LabelCodes,
  RowIds,
  Task,
} from './types.js';

export { bootstrapIntervals, pairedBootstrapIntervals, percentileInterval, sortedQuantile } from './bootstrap.js';
export type { BootstrapOptions, BootstrapResult, ResampleStatistic } from './bootstrap.js';
export { xoshiro128, xoshiro128FromState, xoshiro128SeedState } from './xoshiro128.js';
export type { RandomSource } from './xoshiro128.js';

export { confusionMatrix, classTotals, confusionMatrixRows } from './confusion-matrix.js';
export type { ClassTotals, ConfusionMatrix } from './confusion-matrix.js';
export type { Average } from './class-average.js';
export { accuracy } from './accuracy.js';
export { balancedAccuracy } from './balanced-accuracy.js';
export { precision } from './precision.js';
export { recall } from './recall.js';
export { f1 } from './f1.js';
export { matthewsCorrcoef } from './matthews-corrcoef.js';
export { rocAuc, rocAucOvr, rowsSumToOne } from './roc-auc.js';
export { averagePrecision } from './average-precision.js';
export { binaryLogLoss, multiclassLogLoss, LOG_LOSS_EPS } from './log-loss.js';
export { brierScore } from './brier-score.js';
export { meanAbsoluteError } from './mean-absolute-error.js';
export { meanSquaredError, rootMeanSquaredError } from './mean-squared-error.js';
export { r2 } from './r2.js';
export { meanAbsolutePercentageError } from './mean-absolute-percentage-error.js';
export { medianAbsoluteError } from './median-absolute-error.js';
export { explainedVariance } from './explained-variance.js';

export { mcnemarExact, discordantPairs } from './mcnemar.js';
export type { McNemarResult } from './mcnemar.js';
export { delongTest, midranks } from './delong.js';
export type { DeLongResult } from './delong.js';

export { HIGHER_IS_BETTER } from './metric-set.js';
export { resolvePositiveLabel, sortLabels } from './labels.js';
