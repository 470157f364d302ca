/**
 * Evaluation metrics matching scikit-learn 1.2.1, percentile bootstrap intervals and
 * paired model comparisons. Start with `evaluatePredictions`.
 */
export { evaluatePredictions, TASKS } from './evaluate.js';
export type {
  ComparisonTest,
  EvaluateOptions,
  EvaluationResult,
  MetricComparison,
  PredictionColumns,
  Task,
} from './types.js';

export { bootstrapIntervals, pairedBootstrapIntervals, percentileInterval, sortedQuantile } from './bootstrap.js';
export type { BootstrapOptions, BootstrapResult, ResampleStatistic } from './bootstrap.js';
export { xoshiro128, xoshiro128FromState, xoshiro128SeedState } from './xoshiro128.js';
export type { RandomSource } from './xoshiro128.js';

export { confusionMatrix, classTotals, confusionMatrixRows } from './confusionMatrix.js';
export type { ClassTotals, ConfusionMatrix } from './confusionMatrix.js';
export type { Average } from './classAverage.js';
export { accuracy } from './accuracy.js';
export { balancedAccuracy } from './balancedAccuracy.js';
export { precision } from './precision.js';
export { recall } from './recall.js';
export { f1 } from './f1.js';
export { matthewsCorrcoef } from './matthewsCorrcoef.js';
export { rocAuc, rocAucOvr, rowsSumToOne } from './rocAuc.js';
export { averagePrecision } from './averagePrecision.js';
export { binaryLogLoss, multiclassLogLoss, LOG_LOSS_EPS } from './logLoss.js';
export { brierScore } from './brierScore.js';
export { meanAbsoluteError } from './meanAbsoluteError.js';
export { meanSquaredError, rootMeanSquaredError } from './meanSquaredError.js';
export { r2 } from './r2.js';
export { meanAbsolutePercentageError } from './meanAbsolutePercentageError.js';
export { medianAbsoluteError } from './medianAbsoluteError.js';
export { explainedVariance } from './explainedVariance.js';

export { mcnemarExact, discordantPairs } from './mcnemar.js';
export type { McNemarResult } from './mcnemar.js';
export { delongTest, midranks } from './delong.js';
export type { DeLongResult } from './delong.js';

export { HIGHER_IS_BETTER } from './metricSet.js';
export { resolvePositiveLabel, sortLabels } from './labels.js';
