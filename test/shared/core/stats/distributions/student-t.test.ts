import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalSf } from '../../../../../shared/core/stats/distributions/normal.js';
import { studentTCdf, studentTSf } from '../../../../../shared/core/stats/distributions/student-t.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('studentTSf vs scipy.stats.t.sf (non-integer df)', () => {
  it.each(distributionRows('studentTSf'))('sf(%d; df %d)', (t, df, expected) => expectPValue(studentTSf(t, df), expected));
});

describe('Student t properties', () => {
  it('df = 1 is the Cauchy distribution; sf(t) + sf(−t) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (t) => {
        // Cauchy: P(T > t) = atan(1/t)/π for t > 0 (no cancellation in the tail).
        const cauchy = t === 0 ? 0.5 : t > 0 ? Math.atan(1 / t) / Math.PI : 1 - Math.atan(-1 / t) / Math.PI;
        expect(Math.abs(studentTSf(t, 1) - cauchy)).toBeLessThanOrEqual(1e-12 * Math.max(cauchy, 1e-6));
        expect(Math.abs(studentTSf(t, 7.3) + studentTSf(-t, 7.3) - 1)).toBeLessThanOrEqual(1e-15);
      }),
    );
  });

  it('approaches the normal distribution as df grows; limits', () => {
    // sf_ν(t) − sf_∞(t) ≈ φ(t)(t³ + t)/(4ν) for large ν.
    const phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
    const correction = (phi2 * 10) / (4 * 1e9);
    // Documented accuracy for huge ν near t = O(1): absolute ≈ 1e-16·ν.
    expect(Math.abs(studentTSf(2, 1e9) - normalSf(2) - correction)).toBeLessThanOrEqual(1e-16 * 1e9);
    expect(Math.abs(studentTSf(2, 1e6) - normalSf(2) - (phi2 * 10) / (4 * 1e6))).toBeLessThanOrEqual(1e-12);
    expect(studentTSf(2, Infinity)).toBe(normalSf(2));
    expect(studentTSf(0, 3.5)).toBe(0.5);
    expect(studentTSf(Infinity, 3.5)).toBe(0);
    expect(studentTCdf(-Infinity, 3.5)).toBe(0);
    expect(studentTSf(1, 0)).toBeNaN();
  });
});
