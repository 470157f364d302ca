import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { welchT } from '../../../../shared/core/stats/welch-t.js';
import { casesFor, decode, expectPValue, expectStatistic, samplesOf } from './pvalue-tests-fixture.js';

describe('welchT vs scipy.stats.ttest_ind(equal_var=False) (scipy 1.10.1)', () => {
  const cases = casesFor('welch');

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const [x, y] = samplesOf(c);
    const result = welchT(x, y);
    expectStatistic(result.statistic, c.expected.statistic);
    expectPValue(result.pValue, c.expected.pValue);
    expectStatistic(result.dof, c.expected.dof, 'dof');
  });

  it('covers mlgate’s rule for two constant samples, where scipy returns NaN or noise', () => {
    const ruled = cases.filter((c) => c.rule === 'mlgate: both samples constant');
    expect(ruled.length).toBeGreaterThanOrEqual(4);
    // scipy agrees only where the constants are exactly representable and different.
    const differing = ruled.filter((c) => decode(c.scipy?.pValue ?? 'NaN') !== decode(c.expected.pValue));
    expect(differing.length).toBeGreaterThanOrEqual(3);
  });
});

describe('welchT properties', () => {
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const sample = fc.array(value, { minLength: 2, maxLength: 40 });

  it('swapping the samples negates t and keeps p and dof; p in [0, 1]', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const xy = welchT(x, y);
        const yx = welchT(y, x);
        expect(yx.statistic).toBe(xy.statistic === 0 ? 0 : -xy.statistic);
        expect(yx.pValue).toBe(xy.pValue);
        expect(Object.is(yx.dof, xy.dof) || Math.abs(yx.dof - xy.dof) <= 1e-12 * xy.dof).toBe(true);
        expect(xy.pValue).toBeGreaterThanOrEqual(0);
        expect(xy.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives t = 0 and p = 1 for identical samples', () => {
    fc.assert(
      fc.property(sample, (x) => {
        const result = welchT(x, x);
        expect(result.statistic).toBe(0);
        expect(result.pValue).toBe(1);
      }),
    );
  });
});

describe('welchT edge cases (mlgate rules, documented in welch-t.ts)', () => {
  it('throws a RangeError for an empty sample or NaN', () => {
    expect(() => welchT([], [1, 2])).toThrow(RangeError);
    expect(() => welchT([1, 2], [])).toThrow(RangeError);
    expect(() => welchT([1, NaN], [1, 2])).toThrow(RangeError);
  });

  it('two equal constants: t = 0, p = 1, dof NaN — also when the mean does not round exactly', () => {
    for (const [x, y] of [
      [[5, 5, 5], [5, 5]],
      [[0.1, 0.1, 0.1], [0.1, 0.1]],
    ]) {
      expect(welchT(x, y)).toEqual({ statistic: 0, pValue: 1, dof: NaN });
    }
  });

  it('two different constants: t = ±Infinity (sign of x̄ − ȳ), p = 0', () => {
    expect(welchT([5, 5, 5], [4, 4])).toEqual({ statistic: Infinity, pValue: 0, dof: NaN });
    expect(welchT([4, 4], [5, 5, 5])).toEqual({ statistic: -Infinity, pValue: 0, dof: NaN });
  });

  it('one constant sample: ordinary test with dof = n − 1 of the other', () => {
    const result = welchT([5, 5, 5, 5], [1, 2, 3, 4, 6]);
    expect(result.dof).toBeCloseTo(4, 12);
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue).toBeLessThan(1);
  });

  it('variances that underflow to 0 follow the constant-sample rule', () => {
    expect(welchT([0, 5e-324], [0, 5e-324])).toEqual({ statistic: 0, pValue: 1, dof: NaN });
    expect(welchT([1, 1], [0, 5e-324])).toEqual({ statistic: Infinity, pValue: 0, dof: NaN });
    // Tiny but representable variances are an ordinary test.
    expect(welchT([4e-162, 0, 0], [4e-162, 0, 0]).pValue).toBe(1);
  });

  it('a sample of size 1 or an infinite value: not testable (all NaN)', () => {
    for (const [x, y] of [
      [[1], [1, 2, 3]],
      [[1, 2, 3], [7]],
      [[1, 2, Infinity], [1, 2, 3]],
      [[1, 2, 3], [-Infinity, 0]],
    ]) {
      const result = welchT(x, y);
      expect(result.statistic).toBeNaN();
      expect(result.pValue).toBeNaN();
      expect(result.dof).toBeNaN();
    }
  });

  it('accepts Float64Array and does not mutate its inputs', () => {
    const x = Float64Array.from([3, 1, 2]);
    const y = [0.5, 2.5, -1];
    const result = welchT(x, y);
    expect(Array.from(x)).toEqual([3, 1, 2]);
    expect(y).toEqual([0.5, 2.5, -1]);
    expect(result).toEqual(welchT([3, 1, 2], [0.5, 2.5, -1]));
  });
});
