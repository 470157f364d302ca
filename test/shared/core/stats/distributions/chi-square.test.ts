import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquareSf } from '../../../../../shared/core/stats/distributions/chi-square.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('chiSquareSf vs scipy.stats.chi2.sf', () => {
  it.each(distributionRows('chiSquareSf'))('sf(%d; df %d)', (x, df, expected) => expectPValue(chiSquareSf(x, df), expected));
});

describe('chi-square properties', () => {
  it('df = 2 is the exponential distribution with mean 2', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1400, noNaN: true }), (x) => {
        const expected = Math.exp(-x / 2);
        expect(Math.abs(chiSquareSf(x, 2) - expected)).toBeLessThanOrEqual(1e-13 * expected);
      }),
    );
  });

  it('CDF + SF = 1; limits', () => {
    expect(Math.abs(chiSquareCdf(3.7, 5) + chiSquareSf(3.7, 5) - 1)).toBeLessThanOrEqual(1e-15);
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(Infinity, 3)).toBe(0);
    expect(chiSquareSf(1, 0)).toBeNaN();
  });
});
