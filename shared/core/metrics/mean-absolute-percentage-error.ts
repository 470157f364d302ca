/**
 * Mean absolute percentage error, as scikit-learn's `mean_absolute_percentage_error`:
 *
 *   MAPE = (1/n) Σ |ŷᵢ − yᵢ| / max(|yᵢ|, ε),   ε = 2⁻⁵² (float64 machine epsilon)
 *
 * A fraction, not a percentage (0.05 means 5 %). The ε floor is scikit-learn's rule for
 * yᵢ = 0: the row's term becomes |ŷᵢ|/ε, i.e. enormous (≈ 4.5e15·|ŷᵢ|) rather than
 * infinite, which flags the zero target without producing Infinity. Lower is better.
 */
import { meanWithCounts } from './row-counts.js';

export const MAPE_EPSILON = Number.EPSILON;

export function absolutePercentageErrors(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): Float64Array {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    errors[i] = Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), MAPE_EPSILON);
  }
  return errors;
}

export function meanAbsolutePercentageError(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  counts?: ArrayLike<number>,
): number {
  return meanWithCounts(absolutePercentageErrors(yTrue, yPred), counts);
}
