import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hellingerDistance } from '../../../../shared/core/stats/hellinger.js';
import { describeMismatch, metricAgrees, vectorCases } from './distance-fixtures.js';
import { probabilityPair } from './probability-arbitraries.js';

describe('hellingerDistance', () => {
  const cases = vectorCases();

  it(`matches the normalised Hellinger distance (1/√2)‖√p − √q‖₂ computed with numpy on ${cases.length} fixture vector pairs`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const value = hellingerDistance(c.p, c.q);
      if (!metricAgrees(value, c.expected.hellinger)) failures.push(describeMismatch(c.name, 'hellinger', value, c.expected.hellinger));
    }
    expect(failures).toEqual([]);
  });

  it('is 1 for disjoint supports and agrees with √(1 − Σ√(pq))', () => {
    expect(hellingerDistance([0.5, 0.5, 0], [0, 0, 1])).toBe(1);
    const p = [0.1, 0.2, 0.7];
    const q = [0.3, 0.3, 0.4];
    const bhattacharyya = p.reduce((s, pi, i) => s + Math.sqrt(pi * q[i]), 0);
    expect(hellingerDistance(p, q)).toBeCloseTo(Math.sqrt(1 - bhattacharyya), 14);
  });

  it('keeps full precision for nearly equal distributions', () => {
    const p = [0.25, 0.25, 0.5];
    const q = [0.25, 0.25 + 1e-12, 0.5 - 1e-12];
    // (1/√2)·‖√p − √q‖ ≈ (1/√2)·√((δ/(2√0.25))² + (δ/(2√0.5))²) for δ = 1e−12
    const expected = Math.SQRT1_2 * Math.hypot(1e-12 / (2 * Math.sqrt(0.25)), 1e-12 / (2 * Math.sqrt(0.5)));
    expect(Math.abs(hellingerDistance(p, q) - expected) / expected).toBeLessThan(1e-3);
  });

  it('properties: symmetric, in [0, 1], 0 for equal vectors', () => {
    fc.assert(
      fc.property(probabilityPair({ allowZeros: true }), ([p, q]) => {
        const value = hellingerDistance(p, q);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(hellingerDistance(q, p)).toBe(value);
        expect(hellingerDistance(p, p)).toBe(0);
      }),
    );
  });

  it('rejects vectors of different lengths, empty, negative, non-finite or not summing to 1', () => {
    expect(() => hellingerDistance([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => hellingerDistance([], [])).toThrow(RangeError);
    expect(() => hellingerDistance([1.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => hellingerDistance([0.5, 0.5], [Infinity, 0])).toThrow(RangeError);
    expect(() => hellingerDistance([3, 7], [4, 6])).toThrow(/sums to 10/);
  });
});
