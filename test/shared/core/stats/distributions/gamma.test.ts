import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma, regularizedGammaP, regularizedGammaQ } from '../../../../../shared/core/stats/distributions/gamma.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('gamma functions vs scipy.special', () => {
  it.each(distributionRows('logGamma'))('gammaln(%d)', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected)));
  });
  it.each(distributionRows('regularizedGamma'))('gammainc(%d, %d)', (a, x, p, q) => {
    expectPValue(regularizedGammaP(a, x), p);
    expectPValue(regularizedGammaQ(a, x), q);
  });
});

describe('gamma function properties', () => {
  it('log Γ(x + 1) = log Γ(x) + log x and Γ(n) = (n − 1)!', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        expect(Math.abs(lhs - (logGamma(x) + Math.log(x)))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(lhs)));
      }),
    );
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      expect(Math.abs(logGamma(n) - Math.log(factorial))).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.log(factorial)));
      factorial *= n;
    }
  });

  it('P + Q = 1 and both lie in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 2e4, noNaN: true }), (a, x) => {
        const p = regularizedGammaP(a, x);
        const q = regularizedGammaQ(a, x);
        expect(Math.abs(p + q - 1)).toBeLessThanOrEqual(1e-12);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(q).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('returns NaN outside the domain', () => {
    expect(logGamma(0)).toBeNaN();
    expect(regularizedGammaQ(-1, 2)).toBeNaN();
    expect(regularizedGammaP(1, -2)).toBeNaN();
  });
});
