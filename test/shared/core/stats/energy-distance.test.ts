import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { energyDistance } from '../../../../shared/core/stats/energy-distance.js';
import { allPairs, describeMismatch, metricAgrees } from './distance-fixtures.js';

describe('energyDistance', () => {
  it(`matches scipy.stats.energy_distance on ${allPairs.length} fixture pairs`, () => {
    const failures: string[] = [];
    for (const c of allPairs) {
      const value = energyDistance(c.x, c.y);
      if (!metricAgrees(value, c.energy.value)) failures.push(describeMismatch(c.name, 'energy', value, c.energy.value));
    }
    expect(failures).toEqual([]);
  });

  it('is the square-root form: equals √(2·E|X−Y| − E|X−X′| − E|Y−Y′|) from pairwise distances', () => {
    const u = [0.7, 7.4, 2.4, 6.8, -1];
    const v = [1.4, 8, 3.3];
    const meanAbs = (a: number[], b: number[]) => a.reduce((s, x) => s + b.reduce((t, y) => t + Math.abs(x - y), 0), 0) / (a.length * b.length);
    const squared = 2 * meanAbs(u, v) - meanAbs(u, u) - meanAbs(v, v);
    expect(energyDistance(u, v)).toBeCloseTo(Math.sqrt(squared), 12);
  });

  it('infinite values: Infinity when the CDFs differ over an infinite stretch, else the finite part', () => {
    expect(energyDistance([0, Infinity], [0, 1])).toBe(Infinity);
    expect(energyDistance([0, Infinity], [1, Infinity])).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('rejects empty samples and NaN', () => {
    expect(() => energyDistance([1], [])).toThrow(RangeError);
    expect(() => energyDistance([Number.NaN], [1])).toThrow(/NaN/);
  });

  describe('properties', () => {
    const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 50 });

    it('symmetric and non-negative', () => {
      fc.assert(
        fc.property(sample, sample, (u, v) => {
          const d = energyDistance(u, v);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(energyDistance(v, u)).toBe(d);
        }),
      );
    });

    it('0 for the same sample in any order', () => {
      fc.assert(
        fc.property(sample, (u) => {
          expect(energyDistance(u, [...u].reverse())).toBe(0);
        }),
      );
    });

    it('scales with the square root of a change of units', () => {
      fc.assert(
        fc.property(sample, sample, fc.constantFrom(0.25, 4, 16, 1024), (u, v, a) => {
          // Powers of four scale every sum exactly and commute with the square root,
          // so only terms in the subnormal range can round: each by at most half of
          // Number.MIN_VALUE, so the integral under the root moves by at most
          // (a + 1)·(n + m)·MIN_VALUE/2 and the distance by √2 times its square root
          // (fast-check found u = [0], v = [0, −5e-324], a = 1024: 5e-161 against 0).
          const scaled = energyDistance(
            u.map((x) => a * x),
            v.map((x) => a * x),
          );
          const expected = Math.sqrt(a) * energyDistance(u, v);
          const subnormalRounding = Math.sqrt((a + 1) * (u.length + v.length) * Number.MIN_VALUE);
          expect(Math.abs(scaled - expected)).toBeLessThanOrEqual(1e-12 * expected + subnormalRounding);
        }),
      );
    });
  });
});
