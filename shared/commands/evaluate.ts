import { InputError } from '../errors.js';
import type { Delimiter } from '../adapters/data/table.js';
import { DEFAULT_PREDICTION_COLUMNS, type PredictionColumnNames } from '../adapters/data/predictions.js';
import { readPredictionArrays } from '../adapters/data/predictions-arrays.js';
import { readPredictionsSidecar, sidecarPath } from '../adapters/data/predictions-sidecar.js';
import { evaluatePredictions, TASKS, type EvaluationResult, type ModelDiffOptions, type MetricsFileEvaluation, type RowIds, type Task } from '../core/metrics/index.js';
import { readMetricsFile, type MetricsFormatChoice } from '../adapters/metrics-files/index.js';
import { readEvaluationData } from '../adapters/data/evaluation-data.js';
import { PRIMARY_METRIC } from '../core/gate/policy.js';
import { rowIdText } from '../core/metrics/row-ids.js';



export interface EvaluateCommandOptions {
  predictions: string;
  task: string;
  baseline?: string;
  positiveLabel?: string;
  columns?: Partial<PredictionColumnNames>;
  resamples?: number;
  seed?: number;
  /** Field separator of the predictions files (default `auto`). */
  delimiter?: Delimiter;
  /** Evaluation data (the rows with their features), joined to the predictions by id. */
  data?: string;
  /** Columns of `data` to compare the models on, slice by slice. */
  slices?: string[];
  /** Metrics compared per slice (default: the gate's primary metric). */
  sliceMetrics?: string[];
  minSliceRows?: number;
  /** Columns of `data` shown beside the rows that changed most (default: the slice columns). */
  diffColumns?: string[];
  /** Regression: how far a prediction must move to count as changed (default: the baseline's median absolute error). */
  diffTolerance?: number;
}

/** Most bootstrap resamples: the intervals settle long before, and each resample re-scores every row. */
export const MAX_RESAMPLES = 100_000;

export async function evaluate(options: EvaluateCommandOptions): Promise<EvaluationResult> {
  if (options.resamples !== undefined && options.resamples > MAX_RESAMPLES) {
    throw new InputError(`--resamples must be at most ${MAX_RESAMPLES.toLocaleString('en-US')}, got ${options.resamples}`);
  }
  if (!TASKS.includes(options.task as Task)) throw new InputError(`--task must be one of ${TASKS.join(', ')}, got \`${options.task}\``);
  const task = options.task as Task;
  const positiveLabel = positiveLabelOf(options, task);
  const candidate = await readPredictionArrays(options.predictions, task, options.columns, options.delimiter);
  const baseline = options.baseline ? await readPredictionArrays(options.baseline, task, options.columns, options.delimiter) : undefined;
  const names = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  const diff = await diffOptions(options, candidate.ids, names.id, task);
  try {
    const result = evaluatePredictions(candidate, {
      task,
      ...(positiveLabel !== undefined ? { positiveLabel } : {}),
      ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(baseline ? { baseline } : {}),
      ...(diff ? { diff } : {}),
      releaseInputs: true, // read here only to be evaluated
    });
    if (result.notes) result.notes = result.notes.map((note) => inCsvTerms(note, names));
    return result;
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The metrics engine names the column and row; the file name is only known here.
    throw new InputError(`${options.predictions}${options.baseline ? ` / ${options.baseline}` : ''}: ${inCsvTerms((error as Error).message, names)}`);
  }
}

/** What the behaviour diff needs beyond the predictions: the evaluation data's columns, joined by id. */
async function diffOptions(options: EvaluateCommandOptions, ids: RowIds | undefined, idColumn: string, task: Task): Promise<ModelDiffOptions | undefined> {
  const slices = options.slices ?? [];
  const needsData = [
    ...(slices.length > 0 ? ['--slices'] : []),
    ...((options.diffColumns ?? []).length > 0 ? ['--diff-columns'] : []),
  ];
  if (options.data === undefined && needsData.length > 0) throw new InputError(`${needsData.join(' and ')} name columns of the evaluation data: give --data`);
  const comparing = [
    ...(options.data !== undefined ? ['--data'] : []),
    ...(options.diffTolerance !== undefined ? ['--diff-tolerance'] : []),
    ...((options.sliceMetrics ?? []).length > 0 ? ['--slice-metrics'] : []),
  ];
  if (options.baseline === undefined && comparing.length > 0) throw new InputError(`${comparing.join(' and ')} compare the candidate with the baseline: give --baseline`);
  if (options.baseline === undefined) return undefined;
  if (options.diffTolerance !== undefined && !(Number.isFinite(options.diffTolerance) && options.diffTolerance >= 0)) {
    throw new InputError(`--diff-tolerance must be a number ≥ 0, got ${options.diffTolerance}`);
  }
  if (options.minSliceRows !== undefined && !(Number.isSafeInteger(options.minSliceRows) && options.minSliceRows >= 1)) {
    throw new InputError(`--min-slice-rows must be a whole number ≥ 1, got ${options.minSliceRows}`);
  }
  const diffColumns = options.diffColumns && options.diffColumns.length > 0 ? options.diffColumns : slices.slice(0, 10);
  const diff: ModelDiffOptions = { sliceColumns: slices, diffColumns, primaryMetric: PRIMARY_METRIC[task] };
  if (options.sliceMetrics && options.sliceMetrics.length > 0) diff.sliceMetrics = options.sliceMetrics;
  if (options.minSliceRows !== undefined) diff.minSliceRows = options.minSliceRows;
  if (options.diffTolerance !== undefined) diff.tolerance = options.diffTolerance;
  if (options.data !== undefined) {
    // Ids as text only here: the join with the evaluation data is by the id's text.
    const idTexts = ids ? Array.from({ length: ids.starts.length - 1 }, (_, i) => rowIdText(ids, i)) : undefined;
    diff.data = await readEvaluationData(options.data, idTexts, {
      idColumn, columns: [...new Set([...slices, ...diffColumns])], predictions: options.predictions, ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    });
  }
  return diff;
}

