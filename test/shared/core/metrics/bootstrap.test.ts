import { describe, expect, it } from 'vitest';
import {
  bootstrapIntervals,
  pairedBootstrapIntervals,
  percentileInterval,
  sortedQuantile,
} from '../../../../shared/core/metrics/bootstrap.js';
import { evaluatePredictions } from '../../../../shared/core/metrics/index.js';
import { meanWithCounts } from '../../../../shared/core/metrics/row-counts.js';
import { xoshiro128 } from '../../../../shared/core/metrics/xoshiro128.js';

/** Seeded test data, independent of the generator used inside the bootstrap. */
function uniforms(seed: number, n: number): number[] {
  const random = xoshiro128(seed + 1_000_000);
  return Array.from({ length: n }, () => random.nextUint32() / 2 ** 32);
}

function binaryInput(seed: number, n: number, accuracy: number) {
  const u = uniforms(seed, 3 * n);
  const yTrue = u.slice(0, n).map((v) => (v < 0.4 ? '1' : '0'));
  const yPred = yTrue.map((label, i) => (u[n + i] < accuracy ? label : label === '1' ? '0' : '1'));
  const yScore = yTrue.map((label, i) => Math.min(1, Math.max(0, (label === '1' ? 0.65 : 0.35) + (u[2 * n + i] - 0.5) * 0.8)));
  return { yTrue, yPred, yScore };
}

