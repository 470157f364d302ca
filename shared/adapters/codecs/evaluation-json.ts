import { TASKS, type ChangedRow, type ClassifierPredictionDiff, type RegressorPredictionDiff, type PredictionDiff, type SliceComparison, type ComparisonTest, type Evaluation, type EvaluationResult, type MetricComparison, type MetricsFileEvaluation, type MetricsFileSource } from '../../core/metrics/index.js';
import schema from '../../../schemas/evaluation.schema.json' with { type: 'json' };
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import { allMembers, boolean, count, decodeShape, list, nullable, number, object, oneOf, optional, pair, record, ShapeMismatch, string, type Shape } from './json-shape.js';

/**
 * `evaluation.json`, what `mlgate evaluate --format json` prints and the gate and `publish` read:
 * an `EvaluationResult` (`shared/metrics/types.ts`) in `toJson`'s convention (non-finite metric
 * values, bounds and deltas as "Infinity", "-Infinity", "NaN").
 *
 * Required: `task`, `n`, `metrics`. `intervals` may be absent (read as `{}`); `comparison`,
 * `confusion_matrix`, `baseline_metrics`, `prediction_diff`, `slices` and `notes` are optional. Every field present is checked
 * for its type; fields the format does not name are kept as read.
 *
 * An evaluation of the user's own metrics files (`evaluate --metrics`) is told apart by `source`
 * (`{"kind": "metrics_files", "candidate": {"path", "format"}, "baseline"?: …}`), which requires
 * `intervals: null` and `n: null` and allows no `comparison`: files written before `source`
 * existed have none, and read as before.
 */
const COMPARISON_TESTS = allMembers<ComparisonTest>({ paired_bootstrap: true, mcnemar_exact: true, delong: true });

const metricValues = record(number);
const interval = pair(number);

const CHANGED_ROW = object<ChangedRow>({
  row: count, id: nullable(string), truth: string, baseline: string, candidate: string, delta: nullable(number),
  outcome: oneOf(allMembers<ChangedRow['outcome']>({ fixed: true, broken: true, other: true, closer: true, further: true, same_distance: true })),
  features: record(string),
});
const CLASSIFIER_DIFF = object<ClassifierPredictionDiff>({
  rows: count, changed: count, fixed: count, broken: count, other: count, table: record(record(count)), top: list(CHANGED_ROW),
});
const REGRESSOR_DIFF = object<RegressorPredictionDiff>({
  rows: count, changed: count, closer: count, further: count, tolerance: number, top: list(CHANGED_ROW),
});
/** A regressor's diff has a tolerance, a classifier's a label table. */
const PREDICTION_DIFF: Shape<PredictionDiff> = (value, at) =>
  (typeof value === 'object' && value !== null && Object.hasOwn(value, 'tolerance') ? REGRESSOR_DIFF : CLASSIFIER_DIFF)(value, at);
const SLICE = object<SliceComparison>({
  metric: string, column: string, value: string, n: count, baseline: nullable(number), candidate: nullable(number), delta: nullable(number),
  interval: nullable(interval), p_value: nullable(number), adjusted_p_value: nullable(number), gated: boolean, note: optional(string),
});

const EVALUATION = object<EvaluationResult>({
  task: oneOf(TASKS),
  n: count,
  metrics: metricValues,
  intervals: optional(record(interval), () => ({})),
  comparison: optional(record(object<MetricComparison>({ delta: number, interval, p_value: optional(number), test: oneOf(COMPARISON_TESTS) }))),
  confusion_matrix: optional(object<{ labels: string[]; matrix: number[][] }>({ labels: list(string), matrix: list(list(count)) })),
  baseline_metrics: optional(metricValues),
  prediction_diff: optional(PREDICTION_DIFF),
  slices: optional(list(SLICE)),
  notes: optional(list(string)),
});

/** `intervals` and `n` of an evaluation of metrics files: present, and null (the rows were never seen). */
const nullOnly: Shape<null> = (value, at) => {
  if (value !== null) throw new ShapeMismatch(at, `is ${value === undefined ? 'absent' : JSON.stringify(value)?.slice(0, 40)}, expected null (metrics read from files have no intervals and no row count)`);
  return null;
};

const FILE_SOURCE = object<MetricsFileSource>({ path: string, format: string });

const METRICS_FILE_EVALUATION = object<MetricsFileEvaluation>({
  task: oneOf(TASKS),
  n: nullOnly,
  source: object<MetricsFileEvaluation['source']>({ kind: oneOf(['metrics_files'] as const), candidate: FILE_SOURCE, baseline: optional(FILE_SOURCE) }),
  metrics: metricValues,
  intervals: nullOnly,
  baseline_metrics: optional(metricValues),
  notes: optional(list(string)),
});


const codec = jsonFileCodec<Evaluation>({
  what: 'evaluation',
  // The published schema bounds names, lists and maps and fixes enums; the shape then decodes.
  schema: schemaChecker(schema, 'is not a valid evaluation'),
  decode: (value, source) => {
    const fromFiles = typeof value === 'object' && value !== null && Object.hasOwn(value, 'source');
    return decodeShape<Evaluation>(fromFiles ? METRICS_FILE_EVALUATION : EVALUATION, value, source, 'is this the output of `mlgate evaluate --format json`?');
  },
});

export function encodeEvaluation(result: Evaluation): string {
  return codec.encode(result);
}

export function decodeEvaluation(text: string, source: string): Evaluation {
  return codec.decode(text, source);
}

export function readEvaluation(path: string): Evaluation {
  return codec.read(path);
}

export function writeEvaluation(path: string, result: Evaluation): void {
  codec.write(path, result);
}
