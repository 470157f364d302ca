/**
 * A sorted copy of a sample, after the checks every two-sample statistic here needs.
 *
 * Throws a RangeError for an empty sample (callers filter those out before testing)
 * and for NaN (callers drop missing values; a NaN reaching a statistic is a bug, and
 * silently ranking it somewhere would hide it). ±Infinity are kept: Float64Array's
 * numeric sort places them at the ends, where they behave as the most extreme values.
 *
 * Private helper of `shared/stats`; not part of the public API.
 */
export function sortedSample(values: ArrayLike<number>, what: string): Float64Array {
  if (values.length === 0) {
    throw new RangeError(`${what} is empty: at least one observation is needed`);
  }
  const sorted = Float64Array.from(values);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) {
      throw new RangeError(`${what} contains NaN at index ${i}: drop missing values first`);
    }
  }
  return sorted.sort();
}
