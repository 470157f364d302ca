import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/metrics/metric-set.ts
var HIGHER_IS_BETTER = {
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
  explained_variance: true
};

export {
  HIGHER_IS_BETTER
};
