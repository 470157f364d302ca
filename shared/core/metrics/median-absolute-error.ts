/**
 * Median absolute error, as scikit-learn's `median_absolute_error`: median |ŷᵢ − yᵢ|,
 * with numpy's median (the mean of the two middle values for an even count). Robust to
 * outliers; lower is better.
 *
 * With row multiplicities (bootstrap), the median is that of the data with each row
 * repeated — not scikit-learn's weighted percentile, which interpolates differently.
 * RangeError when no row takes part.
 */
import { absoluteErrors } from './mean-absolute-error.js';
import { checkCounts } from './row-counts.js';

/** Row indices sorted by ascending value. */
export function ascendingOrder(values: ArrayLike<number>): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => values[a] - values[b] || a - b);
}

/**
 * Median of `values` where row i appears counts[i] times.
 * @param order `ascendingOrder(values)`, passed in to sort once for many resamples
 */
export function medianWithCounts(
  values: ArrayLike<number>,
  order: ArrayLike<number> = ascendingOrder(values),
  counts?: ArrayLike<number>,
): number {
  const n = values.length;
  checkCounts(n, counts);
  let total = 0;
  if (counts) for (let i = 0; i < n; i++) total += counts[i];
  else total = n;
  if (total === 0) throw new RangeError('median of an empty sample');
  // 0-based positions of the middle value(s) in the expanded sorted sample.
  const lowPosition = Math.floor((total - 1) / 2);
  const highPosition = Math.floor(total / 2);
  let seen = 0;
  let low = Number.NaN;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const c = counts ? counts[i] : 1;
    if (c === 0) continue;
    const next = seen + c;
    if (Number.isNaN(low) && lowPosition < next) low = values[i];
    if (highPosition < next) {
      const high = values[i];
      return low === high ? low : (low + high) / 2;
    }
    seen = next;
  }
  throw new RangeError('median position not reached'); // unreachable: positions < total
}

export function medianAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, counts?: ArrayLike<number>): number {
  const errors = absoluteErrors(yTrue, yPred);
  return medianWithCounts(errors, ascendingOrder(errors), counts);
}
