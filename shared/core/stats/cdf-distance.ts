import { PAIRWISE_BLOCK, pairwiseSum } from './pairwise-sum.js';
import { sortedSample } from './sorted-sample.js';

/**
 * ∫ |F_u(t) − F_v(t)|^power dt over the real line, F_u and F_v the empirical CDFs of
 * two samples: the integrand is a step function, so the integral is a sum over the gaps
 * between consecutive pooled values (scipy's `_cdf_distance`, before the 1/power root).
 * Sorting dominates: O((n + m) log(n + m)).
 *
 * Infinite values: a gap with equal endpoints (two equal infinities) has length 0, and
 * a gap where the CDFs agree contributes 0 even if it is infinitely long. scipy forms
 * 0·∞ and ∞ − ∞ there and returns NaN; everywhere scipy returns a number (∞ when the
 * CDFs differ over an infinite gap) the two agree.
 *
 * `scale` (positive) gives the integral for u / scale and v / scale, each value divided as it is
 * read: the normed drift distances need no scaled copies of two columns.
 *
 * Private helper of `shared/stats` (Wasserstein and energy distances); not public API.
 */
export function cdfDistanceIntegral(u: ArrayLike<number>, v: ArrayLike<number>, power: 1 | 2, what: string, scale = 1): number {
  const us = sortedSample(u, `${what}: u`);
  const vs = sortedSample(v, `${what}: v`);
  const nu = us.length;
  const nv = vs.length;
  const total = nu + nv;
  // The pooled values are visited in merge order and the terms summed a block at a time, in the
  // blocks `pairwiseSum` adds (so the sum is the one over an array of all terms, to the bit),
  // without the two arrays of n + m doubles that pooled values and terms took: 32 MB per column
  // of 1,000,000 rows a side. Every value is read divided by `scale` (x / 1 is x).
  const block = new Float64Array(Math.min(PAIRWISE_BLOCK, Math.max(total - 1, 1)));
  let filled = 0;
  let sum = 0;
  let i = 0;
  let j = 0;
  const next = (): number => (j >= nv || (i < nu && us[i] / scale <= vs[j] / scale) ? us[i++] : vs[j++]) / scale;
  let here = next();
  let iu = 0;
  let iv = 0;
  for (let t = 0; t < total - 1; t++) {
    const after = next();
    while (iu < nu && us[iu] / scale <= here) iu++;
    while (iv < nv && vs[iv] / scale <= here) iv++;
    const gap = after === here ? 0 : after - here;
    const difference = iu / nu - iv / nv;
    block[filled++] = difference === 0 || gap === 0 ? 0 : power === 1 ? Math.abs(difference) * gap : difference * difference * gap;
    if (filled === block.length) {
      sum += pairwiseSum(block, 0, filled);
      filled = 0;
    }
    here = after;
  }
  if (filled > 0) sum += pairwiseSum(block, 0, filled);
  return sum;
}
