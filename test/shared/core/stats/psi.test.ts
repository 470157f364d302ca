import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { populationStabilityIndex } from '../../../../shared/core/stats/psi.js';
import { describeMismatch, metricAgrees, vectorCases } from './distance-fixtures.js';
import { probabilityPair } from './probability-arbitraries.js';

describe('populationStabilityIndex', () => {
  const cases = vectorCases();

  it(`matches numpy's Σ (q − p)·ln(q/p) (raw and floored proportions) on ${cases.length} fixture vector pairs`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const value = populationStabilityIndex(c.p, c.q);
      if (!metricAgrees(value, c.expected.psi)) failures.push(describeMismatch(c.name, 'psi', value, c.expected.psi));
      if (c.floored) {
        const floored = populationStabilityIndex(c.floored.p, c.floored.q);
        if (!metricAgrees(floored, c.floored.psi)) failures.push(describeMismatch(c.name, 'floored psi', floored, c.floored.psi));
      }
    }
    expect(failures).toEqual([]);
  });

  it('is +Infinity when a bin is empty on one side only, and ignores bins empty on both', () => {
    expect(populationStabilityIndex([0.5, 0.5, 0], [0.5, 0.25, 0.25])).toBe(Infinity);
    expect(populationStabilityIndex([0.5, 0.25, 0.25], [0.5, 0.5, 0])).toBe(Infinity);
    expect(populationStabilityIndex([0.5, 0, 0.5], [0.25, 0, 0.75])).toBe(
      populationStabilityIndex([0.5, 0.5], [0.25, 0.75]),
    );
  });

  it('is KL(p‖q) + KL(q‖p)', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    const q = [0.25, 0.25, 0.4, 0.1];
    const kl = (a: number[], b: number[]) => a.reduce((s, ai, i) => s + ai * Math.log(ai / b[i]), 0);
    expect(populationStabilityIndex(p, q)).toBeCloseTo(kl(p, q) + kl(q, p), 14);
  });

  it('properties: symmetric, ≥ 0, 0 for equal vectors', () => {
    fc.assert(
      fc.property(probabilityPair({ allowZeros: false }), ([p, q]) => {
        const value = populationStabilityIndex(p, q);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(Math.abs(populationStabilityIndex(q, p) - value)).toBeLessThanOrEqual(1e-12 * (1 + value));
        expect(populationStabilityIndex(p, p)).toBe(0);
      }),
    );
  });

  it('rejects vectors of different lengths, empty, negative, non-finite or not summing to 1', () => {
    expect(() => populationStabilityIndex([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => populationStabilityIndex([], [])).toThrow(RangeError);
    expect(() => populationStabilityIndex([1.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => populationStabilityIndex([0.5, 0.5], [Infinity, 0])).toThrow(RangeError);
    expect(() => populationStabilityIndex([3, 7], [4, 6])).toThrow(/sums to 10/);
  });
});
