import { describe, expect, it } from 'vitest';
// The metrics fixture's normal-tail points double as a check of the shared normal distribution DeLong uses.
import { erfc, normalCdf, normalSf } from '../../../../shared/core/stats/distributions/normal.js';
import { decodeNumber, loadFixture } from './fixture.js';

const fixture = loadFixture();

describe('normalSf / normalCdf', () => {
  it(`match scipy.stats.norm to 1e-12 relative on ${fixture.normal.length} points`, () => {
    for (const c of fixture.normal) {
      for (const [name, fn, raw] of [
        ['sf', normalSf, c.sf],
        ['cdf', normalCdf, c.cdf],
      ] as const) {
        const expected = decodeNumber(raw)!;
        const actual = fn(c.z);
        const tolerance = Math.max(1e-12 * expected, expected === 0 ? 0 : 1e-300);
        expect(Math.abs(actual - expected), `${name}(${c.z}) = ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it('handles the extremes', () => {
    expect(normalSf(Infinity)).toBe(0);
    expect(normalSf(-Infinity)).toBe(1);
    expect(normalSf(0)).toBe(0.5);
    expect(Number.isNaN(erfc(Number.NaN))).toBe(true);
  });
});
