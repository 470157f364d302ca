import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence } from '../../../../shared/core/stats/kl-divergence.js';
import { describeMismatch, metricAgrees, vectorCases } from './distance-fixtures.js';
import { probabilityPair } from './probability-arbitraries.js';

describe('klDivergence', () => {
  const cases = vectorCases();

  it(`matches scipy.stats.entropy(p, q) (raw and floored proportions) on ${cases.length} fixture vector pairs`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const value = klDivergence(c.p, c.q);
      if (!metricAgrees(value, c.expected.kl)) failures.push(describeMismatch(c.name, 'kl', value, c.expected.kl));
      if (c.floored) {
        const floored = klDivergence(c.floored.p, c.floored.q);
        if (!metricAgrees(floored, c.floored.kl)) failures.push(describeMismatch(c.name, 'floored kl', floored, c.floored.kl));
      }
    }
    expect(failures).toEqual([]);
  });

  it('is +Infinity when the current distribution misses a bin the reference has, and not the other way round', () => {
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
  });

  it('is not symmetric: reference first', () => {
    expect(klDivergence([0.9, 0.1], [0.5, 0.5])).not.toBeCloseTo(klDivergence([0.5, 0.5], [0.9, 0.1]), 3);
  });

  it('properties: ≥ 0 (Gibbs), 0 for equal vectors', () => {
    fc.assert(
      fc.property(probabilityPair({ allowZeros: true }), ([p, q]) => {
        expect(klDivergence(p, q)).toBeGreaterThanOrEqual(-1e-15);
        expect(Math.abs(klDivergence(p, p))).toBeLessThanOrEqual(1e-15);
      }),
    );
  });

  it('rejects vectors of different lengths, empty, negative, non-finite or not summing to 1', () => {
    expect(() => klDivergence([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => klDivergence([], [])).toThrow(RangeError);
    expect(() => klDivergence([1.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => klDivergence([0.5, 0.5], [Infinity, 0])).toThrow(RangeError);
    expect(() => klDivergence([3, 7], [4, 6])).toThrow(/sums to 10/);
  });
});
