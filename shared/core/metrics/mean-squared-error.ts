/**
 * Mean squared error and its square root, as scikit-learn's `mean_squared_error`
 * (squared=True, and squared=False for RMSE): MSE = (1/n) Σ (yᵢ − ŷᵢ)², RMSE = √MSE.
 * Lower is better. Values beyond ~1e154 overflow to Infinity, as in numpy. RangeError
 * when no row takes part.
 */
import { meanWithCounts } from './row-counts.js';

export function squaredErrors(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): Float64Array {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yPred has ${yPred.length} rows, yTrue has ${n}`);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = yTrue[i] - yPred[i];
    errors[i] = d * d;
  }
  return errors;
}

export function meanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, counts?: ArrayLike<number>): number {
  return meanWithCounts(squaredErrors(yTrue, yPred), counts);
}

export function rootMeanSquaredError(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  counts?: ArrayLike<number>,
): number {
  return Math.sqrt(meanSquaredError(yTrue, yPred, counts));
}
