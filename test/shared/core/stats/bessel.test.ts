import { describe, expect, it } from 'vitest';
import { besselK, besselKScaled } from '../../../../shared/core/stats/bessel.js';
import { relativeError, small } from './distance-fixtures.js';

describe('besselK / besselKScaled', () => {
  it(`agrees with mpmath (50 digits) to 5e-15 relative on ${small.besselK.length} points for ν ≤ 2.5`, () => {
    for (const c of small.besselK) {
      const where = `ν = ${c.nu}, x = ${c.x}`;
      expect(relativeError(besselKScaled(c.nu, c.x), c.kScaled), where).toBeLessThanOrEqual(5e-15);
      if (c.k > 1e-300) expect(relativeError(besselK(c.nu, c.x), c.k), where).toBeLessThanOrEqual(5e-15);
    }
  });

  it('handles the ends of the domain', () => {
    expect(besselK(0.25, 0)).toBe(Infinity);
    expect(besselK(0.25, Infinity)).toBe(0);
    // K_{1/4}(720) ≈ 1e−314 is subnormal but representable; K_{1/4}(800) ≈ 1e−349 is not.
    expect(besselK(0.25, 720)).toBeGreaterThan(0);
    expect(besselK(0.25, 800)).toBe(0);
    expect(besselK(0.25, -1)).toBeNaN();
    expect(besselKScaled(-0.25, 3)).toBe(besselKScaled(0.25, 3));
  });

  it('satisfies the recurrence K_{ν+1}(x) = K_{ν−1}(x) + (2ν/x)·K_ν(x)', () => {
    for (const x of [0.01, 0.5, 2, 10, 100]) {
      const lhs = besselKScaled(1.25, x);
      const rhs = besselKScaled(-0.75, x) + ((2 * 0.25) / x) * besselKScaled(0.25, x);
      expect(relativeError(lhs, rhs), `x = ${x}`).toBeLessThan(1e-14);
    }
  });
});
