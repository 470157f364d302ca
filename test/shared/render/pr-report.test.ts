import { describe, expect, it } from 'vitest';
import { renderReport, renderReportWithin } from '../../../shared/render/pr-report.js';
import type { DriftReport } from '../../../shared/core/drift/drift-report.js';
import type { GateResult } from '../../../shared/core/gate/gate.js';
import type { EvaluationResult } from '../../../shared/core/metrics/index.js';

function driftWith(columns: number): DriftReport {
  return {
    reference: { source: 'ref.csv', rows: 10 }, current: { source: 'cur.csv', rows: 10 }, correction: 'bh',
    columns: Array.from({ length: columns }, (_, i) => ({
      name: `feature_with_a_long_name_${i}`, kind: 'numeric', method: 'ks', statistic: 0.5, p_value: 1e-9, adjusted_p_value: 1e-8,
      threshold: 0.05, drifted: true, missing: { reference: 0, current: 0 }, rows: { reference: 10, current: 10 },
    })),
    share_drifted: 1, drift_share_threshold: 0.5, dataset_drifted: true, critical_columns_drifted: [],
  };
}

const gate: GateResult = { verdict: 'warn', checks: [{ subject: 'dataset', kind: 'drift', status: 'warn', message: 'drifted' }] };

describe('renderReportWithin', () => {
  it('fits 5,000 drifted columns under the comment limit without cutting a table row', () => {
    const input = { gate, drift: driftWith(5000) };
    expect(renderReport(input).length).toBeGreaterThan(65_536);
    const fitted = renderReportWithin(input, 65_000, 'the job summary of https://github.com/o/r/actions/runs/1');
    expect(fitted.length).toBeLessThanOrEqual(65_000);
    expect(fitted).toMatch(/_…and \d+ more drifted columns, left out to fit GitHub's comment limit: the full report is in the job summary of https:\/\/github\.com\/o\/r\/actions\/runs\/1\._/);
    // Every table line is whole: starts and ends with a pipe and has the header's cell count.
    const rows = fitted.split('\n').filter((line) => line.startsWith('|'));
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const row of rows) expect(cells(row)).toBe(cells(rows[0]));
    expect(fitted).toContain('### Gate: warn');
  });

  it('leaves a report that fits unchanged', () => {
    const input = { gate, drift: driftWith(3) };
    expect(renderReportWithin(input, 65_000, 'x')).toBe(renderReport(input));
  });

  it('renders a hostile metric name as inert text', () => {
    const name = '<img src=x onerror=alert(1)> @octocat | x';
    const evaluation: EvaluationResult = { task: 'binary', n: 10, metrics: { [name]: 0.5 }, intervals: { [name]: [0.4, 0.6] } };
    const markdown = renderReport({ gate, evaluation });
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('@octocat');
    const row = markdown.split('\n').find((line) => line.includes('onerror'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(5); // metric, value, interval: the name's pipe did not add a cell
  });
});
