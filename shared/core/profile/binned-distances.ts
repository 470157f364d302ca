/**
 * KS and Wasserstein distances from two histograms on the same bins, with the largest error the
 * binning can hide. Both take counts per bin (bins in order, each a half-open interval) and report
 * a statistic and an `errorBound` such that the statistic on the raw values lies in
 * [statistic − errorBound, statistic + errorBound].
 */

export interface BinnedEstimate {
  statistic: number;
  errorBound: number;
}

/**
 * Two-sample KS statistic D = sup |F_r − F_c| from bin counts.
 *
 * At every bin boundary both empirical CDFs are known exactly (bins are closed on the right, so
 * the cumulative count up to a bin is F at its right edge; the boundary below the reference
 * minimum is F's left limit there, also attained by F just below it). The statistic reported is
 * D_b, the largest difference at the boundaries: D_b ≤ D.
 *
 * Inside a bin (a, b] both CDFs only rise, so for x in it F_r(x) − F_c(x) ≤ F_r(b) − F_c(a) and
 * F_c(x) − F_r(x) ≤ F_c(b) − F_r(a). Hence D ≤ max(D_b, maxⱼ Uⱼ) with Uⱼ the larger of the two
 * for bin j, and `errorBound` = max(D_b, maxⱼ Uⱼ) − D_b. Uⱼ − D_b is at most the larger of the two
 * samples' mass in bin j: the bound is the largest bin mass the binning can hide, usually much less.
 */
export function binnedKs(reference: readonly number[], current: readonly number[]): BinnedEstimate {
  const m = sum(reference);
  const n = sum(current);
  let r = 0;
  let c = 0;
  let atBoundaries = 0;
  let inside = 0;
  for (let j = 0; j < reference.length; j++) {
    const rBefore = r / m;
    const cBefore = c / n;
    r += reference[j];
    c += current[j];
    // The same arithmetic as `ksTwoSample` (i/m − j/n), so an exact D_b is bit-identical to it.
    const diff = Math.abs(r / m - c / n);
    if (diff > atBoundaries) atBoundaries = diff;
    inside = Math.max(inside, r / m - cBefore, c / n - rBefore);
  }
  const upper = Math.min(1, Math.max(atBoundaries, inside));
  return { statistic: atBoundaries, errorBound: upper - atBoundaries };
}

/**
 * Wasserstein-1 distance ∫|F_r − F_c| from bin counts and each bin's interval [lo, hi] (finite).
 *
 * Estimate: each sample's mass spread evenly over its bin (CDFs linear inside a bin), integrated
 * exactly. Bounds: inside bin (a, b], |F_r − F_c| lies between max(0, F_r(a) − F_c(b), F_c(a) − F_r(b))
 * and max(F_r(b) − F_c(a), F_c(b) − F_r(a)); integrated over the bin's width they bound the exact
 * distance from below and above, and `errorBound` is the larger distance from the estimate to them.
 */
export function binnedWasserstein(reference: readonly number[], current: readonly number[], intervals: readonly [number, number][]): BinnedEstimate {
  const m = sum(reference);
  const n = sum(current);
  let r = 0;
  let c = 0;
  let estimate = 0;
  let lower = 0;
  let upper = 0;
  for (let j = 0; j < reference.length; j++) {
    const width = Math.max(0, intervals[j][1] - intervals[j][0]);
    const ra = r / m;
    const ca = c / n;
    r += reference[j];
    c += current[j];
    const rb = r / m;
    const cb = c / n;
    if (width === 0) continue;
    estimate += width * linearAbsMean(ra - ca, rb - cb);
    lower += width * Math.max(0, ra - cb, ca - rb);
    upper += width * Math.max(rb - ca, cb - ra);
  }
  return { statistic: estimate, errorBound: Math.max(estimate - lower, upper - estimate, 0) };
}

/** Mean of |g| over an interval where g is linear from g0 to g1. */
function linearAbsMean(g0: number, g1: number): number {
  if ((g0 >= 0 && g1 >= 0) || (g0 <= 0 && g1 <= 0)) return (Math.abs(g0) + Math.abs(g1)) / 2;
  return (g0 * g0 + g1 * g1) / (2 * (Math.abs(g0) + Math.abs(g1)));
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
