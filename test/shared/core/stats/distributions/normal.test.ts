import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, normalSf } from '../../../../../shared/core/stats/distributions/normal.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('normalSf / normalCdf vs scipy.stats.norm', () => {
  it.each(distributionRows('normalSf'))('sf(%d)', (x, expected) => expectPValue(normalSf(x), expected));
  it.each(distributionRows('normalCdf'))('cdf(%d)', (x, expected) => expectPValue(normalCdf(x), expected));
});

describe('normal distribution properties', () => {
  it('sf(x) = cdf(−x), cdf + sf = 1, erf = 1 − erfc, monotone', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (x, step) => {
        expect(normalSf(x)).toBe(normalCdf(-x));
        expect(Math.abs(normalCdf(x) + normalSf(x) - 1)).toBeLessThanOrEqual(1e-15);
        expect(Math.abs(erf(x / 10) - (1 - erfc(x / 10)))).toBeLessThanOrEqual(5e-16);
        expect(erf(-x / 10)).toBe(-erf(x / 10));
        expect(normalSf(x + step)).toBeLessThanOrEqual(normalSf(x));
      }),
    );
  });

  it('handles the limits', () => {
    expect(normalSf(0)).toBe(0.5);
    expect(normalSf(Infinity)).toBe(0);
    expect(normalSf(-Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });
});
