import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity } from '../../../../shared/core/stats/chi-square-homogeneity.js';
import { casesFor, decode, expectPValue, expectStatistic } from './pvalue-tests-fixture.js';

describe('chiSquareHomogeneity vs scipy.stats.chi2_contingency(correction=False) (scipy 1.10.1)', () => {
  const cases = casesFor('chi2');

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const [countsA, countsB] = (c.counts as (number | string)[][]).map((row) => row.map(decode));
    const result = chiSquareHomogeneity(countsA, countsB);
    expectStatistic(result.statistic, c.expected.statistic);
    expectPValue(result.pValue, c.expected.pValue);
    expect(result.dof).toBe(c.expected.dof);
  });
});

describe('chiSquareHomogeneity properties', () => {
  const table = fc.integer({ min: 1, max: 12 }).chain((k) =>
    fc.tuple(
      fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: k, maxLength: k }),
      fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: k, maxLength: k }),
    ),
  );
  const nonEmpty = ([a, b]: [number[], number[]]): boolean => a.some((v) => v > 0) && b.some((v) => v > 0);

  it('is symmetric in the two samples, with p in [0, 1] and dof = non-empty categories − 1', () => {
    fc.assert(
      fc.property(table.filter(nonEmpty), ([a, b]) => {
        const ab = chiSquareHomogeneity(a, b);
        const ba = chiSquareHomogeneity(b, a);
        expect(Math.abs(ba.statistic - ab.statistic)).toBeLessThanOrEqual(1e-12 * Math.max(1, ab.statistic));
        expect(Math.abs(ba.pValue - ab.pValue)).toBeLessThanOrEqual(1e-12);
        expect(ab.dof).toBe(a.filter((v, j) => v + b[j] > 0).length - 1);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        expect(ab.statistic).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives X² = 0 and p = 1 for identical counts', () => {
    fc.assert(
      fc.property(table.filter(nonEmpty), ([a]) => {
        const result = chiSquareHomogeneity(a, a);
        expect(result.statistic).toBe(0);
        expect(result.pValue).toBe(1);
      }),
    );
  });

  it('does not depend on categories empty in both samples', () => {
    fc.assert(
      fc.property(table.filter(nonEmpty), ([a, b]) => {
        expect(chiSquareHomogeneity([0, ...a, 0], [0, ...b, 0])).toEqual(chiSquareHomogeneity(a, b));
      }),
    );
  });
});

describe('chiSquareHomogeneity edge cases', () => {
  it('one category left: statistic 0, p 1, dof 0', () => {
    expect(chiSquareHomogeneity([7, 0, 0], [3, 0, 0])).toEqual({ statistic: 0, pValue: 1, dof: 0 });
  });

  it('throws a RangeError for an empty sample, mismatched lengths or invalid counts', () => {
    expect(() => chiSquareHomogeneity([0, 0], [1, 2])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([1, 2], [0, 0])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([], [])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([1, -2], [1, 2])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([1, Infinity], [1, 2])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([1, NaN], [1, 2])).toThrow(RangeError);
  });

  it('accepts typed arrays and does not mutate its inputs', () => {
    const a = Float64Array.from([5, 0, 3]);
    const b = [1, 0, 9];
    const result = chiSquareHomogeneity(a, b);
    expect(Array.from(a)).toEqual([5, 0, 3]);
    expect(b).toEqual([1, 0, 9]);
    expect(result).toEqual(chiSquareHomogeneity([5, 3], [1, 9]));
  });
});
