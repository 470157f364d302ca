// A metric computed with row multiplicities must equal the metric on the data with rows
// repeated: this is what makes the bootstrap's O(n) resamples exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryMetricSet } from '../../../../shared/core/metrics/binary-metrics.js';
import { multiclassMetricSet } from '../../../../shared/core/metrics/multiclass-metrics.js';
import { regressionMetricSet } from '../../../../shared/core/metrics/regression-metrics.js';
import { meanWithCounts, totalCount } from '../../../../shared/core/metrics/row-counts.js';

function expand<T extends { length: number; [i: number]: number }>(values: T, counts: number[], make: (a: number[]) => T): T {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) for (let c = 0; c < counts[i]; c++) out.push(values[i]);
  return make(out);
}

function expectSameMetrics(withCounts: Record<string, number>, expanded: Record<string, number>): void {
  expect(Object.keys(withCounts).sort()).toEqual(Object.keys(expanded).sort());
  for (const [name, value] of Object.entries(expanded)) {
    if (Number.isNaN(value)) {
      expect(withCounts[name], name).toBeNaN();
    } else {
      expect(Math.abs(withCounts[name] - value), `${name}: ${withCounts[name]} vs ${value}`).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(value)),
      );
    }
  }
}

const countsFor = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }).filter((c) => c.reduce((s, v) => s + v, 0) > 0);

describe('metrics with row counts equal metrics on repeated rows', () => {
  it('binary', () => {
    const data = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 10 }).map((v) => v / 10), { minLength: n, maxLength: n }),
        countsFor(n),
      ),
    );
    fc.assert(
      fc.property(data, ([y, p, s, counts]) => {
        const set = binaryMetricSet({ isPositive: Uint8Array.from(y), predictedPositive: Uint8Array.from(p), score: Float64Array.from(s) });
        const expanded = binaryMetricSet({
          isPositive: expand(Uint8Array.from(y), counts, (a) => Uint8Array.from(a)),
          predictedPositive: expand(Uint8Array.from(p), counts, (a) => Uint8Array.from(a)),
          score: expand(Float64Array.from(s), counts, (a) => Float64Array.from(a)),
        });
        expectSameMetrics(set.compute(counts), expanded.compute());
      }),
      { numRuns: 300 },
    );
  });

  it('multiclass', () => {
    const k = 3;
    const data = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: k }), { minLength: n, maxLength: n }), // class k: predicted only
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: n, maxLength: n }),
        countsFor(n),
      ),
    );
    fc.assert(
      fc.property(data, ([y, p, raw, counts]) => {
        // Rows on a 1/8 grid summing exactly to 1.
        const columns = [raw.map(([a]) => a / 8), raw.map(([, b]) => b / 8), raw.map(([a, b]) => (8 - a - b) / 8)];
        const make = (yy: number[], pp: number[], cols: number[][]) =>
          multiclassMetricSet({
            yTrue: Int32Array.from(yy),
            yPred: Int32Array.from(pp),
            nClasses: k + 1,
            scores: { labels: ['a', 'b', 'c'], columns: cols.map((c) => Float64Array.from(c)), yTrueColumn: Int32Array.from(yy) },
          });
        const rep = (values: number[]) => Array.from(expand(Float64Array.from(values), counts, (a) => Float64Array.from(a)));
        expectSameMetrics(make(y, p, columns).compute(counts), make(rep(y), rep(p), columns.map(rep)).compute());
      }),
      { numRuns: 300 },
    );
  });

  it('regression', () => {
    const data = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: -20, max: 20 }).map((v) => v / 4), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -20, max: 20 }).map((v) => v / 4), { minLength: n, maxLength: n }),
        countsFor(n),
      ),
    );
    fc.assert(
      fc.property(data, ([t, p, counts]) => {
        const set = regressionMetricSet({ yTrue: Float64Array.from(t), yPred: Float64Array.from(p) });
        const f = (a: number[]) => Float64Array.from(a);
        const expanded = regressionMetricSet({ yTrue: expand(f(t), counts, f), yPred: expand(f(p), counts, f) });
        expectSameMetrics(set.compute(counts), expanded.compute());
      }),
      { numRuns: 300 },
    );
  });
});

describe('meanWithCounts / totalCount', () => {
  it('weights values by their counts and rejects empty samples', () => {
    expect(meanWithCounts([1, 2, 3], [0, 1, 3])).toBe(11 / 4);
    expect(totalCount(3, [0, 1, 3])).toBe(4);
    expect(() => meanWithCounts([1, 2], [0, 0])).toThrow(RangeError);
    expect(() => meanWithCounts([1, 2], [1])).toThrow(RangeError);
  });
});
