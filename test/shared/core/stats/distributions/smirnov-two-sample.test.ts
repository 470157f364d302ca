import { describe, expect, it } from 'vitest';
import { roundHalfToEven, smirnovTwoSampleExactSf } from '../../../../../shared/core/stats/distributions/smirnov-two-sample.js';

/** P(D_{m,n} ≥ h/lcm) by enumerating all interleavings (2^(m+n) bit patterns with m ones). */
function bruteForce(m: number, n: number): Map<number, number> {
  const counts = new Map<number, number>();
  let total = 0;
  for (let mask = 0; mask < 2 ** (m + n); mask++) {
    let ones = 0;
    for (let b = mask; b; b >>= 1) ones += b & 1;
    if (ones !== m) continue;
    total++;
    // Walk the path: a 1 is an x, a 0 a y; D = max |i/m − j/n| over prefixes, in units of 1/(mn).
    let i = 0;
    let j = 0;
    let dUnits = 0;
    for (let bit = 0; bit < m + n; bit++) {
      if ((mask >> bit) & 1) i++;
      else j++;
      dUnits = Math.max(dUnits, Math.abs(i * n - j * m));
    }
    counts.set(dUnits, (counts.get(dUnits) ?? 0) + 1);
  }
  const survival = new Map<number, number>();
  for (const threshold of counts.keys()) {
    let atLeast = 0;
    for (const [units, c] of counts) if (units >= threshold) atLeast += c;
    survival.set(threshold, atLeast / total);
  }
  return survival;
}

describe('smirnovTwoSampleExactSf against enumeration of all interleavings', () => {
  it.each([
    [1, 1],
    [1, 4],
    [2, 2],
    [3, 5],
    [4, 6],
    [6, 6],
    [5, 8],
    [7, 7],
  ])('m = %d, n = %d', (m, n) => {
    for (const [units, expected] of bruteForce(m, n)) {
      const d = units / (m * n);
      const result = smirnovTwoSampleExactSf(m, n, d);
      expect(Math.abs(result.pValue - expected)).toBeLessThanOrEqual(1e-13);
      // As in scipy, rounding can put P(D ≥ 1/n) = 1 just above 1 (m = n = 7), which is
      // reported as a failure so that ks_2samp falls back to the asymptotic distribution.
      expect(result.success).toBe(result.pValue >= 0 && result.pValue <= 1);
      expect(smirnovTwoSampleExactSf(n, m, d).pValue).toBe(result.pValue);
    }
  });

  it('snaps the statistic to the lattice and gives p = 1 at D = 0', () => {
    expect(smirnovTwoSampleExactSf(3, 4, 0.25 + 1e-15).statistic).toBe(3 / 12);
    expect(smirnovTwoSampleExactSf(3, 4, 0)).toEqual({ success: true, statistic: 0, pValue: 1 });
  });

  it('rounds half to even like numpy', () => {
    expect([0.5, 1.5, 2.5, -2.5, 2.4, 2.6].map(roundHalfToEven)).toEqual([0, 2, 2, -2, 2, 3]);
  });
});
