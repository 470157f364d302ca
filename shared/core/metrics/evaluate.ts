/**
 * `evaluatePredictions`: metrics of one model's predictions, their bootstrap confidence
 * intervals, and optionally a paired comparison against a baseline model scored on the
 * same rows. This is the entry point the CLI and the GitHub Action call with parsed CSV
 * columns; it reads no files.
 *
 * Metrics (scikit-learn 1.2.1 definitions, names without `_score`/`neg_`):
 * - binary: accuracy, balanced_accuracy, precision, recall, f1, matthews_corrcoef; with
 *   `yScore` also roc_auc, average_precision, log_loss, brier_score;
 * - multiclass: accuracy, balanced_accuracy, precision/recall/f1 _macro/_micro/_weighted,
 *   matthews_corrcoef; with `classScores` also log_loss, roc_auc_ovr;
 * - regression: mae, mse, rmse, r2, mape, median_absolute_error, explained_variance.
 * A metric that is undefined on the data (e.g. roc_auc when yTrue has one class) is
 * omitted, with a note saying why.
 *
 * Intervals: percentile bootstrap (see bootstrap.ts), `resamples` (default 1000) at
 * `level` (default 0.95), seeded by `seed` (default 0). Resamples on which a metric is
 * undefined are skipped for that metric and counted in a note.
 *
 * Comparison (when `baseline` is given): rows are paired by id when both sides have ids,
 * otherwise by position (see pairRows.ts); both sides must have the same yTrue on every
 * paired row. For every metric defined on both sides: delta = candidate − baseline with a
 * paired bootstrap interval (same resampled rows for both). accuracy also gets McNemar's
 * exact test (test 'mcnemar_exact'), binary roc_auc DeLong's test (test 'delong'); other
 * metrics, and roc_auc_ovr (DeLong is not extended to multiclass here), report
 * test 'paired_bootstrap' without a p-value.
 *
 * Errors: invalid options → RangeError; bad input (length mismatch, non-numeric value,
 * score outside [0, 1], unknown positive label, ids that do not pair) → Error naming the
 * column and the first bad 1-based data row.
 */
import { binaryMetricSet, type BinaryData } from './binary-metrics.js';
import { descendingOrder } from './threshold-curve.js';
import { releaseMemory } from '../release-memory.js';
import { pairedBootstrapIntervals } from './bootstrap.js';
import type { BootstrapResult } from './bootstrap.js';
import { confusionMatrixRows } from './confusion-matrix.js';
import { delongTest, type ScoresInOrder } from './delong.js';
import { encodeBinary, encodeMulticlass, encodeRegression, numberColumn } from './encode-columns.js';
import { checkLabelColumn, checkLength, columnName } from './input-columns.js';
import { parseDecimal } from '../table/decimal.js';
import { canonicalNumericLabels, resolvePositiveLabel, sortLabels } from './labels.js';
import { discordantPairs, mcnemarExact } from './mcnemar.js';
import type { MetricSet } from './metric-set.js';
import { multiclassMetricSet } from './multiclass-metrics.js';
import { pairRows } from './pair-rows.js';
import { planModelDiff, predictionDiffOf, slicesOf } from './model-diff.js';
import { arrayLengths, predictionArraysFrom, renameLabels, reorderLabels, rowCount } from './prediction-arrays.js';
import { rowIdText } from './row-ids.js';
import { regressionMetricSet } from './regression-metrics.js';
import type { EncodedLabels, EvaluateOptions, EvaluationResult, MetricComparison, PredictionArrays, PredictionColumns, RowIds, Task } from './types.js';

/** The evaluation tasks, as the CLI, the actions and result files name them. */
export const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];

