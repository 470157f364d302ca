/**
 * The behaviour diff of an evaluation with a baseline: `prediction_diff` (always) and `slices`
 * (when slice columns of the evaluation data are given). See prediction-diff.ts and
 * slice-diff.ts for the definitions; this module checks the options against what the
 * evaluation computed and puts the two together.
 *
 * Errors: an option naming a column the evaluation data lacks, a slice metric the evaluation did
 * not compute, evaluation data of another length → Error naming it.
 */
import type { MetricSet } from './metric-set.js';
import { predictionDiff } from './prediction-diff.js';
import { sliceDiff } from './slice-diff.js';
import { rowCount } from './prediction-arrays.js';
import type { ModelDiffOptions, PredictionArrays, PredictionDiff, SliceComparison, Task } from './types.js';

/** Slice columns and slice metrics at most: each adds a bootstrap per slice. */
export const MAX_SLICE_COLUMNS = 20;
export const MAX_SLICE_METRICS = 10;
export const MAX_DIFF_COLUMNS = 10;

export interface ModelDiffInput {
  task: Task;
  candidate: PredictionArrays;
  /** Paired to the candidate's rows. */
  baseline: PredictionArrays;
  positiveLabel?: string;
  /** The candidate's metrics on all rows (the ones defined). */
  metrics: Record<string, number>;
  options: ModelDiffOptions;
  metricSetsOn: (rows: Int32Array) => { candidate: MetricSet; baseline: MetricSet };
  resamples?: number;
  level?: number;
  seed?: number;
  /** The evaluation's notes, added to. */
  notes: string[];
}

export function modelDiff(input: ModelDiffInput): { prediction_diff: PredictionDiff; slices?: SliceComparison[] } {
  const { options, notes } = input;
  const n = rowCount(input.candidate);
  const data = options.data ?? {};
  for (const [column, cells] of Object.entries(data)) {
    if (cells.length !== n) throw new Error(`evaluation data column \`${column}\` has ${cells.length} rows, the predictions ${n}`);
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

  const result: { prediction_diff: PredictionDiff; slices?: SliceComparison[] } = {
    prediction_diff: predictionDiff({
      task: input.task, candidate: input.candidate, baseline: input.baseline, positiveLabel: input.positiveLabel, data, diffColumns,
      ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
    }),
  };
  if (sliceColumns.length === 0) return result;

  const minSliceRows = options.minSliceRows;
  if (minSliceRows !== undefined && !(Number.isSafeInteger(minSliceRows) && minSliceRows >= 1)) {
    throw new RangeError(`minimum slice rows must be a positive integer, got ${minSliceRows}`);
  }
  const sliced = sliceDiff({
    data, columns: sliceColumns, metrics: sliceMetricsOf(input), metricSetsOn: input.metricSetsOn,
    ...(minSliceRows !== undefined ? { minSliceRows } : {}), resamples: input.resamples, level: input.level, seed: input.seed,
  });
  notes.push(...sliced.notes);
  result.slices = sliced.slices;
  return result;
}

function sliceMetricsOf(input: ModelDiffInput): string[] {
  const computed = Object.keys(input.metrics);
  const { sliceMetrics, primaryMetric } = input.options;
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
