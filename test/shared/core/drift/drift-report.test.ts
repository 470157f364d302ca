import { describe, expect, it } from 'vitest';
import { driftReport, driftReportOfColumns } from '../../../../shared/core/drift/drift-report.js';
import { numericColumnPair } from '../../../../shared/core/drift/column-sample.js';
import { chooseMethod } from '../../../../shared/core/drift/auto-method.js';
import { seededNormal } from '../../../support/random.js';
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

  it('refuses a method that cannot compare the column kind, naming both', () => {
    const reference = tableOf('ref.csv', { city: ['a', 'b', 'c'] });
    const current = tableOf('cur.csv', { city: ['a', 'b', 'b'] });
    expect(() => driftReport(reference, current, { method: 'ks' })).toThrow('column `city` is categorical; method `ks` compares numeric columns only');
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

// The acceptance simulation of the statistics issue: with default settings, 50 unchanged columns
// must not raise a false alarm in most runs, and a real shift must be found.
describe('false alarms across many columns (simulation)', () => {
  const RUNS = 200;
  const COLUMNS = 50;
  const ROWS = 2000;

  function simulate(shiftedColumns: number, shift: number, rows: number, runs: number) {
    let runsWithFalseAlarm = 0;
    let runsFindingShift = 0;
    for (let run = 0; run < runs; run++) {
      const columns = Array.from({ length: COLUMNS }, (_, c) => ({
        name: `c${c}`,
        pair: numericColumnPair(normal(run * 1000 + c * 2 + 1, rows), normal(run * 1000 + c * 2 + 2, rows, c < shiftedColumns ? shift : 0)),
      }));
      const report = driftReportOfColumns(columns, { reference: { source: 'r', rows }, current: { source: 'c', rows } });
      const flagged = report.columns.filter((c) => c.drifted).map((c) => Number(c.name.slice(1)));
      if (flagged.some((c) => c >= shiftedColumns)) runsWithFalseAlarm++;
      if (flagged.filter((c) => c < shiftedColumns).length >= 4) runsFindingShift++;
    }
    return { falseAlarmRate: runsWithFalseAlarm / runs, detectionRate: runsFindingShift / runs };
  }

  it('flags any of 50 unchanged columns in at most 7% of 200 runs (2,000 rows each)', () => {
    expect(simulate(0, 0, ROWS, RUNS).falseAlarmRate).toBeLessThanOrEqual(0.07);
  });

  it('finds at least 4 of 5 columns shifted by 0.3 SD in at least 90% of 200 runs', () => {
    expect(simulate(5, 0.3, ROWS, RUNS).detectionRate).toBeGreaterThanOrEqual(0.9);
  });

  it('controls false alarms on the p-value path too (500 rows: KS with Benjamini–Hochberg)', () => {
    // Under the complete null, Benjamini–Hochberg at 0.05 bounds the chance of any false alarm by
    // 5%; 200 runs measure that with a standard error of 1.5%, so allow two of them.
    expect(simulate(0, 0, 500, 200).falseAlarmRate).toBeLessThanOrEqual(0.08);
    expect(simulate(5, 0.5, 500, 100).detectionRate).toBeGreaterThanOrEqual(0.9);
  });
});
