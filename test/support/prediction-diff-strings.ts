/**
 * The prediction diff as it was computed before evaluation kept its columns as typed arrays:
 * row by row over string columns, every changed row collected and sorted. Kept as the reference
 * the typed-array diff (shared/core/metrics/prediction-diff.ts) must equal.
 */
import { parseNumberColumn } from '../../shared/core/metrics/input-columns.js';
import { medianAbsoluteError } from '../../shared/core/metrics/median-absolute-error.js';
import type { ChangedRow, ClassifierPredictionDiff, PredictionColumns, RegressorPredictionDiff, Task } from '../../shared/core/metrics/types.js';

/** Rows listed in `top`. */
const MAX_CHANGED_ROWS = 20;
/** Labels in the baseline × candidate table before the rarest are folded. */
const MAX_TABLE_LABELS = 30;
const OTHER_LABELS = '(other labels)';
/** Characters kept of a label, id or feature value. */
const MAX_TEXT = 256;

export interface PredictionDiffInput {
  task: Task;
  /** The candidate's predictions, and the baseline's paired to the candidate's rows. */
  candidate: PredictionColumns;
  baseline: PredictionColumns;
  /** Binary: the positive label (scores are its probability). */
  positiveLabel?: string;
  /** Evaluation data aligned with the candidate's rows, and which of its columns to show. */
  data?: Record<string, string[]>;
  diffColumns?: string[];
  tolerance?: number;
}

export function predictionDiffFromStrings(input: PredictionDiffInput): ClassifierPredictionDiff | RegressorPredictionDiff {
  return input.task === 'regression' ? regressorDiff(input) : classifierDiff(input);
}

function classifierDiff(input: PredictionDiffInput): ClassifierPredictionDiff {
  const { candidate, baseline } = input;
  const n = candidate.yTrue.length;
  const pCandidate = trueClassProbability(candidate, input);
  const pBaseline = trueClassProbability(baseline, input);
  const scored = pCandidate !== undefined && pBaseline !== undefined;
  let fixed = 0;
  let broken = 0;
  let other = 0;
  const changedRows: { i: number; outcome: 'fixed' | 'broken' | 'other'; delta: number | null }[] = [];
  for (let i = 0; i < n; i++) {
    const truth = candidate.yTrue[i];
    const before = baseline.yPred[i];
    const after = candidate.yPred[i];
    if (before === after) continue;
    const outcome = before === truth ? 'broken' : after === truth ? 'fixed' : 'other';
    if (outcome === 'fixed') fixed++;
    else if (outcome === 'broken') broken++;
    else other++;
    changedRows.push({ i, outcome, delta: scored ? pCandidate[i] - pBaseline[i] : null });
  }
  const rank = { broken: 0, fixed: 1, other: 2 };
  changedRows.sort((a, b) =>
    scored ? Math.abs(b.delta!) - Math.abs(a.delta!) || a.i - b.i : rank[a.outcome] - rank[b.outcome] || a.i - b.i);
  const top = changedRows.slice(0, MAX_CHANGED_ROWS).map(({ i, outcome, delta }) =>
    changedRow(input, i, candidate.yTrue[i], baseline.yPred[i], candidate.yPred[i], delta, outcome));
  return { rows: n, changed: fixed + broken + other, fixed, broken, other, table: labelTable(baseline.yPred, candidate.yPred), top };
}

/** Per row, the probability the model gave the true class; undefined when it has no scores. */
function trueClassProbability(columns: PredictionColumns, input: PredictionDiffInput): Float64Array | undefined {
  const n = columns.yTrue.length;
  if (input.task === 'binary') {
    const positive = input.positiveLabel;
    const score = columns.yScore ?? (positive !== undefined ? columns.classScores?.[positive] : undefined);
    if (!score || positive === undefined) return undefined;
    return Float64Array.from({ length: n }, (_, i) => (columns.yTrue[i] === positive ? score[i] : 1 - score[i]));
  }
  const scores = columns.classScores;
  if (!scores) return undefined;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const column = Object.hasOwn(scores, columns.yTrue[i]) ? scores[columns.yTrue[i]] : undefined;
    if (!column) return undefined; // the metrics engine refuses such files; no ranking rather than a wrong one
    out[i] = column[i];
  }
  return out;
}

