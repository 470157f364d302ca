import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delongTest, midranks } from '../../../../shared/core/metrics/delong.js';
import { rocAuc } from '../../../../shared/core/metrics/roc-auc.js';
import { seededUniform } from '../../../support/random.js';
import { descendingOrder } from '../../../../shared/core/metrics/threshold-curve.js';
import { decodeNumber, expectMetricClose, expectPValueClose, loadFixture } from './fixture.js';

const fixture = loadFixture();

/**
 * DeLong's variance as it was computed before the components came from one sort: per-class copies
 * and midranks (the formulation in delong.ts), kept here as the reference the new one must equal.
 */
function delongByMidranks(isPositive: number[], scoresA: ArrayLike<number>, scoresB: ArrayLike<number>): { aucA: number; aucB: number; variance: number } {
  const m = isPositive.filter((v) => v).length;
  const n = isPositive.length - m;
  const split = (scores: ArrayLike<number>): [Float64Array, Float64Array] => [
    Float64Array.from(isPositive.flatMap((v, i) => (v ? [scores[i]] : []))),
    Float64Array.from(isPositive.flatMap((v, i) => (v ? [] : [scores[i]]))),
  ];
  const a = structuralComponents(...split(scoresA));
  const b = structuralComponents(...split(scoresB));
  const variance =
    (covariance(a.v10, a.v10) + covariance(b.v10, b.v10) - 2 * covariance(a.v10, b.v10)) / m +
    (covariance(a.v01, a.v01) + covariance(b.v01, b.v01) - 2 * covariance(a.v01, b.v01)) / n;
  return { aucA: a.auc, aucB: b.auc, variance };
}

interface Components {
  auc: number;
  v10: Float64Array;
  v01: Float64Array;
}

function structuralComponents(positives: Float64Array, negatives: Float64Array): Components {
  const m = positives.length;
  const n = negatives.length;
  const combined = new Float64Array(m + n);
  combined.set(positives, 0);
  combined.set(negatives, m);
  const all = midranks(combined);
  const withinPositives = midranks(positives);
  const withinNegatives = midranks(negatives);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let rankSum = 0;
  for (let i = 0; i < m; i++) {
    rankSum += all[i];
    v10[i] = (all[i] - withinPositives[i]) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (all[m + j] - withinNegatives[j]) / m;
  return { auc: (rankSum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}

/** Sample covariance (divisor length − 1) of two equally long series. */
function covariance(x: Float64Array, y: Float64Array): number {
  const k = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < k; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= k;
  my /= k;
  let s = 0;
  for (let i = 0; i < k; i++) s += (x[i] - mx) * (y[i] - my);
  return s / (k - 1);
}


describe('delongTest', () => {
  it(`matches the reference implementation on ${fixture.delong.length} cases`, () => {
    for (const c of fixture.delong) {
      const y = c.yTrue.map(Number);
      const r = delongTest(y, c.candidate.yScore, c.baseline.yScore);
      expectMetricClose(r.aucA, c.auc_candidate, `${c.name} aucA`);
      expectMetricClose(r.aucB, c.auc_baseline, `${c.name} aucB`);
      const z = decodeNumber(c.z)!;
      if (Number.isFinite(z) && z !== 0) {
        expect(Math.abs(r.variance - c.variance), `${c.name} variance`).toBeLessThanOrEqual(1e-9 * Math.abs(c.variance) + 1e-15);
        expect(Math.abs(r.z - z), `${c.name} z`).toBeLessThanOrEqual(1e-7 * Math.abs(z) + 1e-9);
      } else {
        expect(r.z).toBe(z);
      }
      expectPValueClose(r.pValue, c.p, `${c.name} p`);
    }
  });

  it('gives exactly the values of the per-class midrank formulation (ties, already sorted scores)', () => {
    const uniform = seededUniform(11);
    for (const [rows, grid] of [[5000, 50], [5000, 0], [301, 3]]) {
      const y = Array.from({ length: rows }, () => (uniform() < 0.3 ? 1 : 0));
      const score = () => (grid > 0 ? Math.round(uniform() * grid) / grid : uniform());
      const a = Float64Array.from(y, score).sort().reverse(); // the candidate's scores come in descending order
      const b = Float64Array.from(y, score);
      const expected = delongByMidranks(y, a, b);
      const result = delongTest(y, a, b);
      expect([result.aucA, result.aucB, result.variance]).toEqual([expected.aucA, expected.aucB, expected.variance]);
      // Scores a caller sorted already (evaluation passes the metric sets' sorted copies) give the same result.
      const orderB = descendingOrder(b);
      const sortedB = Float64Array.from(orderB, (i) => b[i]);
      expect(delongTest(y, { sorted: a }, { sorted: sortedB, order: orderB })).toEqual(result);
      expect(delongTest(y, { sorted: a, order: descendingOrder(a) }, b)).toEqual(result);
    }
  });

  it('AUCs agree with rocAuc, swapping models negates z, p in [0, 1]', () => {
    const data = fc
      .integer({ min: 4, max: 60 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
          fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(data, ([y, a, b]) => {
        const positives = y.reduce((s, v) => s + v, 0);
        fc.pre(positives >= 2 && y.length - positives >= 2);
        const r = delongTest(y, a, b);
        expect(r.aucA).toBeCloseTo(rocAuc(y, a), 12);
        expect(r.aucB).toBeCloseTo(rocAuc(y, b), 12);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        const swapped = delongTest(y, b, a);
        expect(swapped.z).toBe(r.z === 0 ? 0 : -r.z);
        expect(swapped.pValue).toBeCloseTo(r.pValue, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('gives p = 1 for identical scores', () => {
    const y = [1, 0, 1, 0, 1, 0, 0];
    const s = [0.9, 0.1, 0.4, 0.5, 0.8, 0.3, 0.2];
    expect(delongTest(y, s, s)).toMatchObject({ z: 0, pValue: 1 });
  });

  it('needs two positives and two negatives', () => {
    expect(() => delongTest([1, 0, 0], [0.9, 0.1, 0.2], [0.5, 0.4, 0.3])).toThrow(/at least two positive and two negative/);
  });
});

describe('midranks', () => {
  it('averages the ranks of ties', () => {
    expect(Array.from(midranks([3, 1, 3, 2, 3]))).toEqual([4, 1, 4, 2, 4]);
    expect(Array.from(midranks([]))).toEqual([]);
  });
});
