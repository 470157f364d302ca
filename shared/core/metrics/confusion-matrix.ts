/**
 * Confusion matrix of encoded class labels, and the per-class totals that precision,
 * recall and F1 are computed from.
 *
 * Classes are integers 0 … nClasses−1 (the caller encodes labels). Entry [i][j] counts
 * the rows whose true class is i and predicted class is j, as scikit-learn's
 * `confusion_matrix` (rows: truth, columns: prediction). With `counts`, row r adds
 * counts[r] instead of 1 (see rowCounts.ts).
 *
 * A class that occurs neither in the truth nor in the predictions keeps an all-zero row
 * and column; averaged metrics ignore it, as scikit-learn only averages over the labels
 * present in y_true ∪ y_pred.
 */
import { checkCounts } from './row-counts.js';

export interface ConfusionMatrix {
  nClasses: number;
  /** Row-major nClasses × nClasses counts: cells[true * nClasses + predicted]. */
  cells: Float64Array;
}

export interface ClassTotals {
  /** Correct predictions of each class (the diagonal). */
  truePositives: Float64Array;
  /** Rows predicted as each class (column sums). */
  predicted: Float64Array;
  /** Rows truly of each class (row sums). */
  actual: Float64Array;
  /** All rows taking part. */
  total: number;
}

function checkClass(value: number, nClasses: number, column: string, row: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= nClasses) {
    throw new RangeError(`${column}[${row}] = ${value} is not a class index in [0, ${nClasses})`);
  }
}

export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  nClasses: number,
  counts?: ArrayLike<number>,
): ConfusionMatrix {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  if (!Number.isInteger(nClasses) || nClasses < 1) throw new RangeError(`nClasses must be a positive integer`);
  checkCounts(n, counts);
  const cells = new Float64Array(nClasses * nClasses);
  for (let i = 0; i < n; i++) {
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    const t = yTrue[i];
    const p = yPred[i];
    checkClass(t, nClasses, 'yTrue', i);
    checkClass(p, nClasses, 'yPred', i);
    cells[t * nClasses + p] += c;
  }
  return { nClasses, cells };
}

export function classTotals(matrix: ConfusionMatrix): ClassTotals {
  const k = matrix.nClasses;
  const truePositives = new Float64Array(k);
  const predicted = new Float64Array(k);
  const actual = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = matrix.cells[i * k + j];
      actual[i] += v;
      predicted[j] += v;
      total += v;
    }
    truePositives[i] = matrix.cells[i * k + i];
  }
  return { truePositives, predicted, actual, total };
}

/** Rows of the matrix as plain arrays (JSON-friendly). */
export function confusionMatrixRows(matrix: ConfusionMatrix): number[][] {
  const k = matrix.nClasses;
  const rows: number[][] = [];
  for (let i = 0; i < k; i++) rows.push(Array.from(matrix.cells.subarray(i * k, (i + 1) * k)));
  return rows;
}
