/**
 * `predictionDiff`: how two models' predictions on the same rows differ, row by row — the
 * behaviour a difference of averages hides (a candidate can gain a point of accuracy by fixing
 * 800 rows and breaking 350).
 *
 * Classifiers: a row changed when its predicted label changed. A changed row is *fixed* (the
 * baseline was wrong, the candidate is right), *broken* (the baseline was right, the candidate is
 * wrong) or *other* (both wrong, with different labels), so changed = fixed + broken + other.
 * `table` counts every row by baseline label × candidate label (the diagonal holds the unchanged
 * rows); past `MAX_TABLE_LABELS` labels the rarest are folded into one `(other labels)` row and
 * column. The biggest changes are the changed rows ranked by |Δ p(true class)| — the change of
 * the probability each model gave the true class — when both models have scores, else broken
 * rows first, then fixed, then other, in row order.
 *
 * Regressors: a row changed when its prediction moved by more than `tolerance` (default: the
 * baseline's median absolute error, so "changed" means "moved by more than a typical error").
 * A changed row is *closer* (the candidate's prediction is nearer the truth) or *further*; a
 * changed row exactly as far from the truth on both sides (rare) is in neither count. The biggest
 * changes are ranked by |candidate − baseline|.
 *
 * Ties in a ranking keep row order. At most `MAX_CHANGED_ROWS` rows are listed; labels, ids and
 * feature values are cut to 256 characters (the evaluation format's bound on names).
 */
import { numberColumn } from './encode-columns.js';
import { medianAbsoluteError } from './median-absolute-error.js';
import { predictionArraysFrom, rowCount } from './prediction-arrays.js';
import { rowIdText } from './row-ids.js';
import type { ChangedRow, ClassifierPredictionDiff, EncodedLabels, LabelCodes, PredictionArrays, PredictionColumns, RegressorPredictionDiff, Task } from './types.js';

/** Rows listed in `top`. */
export const MAX_CHANGED_ROWS = 20;
/** Labels in the baseline × candidate table before the rarest are folded. */
export const MAX_TABLE_LABELS = 30;
export const OTHER_LABELS = '(other labels)';
/** Characters kept of a label, id or feature value. */
const MAX_TEXT = 256;

export interface PredictionDiffInput {
  task: Task;
  /**
   * The candidate's predictions, and the baseline's paired to the candidate's rows: typed arrays
   * (what evaluation holds; no string per row is made) or string columns (converted once).
   */
  candidate: PredictionArrays | PredictionColumns;
  baseline: PredictionArrays | PredictionColumns;
  /** Binary: the positive label (scores are its probability). */
  positiveLabel?: string;
  /** Evaluation data aligned with the candidate's rows, and which of its columns to show. */
  data?: Record<string, string[]>;
  diffColumns?: string[];
  tolerance?: number;
}

/** The input with both sides as typed arrays. */
interface TypedInput extends PredictionDiffInput {
  candidate: PredictionArrays;
  baseline: PredictionArrays;
}

export function predictionDiff(input: PredictionDiffInput): ClassifierPredictionDiff | RegressorPredictionDiff {
  const typed: TypedInput = { ...input, candidate: typedColumns(input.candidate), baseline: typedColumns(input.baseline) };
  return input.task === 'regression' ? regressorDiff(typed) : classifierDiff(typed);
}

function typedColumns(columns: PredictionArrays | PredictionColumns): PredictionArrays {
  return 'kind' in columns && columns.kind === 'arrays' ? columns : predictionArraysFrom(columns as PredictionColumns);
}

/**
 * The rows ranked first, kept as they arrive: a row enters when it ranks before the last kept one.
 * Rows arrive in row order, so a tie keeps the earlier row, as a stable sort of all changed rows
 * would — without holding every changed row.
 */
class TopRows {
  readonly rows: number[] = [];
  readonly keys: number[] = [];

  /** `key`: smaller ranks first. */
  offer(i: number, key: number): void {
    const { rows, keys } = this;
    if (rows.length === MAX_CHANGED_ROWS && !(key < keys[keys.length - 1])) return;
    let at = keys.length;
    while (at > 0 && key < keys[at - 1]) at--;
    rows.splice(at, 0, i);
    keys.splice(at, 0, key);
    if (rows.length > MAX_CHANGED_ROWS) {
      rows.pop();
      keys.pop();
    }
  }
}

