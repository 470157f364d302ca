import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cramerVonMisesLimitingCdf, cramerVonMisesTwoSample } from '../../../../shared/core/stats/cramer-von-mises.js';
import { allPairs, describeMismatch, pValueAgrees, small, statisticAgrees } from './distance-fixtures.js';

// In the far tail the reference p-value is 1 − V with V within 1e−10 of 1: scipy's own
// value carries ~1e−15 of absolute rounding noise there (a 1-ulp change in V), so the
// 1e−6 relative rule gets an absolute floor of 1e−14 for asymptotic p-values.
function asymptoticPValueAgrees(actual: number, expected: number): boolean {
  return pValueAgrees(actual, expected) || Math.abs(actual - expected) <= 1e-14;
}

describe('cramerVonMisesTwoSample', () => {
  it(`matches scipy.stats.cramervonmises_2samp on ${allPairs.length} fixture pairs`, () => {
    const failures: string[] = [];
    for (const c of allPairs) {
      const result = cramerVonMisesTwoSample(c.x, c.y);
      if (result.method !== c.cvm.method) failures.push(`${c.name}: method ${result.method}, expected ${c.cvm.method}`);
      if (!statisticAgrees(result.statistic, c.cvm.statistic)) {
        failures.push(describeMismatch(c.name, 'statistic', result.statistic, c.cvm.statistic));
      }
      const agrees = c.cvm.method === 'exact' ? pValueAgrees : asymptoticPValueAgrees;
      if (!agrees(result.pValue, c.cvm.pValue)) failures.push(describeMismatch(c.name, 'pValue', result.pValue, c.cvm.pValue));
    }
    expect(failures).toEqual([]);
  });

  it('covers both p-value methods, the tail and the documented extensions in the fixture', () => {
    const methods = new Set(allPairs.map((c) => c.cvm.method));
    expect(methods).toEqual(new Set(['exact', 'asymptotic']));
    expect(allPairs.some((c) => c.cvm.pValue < 1e-6 && c.cvm.method === 'asymptotic')).toBe(true);
    expect(allPairs.some((c) => c.cvm.source === 'documented' && Math.min(c.x.length, c.y.length) === 1)).toBe(true);
    expect(allPairs.some((c) => Math.max(c.x.length, c.y.length) >= 50_000)).toBe(true);
  });

  it('switches from the exact to the asymptotic p-value above 20 observations in either sample', () => {
    const a = Array.from({ length: 21 }, (_, i) => i);
    expect(cramerVonMisesTwoSample(a.slice(0, 20), a.slice(1, 21)).method).toBe('exact');
    expect(cramerVonMisesTwoSample(a, a.slice(0, 20)).method).toBe('asymptotic');
    expect(cramerVonMisesTwoSample(a.slice(0, 3), a).method).toBe('asymptotic');
  });

  it('gives p-value 1 to two single equal or unequal observations (no arrangement differs)', () => {
    expect(cramerVonMisesTwoSample([1], [2])).toEqual({ statistic: 0.25, pValue: 1, method: 'exact' });
    expect(cramerVonMisesTwoSample([2], [2]).pValue).toBe(1);
  });

  it('ranks ±Infinity as extreme values where scipy returns NaN', () => {
    const withInfinities = cramerVonMisesTwoSample([-Infinity, 1, 2], [0, 1, Infinity]);
    const withSurrogates = cramerVonMisesTwoSample([-100, 1, 2], [0, 1, 100]);
    expect(withInfinities).toEqual(withSurrogates);
  });

  it('matches scipy\'s limiting CDF (_cdf_cvm_inf) to 1e-12', () => {
    for (const { x, cdf } of small.cvmLimitingCdf) {
      expect(Math.abs(cramerVonMisesLimitingCdf(x) - cdf), `x = ${x}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('limiting CDF is 0 at and below 0 and increases to 1', () => {
    expect(cramerVonMisesLimitingCdf(0)).toBe(0);
    expect(cramerVonMisesLimitingCdf(-1)).toBe(0);
    let previous = 0;
    for (let x = 0.01; x < 3; x += 0.01) {
      const value = cramerVonMisesLimitingCdf(x);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    expect(previous).toBeGreaterThan(1 - 1e-6);
  });

  it('rejects empty samples and NaN', () => {
    expect(() => cramerVonMisesTwoSample([], [1, 2])).toThrow(RangeError);
    expect(() => cramerVonMisesTwoSample([1, 2], [])).toThrow(RangeError);
    expect(() => cramerVonMisesTwoSample([1, Number.NaN], [1, 2])).toThrow(/NaN/);
  });

  it('does not mutate its inputs and accepts typed arrays', () => {
    const x = [3, 1, 2];
    const y = Float64Array.of(5, 4, 0.5);
    const result = cramerVonMisesTwoSample(x, y);
    expect(x).toEqual([3, 1, 2]);
    expect([...y]).toEqual([5, 4, 0.5]);
    expect(result).toEqual(cramerVonMisesTwoSample([1, 2, 3], [0.5, 4, 5]));
  });

  describe('properties', () => {
    const sample = (maxLength: number) =>
      fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
        minLength: 1,
        maxLength,
      });

    it('p-value in [0, 1]; symmetric in x and y', () => {
      fc.assert(
        fc.property(sample(30), sample(30), (x, y) => {
          const xy = cramerVonMisesTwoSample(x, y);
          const yx = cramerVonMisesTwoSample(y, x);
          expect(xy.pValue).toBeGreaterThanOrEqual(0);
          expect(xy.pValue).toBeLessThanOrEqual(1);
          expect(yx).toEqual(xy);
        }),
        { numRuns: 200 },
      );
    });

    it('identical samples give statistic 0 and p-value 1', () => {
      fc.assert(
        fc.property(sample(40), (x) => {
          const result = cramerVonMisesTwoSample(x, [...x].reverse());
          expect(result.statistic).toBe(0);
          expect(result.pValue).toBe(1);
        }),
        { numRuns: 200 },
      );
    });

    it('depends on the data only through ranks (invariant under increasing maps)', () => {
      fc.assert(
        fc.property(sample(25), sample(25), (x, y) => {
          const map = (v: number) => Math.atan(v / 1000) * 7 + 3;
          const raw = cramerVonMisesTwoSample(x, y);
          const mapped = cramerVonMisesTwoSample(x.map(map), y.map(map));
          // atan can merge very close values into one double, creating ties; skip those draws.
          const distinct = (a: number[]) => new Set(a).size;
          fc.pre(distinct([...x, ...y].map(map)) === distinct([...x, ...y]));
          expect(mapped).toEqual(raw);
        }),
        { numRuns: 200 },
      );
    });
  });
});