function labelTable(before: readonly string[], after: readonly string[]): Record<string, Record<string, number>> {
  const frequency = new Map<string, number>();
  for (const label of [...before, ...after]) frequency.set(label, (frequency.get(label) ?? 0) + 1);
  let kept: Set<string> | undefined;
  if (frequency.size > MAX_TABLE_LABELS) {
    const byCount = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    kept = new Set(byCount.slice(0, MAX_TABLE_LABELS - 1).map(([label]) => label));
  }
  const name = (label: string) => (kept && !kept.has(label) ? OTHER_LABELS : cut(label));
  const table = new Map<string, Map<string, number>>();
  for (let i = 0; i < before.length; i++) {
    const row = name(before[i]);
    const column = name(after[i]);
    if (!table.has(row)) table.set(row, new Map());
    const cells = table.get(row)!;
    cells.set(column, (cells.get(column) ?? 0) + 1);
  }
  // fromEntries, not assignment: a label `__proto__` stays a key.
  return Object.fromEntries([...table].map(([row, cells]) => [row, Object.fromEntries(cells)]));
}

function regressorDiff(input: PredictionDiffInput): RegressorPredictionDiff {
  const { candidate, baseline } = input;
  const truth = parseNumberColumn(candidate.yTrue, 'yTrue');
  const after = parseNumberColumn(candidate.yPred, 'yPred');
  const before = parseNumberColumn(baseline.yPred, 'baseline.yPred');
  const tolerance = input.tolerance ?? medianAbsoluteError(truth, before);
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) throw new RangeError(`tolerance must be a finite number ≥ 0, got ${tolerance}`);
  let closer = 0;
  let further = 0;
  const changedRows: { i: number; delta: number; outcome: 'closer' | 'further' | 'same_distance' }[] = [];
  for (let i = 0; i < truth.length; i++) {
    const delta = after[i] - before[i];
    if (!(Math.abs(delta) > tolerance)) continue;
    const gain = Math.abs(before[i] - truth[i]) - Math.abs(after[i] - truth[i]);
    const outcome = gain > 0 ? 'closer' : gain < 0 ? 'further' : 'same_distance';
    if (outcome === 'closer') closer++;
    else if (outcome === 'further') further++;
    changedRows.push({ i, delta, outcome });
  }
  changedRows.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.i - b.i);
  const top = changedRows.slice(0, MAX_CHANGED_ROWS).map(({ i, delta, outcome }) =>
    changedRow(input, i, candidate.yTrue[i], baseline.yPred[i], candidate.yPred[i], delta, outcome));
  return { rows: truth.length, changed: changedRows.length, closer, further, tolerance, top };
}

function changedRow(
  input: PredictionDiffInput, i: number, truth: string, before: string, after: string, delta: number | null, outcome: ChangedRow['outcome'],
): ChangedRow {
  // fromEntries, not assignment: a column `__proto__` stays a key.
  const features = Object.fromEntries((input.diffColumns ?? []).flatMap((column) => {
    const cells = input.data && Object.hasOwn(input.data, column) ? input.data[column] : undefined;
    return cells ? [[cut(column), cut(cells[i])]] : [];
  }));
  return {
    row: i + 1, id: input.candidate.ids ? cut(input.candidate.ids[i]) : null, truth: cut(truth), baseline: cut(before), candidate: cut(after), delta, outcome,
    features,
  };
}

/** At most 256 code points of `text`, with an ellipsis when cut. */
function cut(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const points = Array.from(text);
  return points.length <= MAX_TEXT ? text : `${points.slice(0, MAX_TEXT - 1).join('')}…`;
}
