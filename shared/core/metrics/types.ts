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

export interface EvaluateOptions {
  task: Task;
  positiveLabel?: string;
  resamples?: number;
  level?: number;
  seed?: number;
  baseline?: PredictionColumns;
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
