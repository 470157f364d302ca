/** Public types of the evaluation entry point (the contract with the CLI and the Action). */

export type Task = 'binary' | 'multiclass' | 'regression';

export interface PredictionColumns {
  /** Raw labels (classification) or numeric strings (regression), as read from CSV. */
  yTrue: string[];
  yPred: string[];
  /** Binary: score/probability of the positive class. */
  yScore?: number[];
  /** Multiclass: per-class probabilities, keyed by class label. */
  classScores?: Record<string, number[]>;
  /** Row ids when the file has an id column. */
  ids?: string[];
}

/** A label column dictionary-encoded: row i holds `labels[codes[i]]`; every label occurs. */
export interface EncodedLabels {
  codes: Uint32Array;
  labels: string[];
}

/** Row ids as UTF-8 bytes: row i's id is `bytes[starts[i] … starts[i + 1])`. */
export interface RowIds {
  bytes: Uint8Array;
  starts: Uint32Array;
}

/**
 * The prediction columns in typed arrays, as the predictions reader hands them over for large
 * files: no per-row strings. Same meaning as `PredictionColumns`.
 */
export interface PredictionArrays {
  kind: 'arrays';
  yTrue: EncodedLabels;
  yPred: EncodedLabels;
  yScore?: Float64Array;
  classScores?: Record<string, Float64Array>;
  ids?: RowIds;
}

export interface EvaluateOptions {
  task: Task;
  positiveLabel?: string;
  resamples?: number;
  level?: number;
  seed?: number;
  baseline?: PredictionColumns | PredictionArrays;
}

export type ComparisonTest = 'paired_bootstrap' | 'mcnemar_exact' | 'delong';

export interface MetricComparison {
  /** candidate − baseline */
  delta: number;
  /** Paired percentile bootstrap interval of the delta. */
  interval: [number, number];
  p_value?: number;
  test: ComparisonTest;
}

/** An evaluation of per-row predictions: mlgate computed every metric, with intervals. */
export interface EvaluationResult {
  task: Task;
  n: number;
  metrics: Record<string, number>;
  intervals: Record<string, [number, number]>;
  comparison?: Record<string, MetricComparison>;
  confusion_matrix?: { labels: string[]; matrix: number[][] };
  baseline_metrics?: Record<string, number>;
  notes?: string[];
}

/** Where the metrics of a `MetricsFileEvaluation` were read: the file and the format read as. */
export interface MetricsFileSource {
  path: string;
  /** The reader used: `json`, `yaml`, `toml`, `dvclive`, `huggingface`, `lightning`, `keras`, `mlflow`. */
  format: string;
}

/**
 * An evaluation of metrics the user's own evaluation wrote (a metrics file, DVCLive, a Trainer's
 * `all_results.json`, …) rather than of per-row predictions. mlgate never saw the rows, so there
 * are no intervals, no row count and no paired comparison: `intervals` and `n` are null (not
 * absent, so no reader mistakes the evaluation for one whose intervals were merely left out), and
 * the gate judges these metrics by threshold and plain difference only.
 */
export interface MetricsFileEvaluation {
  task: Task;
  n: null;
  source: { kind: 'metrics_files'; candidate: MetricsFileSource; baseline?: MetricsFileSource };
  /** Finite values only; a metric the file holds as NaN or infinite is left out, with a note. */
  metrics: Record<string, number>;
  intervals: null;
  baseline_metrics?: Record<string, number>;
  notes?: string[];
}

/** What `evaluation.json` holds: either kind. `intervals === null` tells them apart. */
export type Evaluation = EvaluationResult | MetricsFileEvaluation;
