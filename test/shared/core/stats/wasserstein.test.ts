import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wassersteinDistance } from '../../../../shared/core/stats/wasserstein.js';
import { pairwiseSum } from '../../../../shared/core/stats/pairwise-sum.js';
import { allPairs, describeMismatch, metricAgrees } from './distance-fixtures.js';

describe('wassersteinDistance', () => {
  it('with a scale, is the distance of the scaled values to the bit, summed across blocks of 8,192 terms', () => {
    const u = Float64Array.from({ length: 6000 }, (_, i) => Math.sin(i) * 1e3 + (i % 7));
    const v = Float64Array.from({ length: 5000 }, (_, i) => Math.cos(i) * 9e2 + (i % 5) + 0.1);
    const sortedU = u.slice().sort();
    const sortedV = v.slice().sort();
    // The integral as it was computed over arrays of every pooled value and every term.
    const overArrays = (a: Float64Array, b: Float64Array): number => {
      const pooled = Float64Array.from([...a, ...b]).sort();
      const terms = new Float64Array(pooled.length - 1);
      for (let t = 0, i = 0, j = 0; t < pooled.length - 1; t++) {
        while (i < a.length && a[i] <= pooled[t]) i++;
        while (j < b.length && b[j] <= pooled[t]) j++;
        const gap = pooled[t + 1] - pooled[t];
        const difference = i / a.length - j / b.length;
        terms[t] = difference === 0 || gap === 0 ? 0 : Math.abs(difference) * gap;
      }
      return pairwiseSum(terms);
    };
    expect(wassersteinDistance(u, v)).toBe(overArrays(sortedU, sortedV));
    for (const scale of [1, 3, 1e3 + 7]) {
      expect(wassersteinDistance(u, v, scale)).toBe(wassersteinDistance(u.map((x) => x / scale), v.map((x) => x / scale)));
      expect(wassersteinDistance(sortedU, sortedV, scale)).toBe(wassersteinDistance(u.map((x) => x / scale), v.map((x) => x / scale)));
    }
  });

  it(`matches scipy.stats.wasserstein_distance on ${allPairs.length} fixture pairs`, () => {
    const failures: string[] = [];
    for (const c of allPairs) {
      const value = wassersteinDistance(c.x, c.y);
      if (!metricAgrees(value, c.wasserstein.value)) failures.push(describeMismatch(c.name, 'W1', value, c.wasserstein.value));
    }
    expect(failures).toEqual([]);
  });

  it('infinite values: Infinity when the CDFs differ over an infinite stretch, else the finite part', () => {
    expect(wassersteinDistance([0, Infinity], [0, 1])).toBe(Infinity);
    expect(wassersteinDistance([-Infinity], [Infinity])).toBe(Infinity);
    // Same half of the mass at +∞ on both sides: only the finite halves move, 1 apart.
    expect(wassersteinDistance([0, Infinity], [1, Infinity])).toBe(0.5);
    expect(wassersteinDistance([Infinity], [Infinity])).toBe(0);
  });

  it('is the distance between two single observations', () => {
    expect(wassersteinDistance([2.5], [-1])).toBe(3.5);
  });

  it('rejects empty samples and NaN', () => {
    expect(() => wassersteinDistance([], [1])).toThrow(RangeError);
    expect(() => wassersteinDistance([1], [Number.NaN])).toThrow(/NaN/);
  });

  describe('properties', () => {
    const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 50 });

    it('symmetric and non-negative', () => {
      fc.assert(
        fc.property(sample, sample, (u, v) => {
          const d = wassersteinDistance(u, v);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(wassersteinDistance(v, u)).toBe(d);
        }),
      );
    });

    it('0 for the same sample in any order', () => {
      fc.assert(
        fc.property(sample, (u) => {
          expect(wassersteinDistance(u, [...u].reverse())).toBe(0);
        }),
      );
    });

    it('a shift of every value by c moves the distribution by |c|', () => {
      fc.assert(
        fc.property(sample, fc.double({ min: -100, max: 100, noNaN: true }), (u, c) => {
          const shifted = u.map((x) => x + c);
          // Adding c rounds each value, so allow rounding on the scale of the data.
          expect(Math.abs(wassersteinDistance(u, shifted) - Math.abs(c))).toBeLessThan(1e-9 * (1 + Math.abs(c)));
        }),
      );
    });

    it('satisfies the triangle inequality', () => {
      fc.assert(
        fc.property(sample, sample, sample, (a, b, c) => {
          const direct = wassersteinDistance(a, c);
          expect(direct).toBeLessThanOrEqual((wassersteinDistance(a, b) + wassersteinDistance(b, c)) * (1 + 1e-12) + 1e-12);
        }),
      );
    });
  });
});
