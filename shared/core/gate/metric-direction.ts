import { HIGHER_IS_BETTER } from '../metrics/metric-set.js';

export type Direction = 'higher' | 'lower';

/**
 * Whether a metric is better higher or lower: `given` when the policy says so, else mlgate's own
 * metrics by name (losses and errors lower). A name mlgate did not compute — from the user's own
 * metrics file — is read the way such files name things: its last segment (`test.loss`,
 * `val/acc`) without the split prefix frameworks add (`eval_`, `val_`, `test_`, `train_`,
 * `predict_`), looked up among mlgate's names (`eval_accuracy` is accuracy), and otherwise lower
 * when it names a loss, an error, a perplexity or a running time (`eval_loss`, `val_error_rate`,
 * `wer`). Everything else is higher; a policy's `direction` overrides (and a policy must give one
 * for a name mlgate cannot tell: `knownDirection`).
 */
export function directionOf(metric: string, given?: Direction): Direction {
  return given ?? knownDirection(metric) ?? 'higher';
}

/**
 * The direction mlgate can tell from the name alone (`directionOf`'s rules without its fallback),
 * or undefined: a policy must then say (`direction: higher | lower`), since guessing would gate a
 * loss as if higher were better.
 */
export function knownDirection(metric: string): Direction | undefined {
  if (Object.hasOwn(HIGHER_IS_BETTER, metric)) return HIGHER_IS_BETTER[metric] ? 'higher' : 'lower';
  const last = metric.split(/[./]/).at(-1) ?? metric;
  const bare = last.replace(/^(?:eval|val|valid|validation|test|train|training|predict)_/i, '');
  if (Object.hasOwn(HIGHER_IS_BETTER, bare)) return HIGHER_IS_BETTER[bare] ? 'higher' : 'lower';
  // scikit-learn's `neg_*` scorers are negated losses: higher is better.
  if (/^neg_/i.test(bare)) return 'higher';
  if (/(?:^|_)(?:loss|losses|error|errors|err|mae|mse|rmse|mape|perplexity|ppl|wer|cer|runtime|latency)(?:$|_)/i.test(bare)) return 'lower';
  // Common scores under the names scikit-learn and evaluation libraries report them.
  if (/^(?:acc|accuracy|auc|roc_auc\w*|pr_auc|f1\w*|precision\w*|recall\w*|r2|jaccard\w*|top_k_accuracy|average_precision\w*|balanced_accuracy|matthews_corrcoef|explained_variance|d2_\w+|ndcg\w*|map|mrr|bleu|rouge\w*|iou|miou|dice|map50\w*)$/i.test(bare)) return 'higher';
  return undefined;
}

/** How much worse `candidate` is than `baseline` (positive = worse), whatever the direction. */
export function worsening(metric: string, delta: number, given?: Direction): number {
  return directionOf(metric, given) === 'higher' ? -delta : delta;
}
