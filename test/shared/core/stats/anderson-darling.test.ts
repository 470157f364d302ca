import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANDERSON_DARLING_SIGNIFICANCE_LEVELS,
  andersonDarlingKSample,
} from '../../../../shared/core/stats/anderson-darling.js';
import type { AndersonDarlingExpectation } from './distance-fixtures.js';
import { allPairs, describeMismatch, pValueAgrees, relativeError, small, statisticAgrees } from './distance-fixtures.js';

function compare(name: string, samples: number[][], expected: AndersonDarlingExpectation, failures: string[]): void {
  const result = andersonDarlingKSample(samples);
  if (!statisticAgrees(result.statistic, expected.statistic)) {
    failures.push(describeMismatch(name, 'statistic', result.statistic, expected.statistic));
  }
  if (!pValueAgrees(result.pValue, expected.pValue)) {
    failures.push(describeMismatch(name, 'pValue', result.pValue, expected.pValue));
  }
  result.criticalValues.forEach((value, level) => {
    if (relativeError(value, expected.criticalValues[level]) > 1e-12) {
      failures.push(describeMismatch(name, `criticalValues[${level}]`, value, expected.criticalValues[level]));
    }
  });
  if (result.criticalValues.length !== expected.criticalValues.length) failures.push(`${name}: criticalValues length`);
}

describe('andersonDarlingKSample', () => {
  it(`matches scipy.stats.anderson_ksamp on ${allPairs.length} two-sample fixture pairs`, () => {
    const failures: string[] = [];
    for (const c of allPairs) compare(c.name, [c.x, c.y], c.ad, failures);
    expect(failures).toEqual([]);
  });

  it(`matches scipy.stats.anderson_ksamp on ${small.kSamples.length} k-sample fixture cases`, () => {
    const failures: string[] = [];
    for (const c of small.kSamples) compare(c.name, c.samples, c.ad, failures);
    expect(failures).toEqual([]);
    expect(new Set(small.kSamples.map((c) => c.samples.length)).size).toBeGreaterThanOrEqual(5);
  });

  it('caps the p-value at 0.25 below the 25% critical value and floors it at 0.001 above the 0.1% one', () => {
    const similar = andersonDarlingKSample([
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
    ]);
    expect(similar.statistic).toBeLessThan(similar.criticalValues[0]);
    expect(similar.pValue).toBe(0.25);
    const apart = andersonDarlingKSample([
      Array.from({ length: 50 }, (_, i) => i),
      Array.from({ length: 50 }, (_, i) => i + 1000),
    ]);
    expect(apart.statistic).toBeGreaterThan(apart.criticalValues[6]);
    expect(apart.pValue).toBe(0.001);
  });

  it('returns NaN statistic and p-value for N ≤ 3 (variance undefined), with critical values', () => {
    for (const samples of [[[1], [2]], [[1, 2], [3]], [[1], [1, 1]], [[1], [2], [3]]]) {
      const result = andersonDarlingKSample(samples);
      expect(result.statistic).toBeNaN();
      expect(result.pValue).toBeNaN();
      expect(result.criticalValues).toHaveLength(7);
    }
  });

  it('treats all-identical observations as identical EDFs: A² = 0, p-value 0.25', () => {
    const constant = andersonDarlingKSample([
      [4, 4],
      [4, 4],
    ]);
    const identicalNonConstant = andersonDarlingKSample([
      [1, 2],
      [1, 2],
    ]);
    // Both have A²_akN = 0 and the same sizes, so the same standardised statistic.
    expect(constant.statistic).toBeCloseTo(identicalNonConstant.statistic, 14);
    expect(constant.pValue).toBe(0.25);
  });

  it('exports the significance levels of the critical values', () => {
    expect(ANDERSON_DARLING_SIGNIFICANCE_LEVELS).toEqual([0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001]);
  });

  it('rejects fewer than two samples, empty samples and NaN', () => {
    expect(() => andersonDarlingKSample([[1, 2, 3]])).toThrow(RangeError);
    expect(() => andersonDarlingKSample([[1, 2], []])).toThrow(RangeError);
    expect(() => andersonDarlingKSample([[1, 2], [Number.NaN, 1]])).toThrow(/NaN/);
  });

  describe('properties', () => {
    const sample = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -100, max: 100, noNaN: true })), {
      minLength: 1,
      maxLength: 30,
    });

    it('p-value within the interpolation range [≈0.00099, ≈0.254] (or NaN for N ≤ 3)', () => {
      fc.assert(
        fc.property(fc.array(sample, { minLength: 2, maxLength: 5 }), (samples) => {
          const { pValue, statistic } = andersonDarlingKSample(samples);
          const N = samples.reduce((s, x) => s + x.length, 0);
          if (N <= 3) {
            expect(pValue).toBeNaN();
            return;
          }
          expect(Number.isFinite(statistic)).toBe(true);
          expect(pValue).toBeGreaterThanOrEqual(0.00099);
          expect(pValue).toBeLessThanOrEqual(0.2541);
        }),
        { numRuns: 300 },
      );
    });

    it('does not depend on the order of the samples', () => {
      fc.assert(
        fc.property(fc.array(sample, { minLength: 2, maxLength: 4 }), (samples) => {
          const forward = andersonDarlingKSample(samples);
          const backward = andersonDarlingKSample([...samples].reverse());
          if (Number.isNaN(forward.statistic)) {
            expect(backward.statistic).toBeNaN();
            return;
          }
          // Summing the samples' terms in another order moves the last bits of A²_akN, and
          // A²_akN − (k − 1) can cancel, so the error is measured on the scale of k − 1.
          const scale = Math.max(samples.length - 1, Math.abs(forward.statistic));
          expect(Math.abs(backward.statistic - forward.statistic)).toBeLessThan(1e-9 * scale);
          expect(Math.abs(backward.pValue - forward.pValue)).toBeLessThan(1e-9);
        }),
        { numRuns: 200 },
      );
    });

    it('identical samples give the capped p-value 0.25', () => {
      fc.assert(
        fc.property(sample, fc.integer({ min: 2, max: 4 }), (x, k) => {
          fc.pre(x.length * k > 3);
          expect(andersonDarlingKSample(Array.from({ length: k }, () => x)).pValue).toBe(0.25);
        }),
        { numRuns: 200 },
      );
    });
  });
});