/** Both models' label columns and yTrue as codes of one dictionary, so equal labels are equal codes. */
function sharedCodes(columns: EncodedLabels[]): { labels: string[]; codesOf: Uint32Array[] } {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const codesOf = columns.map((column) => Uint32Array.from(column.labels, (label) => {
    let code = index.get(label);
    if (code === undefined) {
      code = labels.length;
      index.set(label, code);
      labels.push(label);
    }
    return code;
  }));
  return { labels, codesOf };
}

function classifierDiff(input: TypedInput): ClassifierPredictionDiff {
  const { candidate, baseline } = input;
  const n = rowCount(candidate);
  const { labels, codesOf } = sharedCodes([candidate.yTrue, baseline.yPred, candidate.yPred]);
  const [truthCode, beforeCode, afterCode] = codesOf;
  const pCandidate = trueClassProbability(candidate, input);
  const pBaseline = trueClassProbability(baseline, input);
  const scored = pCandidate !== undefined && pBaseline !== undefined;
  const counts = [0, 0, 0];
  const top = new TopRows();
  for (let i = 0; i < n; i++) {
    const before = beforeCode[baseline.yPred.codes[i]];
    const after = afterCode[candidate.yPred.codes[i]];
    if (before === after) continue;
    const truth = truthCode[candidate.yTrue.codes[i]];
    const outcome = before === truth ? 0 : after === truth ? 1 : 2;
    counts[outcome]++;
    // Scored: |Δ p(true class)| descending; else broken, fixed, other. Ties: row order (TopRows).
    top.offer(i, scored ? -Math.abs(pCandidate(i) - pBaseline(i)) : outcome);
  }
  const [broken, fixed, other] = counts;
  return {
    rows: n, changed: fixed + broken + other, fixed, broken, other,
    table: labelTable(labels, beforeCode, baseline.yPred.codes, afterCode, candidate.yPred.codes),
    top: top.rows.map((i) => {
      const truth = candidate.yTrue.labels[candidate.yTrue.codes[i]];
      const before = baseline.yPred.labels[baseline.yPred.codes[i]];
      const after = candidate.yPred.labels[candidate.yPred.codes[i]];
      const outcome = before === truth ? 'broken' : after === truth ? 'fixed' : 'other';
      return changedRow(input, i, truth, before, after, scored ? pCandidate(i) - pBaseline(i) : null, outcome);
    }),
  };
}

/** Per row, the probability the model gave the true class; undefined when it has no scores. */
function trueClassProbability(columns: PredictionArrays, input: PredictionDiffInput): ((i: number) => number) | undefined {
  const n = rowCount(columns);
  const { codes, labels } = columns.yTrue;
  if (input.task === 'binary') {
    const positive = input.positiveLabel;
    const score = columns.yScore ?? (positive !== undefined && columns.classScores && Object.hasOwn(columns.classScores, positive) ? columns.classScores[positive] : undefined);
    if (!score || positive === undefined) return undefined;
    const isPositive = Uint8Array.from(labels, (label) => (label === positive ? 1 : 0));
    return (i) => (isPositive[codes[i]] ? score[i] : 1 - score[i]);
  }
  const scores = columns.classScores;
  if (!scores) return undefined;
  const byCode = labels.map((label) => (Object.hasOwn(scores, label) ? scores[label] : undefined));
  // The metrics engine refuses such files; no ranking rather than a wrong one.
  for (let i = 0; i < n; i++) if (!byCode[codes[i]]) return undefined;
  return (i) => byCode[codes[i]]![i];
}

/**
 * Rows by baseline label × candidate label. Keys appear in the order their first row does (a
 * table's rows by their first row, a row's cells by their first row), as they would counting row
 * by row into maps.
 */