/** What a task contributes besides its metric sets: per-row data for the paired tests. */
interface PreparedTask {
  candidate: MetricSet;
  baseline?: MetricSet;
  /** Per-row correctness of each model (classification), for McNemar's test. */
  correct?: { candidate: Uint8Array; baseline?: Uint8Array };
  /** Binary labels and scores of each model, for DeLong's test. */
  delong?: { isPositive: Uint8Array; candidate?: ScoresInOrder; baseline?: ScoresInOrder };
  confusion?: { labels: string[]; matrix: number[][] };
  /** Binary: the positive label, as resolved on the full data (slices reuse it). */
  positiveLabel?: string;
}

function checkShape(columns: PredictionColumns, prefix: string): void {
  const yTrue = columnName(prefix, 'yTrue');
  if (!Array.isArray(columns.yTrue)) throw new Error(`${yTrue} is missing`);
  if (!Array.isArray(columns.yPred)) throw new Error(`${columnName(prefix, 'yPred')} is missing`);
  const n = columns.yTrue.length;
  checkLabelColumn(columns.yTrue, yTrue);
  checkLabelColumn(columns.yPred, columnName(prefix, 'yPred'));
  checkLength(columnName(prefix, 'yPred'), columns.yPred.length, n, yTrue);
  if (columns.yScore) checkLength(columnName(prefix, 'yScore'), columns.yScore.length, n, yTrue);
  if (columns.classScores) {
    for (const [label, values] of Object.entries(columns.classScores)) {
      const name = columnName(prefix, `classScores[${JSON.stringify(label)}]`);
      if (!Array.isArray(values)) throw new Error(`${name} is not a list of numbers`);
      checkLength(name, values.length, n, yTrue);
    }
  }
  if (columns.ids) {
    checkLength(columnName(prefix, 'ids'), columns.ids.length, n, yTrue);
    checkLabelColumn(columns.ids, columnName(prefix, 'ids'));
  }
}

/** Either form of input as typed arrays, its columns' lengths checked. */
function asArrays(columns: PredictionColumns | PredictionArrays, prefix: string): PredictionArrays {
  if ('kind' in columns && columns.kind === 'arrays') {
    const n = rowCount(columns);
    for (const { name, length } of arrayLengths(columns)) checkLength(columnName(prefix, name), length, n, columnName(prefix, 'yTrue'));
    return columns;
  }
  const strings = columns as PredictionColumns;
  checkShape(strings, prefix);
  return predictionArraysFrom(strings);
}

/**
 * Numeric labels compared by value (see `canonicalNumericLabels`): when every label of both models —
 * yTrue, yPred and the classes of the score columns — is a number, all of them and the positive label
 * are spelled by value, so `1`, `1.0` and a `y_score_1.0` column are one class. Two score columns of
 * the same class (`y_score_1` and `y_score_1.0`) are an Error.
 */
function canonicalLabels(
  input: PredictionArrays,
  baseline: PredictionArrays | undefined,
  positiveLabel: string | undefined,
): { input: PredictionArrays; baseline?: PredictionArrays; positiveLabel?: string } {
  const sides = baseline ? [input, baseline] : [input];
  const canonical = canonicalNumericLabels(sides.flatMap((side) => [...side.yTrue.labels, ...side.yPred.labels, ...Object.keys(side.classScores ?? {})]));
  if (!canonical) return { input, baseline, positiveLabel };
  const rewrite = (side: PredictionArrays, prefix: string): PredictionArrays => {
    const out: PredictionArrays = { ...side, yTrue: renameLabels(side.yTrue, canonical), yPred: renameLabels(side.yPred, canonical) };
    if (side.classScores) {
      const scores: Record<string, Float64Array> = {};
      const from = new Map<string, string>();
      for (const [label, values] of Object.entries(side.classScores)) {
        const key = canonical(label);
        if (from.has(key)) {
          throw new Error(
            `${columnName(prefix, `classScores[${JSON.stringify(from.get(key))}]`)} and ${columnName(prefix, `classScores[${JSON.stringify(label)}]`)} ` +
              `are scores of the same class ${key}; keep one`,
          );
        }
        from.set(key, label);
        scores[key] = values;
      }
      out.classScores = scores;
    }
    return out;
  };
  const numericPositive = positiveLabel !== undefined && parseDecimal(positiveLabel) !== undefined;
  return {
    input: rewrite(input, ''),
    ...(baseline ? { baseline: rewrite(baseline, 'baseline') } : {}),
    ...(positiveLabel !== undefined ? { positiveLabel: numericPositive ? canonical(positiveLabel) : positiveLabel } : {}),
  };
}

