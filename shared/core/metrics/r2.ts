/**
 * Coefficient of determination R², as scikit-learn's `r2_score` (force_finite=True):
 *
 *   R² = 1 − Σ (yᵢ − ŷᵢ)² / Σ (yᵢ − ȳ)²
 *
 * 1 is perfect, 0 is as good as predicting the mean, negative is worse than that.
 *
 * Edge cases (scikit-learn's rules):
 * - fewer than two rows: undefined, NaN (scikit-learn warns and returns NaN);
 * - constant y (zero denominator): 1 when the predictions are perfect, otherwise 0
 *   (rather than −∞);
 * - perfect predictions: 1.
 * "Constant" means all taking-part values of y are equal; the denominator is then exactly
 * 0 here, whereas numpy may leave a rounding residue (e.g. mean of [0.1, 0.1, 0.1] ≠ 0.1)
 * that makes scikit-learn return a huge negative number — the documented rule is applied
 * instead.
 */
import { checkCounts } from './row-counts.js';

/** Whether all rows taking part share one value (and their count). */
export function constantWithCounts(values: ArrayLike<number>, counts?: ArrayLike<number>): boolean {
  let first = Number.NaN;
  let started = false;
  for (let i = 0; i < values.length; i++) {
    if (counts && counts[i] === 0) continue;
    if (!started) {
      first = values[i];
      started = true;
    } else if (values[i] !== first) {
      return false;
    }
  }
  return true;
}

/** 1 − numerator/denominator with scikit-learn's force_finite rule for zeros. */
export function forceFiniteScore(numerator: number, denominator: number): number {
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}

export function r2(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, counts?: ArrayLike<number>): number {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  checkCounts(n, counts);
  let total = 0;
  let sumTrue = 0;
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    total += c;
    sumTrue += c * yTrue[i];
    const d = yTrue[i] - yPred[i];
    residual += c * d * d;
  }
  if (total < 2) return Number.NaN;
  let spread = 0;
  if (!constantWithCounts(yTrue, counts)) {
    const mean = sumTrue / total;
    for (let i = 0; i < n; i++) {
      const c = counts ? counts[i] : 1;
      if (c === 0) continue;
      const d = yTrue[i] - mean;
      spread += c * d * d;
    }
  }
  return forceFiniteScore(residual, spread);
}
