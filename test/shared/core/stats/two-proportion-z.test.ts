import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoProportionZ } from '../../../../shared/core/stats/two-proportion-z.js';
import { casesFor, expectPValue, expectStatistic } from './pvalue-tests-fixture.js';

describe('twoProportionZ vs the pooled z-test in numpy + scipy.stats.norm', () => {
  const cases = casesFor('z');

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const [successesA, nA, successesB, nB] = c.counts as number[];
    const result = twoProportionZ(successesA, nA, successesB, nB);
    expectStatistic(result.statistic, c.expected.statistic);
    expectPValue(result.pValue, c.expected.pValue);
  });
});

describe('twoProportionZ properties', () => {
  const sample = fc
    .integer({ min: 1, max: 10_000_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('swapping the samples negates z and keeps p; p in [0, 1]', () => {
    fc.assert(
      fc.property(sample, sample, ([sA, nA], [sB, nB]) => {
        const ab = twoProportionZ(sA, nA, sB, nB);
        const ba = twoProportionZ(sB, nB, sA, nA);
        expect(ba.statistic).toBe(ab.statistic === 0 ? 0 : -ab.statistic);
        expect(ba.pValue).toBe(ab.pValue);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives z = 0 and p = 1 for identical samples', () => {
    fc.assert(
      fc.property(sample, ([s, n]) => {
        expect(twoProportionZ(s, n, s, n)).toEqual({ statistic: 0, pValue: 1 });
      }),
    );
  });
});

describe('twoProportionZ edge cases', () => {
  it('pooled proportion 0 or 1: statistic 0, p-value 1', () => {
    expect(twoProportionZ(0, 10, 0, 25)).toEqual({ statistic: 0, pValue: 1 });
    expect(twoProportionZ(10, 10, 25, 25)).toEqual({ statistic: 0, pValue: 1 });
  });

  it('throws a RangeError for an empty sample or impossible counts', () => {
    expect(() => twoProportionZ(0, 0, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionZ(3, 2, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionZ(-1, 2, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionZ(1.5, 2, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionZ(1, 2, 1, Infinity)).toThrow(RangeError);
  });
});