function rowName(i: number, ids?: RowIds): string {
  return ids ? `row ${i + 1} (id ${JSON.stringify(rowIdText(ids, i))})` : `row ${i + 1}`;
}

function checkSameTruth(task: Task, candidate: PredictionArrays, baseline: PredictionArrays): void {
  const n = rowCount(candidate);
  const differs = (i: number): never => {
    throw new Error(
      `baseline.yTrue differs from yTrue at ${rowName(i, candidate.ids)}: ${JSON.stringify(baseline.yTrue.labels[baseline.yTrue.codes[i]])} vs ` +
        `${JSON.stringify(candidate.yTrue.labels[candidate.yTrue.codes[i]])}; both models must be evaluated on the same rows`,
    );
  };
  if (task === 'regression') {
    const a = numberColumn(candidate.yTrue, 'yTrue');
    const b = numberColumn(baseline.yTrue, 'baseline.yTrue');
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) differs(i);
    return;
  }
  // Each baseline label's code among the candidate's labels (-1: a label the candidate never has).
  const candidateCode = new Map(candidate.yTrue.labels.map((label, code) => [label, code]));
  const toCandidate = Int32Array.from(baseline.yTrue.labels, (label) => candidateCode.get(label) ?? -1);
  for (let i = 0; i < n; i++) if (toCandidate[baseline.yTrue.codes[i]] !== candidate.yTrue.codes[i]) differs(i);
}

function labelConfusion(yTrue: EncodedLabels, yPred: EncodedLabels): { labels: string[]; matrix: number[][] } {
  const labels = sortLabels([...yTrue.labels, ...yPred.labels]);
  const index = new Map(labels.map((label, k) => [label, k]));
  const trueClass = Uint32Array.from(yTrue.labels, (label) => index.get(label)!);
  const predictedClass = Uint32Array.from(yPred.labels, (label) => index.get(label)!);
  const k = labels.length;
  const cells = new Float64Array(k * k);
  for (let i = 0; i < yTrue.codes.length; i++) cells[trueClass[yTrue.codes[i]] * k + predictedClass[yPred.codes[i]]]++;
  return { labels, matrix: confusionMatrixRows({ nClasses: k, cells }) };
}

function correctness(truth: Uint8Array | Int32Array, predicted: Uint8Array | Int32Array): Uint8Array {
  const out = new Uint8Array(truth.length);
  for (let i = 0; i < truth.length; i++) out[i] = truth[i] === predicted[i] ? 1 : 0;
  return out;
}

/** The labels a binary task's positive label is chosen among. */
function binaryLabelsSeen(candidate: PredictionArrays, baseline: PredictionArrays | undefined): Set<string> {
  return new Set([...candidate.yTrue.labels, ...candidate.yPred.labels, ...(baseline?.yPred.labels ?? [])]);
}

