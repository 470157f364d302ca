import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discordantPairs, mcnemarExact } from '../../../../shared/core/metrics/mcnemar.js';
import { decodeNumber, expectPValueClose, loadFixture } from './fixture.js';

const fixture = loadFixture();

describe('mcnemarExact', () => {
  it(`matches scipy.stats.binomtest(b, b + c, 0.5) on ${fixture.mcnemar.length} cases`, () => {
    for (const c of fixture.mcnemar) {
      const p = decodeNumber(c.p)!;
      expectPValueClose(mcnemarExact(c.b, c.c).pValue, p, `b=${c.b} c=${c.c}`);
    }
  });

  it('gives p = 1 without discordant pairs and for b = c', () => {
    expect(mcnemarExact(0, 0).pValue).toBe(1);
    expect(mcnemarExact(17, 17).pValue).toBe(1);
  });

  it('is exact for small n: b=0, c=5 gives 2/32', () => {
    expect(mcnemarExact(0, 5).pValue).toBeCloseTo(2 / 32, 15);
  });

  it('stays accurate in the far tail and for very large counts', () => {
    // P(X ≤ 0) for n = 2000 is 2^-2000 (underflows to 0 like scipy); n = 1000 gives 2·2^-1000.
    expect(mcnemarExact(0, 1000).pValue / (2 * 2 ** -1000)).toBeCloseTo(1, 10);
    const big = mcnemarExact(500_000, 501_000).pValue;
    expect(big).toBeGreaterThan(0.3);
    expect(big).toBeLessThan(0.35);
  });

  it('is symmetric in b and c and returns p in [0, 1]', () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(3000), (b, c) => {
        const p = mcnemarExact(b, c).pValue;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(mcnemarExact(c, b).pValue).toBe(p);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects negative or fractional counts', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 3)).toThrow(RangeError);
  });

  it('counts discordant pairs', () => {
    expect(discordantPairs([1, 1, 0, 0, 1], [1, 0, 1, 0, 0])).toEqual({ candidateOnlyCorrect: 2, baselineOnlyCorrect: 1 });
    expect(() => discordantPairs([1], [1, 0])).toThrow(RangeError);
  });
});
