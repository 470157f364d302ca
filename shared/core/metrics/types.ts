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

/**
 * A label column dictionary-encoded: row i holds `labels[codes[i]]`; every label occurs. Codes are
 * of the smallest width that holds the dictionary (`labelCodes`): one byte per row for the usual
 * few classes, a quarter of the memory of 32-bit codes at a million rows.
 */
export interface EncodedLabels {
  codes: LabelCodes;
  labels: string[];
}

export type LabelCodes = Uint8Array | Uint16Array | Uint32Array;

/** Row ids as UTF-8 bytes: row i's id is `bytes[starts[i] … starts[i + 1])`. */
export interface RowIds {
  bytes: Uint8Array;
  starts: Uint32Array;
  /** The reader checked already that no id appears twice (pairing then builds no index to check again). */
  unique?: boolean;
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
  /** What `prediction_diff` and `slices` are computed from (with a baseline only). */
  diff?: ModelDiffOptions;
  /**
   * The typed arrays given (both models') are handed over: the evaluation frees each as soon as it
   * has read it for the last time, and they are empty afterwards. For a caller that read the
   * files only to evaluate them (the CLI: at a million rows, a third of the peak memory).
   */
  releaseInputs?: boolean;
}

/** Options of the behaviour diff of two models (see prediction-diff.ts and slice-diff.ts). */
export interface ModelDiffOptions {
  /**
   * Evaluation data aligned with the candidate's rows (cell i of every column belongs to the
   * candidate's row i): column name → cells as read. Slices and the biggest changes' feature
   * values come from it.
   */
  data?: Record<string, string[]>;
  /** Columns of `data` whose values cut the rows into slices. */
  sliceColumns?: string[];
  /** Metrics compared per slice (default: `primaryMetric`). */
  sliceMetrics?: string[];
  /**
   * The gate's primary metric, compared per slice when `sliceMetrics` is not given; accuracy
   * (classifiers) when the predictions do not have it (e.g. roc_auc without scores).
   */
  primaryMetric?: string;
  /** Slices with fewer rows are computed and shown but marked `gated: false` (default 30). */
  minSliceRows?: number;
  /** Columns of `data` shown beside each of the biggest changes. */
  diffColumns?: string[];
  /** Regression: a prediction that moved by more than this changed (default: the baseline's median absolute error). */
  tolerance?: number;
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
  /** How the candidate's per-row predictions differ from the baseline's (with a baseline). */
  prediction_diff?: PredictionDiff;
  /** Metrics per slice of the evaluation data, candidate vs baseline (with `slices`). */
  slices?: SliceComparison[];
  notes?: string[];
}

/** One of the rows whose prediction changed most. */
export interface ChangedRow {
  /** 1-based row of the candidate's predictions. */
  row: number;
  /** The row's id; null when the predictions have no id column. */
  id: string | null;
  /** The true label (classifiers) or value (regressors), as read. */
  truth: string;
  /** Predicted label (classifiers) or value (regressors) of each model, as read. */
  baseline: string;
  candidate: string;
  /**
   * Classifiers: the change of the probability of the true class (candidate − baseline), null
   * without scores. Regressors: candidate − baseline prediction.
   */
  delta: number | null;
  outcome: 'fixed' | 'broken' | 'other' | 'closer' | 'further' | 'same_distance';
  /** Values of the `diff-columns` of the evaluation data, as read (cut to 256 characters). */
  features: Record<string, string>;
}

export interface ClassifierPredictionDiff {
  /** Paired rows compared. */
  rows: number;
  /** Rows whose predicted label changed: fixed + broken + other. */
  changed: number;
  /** Baseline wrong, candidate right. */
  fixed: number;
  /** Baseline right, candidate wrong. */
  broken: number;
  /** Both wrong, with different labels. */
  other: number;
  /** Baseline label → candidate label → rows (every row, so the diagonal is the unchanged ones). */
  table: Record<string, Record<string, number>>;
  top: ChangedRow[];
}

export interface RegressorPredictionDiff {
  rows: number;
  /** Rows whose prediction moved by more than `tolerance`: closer + further + ties. */
  changed: number;
  /** Changed rows whose candidate prediction is nearer the truth than the baseline's. */
  closer: number;
  /** Changed rows whose candidate prediction is farther from the truth. */
  further: number;
  tolerance: number;
  top: ChangedRow[];
}

export type PredictionDiff = ClassifierPredictionDiff | RegressorPredictionDiff;

/** One metric on one slice of the evaluation data (a value, or a bin, of one column). */
export interface SliceComparison {
  metric: string;
  column: string;
  /** The category, `(missing)`, `(other: k values)`, or a numeric bin such as `[0.5, 3.2)`. */
  value: string;
  /** Rows in the slice. */
  n: number;
  /** Null where the metric is undefined on the slice (see `note`). */
  baseline: number | null;
  candidate: number | null;
  /** candidate − baseline. */
  delta: number | null;
  /** 95% paired percentile bootstrap interval of delta. */
  interval: [number, number] | null;
  /** Two-sided paired-bootstrap p-value of "no difference" (see slice-diff.ts). */
  p_value: number | null;
  /** Benjamini–Hochberg across the gated slices of this metric; null for slices not gated. */
  adjusted_p_value: number | null;
  /** False when the slice has fewer than `min-slice-rows` rows: shown, never gated. */
  gated: boolean;
  note?: string;
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
