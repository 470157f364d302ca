import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ksTwoSample } from '../../../../shared/core/stats/ks-two-sample.js';
import { casesFor, expectPValue, expectStatistic, samplesOf } from './pvalue-tests-fixture.js';

describe('ksTwoSample vs scipy.stats.ks_2samp (scipy 1.10.1)', () => {
  const cases = casesFor('ks');

  it('has fixture cases on both sides of the exact/asymptotic switch and beyond 50 000', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.some((c) => c.expected.method === 'exact')).toBe(true);
    expect(cases.some((c) => c.expected.method === 'asymptotic')).toBe(true);
    expect(cases.some((c) => (c.generated?.x.n ?? 0) >= 100_000)).toBe(true);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const [x, y] = samplesOf(c);
    const result = ksTwoSample(x, y);
    expectStatistic(result.statistic, c.expected.statistic);
    expectPValue(result.pValue, c.expected.pValue);
    expect(result.method).toBe(c.expected.method);
  });
});

describe('ksTwoSample properties', () => {
  const sample = fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 40 });
  const tiedSample = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 40 });

  it('is symmetric in its samples, with p in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(sample, tiedSample), fc.oneof(sample, tiedSample), (x, y) => {
        const xy = ksTwoSample(x, y);
        const yx = ksTwoSample(y, x);
        expect(yx.statistic).toBe(xy.statistic);
        expect(yx.pValue).toBe(xy.pValue);
        expect(xy.pValue).toBeGreaterThanOrEqual(0);
        expect(xy.pValue).toBeLessThanOrEqual(1);
        expect(xy.statistic).toBeGreaterThanOrEqual(0);
        expect(xy.statistic).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives D = 0 and p = 1 for identical samples (in any order)', () => {
    fc.assert(
      fc.property(fc.oneof(sample, tiedSample), (x) => {
        const result = ksTwoSample(x, [...x].reverse());
        expect(result.statistic).toBe(0);
        expect(result.pValue).toBe(1);
      }),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        expect(ksTwoSample([...x].reverse(), y)).toEqual(ksTwoSample(x, y));
      }),
    );
  });
});

describe('ksTwoSample edge cases', () => {
  it('throws a RangeError for an empty sample or NaN', () => {
    expect(() => ksTwoSample([], [1])).toThrow(RangeError);
    expect(() => ksTwoSample([1], [])).toThrow(RangeError);
    expect(() => ksTwoSample([1, NaN], [1])).toThrow(RangeError);
  });

  it('accepts Float64Array and does not mutate its inputs', () => {
    const x = Float64Array.from([3, 1, 2]);
    const y = [0.5, 2.5, -1];
    const result = ksTwoSample(x, y);
    expect(Array.from(x)).toEqual([3, 1, 2]);
    expect(y).toEqual([0.5, 2.5, -1]);
    expect(result).toEqual(ksTwoSample([3, 1, 2], [0.5, 2.5, -1]));
  });

  it('orders ±Infinity like any other values', () => {
    // Replacing the infinities by finite values at the same ranks changes nothing.
    const withInfinities = ksTwoSample([-Infinity, 0.1, 0.7, Infinity], [0.2, 0.5, Infinity]);
    const finite = ksTwoSample([-1e9, 0.1, 0.7, 1e9], [0.2, 0.5, 1e9]);
    expect(withInfinities).toEqual(finite);
  });

  it('gives D = 1 for two different constants', () => {
    const result = ksTwoSample([2, 2, 2], [3, 3]);
    expect(result.statistic).toBe(1);
    expect(result.pValue).toBeLessThan(1);
  });
});
