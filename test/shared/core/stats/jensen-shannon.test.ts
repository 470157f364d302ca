import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jensenShannonDistance } from '../../../../shared/core/stats/jensen-shannon.js';
import { describeMismatch, metricAgrees, vectorCases } from './distance-fixtures.js';
import { probabilityPair } from './probability-arbitraries.js';

describe('jensenShannonDistance', () => {
  const cases = vectorCases();

  it(`matches scipy.spatial.distance.jensenshannon(p, q) on ${cases.length} fixture vector pairs`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const value = jensenShannonDistance(c.p, c.q);
      if (!metricAgrees(value, c.expected.js)) failures.push(describeMismatch(c.name, 'js', value, c.expected.js));
    }
    expect(failures).toEqual([]);
  });

  it('is √ln 2 for disjoint supports and 0 for equal vectors', () => {
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
    expect(jensenShannonDistance([0.2, 0.8], [0.2, 0.8])).toBe(0);
  });

  it('properties: symmetric, in [0, √ln 2] ⊂ [0, 1], 0 for equal vectors', () => {
    fc.assert(
      fc.property(probabilityPair({ allowZeros: true }), ([p, q]) => {
        const value = jensenShannonDistance(p, q);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(Math.sqrt(Math.LN2) + 1e-12);
        expect(value).toBeLessThanOrEqual(1);
        expect(jensenShannonDistance(q, p)).toBe(value);
        expect(jensenShannonDistance(p, p)).toBe(0);
      }),
    );
  });

  it('rejects vectors of different lengths, empty, negative, non-finite or not summing to 1', () => {
    expect(() => jensenShannonDistance([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => jensenShannonDistance([], [])).toThrow(RangeError);
    expect(() => jensenShannonDistance([1.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => jensenShannonDistance([0.5, 0.5], [Infinity, 0])).toThrow(RangeError);
    expect(() => jensenShannonDistance([3, 7], [4, 6])).toThrow(/sums to 10/);
  });
});
