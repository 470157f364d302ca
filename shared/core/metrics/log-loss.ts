/**
 * Log loss (cross-entropy), as scikit-learn 1.2.1's `log_loss` with its default
 * `eps="auto"`:
 *
 *   L = −(1/n) Σᵢ log p̂ᵢ,yᵢ      (natural logarithm)
 *
 * Clipping: each probability is clipped to [ε, 1 − ε] with ε = machine epsilon of
 * float64 (2⁻⁵² ≈ 2.22e-16; scikit-learn 1.2 changed the default from 1e-15 to "auto",
 * which is this value), so a confident wrong prediction costs ≈ 36.04 instead of ∞.
 *
 * Renormalisation: after clipping, each row is divided by its sum, so multiclass scores
 * that do not sum to 1 are treated as relative weights. In the binary case the row is
 * (1 − p, p), whose sum is 1 up to rounding.
 *
 * Classes: binary takes the probability of the positive class; multiclass takes one
 * probability column per class and the true class of each row as a column index. A
 * binary sample with one class only is fine (scikit-learn needs `labels=[0, 1]` then).
 *
 * Reference: C. M. Bishop (2006), "Pattern Recognition and Machine Learning", p. 209.
 */
import { meanWithCounts } from './row-counts.js';

/** Clipping bound of scikit-learn 1.2.1 (`np.finfo(np.float64).eps`). */
export const LOG_LOSS_EPS = Number.EPSILON;

function clip(p: number): number {
  return Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
}

/** Per-row losses for binary labels (1 = positive) and positive-class probabilities. */
export function binaryLogLossTerms(isPositive: ArrayLike<number>, probability: ArrayLike<number>): Float64Array {
  const n = isPositive.length;
  if (probability.length !== n) throw new RangeError(`${probability.length} probabilities for ${n} rows`);
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = clip(probability[i]);
    const q = 1 - p;
    const rowSum = q + p;
    terms[i] = -Math.log((isPositive[i] ? p : q) / rowSum);
  }
  return terms;
}

/** Per-row losses for class indices into `columns` (one probability column per class). */
export function multiclassLogLossTerms(yTrue: ArrayLike<number>, columns: readonly ArrayLike<number>[]): Float64Array {
  const n = yTrue.length;
  const k = columns.length;
  if (k < 2) throw new RangeError(`log loss needs at least two classes, got ${k}`);
  for (const column of columns) {
    if (column.length !== n) throw new RangeError(`a probability column has ${column.length} rows, expected ${n}`);
  }
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = yTrue[i];
    if (!Number.isInteger(t) || t < 0 || t >= k) throw new RangeError(`yTrue[${i}] = ${t} is not a column index`);
    let rowSum = 0;
    for (let c = 0; c < k; c++) rowSum += clip(columns[c][i]);
    terms[i] = -Math.log(clip(columns[t][i]) / rowSum);
  }
  return terms;
}

export function binaryLogLoss(
  isPositive: ArrayLike<number>,
  probability: ArrayLike<number>,
  counts?: ArrayLike<number>,
): number {
  return meanWithCounts(binaryLogLossTerms(isPositive, probability), counts);
}

export function multiclassLogLoss(
  yTrue: ArrayLike<number>,
  columns: readonly ArrayLike<number>[],
  counts?: ArrayLike<number>,
): number {
  return meanWithCounts(multiclassLogLossTerms(yTrue, columns), counts);
}
