import { describe, expect, it } from 'vitest';
import { canonicalMethodName, DRIFT_METHODS, evidentlyRefusal } from '../../../../shared/core/drift/methods.js';
import { numericColumnPair } from '../../../../shared/core/drift/column-sample.js';
import { seededNormal } from '../../../support/random.js';
import { allPairs, describeMismatch, metricAgrees } from '../stats/distance-fixtures.js';

const normal = (seed: number, n: number, scale = 1, shift = 0) => {
  const next = seededNormal(seed);
  return Array.from({ length: n }, () => scale * (next() + shift));
};

function compare(method: keyof typeof DRIFT_METHODS, reference: number[], current: number[]) {
  const pair = numericColumnPair(reference, current);
  return DRIFT_METHODS[method].compute(pair.reference, pair.current, 'numeric');
}

describe('energy_distance: scale-free (issue 11)', () => {
  it('gives the same number whatever the units, and is D/√σ of the raw energy distance', () => {
    const reference = normal(11, 1000);
    const current = normal(12, 1000, 1, 0.3);
    const base = compare('energy_distance', reference, current).statistic;
    for (const scale of [1e-3, 1e4]) {
      const scaled = compare('energy_distance', reference.map((x) => scale * x), current.map((x) => scale * x)).statistic;
      expect(Math.abs(scaled - base)).toBeLessThanOrEqual(1e-9 * base);
    }
    // A 0.3-SD shift: D² ≈ 2·0.3²·∫φ² = 0.09/√π ≈ 0.051, so D ≈ 0.23 in SD units: drift.
    expect(base).toBeGreaterThan(0.15);
    expect(base).toBeLessThan(0.3);
  });

  // Two halves of one file, 66 columns in very different units (thousandths to tens of
  // thousands), 1,000 rows a side. Bound: energy_distance ≥ 0.1 in no more columns than KS at
  // p < 0.05 (KS expects ~5% by construction; normed energy distance, whose null value is
  // ≈ 0.05 at this size, ~0.5%: scipy on 400 runs gave 0.5% against 4.5%). Before the
  // normalisation, the raw distance passed 0.1 on every column in units of 100 or more.
  it('raises no more false alarms than KS on unchanged data, at every scale', () => {
    const scales = [1e-3, 1e-1, 1, 10, 1e2, 1e4];
    let energyAlarms = 0;
    let ksAlarms = 0;
    let columns = 0;
    for (let column = 0; column < 66; column++) {
      const scale = scales[column % scales.length];
      const reference = normal(5000 + 2 * column, 1000, scale, 3);
      const current = normal(5001 + 2 * column, 1000, scale, 3);
      columns++;
      if (compare('energy_distance', reference, current).statistic >= DRIFT_METHODS.energy_distance.defaultThreshold) energyAlarms++;
      if ((compare('ks', reference, current).p_value ?? 1) < DRIFT_METHODS.ks.defaultThreshold) ksAlarms++;
    }
    expect(columns).toBe(66);
    expect(energyAlarms).toBeLessThanOrEqual(ksAlarms);
    expect(energyAlarms).toBeLessThanOrEqual(2);
  });

  it('a constant reference: 0 when nothing moved, Infinity otherwise', () => {
    expect(compare('energy_distance', [2, 2, 2], [2, 2]).statistic).toBe(0);
    expect(compare('energy_distance', [2, 2, 2], [2, 3]).statistic).toBe(Infinity);
  });
});

