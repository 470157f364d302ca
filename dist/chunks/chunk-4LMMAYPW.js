import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  HIGHER_IS_BETTER
} from "./chunk-TBG5Q2I6.js";

// shared/core/gate/metric-direction.ts
function directionOf(metric, given) {
  return given ?? knownDirection(metric) ?? "higher";
}
function knownDirection(metric) {
  if (Object.hasOwn(HIGHER_IS_BETTER, metric)) return HIGHER_IS_BETTER[metric] ? "higher" : "lower";
  const last = metric.split(/[./]/).at(-1) ?? metric;
  const bare = last.replace(/^(?:eval|val|valid|validation|test|train|training|predict)_/i, "");
  if (Object.hasOwn(HIGHER_IS_BETTER, bare)) return HIGHER_IS_BETTER[bare] ? "higher" : "lower";
  if (/^neg_/i.test(bare)) return "higher";
  if (/(?:^|_)(?:loss|losses|error|errors|err|mae|mse|rmse|mape|perplexity|ppl|wer|cer|runtime|latency)(?:$|_)/i.test(bare)) return "lower";
  if (/^(?:acc|accuracy|auc|roc_auc\w*|pr_auc|f1\w*|precision\w*|recall\w*|r2|jaccard\w*|top_k_accuracy|average_precision\w*|balanced_accuracy|matthews_corrcoef|explained_variance|d2_\w+|ndcg\w*|map|mrr|bleu|rouge\w*|iou|miou|dice|map50\w*)$/i.test(bare)) return "higher";
  return void 0;
}
function worsening(metric, delta, given) {
  return directionOf(metric, given) === "higher" ? -delta : delta;
}

export {
  directionOf,
  knownDirection,
  worsening
};