function labelTable(
  labels: readonly string[], beforeCode: Uint32Array, before: LabelCodes, afterCode: Uint32Array, after: LabelCodes,
): Record<string, Record<string, number>> {
  const frequency = new Float64Array(labels.length);
  for (let i = 0; i < before.length; i++) frequency[beforeCode[before[i]]]++;
  for (let i = 0; i < after.length; i++) frequency[afterCode[after[i]]]++;
  const seen = labels.map((label, code) => [label, frequency[code]] as [string, number]).filter(([, count]) => count > 0);
  let kept: Set<string> | undefined;
  if (seen.length > MAX_TABLE_LABELS) {
    const byCount = seen.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    kept = new Set(byCount.slice(0, MAX_TABLE_LABELS - 1).map(([label]) => label));
  }
  // Each label's name in the table (folded or cut: two labels may share one), as a small index.
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const nameOf = Uint32Array.from(labels, (label, code) => {
    if (frequency[code] === 0) return 0; // a label of yTrue only: never looked up
    const name = kept && !kept.has(label) ? OTHER_LABELS : cut(label);
    let k = nameIndex.get(name);
    if (k === undefined) {
      k = names.length;
      nameIndex.set(name, k);
      names.push(name);
    }
    return k;
  });
  const width = names.length;
  const cells = new Float64Array(width * width);
  const firstRow = new Float64Array(width * width).fill(Infinity);
  for (let i = 0; i < before.length; i++) {
    const cell = nameOf[beforeCode[before[i]]] * width + nameOf[afterCode[after[i]]];
    if (cells[cell]++ === 0) firstRow[cell] = i;
  }
  const first = (row: number) => Math.min(...firstRow.subarray(row * width, (row + 1) * width));
  const rows = names.map((_, r) => r).filter((r) => first(r) < Infinity).sort((a, b) => first(a) - first(b));
  // fromEntries, not assignment: a label `__proto__` stays a key.
  return Object.fromEntries(rows.map((r) => {
    const columns = names.map((_, c) => c).filter((c) => cells[r * width + c] > 0).sort((a, b) => firstRow[r * width + a] - firstRow[r * width + b]);
    return [names[r], Object.fromEntries(columns.map((c) => [names[c], cells[r * width + c]]))];
  }));
}

function regressorDiff(input: TypedInput): RegressorPredictionDiff {
  const { candidate, baseline } = input;
  const truth = numberColumn(candidate.yTrue, 'yTrue');
  const after = numberColumn(candidate.yPred, 'yPred');
  const before = numberColumn(baseline.yPred, 'baseline.yPred');
  const tolerance = input.tolerance ?? medianAbsoluteError(truth, before);
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) throw new RangeError(`tolerance must be a finite number ≥ 0, got ${tolerance}`);
  let closer = 0;
  let further = 0;
  let changed = 0;
  const top = new TopRows();
  for (let i = 0; i < truth.length; i++) {
    const delta = after[i] - before[i];
    if (!(Math.abs(delta) > tolerance)) continue;
    const gain = Math.abs(before[i] - truth[i]) - Math.abs(after[i] - truth[i]);
    if (gain > 0) closer++;
    else if (gain < 0) further++;
    changed++;
    top.offer(i, -Math.abs(delta));
  }
  const label = (column: EncodedLabels, i: number) => column.labels[column.codes[i]];
  return {
    rows: truth.length, changed, closer, further, tolerance,
    top: top.rows.map((i) => {
      const gain = Math.abs(before[i] - truth[i]) - Math.abs(after[i] - truth[i]);
      const outcome = gain > 0 ? 'closer' : gain < 0 ? 'further' : 'same_distance';
      return changedRow(input, i, label(candidate.yTrue, i), label(baseline.yPred, i), label(candidate.yPred, i), after[i] - before[i], outcome);
    }),
  };
}

function changedRow(
  input: TypedInput, i: number, truth: string, before: string, after: string, delta: number | null, outcome: ChangedRow['outcome'],
): ChangedRow {
  // fromEntries, not assignment: a column `__proto__` stays a key.
  const features = Object.fromEntries((input.diffColumns ?? []).flatMap((column) => {
    const cells = input.data && Object.hasOwn(input.data, column) ? input.data[column] : undefined;
    return cells ? [[cut(column), cut(cells[i])]] : [];
  }));
  const ids = input.candidate.ids;
  return {
    row: i + 1, id: ids ? cut(rowIdText(ids, i)) : null, truth: cut(truth), baseline: cut(before), candidate: cut(after), delta, outcome,
    features,
  };
}

/** At most 256 code points of `text`, with an ellipsis when cut. */
export function cut(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const points = Array.from(text);
  return points.length <= MAX_TEXT ? text : `${points.slice(0, MAX_TEXT - 1).join('')}…`;
}