function prepareBinary(
  candidate: PredictionArrays,
  baseline: PredictionArrays | undefined,
  positiveLabel: string | undefined,
  notes: string[],
  release: boolean,
): PreparedTask {
  const positive = resolvePositiveLabel(binaryLabelsSeen(candidate, baseline), positiveLabel);
  notes.push(`positive label: ${JSON.stringify(positive)}`);
  let data = encodeBinary(candidate, positive, '', notes);
  let base = baseline ? encodeBinary(baseline, positive, 'baseline', notes) : undefined;
  const confusion = labelConfusion(candidate.yTrue, candidate.yPred);
  // The label columns are read for the last time; the scores are the caller's arrays until permuted below.
  if (release) releaseMemory(candidate.yTrue.codes, candidate.yPred.codes, baseline?.yTrue.codes, baseline?.yPred.codes);
  let permuted = false;
  if (data.score) {
    // Rows taken in the candidate's score order: its resample walks then read the drawn counts in
    // memory order (a third of the time of a random gather at a million rows). Every metric and
    // test is invariant under reordering the paired rows; the bootstrap draws rows by position.
    const order = descendingOrder(data.score);
    const unordered = [data, ...(base ? [base] : [])];
    data = permuteBinary(data, order);
    // One side's scores freed before the other's copy is made, unless both sides are one array.
    if (release && unordered[0].score !== unordered[1]?.score) releaseMemory(unordered[0].score);
    if (base) base = permuteBinary(base, order);
    if (release) releaseMemory(...unordered.map((side) => side.score));
    permuted = true;
    // The label flags made here are dropped.
    releaseMemory(order, ...unordered.flatMap((side) => [side.isPositive, side.predictedPositive]));
  }
  const candidateSet = binaryMetricSet(data);
  const prepared: PreparedTask = {
    positiveLabel: positive,
    candidate: candidateSet,
    correct: { candidate: correctness(data.isPositive, data.predictedPositive) },
    // DeLong reads each model's scores in the order its metric set sorted them: no second sort.
    delong: { isPositive: data.isPositive, ...(candidateSet.scoresInOrder ? { candidate: candidateSet.scoresInOrder } : {}) },
    confusion,
  };
  if (base) {
    const baselineSet = binaryMetricSet(base);
    prepared.baseline = baselineSet;
    prepared.correct!.baseline = correctness(base.isPositive, base.predictedPositive);
    const sorted = baselineSet.scoresInOrder;
    if (sorted) prepared.delong!.baseline = sorted;
    // The permuted copy made above, when the metric set keeps a sorted one of its own.
    if (permuted && sorted && sorted.sorted !== base.score) releaseMemory(base.score);
  }
  return prepared;
}

function permuteBinary(data: BinaryData, order: Uint32Array): BinaryData {
  const n = order.length;
  const isPositive = new Uint8Array(n);
  const predictedPositive = new Uint8Array(n);
  const score = data.score ? new Float64Array(n) : undefined;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    isPositive[k] = data.isPositive[i];
    predictedPositive[k] = data.predictedPositive[i];
    if (score) score[k] = data.score![i];
  }
  return score ? { isPositive, predictedPositive, score } : { isPositive, predictedPositive };
}

function prepareMulticlass(
  candidate: PredictionArrays,
  baseline: PredictionArrays | undefined,
  notes: string[],
): PreparedTask {
  const labels = sortLabels([
    ...candidate.yTrue.labels,
    ...candidate.yPred.labels,
    ...Object.keys(candidate.classScores ?? {}),
    ...(baseline?.yPred.labels ?? []),
    ...Object.keys(baseline?.classScores ?? {}),
  ]);
  const classIndex = new Map(labels.map((label, k) => [label, k]));
  if (candidate.yScore) notes.push('yScore ignored: multiclass scores are read from classScores');
  const data = encodeMulticlass(candidate, classIndex, '');
  const prepared: PreparedTask = {
    candidate: multiclassMetricSet(data),
    correct: { candidate: correctness(data.yTrue, data.yPred) },
    confusion: labelConfusion(candidate.yTrue, candidate.yPred),
  };
  if (baseline) {
    const base = encodeMulticlass(baseline, classIndex, 'baseline');
    prepared.baseline = multiclassMetricSet(base);
    prepared.correct!.baseline = correctness(base.yTrue, base.yPred);
  }
  return prepared;
}

function prepareRegression(candidate: PredictionArrays, baseline: PredictionArrays | undefined): PreparedTask {
  const prepared: PreparedTask = { candidate: regressionMetricSet(encodeRegression(candidate, '')) };
  if (baseline) prepared.baseline = regressionMetricSet(encodeRegression(baseline, 'baseline'));
  return prepared;
}

function definedMetrics(values: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(values)) if (!Number.isNaN(value)) out[name] = value;
  return out;
}

