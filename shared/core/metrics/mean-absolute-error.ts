/**
 * Mean absolute error, as scikit-learn's `mean_absolute_error`: (1/n) Σ |ŷᵢ − yᵢ|.
 * In the units of the target; lower is better. RangeError when no row takes part.
 */
import { meanWithCounts } from './row-counts.js';

export function absoluteErrors(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): Float64Array {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) errors[i] = Math.abs(yPred[i] - yTrue[i]);
  return errors;
}

export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, counts?: ArrayLike<number>): number {
  return meanWithCounts(absoluteErrors(yTrue, yPred), counts);
}
