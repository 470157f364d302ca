import { TASKS, type ComparisonTest, type EvaluationResult, type MetricComparison } from '../../core/metrics/index.js';
import schema from '../../../schemas/evaluation.schema.json' with { type: 'json' };
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import { allMembers, count, decodeShape, list, number, object, oneOf, optional, pair, record, string } from './json-shape.js';

/**
 * `evaluation.json`, what `mlgate evaluate --format json` prints and the gate and `publish` read:
 * an `EvaluationResult` (`shared/metrics/types.ts`) in `toJson`'s convention (non-finite metric
 * values, bounds and deltas as "Infinity", "-Infinity", "NaN").
 *
 * Required: `task`, `n`, `metrics`. `intervals` may be absent (read as `{}`); `comparison`,
 * `confusion_matrix`, `baseline_metrics` and `notes` are optional. Every field present is checked
 * for its type; fields the format does not name are kept as read.
 */
const COMPARISON_TESTS = allMembers<ComparisonTest>({ paired_bootstrap: true, mcnemar_exact: true, delong: true });

const metricValues = record(number);
const interval = pair(number);

const EVALUATION = object<EvaluationResult>({
  task: oneOf(TASKS),
  n: count,
  metrics: metricValues,
  intervals: optional(record(interval), () => ({})),
  comparison: optional(record(object<MetricComparison>({ delta: number, interval, p_value: optional(number), test: oneOf(COMPARISON_TESTS) }))),
  confusion_matrix: optional(object<{ labels: string[]; matrix: number[][] }>({ labels: list(string), matrix: list(list(count)) })),
  baseline_metrics: optional(metricValues),
  notes: optional(list(string)),
});

const codec = jsonFileCodec<EvaluationResult>({
  what: 'evaluation',
  // The published schema bounds names, lists and maps and fixes enums; the shape then decodes.
  schema: schemaChecker(schema, 'is not a valid evaluation'),
  decode: (value, source) => decodeShape(EVALUATION, value, source, 'is this the output of `mlgate evaluate --format json`?'),
});

export function encodeEvaluation(result: EvaluationResult): string {
  return codec.encode(result);
}

export function decodeEvaluation(text: string, source: string): EvaluationResult {
  return codec.decode(text, source);
}

export function readEvaluation(path: string): EvaluationResult {
  return codec.read(path);
}

export function writeEvaluation(path: string, result: EvaluationResult): void {
  codec.write(path, result);
}
