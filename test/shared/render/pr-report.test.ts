import { describe, expect, it } from 'vitest';
import { renderReport, renderReportWithin } from '../../../shared/render/pr-report.js';
import { noSchemaChange, type DriftReport } from '../../../shared/core/drift/drift-report.js';
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
    schema: noSchemaChange(), not_compared: [],
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

  it('keeps the failing checks and the worst columns first, whatever else is left out', () => {
    const drift = driftWith(3000);
    // The last column is the furthest past its threshold; the policy fails one column and passes 3,000.
    drift.columns[2999] = { ...drift.columns[2999], p_value: 1e-30, adjusted_p_value: 1e-29 };
    const checks: GateResult['checks'] = [
      ...Array.from({ length: 3000 }, (_, i) => ({ subject: `passing_${i}`, kind: 'drift' as const, status: 'pass' as const, message: 'fine' })),
      { subject: 'the_failing_one', kind: 'drift', status: 'fail', message: 'column drifted (ks)' },
    ];
    const fitted = renderReportWithin({ gate: { verdict: 'fail', checks }, drift }, 30_000, 'the job summary');
    expect(fitted.length).toBeLessThanOrEqual(30_000);
    expect(fitted).toMatch(/### Gate: fail\n\n- ❌ \*\*the\\_failing\\_one\*\* \(drift\): column drifted \(ks\)\n/);
    expect(fitted).toMatch(/\| --: \| :-- \|\n\| feature\\_with\\_a\\_long\\_name\\_2999 \|/);
    expect(fitted).toMatch(/_…and \d+ more checks, left out to fit GitHub's comment limit: the full report is in the job summary\._\n$/);
  });

  it('fits by UTF-8 bytes when asked, as a job summary is measured', () => {
    const drift = driftWith(2000);
    for (const column of drift.columns) column.name = `é${column.name}é`;
    const fitted = renderReportWithin({ gate, drift }, 50_000, { fullReportAt: 'x', limitName: "GitHub's job summary limit", measure: (text) => Buffer.byteLength(text) });
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(50_000);
    expect(Buffer.byteLength(fitted)).toBeGreaterThan(45_000);
    expect(fitted).toMatch(/left out to fit GitHub's job summary limit: the full report is in x\._/);
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

describe('drift section: schema changes and notes', () => {
  it('lists schema changes, columns not compared and stray tokens, escaping every name', async () => {
    const { driftSection } = await import('../../../shared/render/pr-report.js');
    const { driftHtml } = await import('../../../shared/render/drift-html.js');
    const base = driftWith(1);
    const report: DriftReport = {
      ...base,
      columns: [{ ...base.columns[0], name: '<b>x</b>', stray_tokens: { tokens: ['?'], cells: { reference: 0, current: 2 } } }],
      schema: { ...noSchemaChange(), added: ['new_<i>'], dropped: ['gone*'], type_changed: [{ name: 'code|', reference: 'numeric', current: 'categorical' }], missing_rate_changed: [{ name: 'kept', reference: 0.5, current: 0 }] },
      not_compared: [{ name: '@uuid', reason: 'the row-id column' }],
    };
    const markdown = driftSection(report);
    expect(markdown).toContain('**Schema changes**');
    expect(markdown).toContain('only in the current data (not compared): **new\\_&lt;i&gt;**');
    expect(markdown).toContain('only in the reference (not compared): **gone\\***');
    expect(markdown).toContain('**code\\|**: numeric in the reference, categorical in the current data');
    expect(markdown).toContain('**kept**: missing 50% → 0% (a change of 10% or more)');
    expect(markdown).toContain('**@\u2060uuid** not compared: the row-id column');
    expect(markdown).toContain('**&lt;b&gt;x&lt;/b&gt;**: 0 reference and 2 current cells holding **?** read as missing');
    const page = driftHtml(report);
    expect(page).toContain('<code>new_&lt;i&gt;</code>');
    expect(page).toContain('<code>@uuid</code> not compared: the row-id column');
    expect(page).not.toContain('<b>x</b>');
    expect(page).not.toContain('<i>');
  });
});
