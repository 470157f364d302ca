import { numericColumnPair } from '../../shared/core/drift/column-sample.js';
import { driftReportOfColumns, type ColumnDrift } from '../../shared/core/drift/drift-report.js';
import { seededNormal } from './random.js';

/**
 * One drift scenario: `columns` columns of standard normal data on both sides, the first `shifted`
 * of them moved by `shift` standard deviations in the current sample. Every column of every run
 * has its own seeds, derived from `seed`, so a scenario is the same data on every machine.
 */
export interface DriftScenario {
  rows: number;
  runs: number;
  columns: number;
  shifted: number;
  shift: number;
  seed: number;
}

/** Counts of runs, out of `runs`, in which each event happened. */
export interface DriftSimulation {
  runs: number;
  /** Some unchanged column drifted, as the report decides with default settings (auto, Benjamini–Hochberg). */
  falseAlarm: number;
  /**
   * Some unchanged column would have drifted without the correction: raw p-value below its
   * threshold, or, for a distance confirmed by a test, the distance at its threshold and the raw
   * p-value of the test below its own.
   */
  falseAlarmUncorrected: number;
  /** Some unchanged column's distance reached its threshold, the confirming test ignored (Evidently's rule). */
  falseAlarmDistanceOnly: number;
  /** At least 4 of the shifted columns drifted (all of them when fewer are shifted). */
  found: number;
}

/** Runs a scenario through `driftReportOfColumns` with default options. */
export function simulateDrift(scenario: DriftScenario): DriftSimulation {
  const { rows, runs, columns, shifted, shift, seed } = scenario;
  const counts: DriftSimulation = { runs, falseAlarm: 0, falseAlarmUncorrected: 0, falseAlarmDistanceOnly: 0, found: 0 };
  for (let run = 0; run < runs; run++) {
    const base = seed + run * 2 * columns;
    const pairs = Array.from({ length: columns }, (_, c) => ({
      name: `c${c}`,
      pair: numericColumnPair(normal(base + 2 * c + 1, rows), normal(base + 2 * c + 2, rows, c < shifted ? shift : 0)),
    }));
    const report = driftReportOfColumns(pairs, { reference: { source: 'reference', rows }, current: { source: 'current', rows } });
    const unchanged = report.columns.slice(shifted);
    if (unchanged.some((c) => c.drifted)) counts.falseAlarm++;
    if (unchanged.some(driftsUncorrected)) counts.falseAlarmUncorrected++;
    if (unchanged.some((c) => c.significance !== undefined && c.statistic! >= c.threshold)) counts.falseAlarmDistanceOnly++;
    if (report.columns.slice(0, shifted).filter((c) => c.drifted).length >= Math.min(4, shifted)) counts.found++;
  }
  return counts;
}

function driftsUncorrected(column: ColumnDrift): boolean {
  if (column.statistic === null) return false;
  if (column.significance) return column.statistic >= column.threshold && column.significance.p_value < column.significance.threshold;
  return column.p_value !== null ? column.p_value < column.threshold : column.drifted;
}

function normal(seed: number, n: number, shift = 0): Float64Array {
  const next = seededNormal(seed);
  return Float64Array.from({ length: n }, () => next() + shift);
}
