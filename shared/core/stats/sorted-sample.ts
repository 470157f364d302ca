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
  if (isMarkedSorted(values)) return values;
  const sorted = Float64Array.from(values);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) {
      throw new RangeError(`${what} contains NaN at index ${i}: drop missing values first`);
    }
  }
  return sorted.sort();
}

/**
 * Arrays known to be sorted and free of NaN (a drift column sorted once, in place): the statistics
 * read them as they are instead of copying and sorting them again. Callers must not change a
 * marked array afterwards; the statistics only read their sorted samples.
 */
const SORTED = new WeakSet<object>();

export function markSorted(values: Float64Array): Float64Array {
  SORTED.add(values);
  return values;
}

export function isMarkedSorted(values: ArrayLike<number>): values is Float64Array {
  return values instanceof Float64Array && SORTED.has(values);
}
