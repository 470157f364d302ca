/**
 * A task's metrics prepared once for a data set, then evaluated on the full data or on
 * any bootstrap resample (row multiplicities). Sorting and per-row terms are done at
 * preparation, so a resample costs O(n) per metric.
 */
export interface MetricSet {
  /** Metric values; NaN marks a metric undefined on these rows (e.g. AUC with one class). */
  compute(counts?: ArrayLike<number>): Record<string, number>;
  /** Why some metrics are omitted or undefined on the full data, for the result's notes. */
  notes: string[];
}

/** Direction of each metric, for callers that gate on improvements. */
export const HIGHER_IS_BETTER: Readonly<Record<string, boolean>> = {
  accuracy: true,
  balanced_accuracy: true,
  precision: true,
  recall: true,
  f1: true,
  roc_auc: true,
  average_precision: true,
  log_loss: false,
  brier_score: false,
  matthews_corrcoef: true,
  precision_macro: true,
  precision_micro: true,
  precision_weighted: true,
  recall_macro: true,
  recall_micro: true,
  recall_weighted: true,
  f1_macro: true,
  f1_micro: true,
  f1_weighted: true,
  roc_auc_ovr: true,
  mae: false,
  mse: false,
  rmse: false,
  r2: true,
  mape: false,
  median_absolute_error: false,
  explained_variance: true,
};
