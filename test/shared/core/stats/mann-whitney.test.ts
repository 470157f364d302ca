import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from '../../../../shared/core/stats/mann-whitney.js';
import { casesFor, expectPValue, expectStatistic, samplesOf } from './pvalue-tests-fixture.js';

describe('mannWhitneyU vs scipy.stats.mannwhitneyu (scipy 1.10.1)', () => {
  const cases = casesFor('mwu');

  it('has exact and asymptotic fixture cases', () => {
    expect(cases.filter((c) => c.expected.method === 'exact').length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.expected.method === 'asymptotic').length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const [x, y] = samplesOf(c);
    const result = mannWhitneyU(x, y);
    expectStatistic(result.statistic, c.expected.statistic);
    expectPValue(result.pValue, c.expected.pValue);
    expect(result.method).toBe(c.expected.method);
  });

  it('ranks +Infinity and −Infinity together where scipy 1.10.1 returns NaN (mlgate rule)', () => {
    const ruled = casesFor('mwu').filter((c) => c.rule?.includes('+inf and -inf'));
    expect(ruled.length).toBeGreaterThan(0);
    for (const c of ruled) {
      const [x, y] = samplesOf(c);
      expect(Number.isFinite(mannWhitneyU(x, y).pValue)).toBe(true);
    }
  });
});

describe('mannWhitneyU properties', () => {
  const sample = fc.array(fc.double({ noNaN: true, noDefaultInfinity: false }), { minLength: 1, maxLength: 30 });
  const tiedSample = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 30 });

  it('U₁(x, y) + U₁(y, x) = mn, the p-value is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(sample, tiedSample), fc.oneof(sample, tiedSample), (x, y) => {
        const xy = mannWhitneyU(x, y);
        const yx = mannWhitneyU(y, x);
        expect(xy.statistic + yx.statistic).toBe(x.length * y.length);
        expect(Math.abs(xy.pValue - yx.pValue)).toBeLessThanOrEqual(1e-12);
        expect(xy.method).toBe(yx.method);
        expect(xy.pValue).toBeGreaterThanOrEqual(0);
        expect(xy.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives p = 1 for identical samples', () => {
    fc.assert(
      fc.property(fc.oneof(sample, tiedSample), (x) => {
        const result = mannWhitneyU(x, [...x].reverse());
        expect(result.statistic).toBe((x.length * x.length) / 2);
        expect(result.pValue).toBe(1);
      }),
    );
  });
});

describe('mannWhitneyU edge cases', () => {
  it('throws a RangeError for an empty sample or NaN', () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyU([1], [])).toThrow(RangeError);
    expect(() => mannWhitneyU([1], [NaN])).toThrow(RangeError);
  });

  it('gives p = 1 when every value is tied (σ = 0)', () => {
    const result = mannWhitneyU([4, 4, 4, 4, 4, 4, 4, 4, 4, 4], [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(result).toEqual({ statistic: 45, pValue: 1, method: 'asymptotic' });
  });

  it('uses the exact distribution for a small sample without ties, whatever the other size', () => {
    const y = Array.from({ length: 300 }, (_, i) => i + 0.5);
    expect(mannWhitneyU([10, 20, 30], y).method).toBe('exact');
    expect(mannWhitneyU([10, 20, 20], y).method).toBe('asymptotic');
  });

  it('accepts Float64Array and does not mutate its inputs', () => {
    const x = Float64Array.from([3, 1, 2]);
    const y = [0.5, 2.5, -1];
    const result = mannWhitneyU(x, y);
    expect(Array.from(x)).toEqual([3, 1, 2]);
    expect(y).toEqual([0.5, 2.5, -1]);
    expect(result).toEqual(mannWhitneyU([3, 1, 2], [0.5, 2.5, -1]));
  });
});