function skipNotes(result: BootstrapResult, names: string[], subject: string, notes: string[]): void {
  for (const name of names) {
    const skipped = result.skipped[name] ?? 0;
    if (!(name in result.intervals)) {
      notes.push(`${subject}${name}: no interval, the metric was undefined on all ${result.resamples} resamples`);
    } else if (skipped > 0) {
      notes.push(
        `${subject}${name}: ${skipped} of ${result.resamples} resamples left the metric undefined ` +
          `(e.g. a single class) and were skipped; the interval uses the other ${result.resamples - skipped}`,
      );
    }
  }
}

function compareModels(
  task: Task,
  prepared: PreparedTask,
  metrics: Record<string, number>,
  baselineMetrics: Record<string, number>,
  delta: BootstrapResult,
  notes: string[],
): Record<string, MetricComparison> {
  const comparison: Record<string, MetricComparison> = {};
  for (const name of Object.keys(metrics)) {
    if (!(name in baselineMetrics)) {
      notes.push(`comparison of ${name} omitted: the baseline has no ${name}`);
      continue;
    }
    const interval = delta.intervals[name];
    if (!interval) continue; // skipNotes has explained it
    const entry: MetricComparison = {
      delta: metrics[name] - baselineMetrics[name],
      interval,
      test: 'paired_bootstrap',
    };
    if (name === 'accuracy' && prepared.correct?.baseline) {
      const pairs = discordantPairs(prepared.correct.candidate, prepared.correct.baseline);
      entry.test = 'mcnemar_exact';
      entry.p_value = mcnemarExact(pairs.candidateOnlyCorrect, pairs.baselineOnlyCorrect).pValue;
    }
    if (name === 'roc_auc' && task === 'binary' && prepared.delong?.candidate && prepared.delong.baseline) {
      try {
        const { isPositive, candidate, baseline } = prepared.delong;
        const test = delongTest(isPositive, candidate, baseline);
        entry.test = 'delong';
        entry.p_value = test.pValue;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        notes.push(`roc_auc: DeLong's test not computed (${error.message}); the comparison rests on the paired bootstrap`);
      }
    }
    if (name === 'roc_auc_ovr') {
      notes.push("roc_auc_ovr: DeLong's test is not computed for multiclass AUC; the comparison rests on the paired bootstrap");
    }
    comparison[name] = entry;
  }
  return comparison;
}

/** `release`: the input columns are the evaluation's to free once read (see `EvaluateOptions.releaseInputs`). */
function prepareTask(
  task: Task, input: PredictionArrays, baseline: PredictionArrays | undefined, positiveLabel: string | undefined, notes: string[], release: boolean,
): PreparedTask {
  return task === 'binary'
    ? prepareBinary(input, baseline, positiveLabel, notes, release)
    : task === 'multiclass'
      ? prepareMulticlass(input, baseline, notes)
      : prepareRegression(input, baseline);
}

/** The given rows of prediction arrays (ids left out: metric sets do not read them). */
function rowsOf(arrays: PredictionArrays, rows: Int32Array): PredictionArrays {
  const labels = (column: PredictionArrays['yTrue']) => reorderLabels(column, rows);
  const values = (column: Float64Array) => Float64Array.from(rows, (i) => column[i]);
  const out: PredictionArrays = { kind: 'arrays', yTrue: labels(arrays.yTrue), yPred: labels(arrays.yPred) };
  if (arrays.yScore) out.yScore = values(arrays.yScore);
  if (arrays.classScores) out.classScores = Object.fromEntries(Object.entries(arrays.classScores).map(([label, column]) => [label, values(column)]));
  return out;
}

