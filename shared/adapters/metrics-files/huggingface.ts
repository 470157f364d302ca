import { InputError } from '../../errors.js';
import { collectKeyValue, parseKeyValue } from './key-value.js';
import type { MetricsCollector } from './metrics-file.js';
import { readMetricsText } from './read-text.js';

/**
 * The Hugging Face `Trainer`'s results files (`trainer.save_metrics("eval", metrics)` and
 * `save_metrics("all", …)` in the example scripts; transformers 4.x layout): a flat JSON object,
 * `{"epoch": 3.0, "eval_accuracy": 0.91, "eval_loss": 0.27, "eval_runtime": 1.9, …}`, with
 * `all_results.json` merging `train_results.json`, `eval_results.json` and `predict_results.json`.
 *
 * Keys are kept as written — the `eval_` prefix is **not** stripped: `all_results.json` holds
 * `train_loss` beside `eval_loss`, and a policy should name what the file shows. The gate reads
 * the prefix when it decides a metric's direction (`eval_loss` is a loss, lower is better). Python
 * writes a NaN metric as the bare word `NaN`; it is left out with a note. The Trainer writes no
 * nesting, so a nested object is refused as a sign of a different file.
 */
export const HUGGING_FACE_FILES = ['all_results.json', 'eval_results.json', 'train_results.json', 'test_results.json', 'predict_results.json'];

export function readHuggingFace(path: string, collector: MetricsCollector): void {
  const value = parseKeyValue(readMetricsText(path), path, 'json');
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
        throw new InputError(`${path}: key \`${key}\` is an object, but a Trainer results file is flat (read it with --metrics-format json to flatten it)`);
      }
    }
  }
  collectKeyValue(value, path, collector);
}
