/**
 * Row multiplicities ("counts") shared by every metric in this folder.
 *
 * Each metric takes an optional `counts` array: `counts[i]` is how many times row i
 * takes part (a bootstrap resample draws some rows several times and others never).
 * A metric computed with counts equals the metric computed on the data with each row
 * repeated `counts[i]` times — frequency weights, not scikit-learn's `sample_weight`
 * (the two differ for medians). Omitting counts means every row once.
 */

/** Total number of rows taking part. */
export function totalCount(n: number, counts?: ArrayLike<number>): number {
  if (!counts) return n;
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[i];
  return total;
}

/** Checks that counts, when given, has one entry per row. */
export function checkCounts(n: number, counts: ArrayLike<number> | undefined): void {
  if (counts && counts.length !== n) {
    throw new RangeError(`counts has ${counts.length} entries for ${n} rows`);
  }
}

/**
 * Mean of per-row values with multiplicities, Σ cᵢ·vᵢ / Σ cᵢ — the form in which
 * scikit-learn averages per-row losses (`np.average`). RangeError when no row takes part.
 */
export function meanWithCounts(values: ArrayLike<number>, counts?: ArrayLike<number>): number {
  const n = values.length;
  checkCounts(n, counts);
  let sum = 0;
  let total = 0;
  if (counts) {
    for (let i = 0; i < n; i++) {
      const c = counts[i];
      if (c === 0) continue;
      sum += c * values[i];
      total += c;
    }
  } else {
    for (let i = 0; i < n; i++) sum += values[i];
    total = n;
  }
  if (total === 0) throw new RangeError('mean of an empty sample: no row takes part');
  return sum / total;
}
