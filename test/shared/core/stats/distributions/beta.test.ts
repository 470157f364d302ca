import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  regularizedIncompleteBeta,
  regularizedIncompleteBetaComplement,
} from '../../../../../shared/core/stats/distributions/beta.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('regularizedIncompleteBeta vs scipy.special.betainc', () => {
  it.each(distributionRows('regularizedIncompleteBeta'))('I_%d(%d, %d)', (x, a, b, expected) =>
    expectPValue(regularizedIncompleteBeta(x, a, b), expected),
  );
});

describe('incomplete beta properties', () => {
  it('I_x(a, b) + I_{1−x}(b, a) = 1, and I_x(1, 1) = x', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        (x, a, b) => {
          const sum = regularizedIncompleteBeta(x, a, b) + regularizedIncompleteBetaComplement(x, a, b);
          expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(regularizedIncompleteBeta(x, 1, 1) - x)).toBeLessThanOrEqual(1e-14);
        },
      ),
    );
  });

  it('returns NaN outside the domain', () => {
    expect(regularizedIncompleteBeta(1.5, 1, 1)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 0, 1)).toBeNaN();
  });
});
