import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHypergeometricPmf,
  hypergeometricCdf,
  hypergeometricPmf,
  hypergeometricSf,
  hypergeometricSupport,
} from '../../../../../shared/core/stats/distributions/hypergeometric.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('hypergeometric vs scipy.stats.hypergeom (totals up to 10⁵)', () => {
  it.each(distributionRows('hypergeometric'))('k = %d, total %d, good %d, draws %d', (k, total, good, draws, pmf, cdf, sf) => {
    const parameters = { total, good, draws };
    expectPValue(hypergeometricPmf(k, parameters), pmf);
    expectPValue(hypergeometricCdf(k, parameters), cdf);
    expectPValue(hypergeometricSf(k, parameters), sf);
  });
});

const parameters = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 120 }))
  .map(([good, bad, draws]) => ({ total: good + bad, good, draws: Math.min(draws, good + bad) }));

describe('hypergeometric properties', () => {
  it('the pmf sums to 1 and cdf(k) + sf(k) = 1', () => {
    fc.assert(
      fc.property(parameters, (p) => {
        const [low, high] = hypergeometricSupport(p);
        let total = 0;
        for (let k = low; k <= high; k++) total += hypergeometricPmf(k, p);
        expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-12);
        const k = Math.floor((low + high) / 2);
        expect(Math.abs(hypergeometricCdf(k, p) + hypergeometricSf(k, p) - 1)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it('compares pmf values exactly, also for mirror-image (equally probable) tables', () => {
    fc.assert(
      fc.property(parameters, fc.nat(), fc.nat(), (p, i, j) => {
        const [low, high] = hypergeometricSupport(p);
        const k1 = low + (i % (high - low + 1));
        const k2 = low + (j % (high - low + 1));
        // Exact rational comparison of C(good, k)·C(bad, draws − k).
        const weight = (k: number): bigint => binomial(p.good, k) * binomial(p.total - p.good, p.draws - k);
        const expected = Math.sign(Number(weight(k1) - weight(k2)));
        expect(compareHypergeometricPmf(k1, k2, p, 0)).toBe(expected);
        // 1e-14 tolerance: equal probabilities count as "less than pmf·(1 + 1e-14)".
        if (expected === 0) expect(compareHypergeometricPmf(k1, k2, p, 1e-14)).toBe(-1);
      }),
    );
  });
});

function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}