describe('numeric histogram distances: open bins beyond the reference range (issue 11)', () => {
  it('PSI sees 10% of current values at +6 SD (0.078 with quantile bins alone)', () => {
    const reference = normal(21, 2000);
    const current = [...normal(22, 1800), ...normal(23, 200).map((x) => 6 + 0.01 * x)];
    const psi = compare('psi', reference, current).statistic;
    // The out-of-range 10% meets the reference's floored empty bin:
    // ≈ (0.1 − 1e-4)·ln(0.1 / 1e-4) ≈ 0.69, plus ≈ 0.01 from the other bins thinning by 10%.
    expect(psi).toBeGreaterThan(0.6);
    expect(psi).toBeLessThan(0.8);
    for (const method of ['jensenshannon', 'hellinger', 'kl_div', 'tvd'] as const) {
      expect(compare(method, reference, current).statistic, method).toBeGreaterThanOrEqual(DRIFT_METHODS[method].defaultThreshold);
    }
  });

  // Finite pairs only: the drift path takes its cut points from the finite values, the fixture
  // from all of them (infinite values are covered in the histogram tests).
  const finitePairs = allPairs.filter((c) => c.x.every(Number.isFinite) && c.y.every(Number.isFinite));

  it(`match numpy/scipy on the outer-binned fixture for ${finitePairs.length} finite sample pairs`, () => {
    expect(finitePairs.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const c of finitePairs) {
      const o = c.binned.outer;
      const expected = { psi: o.psiFloored, kl_div: o.klFloored, jensenshannon: o.js, hellinger: o.hellinger, tvd: o.tvd, linf: o.linf };
      for (const [method, value] of Object.entries(expected) as [keyof typeof expected, number][]) {
        const actual = compare(method, c.x, c.y).statistic;
        if (!metricAgrees(actual, value)) failures.push(describeMismatch(c.name, method, actual, value));
      }
    }
    expect(failures).toEqual([]);
  });

  it('equals the hand computation with two open outer bins (expected values computed here, not by the fixture script)', () => {
    // Reference 1..1000: 10 quantile bins of 100 values each, nothing outside [1, 1000].
    // Current: the reference itself plus 111 values above 1000 (and none below 1).
    const reference = Array.from({ length: 1000 }, (_, i) => i + 1);
    const current = [...reference, ...Array.from({ length: 111 }, (_, i) => 2000 + i)];
    const f = 1e-4;
    const p = [f, ...Array.from({ length: 10 }, () => 0.1), f].map((v) => v / (1 + 2 * f));
    const q = [f, ...Array.from({ length: 10 }, () => 100 / 1111), 111 / 1111].map((v) => v / (1 + f));
    const psi = p.reduce((sum, pi, i) => sum + (q[i] - pi) * Math.log(q[i] / pi), 0);
    expect(compare('psi', reference, current).statistic).toBeCloseTo(psi, 12);
    // Unfloored, the bounded metrics see the 111/1111 that the reference never holds.
    const tvd = 0.5 * (10 * Math.abs(0.1 - 100 / 1111) + 111 / 1111);
    expect(compare('tvd', reference, current).statistic).toBeCloseTo(tvd, 12);
    // Below the reference minimum counts too.
    expect(compare('tvd', reference, [...reference, -5]).statistic).toBeCloseTo(0.5 * (10 * Math.abs(0.1 - 100 / 1001) + 1 / 1001), 12);
  });

  it('unchanged data stays at 0', () => {
    const reference = normal(31, 500);
    for (const method of ['psi', 'jensenshannon', 'hellinger', 'kl_div', 'tvd', 'linf'] as const) {
      expect(compare(method, reference, [...reference].reverse()).statistic, method).toBeCloseTo(0, 12);
    }
  });
});

describe("Evidently's stat-test names (issue 11)", () => {
  it('reads the aliases as mlgate methods and keeps mlgate names as they are', () => {
    expect(canonicalMethodName('ed')).toBe('energy_distance');
    expect(canonicalMethodName('mannw')).toBe('mannwhitney');
    expect(canonicalMethodName('ks')).toBe('ks');
    expect(canonicalMethodName('tvd')).toBe('tvd');
    expect(canonicalMethodName('toString')).toBeUndefined();
  });

  it('refuses the names mlgate does not compute, pointing at the README table', () => {
    for (const name of ['es', 'g_test', 'empirical_mmd', 'TVD', 'perc_text_content_drift', 'abs_text_content_drift']) {
      expect(canonicalMethodName(name), name).toBeUndefined();
      expect(evidentlyRefusal(name), name).toMatch(/README's "Coming from Evidently" table/);
    }
    expect(evidentlyRefusal('TVD')).toMatch(/permutation p-value/);
    expect(evidentlyRefusal('nonsense')).toBeUndefined();
    expect(evidentlyRefusal('constructor')).toBeUndefined();
  });
});
