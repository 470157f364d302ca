import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../../../shared/core/stats/fisher-exact.js';
import { casesFor, expectPValue, expectStatistic } from './pvalue-tests-fixture.js';

type Table = [[number, number], [number, number]];

describe('fisherExact vs scipy.stats.fisher_exact (scipy 1.10.1)', () => {
  const cases = casesFor('fisher');

  it('includes tables with a total of 10⁵', () => {
    expect(cases.some((c) => c.table!.flat().reduce((s, v) => s + v, 0) >= 100_000)).toBe(true);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const result = fisherExact(c.table!);
    expectStatistic(result.statistic, c.expected.statistic);
    expectPValue(result.pValue, c.expected.pValue);
  });
});

describe('fisherExact properties', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3000 }));
  const table = fc.tuple(fc.tuple(count, count), fc.tuple(count, count)) as fc.Arbitrary<Table>;
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1e-300, Math.abs(b)) || a === b;

  it('the p-value is invariant under swapping rows, swapping columns and transposing; p in [0, 1]', () => {
    fc.assert(
      fc.property(table, ([[a, b], [c, d]]) => {
        const p = fisherExact([[a, b], [c, d]]).pValue;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        for (const other of [
          fisherExact([[c, d], [a, b]]).pValue,
          fisherExact([[b, a], [d, c]]).pValue,
          fisherExact([[a, c], [b, d]]).pValue,
        ]) {
          expect(close(other, p), `${other} vs ${p}`).toBe(true);
        }
      }),
    );
  });

  it('swapping the rows inverts the odds ratio', () => {
    fc.assert(
      fc.property(table, ([[a, b], [c, d]]) => {
        const or = fisherExact([[a, b], [c, d]]).statistic;
        const swapped = fisherExact([[c, d], [a, b]]).statistic;
        if (a * d > 0 && b * c > 0) expect(close(swapped, 1 / or)).toBe(true);
      }),
    );
  });

  it('gives p = 1 for two identical rows', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        expect(fisherExact([[a, b], [a, b]]).pValue).toBe(1);
      }),
    );
  });
});

describe('fisherExact edge cases', () => {
  it('a row or column summing to 0: statistic NaN, p-value 1', () => {
    for (const table of [
      [[0, 0], [3, 4]],
      [[3, 4], [0, 0]],
      [[0, 5], [0, 7]],
      [[5, 0], [7, 0]],
    ] as Table[]) {
      const result = fisherExact(table);
      expect(result.statistic).toBeNaN();
      expect(result.pValue).toBe(1);
    }
  });

  it('b = 0 or c = 0 gives an infinite odds ratio, ad = 0 < bc gives 0', () => {
    expect(fisherExact([[4, 0], [3, 2]]).statistic).toBe(Infinity);
    expect(fisherExact([[0, 3], [4, 0]]).statistic).toBe(0);
  });

  it('throws a RangeError for negative, fractional or non-finite counts', () => {
    expect(() => fisherExact([[1, -1], [2, 3]])).toThrow(RangeError);
    expect(() => fisherExact([[1, 0.5], [2, 3]])).toThrow(RangeError);
    expect(() => fisherExact([[1, NaN], [2, 3]])).toThrow(RangeError);
    expect(() => fisherExact([[1, Infinity], [2, 3]])).toThrow(RangeError);
  });
});
