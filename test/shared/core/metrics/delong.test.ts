import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delongTest, midranks } from '../../../../shared/core/metrics/delong.js';
import { rocAuc } from '../../../../shared/core/metrics/roc-auc.js';
import { decodeNumber, expectMetricClose, expectPValueClose, loadFixture } from './fixture.js';

const fixture = loadFixture();

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
