import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalVariationDistance } from '../../../../shared/core/stats/total-variation.js';
import { describeMismatch, metricAgrees, vectorCases } from './distance-fixtures.js';
import { probabilityPair } from './probability-arbitraries.js';

describe('totalVariationDistance', () => {
  const cases = vectorCases();

  it(`matches numpy's ½·Σ|p − q| on ${cases.length} fixture vector pairs`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const value = totalVariationDistance(c.p, c.q);
      if (!metricAgrees(value, c.expected.tvd)) failures.push(describeMismatch(c.name, 'tvd', value, c.expected.tvd));
    }
    expect(failures).toEqual([]);
  });

  it('is 1 for disjoint supports and equals L∞ for two bins', () => {
    expect(totalVariationDistance([0.5, 0.5, 0], [0, 0, 1])).toBe(1);
    expect(totalVariationDistance([0.3, 0.7], [0.6, 0.4])).toBeCloseTo(0.3, 15);
  });

  it('properties: symmetric, in [0, 1], 0 for equal vectors, triangle inequality', () => {
    fc.assert(
      fc.property(probabilityPair({ allowZeros: true }), ([p, q]) => {
        const value = totalVariationDistance(p, q);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(totalVariationDistance(q, p)).toBe(value);
        expect(totalVariationDistance(p, p)).toBe(0);
        const uniform = p.map(() => 1 / p.length);
        expect(value).toBeLessThanOrEqual(totalVariationDistance(p, uniform) + totalVariationDistance(uniform, q) + 1e-12);
      }),
    );
  });

  it('rejects vectors of different lengths, empty, negative, non-finite or not summing to 1', () => {
    expect(() => totalVariationDistance([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => totalVariationDistance([], [])).toThrow(RangeError);
    expect(() => totalVariationDistance([1.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => totalVariationDistance([0.5, 0.5], [Infinity, 0])).toThrow(RangeError);
    expect(() => totalVariationDistance([3, 7], [4, 6])).toThrow(/sums to 10/);
  });
});