describe('sortedQuantile / percentileInterval', () => {
  it('interpolates linearly between order statistics (numpy default)', () => {
    expect(sortedQuantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(sortedQuantile([1, 2, 3, 4], 0)).toBe(1);
    expect(sortedQuantile([1, 2, 3, 4], 1)).toBe(4);
    expect(sortedQuantile([5], 0.3)).toBe(5);
    expect(percentileInterval([4, 1, 3, 2, 5], 0.5)).toEqual([2, 4]);
    expect(() => sortedQuantile([], 0.5)).toThrow(RangeError);
  });
});

describe('bootstrapIntervals', () => {
  const values = uniforms(1, 200).map((u) => u * u);
  const mean = (counts: Uint32Array) => ({ mean: meanWithCounts(values, counts) });

  it('is reproducible with a seed and changes with another seed', () => {
    const a = bootstrapIntervals(values.length, mean, { seed: 11, resamples: 300 });
    const b = bootstrapIntervals(values.length, mean, { seed: 11, resamples: 300 });
    const c = bootstrapIntervals(values.length, mean, { seed: 12, resamples: 300 });
    expect(b).toEqual(a);
    expect(c.intervals.mean).not.toEqual(a.intervals.mean);
    expect(a).toMatchObject({ method: 'percentile', level: 0.95, resamples: 300, seed: 11, skipped: { mean: 0 } });
  });

  it('uses level and resamples', () => {
    const wide = bootstrapIntervals(values.length, mean, { level: 0.99, resamples: 400 });
    const narrow = bootstrapIntervals(values.length, mean, { level: 0.5, resamples: 400 });
    expect(narrow.intervals.mean[0]).toBeGreaterThan(wide.intervals.mean[0]);
    expect(narrow.intervals.mean[1]).toBeLessThan(wide.intervals.mean[1]);
    let calls = 0;
    bootstrapIntervals(10, () => ({ x: ++calls }), { resamples: 37 });
    expect(calls).toBe(37);
  });

  it('defaults to 1000 resamples at 95%, seed 0', () => {
    expect(bootstrapIntervals(5, () => ({ x: 1 }))).toMatchObject({ resamples: 1000, level: 0.95, seed: 0 });
  });

  it('skips and counts resamples where a statistic is undefined', () => {
    const n = 8;
    const resamples = 2000;
    const result = bootstrapIntervals(n, (counts) => ({ needsRowZero: counts[0] > 0 ? counts[0] : Number.NaN, never: Number.NaN }), {
      resamples,
    });
    const expected = resamples * (1 - 1 / n) ** n; // P(row 0 not drawn)
    expect(Math.abs(result.skipped.needsRowZero - expected)).toBeLessThan(5 * Math.sqrt(expected));
    expect(result.intervals.needsRowZero[0]).toBeGreaterThanOrEqual(1);
    expect(result.skipped.never).toBe(resamples);
    expect(result.intervals).not.toHaveProperty('never');
  });

  it('resamples are multiplicities summing to n', () => {
    bootstrapIntervals(13, (counts) => {
      expect(counts.reduce((s, c) => s + c, 0)).toBe(13);
      return {};
    }, { resamples: 50 });
  });

  it('rejects bad options', () => {
    expect(() => bootstrapIntervals(0, mean)).toThrow(RangeError);
    expect(() => bootstrapIntervals(5, mean, { resamples: 1.5 })).toThrow(RangeError);
    expect(() => bootstrapIntervals(5, mean, { level: 0 })).toThrow(RangeError);
    expect(() => bootstrapIntervals(5, mean, { seed: 2 ** 60 })).toThrow(RangeError);
  });
});

describe('pairedBootstrapIntervals', () => {
  it('uses the same rows for both models: identical models give a [0, 0] delta', () => {
    const values = uniforms(2, 50);
    const stat = (counts: Uint32Array) => ({ mean: meanWithCounts(values, counts) });
    const result = pairedBootstrapIntervals(values.length, stat, stat, { resamples: 200 });
    expect(result.delta!.intervals.mean).toEqual([0, 0]);
    expect(result.candidate).toEqual(bootstrapIntervals(values.length, stat, { resamples: 200 }));
  });

  it('a constant shift gives exactly that delta', () => {
    const values = uniforms(3, 50);
    const shifted = values.map((v) => v + 0.25);
    const result = pairedBootstrapIntervals(
      values.length,
      (c) => ({ mean: meanWithCounts(shifted, c) }),
      (c) => ({ mean: meanWithCounts(values, c) }),
      { resamples: 200 },
    );
    expect(result.delta!.intervals.mean[0]).toBeCloseTo(0.25, 12);
    expect(result.delta!.intervals.mean[1]).toBeCloseTo(0.25, 12);
  });
});

describe('intervals of evaluatePredictions', () => {
  it('contain the point estimate of smooth metrics', () => {
    const input = binaryInput(4, 400, 0.8);
    const r = evaluatePredictions(input, { task: 'binary', seed: 5 });
    for (const metric of ['accuracy', 'balanced_accuracy', 'log_loss', 'brier_score', 'roc_auc', 'average_precision', 'f1']) {
      const [lo, hi] = r.intervals[metric];
      expect(lo, metric).toBeLessThan(r.metrics[metric]);
      expect(hi, metric).toBeGreaterThan(r.metrics[metric]);
    }
    const u = uniforms(6, 600);
    const yTrue = u.slice(0, 300).map((v) => String(v * 10));
    const yPred = u.slice(0, 300).map((v, i) => String(v * 10 + (u[300 + i] - 0.5) * 3));
    const reg = evaluatePredictions({ yTrue, yPred }, { task: 'regression', seed: 5 });
    for (const metric of ['mae', 'mse', 'rmse', 'r2', 'explained_variance', 'median_absolute_error']) {
      const [lo, hi] = reg.intervals[metric];
      expect(lo, metric).toBeLessThan(reg.metrics[metric]);
      expect(hi, metric).toBeGreaterThan(reg.metrics[metric]);
    }
  });

  it('is identical across runs with the same seed and differs with another', () => {
    const input = binaryInput(7, 150, 0.75);
    const a = evaluatePredictions(input, { task: 'binary', seed: 1, resamples: 200 });
    const b = evaluatePredictions(input, { task: 'binary', seed: 1, resamples: 200 });
    const c = evaluatePredictions(input, { task: 'binary', seed: 2, resamples: 200 });
    expect(b).toEqual(a);
    expect(c.intervals.accuracy).not.toEqual(a.intervals.accuracy);
    expect(c.metrics).toEqual(a.metrics);
  });

  it('covers the true accuracy about 95% of the time (simulation)', () => {
    const trueAccuracy = 0.8;
    const experiments = 300;
    let covered = 0;
    for (let e = 0; e < experiments; e++) {
      const input = binaryInput(100 + e, 120, trueAccuracy);
      const r = evaluatePredictions({ yTrue: input.yTrue, yPred: input.yPred }, { task: 'binary', seed: e, resamples: 300 });
      const [lo, hi] = r.intervals.accuracy;
      if (lo <= trueAccuracy && trueAccuracy <= hi) covered++;
    }
    // Nominal 0.95; the percentile interval of a proportion at n = 120 runs slightly low.
    // Binomial sd over 300 experiments ≈ 0.013, so this band is ≈ ±4 sd around 0.94.
    expect(covered / experiments).toBeGreaterThan(0.88);
    expect(covered / experiments).toBeLessThan(0.99);
  });
});
