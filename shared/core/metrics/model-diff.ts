/**
 * The behaviour diff of an evaluation with a baseline: `prediction_diff` (always) and `slices`
 * (when slice columns of the evaluation data are given). See prediction-diff.ts and
 * slice-diff.ts for the definitions; this module checks the options before any work
 * (`planModelDiff`) and computes the two parts: the prediction diff from the predictions alone
 * (evaluation makes it before its metric sets, so that it can free the columns it was handed),
 * the slices from the metric sets re-made on each slice's rows.
 *
 * Errors: an option naming a column the evaluation data lacks, a slice metric the evaluation did
 * not compute, evaluation data of another length → Error naming it.
 */
import type { MetricSet } from './metric-set.js';
import { predictionDiff } from './prediction-diff.js';
import { sliceDiff } from './slice-diff.js';
import type { ModelDiffOptions, PredictionArrays, PredictionDiff, SliceComparison, Task } from './types.js';

/** Slice columns and slice metrics at most: each adds a bootstrap per slice. */
export const MAX_SLICE_COLUMNS = 20;
export const MAX_SLICE_METRICS = 10;
export const MAX_DIFF_COLUMNS = 10;

/** The diff options checked against the evaluation data: what the two parts of the diff read. */
export interface ModelDiffPlan {
  options: ModelDiffOptions;
  data: Record<string, string[]>;
  diffColumns: string[];
  sliceColumns: string[];
}

/** Checks the options before any work: columns the evaluation data lacks, data of another length. */
export function planModelDiff(options: ModelDiffOptions, rows: number): ModelDiffPlan {
  const data = options.data ?? {};
  for (const [column, cells] of Object.entries(data)) {
    if (cells.length !== rows) throw new Error(`evaluation data column \`${column}\` has ${cells.length} rows, the predictions ${rows}`);
  }
  const needColumns = (list: string[] | undefined, what: string, max: number): string[] => {
    const columns = [...new Set(list ?? [])];
    if (columns.length > max) throw new RangeError(`${what}: at most ${max} columns, got ${columns.length}`);
    const absent = columns.filter((c) => !Object.hasOwn(data, c));
    if (absent.length > 0) throw new Error(`${what}: the evaluation data has no column ${absent.map((c) => `\`${c}\``).join(', ')}`);
    return columns;
  };
  const diffColumns = needColumns(options.diffColumns, 'diff columns', MAX_DIFF_COLUMNS);
  const sliceColumns = needColumns(options.sliceColumns, 'slice columns', MAX_SLICE_COLUMNS);
  const minSliceRows = options.minSliceRows;
  if (sliceColumns.length > 0 && minSliceRows !== undefined && !(Number.isSafeInteger(minSliceRows) && minSliceRows >= 1)) {
    throw new RangeError(`minimum slice rows must be a positive integer, got ${minSliceRows}`);
  }
  return { options, data, diffColumns, sliceColumns };
}

export interface PredictionDiffOfInput {
  task: Task;
  candidate: PredictionArrays;
  /** Paired to the candidate's rows. */
  baseline: PredictionArrays;
  positiveLabel?: string;
}

/** `prediction_diff`: row by row, from the predictions (and the evaluation data's diff columns). */
export function predictionDiffOf(plan: ModelDiffPlan, input: PredictionDiffOfInput): PredictionDiff {
  const { tolerance } = plan.options;
  return predictionDiff({
    ...input, data: plan.data, diffColumns: plan.diffColumns, ...(tolerance !== undefined ? { tolerance } : {}),
  });
}

export interface SlicesOfInput {
  task: Task;
  /** The candidate's metrics on all rows (the ones defined). */
  metrics: Record<string, number>;
  metricSetsOn: (rows: Int32Array) => { candidate: MetricSet; baseline: MetricSet };
  resamples?: number;
  level?: number;
  seed?: number;
  /** The evaluation's notes, added to. */
  notes: string[];
}

/** `slices`: both models per slice of the evaluation data; undefined without slice columns. */
export function slicesOf(plan: ModelDiffPlan, input: SlicesOfInput): SliceComparison[] | undefined {
  if (plan.sliceColumns.length === 0) return undefined;
  const { minSliceRows } = plan.options;
  const sliced = sliceDiff({
    data: plan.data, columns: plan.sliceColumns, metrics: sliceMetricsOf(plan.options, input), metricSetsOn: input.metricSetsOn,
    ...(minSliceRows !== undefined ? { minSliceRows } : {}), resamples: input.resamples, level: input.level, seed: input.seed,
  });
  input.notes.push(...sliced.notes);
  return sliced.slices;
}

function sliceMetricsOf(options: ModelDiffOptions, input: SlicesOfInput): string[] {
  const computed = Object.keys(input.metrics);
  const { sliceMetrics, primaryMetric } = options;
  if (sliceMetrics !== undefined && sliceMetrics.length > 0) {
    const metrics = [...new Set(sliceMetrics)];
    if (metrics.length > MAX_SLICE_METRICS) throw new RangeError(`slice metrics: at most ${MAX_SLICE_METRICS}, got ${metrics.length}`);
    const unknown = metrics.filter((m) => !computed.includes(m));
    if (unknown.length > 0) {
      throw new Error(`slice metrics: ${unknown.map((m) => `\`${m}\``).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the metrics computed here (${computed.join(', ')})`);
    }
    return metrics;
  }
  const fallback = input.task === 'regression' ? 'rmse' : 'accuracy';
  if (primaryMetric !== undefined && computed.includes(primaryMetric)) return [primaryMetric];
  if (primaryMetric !== undefined) input.notes.push(`slices: compared by ${fallback}, because ${primaryMetric} (the primary metric) is not computed for these predictions`);
  return [fallback];
}
