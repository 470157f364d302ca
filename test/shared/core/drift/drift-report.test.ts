import { describe, expect, it } from 'vitest';
import { driftReport, noSchemaChange } from '../../../../shared/core/drift/drift-report.js';
import { parseCsvTable } from '../../../../shared/adapters/data/table.js';
import { numericColumnPair } from '../../../../shared/core/drift/column-sample.js';
import { chooseMethod } from '../../../../shared/core/drift/auto-method.js';
import { seededNormal } from '../../../support/random.js';
import { simulateDrift } from '../../../support/drift-simulation.js';
import { tableOf } from '../../../support/tables.js';

const normal = (seed: number, n: number, shift = 0) => {
  const next = seededNormal(seed);
  return Array.from({ length: n }, () => next() + shift);
};

describe('automatic method choice', () => {
  it('follows the documented rule', () => {
    expect(chooseMethod(numericColumnPair(normal(1, 500), normal(2, 500))).method).toBe('ks');
    expect(chooseMethod(numericColumnPair(normal(1, 1001), normal(2, 500))).method).toBe('wasserstein');
    expect(chooseMethod(numericColumnPair([0, 1, 0, 1, 1], [1, 1, 0])).method).toBe('z');
    expect(chooseMethod(numericColumnPair([0, 1, 2, 0, 1], [2, 1, 0])).method).toBe('chisquare');
    const bigCategorical = numericColumnPair(Array.from({ length: 2000 }, (_, i) => i % 3), [0, 1, 2]);
    expect(chooseMethod(bigCategorical)).toMatchObject({ method: 'jensenshannon', asCategories: true });
  });

  it('explains the choice with the count it was taken on', () => {
    // 4 distinct reference values decide "categories"; 6 over both sides is not what decided it.
    const choice = chooseMethod(numericColumnPair([1, 2, 3, 4], [2, 3, 5, 7]));
    expect(choice.method).toBe('chisquare');
    expect(choice.reason).toBe('numeric with 4 distinct reference values (≤ 5), compared as 6 categories over both sides');
  });
});

