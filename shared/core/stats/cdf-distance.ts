import { pairwiseSum } from './pairwise-sum.js';
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
 * Private helper of `shared/stats` (Wasserstein and energy distances); not public API.
 */
export function cdfDistanceIntegral(u: ArrayLike<number>, v: ArrayLike<number>, power: 1 | 2, what: string): number {
  const us = sortedSample(u, `${what}: u`);
  const vs = sortedSample(v, `${what}: v`);
  const nu = us.length;
  const nv = vs.length;
  const total = nu + nv;
  const pooled = new Float64Array(total);
  for (let i = 0, j = 0, t = 0; t < total; t++) {
    pooled[t] = j >= nv || (i < nu && us[i] <= vs[j]) ? us[i++] : vs[j++];
  }
  const terms = new Float64Array(total - 1);
  let iu = 0;
  let iv = 0;
  for (let t = 0; t < total - 1; t++) {
    const here = pooled[t];
    while (iu < nu && us[iu] <= here) iu++;
    while (iv < nv && vs[iv] <= here) iv++;
    const gap = pooled[t + 1] === here ? 0 : pooled[t + 1] - here;
    const difference = iu / nu - iv / nv;
    if (difference === 0 || gap === 0) continue;
    terms[t] = power === 1 ? Math.abs(difference) * gap : difference * difference * gap;
  }
  return pairwiseSum(terms);
}