export function evaluatePredictions(columns: PredictionColumns | PredictionArrays, options: EvaluateOptions): EvaluationResult {
  const task = options?.task;
  if (!TASKS.includes(task)) {
    throw new RangeError(`task must be one of ${TASKS.join(', ')}, got ${JSON.stringify(task)}`);
  }
  let input = asArrays(columns, '');
  let baselineInput = options.baseline ? asArrays(options.baseline, 'baseline') : undefined;
  let positiveLabel = options.positiveLabel;
  if (task !== 'regression') {
    ({ input, baseline: baselineInput, positiveLabel } = canonicalLabels(input, baselineInput, positiveLabel));
  }
  const n = rowCount(input);
  if (n === 0) throw new RangeError('no rows to evaluate: yTrue is empty');
  const notes: string[] = [];

  // Columns handed over are freed once read for the last time; slices re-read them at the end.
  const diffPlan = baselineInput ? planModelDiff(options.diff ?? {}, n) : undefined;
  const release = options.releaseInputs === true && !(diffPlan && diffPlan.sliceColumns.length > 0);

  let baseline: PredictionArrays | undefined;
  if (baselineInput) {
    const paired = pairRows(input, baselineInput, { releaseBaseline: release });
    baseline = paired.baseline;
    checkSameTruth(task, input, baseline);
    notes.push(`candidate and baseline rows paired by ${paired.matchedBy}`);
  }
  if (task === 'binary') positiveLabel = resolvePositiveLabel(binaryLabelsSeen(input, baseline), positiveLabel);
  // The prediction diff reads the columns as given, before the metric sets reorder and free them.
  const predictionDiffResult = baseline && diffPlan ? predictionDiffOf(diffPlan, { task, candidate: input, baseline, positiveLabel }) : undefined;
  if (release) releaseMemory(input.ids?.bytes, input.ids?.starts, baseline?.ids?.bytes, baseline?.ids?.starts);

  const prepared = prepareTask(task, input, baseline, positiveLabel, notes, release);
  notes.push(...prepared.candidate.notes);
  if (prepared.baseline) notes.push(...prepared.baseline.notes.map((note) => `baseline: ${note}`));

  const metrics = definedMetrics(prepared.candidate.compute());
  const baselineMetrics = prepared.baseline ? definedMetrics(prepared.baseline.compute()) : undefined;

  const bootstrap = pairedBootstrapIntervals(n, prepared.candidate.compute, prepared.baseline?.compute, {
    resamples: options.resamples,
    level: options.level,
    seed: options.seed,
  });
  const intervals: Record<string, [number, number]> = {};
  for (const name of Object.keys(metrics)) {
    const interval = bootstrap.candidate.intervals[name];
    if (interval) intervals[name] = interval;
  }
  notes.push(
    `intervals: ${Number((bootstrap.candidate.level * 100).toPrecision(12))}% percentile bootstrap, ${bootstrap.candidate.resamples} resamples, ` +
      `seed ${bootstrap.candidate.seed}`,
  );
  skipNotes(bootstrap.candidate, Object.keys(metrics), '', notes);

  const result: EvaluationResult = { task, n, metrics, intervals };
  if (prepared.confusion) result.confusion_matrix = prepared.confusion;
  if (baselineMetrics && bootstrap.delta) {
    result.baseline_metrics = baselineMetrics;
    const shared = Object.keys(metrics).filter((name) => name in baselineMetrics);
    skipNotes(bootstrap.delta, shared, 'comparison of ', notes);
    result.comparison = compareModels(task, prepared, metrics, baselineMetrics, bootstrap.delta, notes);
    result.prediction_diff = predictionDiffResult!;
    // Slices re-prepare the metric sets on each slice's rows the way they were prepared here.
    const paired = baseline!;
    const metricSetsOn = (rows: Int32Array) => {
      const subset = prepareTask(task, rowsOf(input, rows), rowsOf(paired, rows), prepared.positiveLabel, [], false);
      return { candidate: subset.candidate, baseline: subset.baseline! };
    };
    const slices = slicesOf(diffPlan!, { task, metrics, metricSetsOn, resamples: options.resamples, level: options.level, seed: options.seed, notes });
    if (slices) result.slices = slices;
  }
  if (notes.length > 0) result.notes = notes;
  return result;
}