describe('driftReport', () => {
  it('flags the shifted column only, with the contract fields', () => {
    const reference = tableOf('ref.csv', { a: normal(1, 300), b: normal(2, 300), city: Array.from({ length: 300 }, (_, i) => ['x', 'y', 'z'][i % 3]) });
    const current = tableOf('cur.csv', { a: normal(3, 300, 1), b: normal(4, 300), city: Array.from({ length: 300 }, (_, i) => ['x', 'y', 'z'][(i * 7) % 3]) });
    const report = driftReport(reference, current);
    const byName = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(byName.a).toMatchObject({ kind: 'numeric', method: 'ks', drifted: true, threshold: 0.05 });
    expect(byName.b.drifted).toBe(false);
    expect(byName.city).toMatchObject({ kind: 'categorical', method: 'chisquare', drifted: false });
    expect(byName.a.p_value).toBeLessThan(1e-6);
    expect(report.share_drifted).toBeCloseTo(1 / 3, 12);
    expect(report.dataset_drifted).toBe(false);
  });

  it('drifts the dataset on a critical column alone', () => {
    const reference = tableOf('ref.csv', { a: normal(1, 300), b: normal(2, 300), c: normal(5, 300) });
    const current = tableOf('cur.csv', { a: normal(3, 300, 1), b: normal(4, 300), c: normal(6, 300) });
    expect(driftReport(reference, current, { criticalColumns: ['a'] })).toMatchObject({ dataset_drifted: true, critical_columns_drifted: ['a'] });
    expect(() => driftReport(reference, current, { criticalColumns: ['zzz'] })).toThrow('critical column `zzz` is not among the compared columns');
  });

  it('has defined results for edge cases instead of crashing', () => {
    const reference = tableOf('ref.csv', {
      constant: [5, 5, 5, 5, 5, 5], empty: ['', '', 'NA', '', '', ''], mixed: [1, 2, 'x', 3, 4, 5],
      oneSided: ['a', 'a', 'b', 'b', 'a', 'b'], infinite: [1, 2, 3, 'inf', 5, 6], single: [1, '', '', '', '', ''],
    });
    const current = tableOf('cur.csv', {
      constant: [5, 5, 5, 6, 6, 6], empty: [1, 2, 3, 4, 5, 6], mixed: [1, 2, 3, 4, 5, 6],
      oneSided: ['c', 'c', 'c', 'a', 'b', 'c'], infinite: [1, 2, 3, 4, '-inf', 6], single: [2, '', '', '', '', ''],
    });
    const report = driftReport(reference, current);
    const byName = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(byName.constant).toMatchObject({ kind: 'categorical', method: 'z' }); // one distinct reference value: compared as categories
    expect(byName.empty).toMatchObject({ statistic: null, drifted: false, note: 'no values in the reference' });
    expect(byName.empty.missing).toEqual({ reference: 1, current: 0 });
    expect(byName.mixed.kind).toBe('categorical'); // one word makes the column categorical
    expect(byName.oneSided.method).toBe('chisquare');
    expect(byName.oneSided.statistic).toBeGreaterThan(0);
    expect(byName.infinite.kind).toBe('numeric');
    expect(byName.single.rows).toEqual({ reference: 1, current: 1 });
    for (const column of report.columns) if (column.p_value !== null) expect(column.p_value).toBeGreaterThanOrEqual(0);
  });

  it('refuses a per-column method that cannot compare the column kind, naming both', () => {
    const reference = tableOf('ref.csv', { city: ['a', 'b', 'c'] });
    const current = tableOf('cur.csv', { city: ['a', 'b', 'b'] });
    expect(() => driftReport(reference, current, { perColumn: { city: { method: 'ks' } } })).toThrow('column `city` is categorical; method `ks` compares numeric columns only');
  });

  it('refuses a per-column method for a column that is not compared, naming the column', () => {
    const reference = tableOf('ref.csv', { x: ['1', '2', '3'], y: ['1', '2', '3'] });
    const current = tableOf('cur.csv', { x: ['1', '2', '4'], y: ['1', '2', '4'] });
    expect(() => driftReport(reference, current, { perColumn: { incme: { method: 'psi' } } })).toThrow('column-methods names column `incme`, which is not a column of both ref.csv and cur.csv');
    expect(() => driftReport(reference, current, { exclude: ['y'], perColumn: { y: { method: 'ks' } } })).toThrow('column-methods names column `y`, which is not compared');
  });

  it('applies a global method to the columns it fits and auto to the others, noted', () => {
    const reference = tableOf('ref.csv', { a: normal(1, 60), city: Array.from({ length: 60 }, (_, i) => ['x', 'y', 'z'][i % 3]) });
    const current = tableOf('cur.csv', { a: normal(2, 60, 1), city: Array.from({ length: 60 }, (_, i) => ['x', 'y', 'z'][(i * 7) % 3]) });
    const report = driftReport(reference, current, { method: 'ks', threshold: 0.01 });
    const byName = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(byName.a).toMatchObject({ method: 'ks', threshold: 0.01 });
    expect(byName.a.note).toBeUndefined();
    expect(byName.city).toMatchObject({ method: 'chisquare', threshold: 0.05, note: '`ks` compares numeric columns only; this categorical column was compared with the auto method' });
    expect(byName.city.statistic).not.toBeNull();
  });

  it('refuses a numeric override on a column holding words, naming file, column and line', () => {
    const reference = tableOf('ref.csv', { x: [1, 2, 'oops'] });
    const current = tableOf('cur.csv', { x: [1, 2, 3] });
    expect(() => driftReport(reference, current, { perColumn: { x: { kind: 'numeric' } } })).toThrow('ref.csv: column `x` is numeric but line 4 holds `oops`');
  });

  it('gives every method a result on the same pair, p-values in [0, 1] and distances ≥ 0', () => {
    const reference = tableOf('ref.csv', { a: normal(7, 200) });
    const current = tableOf('cur.csv', { a: normal(8, 150, 0.2) });
    for (const method of ['ks', 'cramer_von_mises', 'anderson', 'mannwhitney', 't_test', 'wasserstein', 'psi', 'jensenshannon', 'hellinger', 'kl_div', 'tvd', 'linf', 'energy_distance'] as const) {
      const [column] = driftReport(reference, current, { method }).columns;
      expect(column.method).toBe(method);
      expect(column.statistic).not.toBeNull();
      if (column.p_value !== null) {
        expect(column.p_value).toBeGreaterThanOrEqual(0);
        expect(column.p_value).toBeLessThanOrEqual(1);
      } else {
        expect(column.statistic).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

// The acceptance simulation of the statistics issue, small enough for every test run: each run
// compares 50 columns of standard normal data (fixed seeds, so the outcome is the same every
// time). `npm run bench` runs the full version (200 runs at 500, 1,001 and 2,000 rows) and
// measures the rates quoted below.
//
// False alarms. With nothing changed, each column's p-value is valid (P(p ≤ t) ≤ t) and the 50
// are independent, so Benjamini–Hochberg at α = 0.05 flags some column with probability ≤ α (under
// the complete null its false discovery rate is P(any flag); Simes 1986). Above 1,000 rows auto
// mode flags a column only when its distance reaches 0.1 AND its KS p-value survives the same
// correction: a subset of BH's flags, same bound. So the runs with a false alarm among n = 25 are
// at most Binomial(25, 0.05), and the test allows 9:
//   P(spurious failure) = P(Bin(25, 0.05) ≥ 10) = 1.6e-7.
// A broken decision rule passes with P(Bin(25, p) ≤ 9), p its chance of a false alarm per run:
// - no correction, p-value path: p = 1 − 0.95^50 = 0.92 (bench, 500 rows: 0.935) → 3e-12;
// - no correction, large path: p = 0.64 (bench, 1,001 rows) → 4e-3;
// - the distance alone, no confirming test: p = 0.845 (bench, 1,001 rows) → 6e-8.
// The large path is simulated at 1,001 rows because noise reaches a distance of 0.1 more often
// there than at 2,000 rows (where a missing correction only shows in 8.5% of runs), so the
// confirming test and the correction carry the guarantee. Each test also decides its own runs
// without the correction and checks that more than 9 of them raise a false alarm.
//
// Power. 5 of the 50 columns move by a shift; a run finds it when at least 4 of the 5 drift. The
// target is 90% of runs: 0.5 SD at 500 rows on the p-value path, 0.3 SD at 2,000 rows on the
// large path (tested here at 1,001 rows: less data, same path). Bench measures 100% for all three.
// Finding runs among 25 are then at least Binomial(25, 0.9), and the test requires 13:
//   P(spurious failure) = P(Bin(25, 0.9) ≤ 12) = 1.6e-7,
// while an implementation that finds the shift in at most 30% of runs passes with
// P(Bin(25, 0.3) ≥ 13) = 1.7e-2, and one that never finds it never passes.
describe('false alarms and power across 50 columns (simulation)', () => {
  const RUNS = 25;
  const ALLOWED_FALSE_ALARMS = 9;
  const REQUIRED_FINDS = 13;
  const scenario = { runs: RUNS, columns: 50, shifted: 0, shift: 0 };

  it('p-value path (500 rows: KS with Benjamini–Hochberg): false alarms in at most 9 of 25 unchanged runs', () => {
    const runs = simulateDrift({ ...scenario, rows: 500, seed: 1_000_000 });
    expect(runs.falseAlarm).toBeLessThanOrEqual(ALLOWED_FALSE_ALARMS);
    expect(runs.falseAlarmUncorrected).toBeGreaterThan(ALLOWED_FALSE_ALARMS);
  });

  it('large path (1,001 rows: Wasserstein confirmed by KS, with Benjamini–Hochberg): false alarms in at most 9 of 25 unchanged runs', () => {
    const runs = simulateDrift({ ...scenario, rows: 1001, seed: 2_000_000 });
    expect(runs.falseAlarm).toBeLessThanOrEqual(ALLOWED_FALSE_ALARMS);
    expect(runs.falseAlarmUncorrected).toBeGreaterThan(ALLOWED_FALSE_ALARMS);
    expect(runs.falseAlarmDistanceOnly).toBeGreaterThan(ALLOWED_FALSE_ALARMS);
  });

  it('finds 4 of 5 columns shifted by 0.5 SD on the p-value path (500 rows) in at least 13 of 25 runs', () => {
    expect(simulateDrift({ ...scenario, rows: 500, shifted: 5, shift: 0.5, seed: 3_000_000 }).found).toBeGreaterThanOrEqual(REQUIRED_FINDS);
  });

  it('finds 4 of 5 columns shifted by 0.3 SD on the large path (1,001 rows) in at least 13 of 25 runs', () => {
    expect(simulateDrift({ ...scenario, rows: 1001, shifted: 5, shift: 0.3, seed: 4_000_000 }).found).toBeGreaterThanOrEqual(REQUIRED_FINDS);
  });
});

describe('columns that are not compared, and schema changes', () => {
  // As pandas writes them with `to_csv(index=False)`: NaN as empty cells, the id a column.
  const rows = 30;
  const reference = parseCsvTable([
    'id,uuid,x,kept,gone,code',
    ...Array.from({ length: rows }, (_, i) => `${i},a1b2-${i}-ref,${i % 7},${i % 2 === 0 ? '' : i},${i},${i % 4}`),
  ].join('\n'), 'ref.csv');
  const current = parseCsvTable([
    'id,uuid,x,kept,code,new',
    ...Array.from({ length: rows }, (_, i) => `${i + rows},a1b2-${i}-cur,${i % 7},${i},${['a', 'b', 'c', 'd'][i % 4]},${i}`),
  ].join('\n'), 'cur.csv');

  it('leaves out the row id and columns unique per row, with the reason', () => {
    const report = driftReport(reference, current);
    expect(report.columns.map((c) => c.name)).toEqual(['x', 'kept', 'code']);
    expect(report.not_compared).toEqual([
      { name: 'id', reason: 'the row-id column' },
      { name: 'uuid', reason: 'every value distinct on each side (an identifier or timestamp; at least 20 values per side)' },
    ]);
    const named = driftReport(reference, current, { idColumn: 'x' });
    expect(named.not_compared.map((c) => c.name)).toEqual(['uuid', 'x']);
    expect(named.columns.map((c) => c.name)).toContain('id');
    expect(driftReport(reference, current, { columns: ['id', 'uuid'] }).columns.map((c) => c.name)).toEqual(['id', 'uuid']);
  });

  it('reports columns added, dropped, changing type and changing missing rate', () => {
    const { schema } = driftReport(reference, current);
    expect(schema).toEqual({
      added: ['new'], dropped: ['gone'],
      type_changed: [{ name: 'code', reference: 'numeric', current: 'categorical' }],
      missing_rate_changed: [{ name: 'kept', reference: 0.5, current: 0 }],
      missing_rate_threshold: 0.1,
    });
    const same = driftReport(reference, reference).schema;
    expect(same).toEqual(noSchemaChange());
  });
});

describe('normed distances on huge values', () => {
  // Squares of values above ~1e154 overflow: the reference's spread became Infinity and the
  // normed distance 0, so a drifted column was reported as not drifted (issue 12).
  it.each(['wasserstein', 'energy_distance'] as const)('%s gives the same statistic at 1e200 as at 1', (method) => {
    const statistic = (unit: number) => {
      const reference = tableOf('ref.csv', { a: normal(1, 400).map((v) => v * unit) });
      const current = tableOf('cur.csv', { a: normal(2, 400, 1).map((v) => v * unit) });
      return driftReport(reference, current, { method }).columns[0];
    };
    const small = statistic(1);
    const huge = statistic(1e200);
    expect(small.drifted).toBe(true);
    expect(huge.drifted).toBe(true);
    expect(huge.statistic! / small.statistic!).toBeCloseTo(1, 10);
  });
});
