import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kolmogorovSf, smirnovSf } from '../../../../../shared/core/stats/distributions/kolmogorov.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('kolmogorovSf vs scipy.stats.kstwo.sf: every algorithm branch, n from 1 to 100 000', () => {
  it.each(distributionRows('kolmogorovSf'))('n = %d, d = %d', (n, d, expected) => expectPValue(kolmogorovSf(n, d), expected));
});

describe('smirnovSf vs scipy.special.smirnov', () => {
  it.each(distributionRows('smirnovSf'))('n = %d, d = %d', (n, d, expected) => expectPValue(smirnovSf(n, d), expected));
});

describe('Kolmogorov distribution properties', () => {
  it('survival functions decrease in d and stay in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, d1, d2) => {
          const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
          for (const sf of [kolmogorovSf, smirnovSf]) {
            const pLo = sf(n, lo);
            const pHi = sf(n, hi);
            expect(pHi).toBeGreaterThanOrEqual(0);
            expect(pLo).toBeLessThanOrEqual(1);
            expect(pHi).toBeLessThanOrEqual(pLo + 1e-12);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('n = 1: P(D₁ ≥ d) = 2(1 − d) for d ≥ ½, and P(D⁺₁ ≥ d) = 1 − d', () => {
    for (const d of [0.5, 0.6, 0.9, 1]) {
      expect(Math.abs(kolmogorovSf(1, d) - 2 * (1 - d))).toBeLessThanOrEqual(1e-15);
      expect(smirnovSf(1, d)).toBe(1 - d);
    }
  });

  it('limits and invalid arguments', () => {
    expect(kolmogorovSf(10, 0)).toBe(1);
    expect(kolmogorovSf(10, 1)).toBe(0);
    expect(kolmogorovSf(10.5, 0.3)).toBeNaN();
    expect(smirnovSf(0, 0.3)).toBeNaN();
  });
});
