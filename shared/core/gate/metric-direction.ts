import { HIGHER_IS_BETTER } from '../metrics/metric-set.js';

export type Direction = 'higher' | 'lower';

/**
 * Whether a metric is better higher or lower: `given` when the policy says so, else mlgate's own
 * metrics by name (losses and errors lower). A name mlgate did not compute — from the user's own
 * metrics file — is read the way such files name things: its last segment (`test.loss`,
 * `val/acc`) without the split prefix frameworks add (`eval_`, `val_`, `test_`, `train_`,
 * `predict_`), looked up among mlgate's names (`eval_accuracy` is accuracy), and otherwise lower
 * when it names a loss, an error, a perplexity or a running time (`eval_loss`, `val_error_rate`,
 * `wer`). Everything else is higher; a policy's `direction` overrides.
 */
export function directionOf(metric: string, given?: Direction): Direction {
  if (given) return given;
  if (Object.hasOwn(HIGHER_IS_BETTER, metric)) return HIGHER_IS_BETTER[metric] ? 'higher' : 'lower';
  const last = metric.split(/[./]/).at(-1) ?? metric;
  const bare = last.replace(/^(?:eval|val|valid|validation|test|train|training|predict)_/i, '');
  if (Object.hasOwn(HIGHER_IS_BETTER, bare)) return HIGHER_IS_BETTER[bare] ? 'higher' : 'lower';
  return /(?:^|_)(?:loss|losses|error|errors|err|mae|mse|rmse|mape|perplexity|ppl|wer|cer|runtime|latency)(?:$|_)/i.test(bare) ? 'lower' : 'higher';
}

/** How much worse `candidate` is than `baseline` (positive = worse), whatever the direction. */
export function worsening(metric: string, delta: number, given?: Direction): number {
  return directionOf(metric, given) === 'higher' ? -delta : delta;
}
