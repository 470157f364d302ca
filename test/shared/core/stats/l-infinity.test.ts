import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lInfinityDistance } from '../../../../shared/core/stats/l-infinity.js';
import { describeMismatch, metricAgrees, vectorCases } from './distance-fixtures.js';
import { probabilityPair } from './probability-arbitraries.js';

describe('lInfinityDistance', () => {
  const cases = vectorCases();

  it(`matches numpy's max|p − q| on ${cases.length} fixture vector pairs`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const value = lInfinityDistance(c.p, c.q);
      if (!metricAgrees(value, c.expected.linf)) failures.push(describeMismatch(c.name, 'linf', value, c.expected.linf));
    }
    expect(failures).toEqual([]);
  });

  it('is the largest single-bin change', () => {
    expect(lInfinityDistance([0.5, 0.3, 0.2], [0.4, 0.5, 0.1])).toBeCloseTo(0.2, 15);
    expect(lInfinityDistance([1, 0], [0, 1])).toBe(1);
  });

  it('properties: symmetric, in [0, 1], 0 for equal vectors, never above total variation', () => {
    fc.assert(
      fc.property(probabilityPair({ allowZeros: true }), ([p, q]) => {
        const value = lInfinityDistance(p, q);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(lInfinityDistance(q, p)).toBe(value);
        expect(lInfinityDistance(p, p)).toBe(0);
        const tv = p.reduce((s, pi, i) => s + Math.abs(pi - q[i]), 0) / 2;
        expect(value).toBeLessThanOrEqual(tv + 1e-15);
      }),
    );
  });

  it('rejects vectors of different lengths, empty, negative, non-finite or not summing to 1', () => {
    expect(() => lInfinityDistance([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => lInfinityDistance([], [])).toThrow(RangeError);
    expect(() => lInfinityDistance([1.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => lInfinityDistance([0.5, 0.5], [Infinity, 0])).toThrow(RangeError);
    expect(() => lInfinityDistance([3, 7], [4, 6])).toThrow(/sums to 10/);
  });
});