export interface EvaluateMetricsFilesOptions {
  /** The metrics file (or DVCLive / MLflow folder) the candidate's own evaluation wrote. */
  metrics: string;
  baselineMetrics?: string;
  format?: MetricsFormatChoice;
  task: string;
}

/** Notes an evaluation lists at most (the evaluation format's bound is 1,000). */
const MAX_NOTES = 100;

/**
 * An evaluation of the metrics the user's own evaluation wrote, when there are no per-row
 * predictions to score: the values as read, the baseline's beside them, no intervals. Which
 * metrics are new (candidate only) or missing (baseline only) is listed in the notes; the report
 * and the gate show them as such, never as 0.
 */
export function evaluateMetricsFiles(options: EvaluateMetricsFilesOptions): MetricsFileEvaluation {
  if (!TASKS.includes(options.task as Task)) throw new InputError(`--task must be one of ${TASKS.join(', ')}, got \`${options.task}\``);
  const candidate = readMetricsFile(options.metrics, options.format);
  const baseline = options.baselineMetrics ? readMetricsFile(options.baselineMetrics, options.format) : undefined;
  const notes = [...candidate.notes, ...(baseline?.notes ?? [])];
  if (baseline) {
    const added = Object.keys(candidate.metrics).filter((name) => !Object.hasOwn(baseline.metrics, name));
    const missing = Object.keys(baseline.metrics).filter((name) => !Object.hasOwn(candidate.metrics, name));
    const names = (list: string[]) => `${list.slice(0, 20).map((n) => `\`${n}\``).join(', ')}${list.length > 20 ? ` and ${list.length - 20} more` : ''}`;
    if (added.length > 0) notes.unshift(`new (only in the candidate's ${candidate.path}): ${names(added)}`);
    if (missing.length > 0) notes.unshift(`missing (only in the baseline's ${baseline.path}): ${names(missing)}`);
  }
  const kept = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES - 1), `… and ${notes.length - MAX_NOTES + 1} more values left out`] : notes;
  return {
    task: options.task as Task,
    n: null,
    source: {
      kind: 'metrics_files',
      candidate: { path: candidate.path, format: candidate.format },
      ...(baseline ? { baseline: { path: baseline.path, format: baseline.format } } : {}),
    },
    metrics: candidate.metrics,
    intervals: null,
    ...(baseline ? { baseline_metrics: baseline.metrics } : {}),
    ...(kept.length > 0 ? { notes: kept } : {}),
  };
}

/**
 * A message of the metrics engine in the words of the predictions files: the engine names its
 * inputs (`yTrue`, `classScores["2"]`, `baseline.yPred`), the user knows the CSV's columns
 * (`y_true`, `y_score_2`, the baseline's `y_pred`).
 */
export function inCsvTerms(message: string, names: PredictionColumnNames): string {
  const column = (key: string): string => {
    const scores = /^classScores\["((?:[^"\\]|\\.)*)"\]$/.exec(key);
    if (scores) return `${names.yScore}_${JSON.parse(`"${scores[1]}"`) as string}`;
    if (key === 'classScores') return `${names.yScore}_<class>`;
    return { yTrue: names.yTrue, yPred: names.yPred, yScore: names.yScore, ids: names.id }[key] ?? key;
  };
  return message.replace(
    /(baseline\.)?(classScores\["(?:[^"\\]|\\.)*"\]|classScores|yTrue|yPred|yScore|ids(?=:))/g,
    (_match, baseline: string | undefined, key: string) => (baseline ? `the baseline's ${column(key)}` : column(key)),
  );
}

/**
 * The positive label: the user's, checked against what mlgate's sidecars (`predictions.json`) say
 * each predictions file's `y_score` is the probability of; the sidecars' when the user gives none.
 */
function positiveLabelOf(options: EvaluateCommandOptions, task: Task): string | undefined {
  let chosen = options.positiveLabel;
  let chosenFrom = chosen === undefined ? undefined : 'positive-label';
  for (const file of [options.predictions, options.baseline]) {
    if (file === undefined) continue;
    const sidecar = readPredictionsSidecar(file);
    if (!sidecar) continue;
    if (sidecar.task !== task) {
      throw new InputError(`${file}: ${sidecarPath(file)} says these are ${sidecar.task} predictions, but the task is ${task}`);
    }
    if (task !== 'binary' || sidecar.positive_label === null) continue;
    if (chosen === undefined) {
      chosen = sidecar.positive_label;
      chosenFrom = sidecarPath(file);
    } else if (chosen !== sidecar.positive_label) {
      throw new InputError(`${file}: y_score is the probability of \`${sidecar.positive_label}\` (${sidecarPath(file)}), but ${chosenFrom} says the positive label is \`${chosen}\``);
    }
  }
  return chosen;
}
