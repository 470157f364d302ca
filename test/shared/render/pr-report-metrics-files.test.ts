import { describe, expect, it } from 'vitest';
import { renderReport, renderReportWithin } from '../../../shared/render/pr-report.js';
import type { MetricsFileEvaluation } from '../../../shared/core/metrics/index.js';

const metrics = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`eval_metric_${i}`, i / 1000]));
const evaluation: MetricsFileEvaluation = {
  task: 'multiclass', n: null, intervals: null, metrics: { ...metrics, eval_new: 0.5 },
  source: { kind: 'metrics_files', candidate: { path: 'out/all_results.json', format: 'huggingface' }, baseline: { path: 'base/all_results.json', format: 'huggingface' } },
  baseline_metrics: { ...metrics, eval_gone: 0.7 },
};
const gate = { verdict: 'pass' as const, checks: [] };

describe('the report of metrics read from files', () => {
  it('says there are no intervals in one line, and marks new and missing metrics', () => {
    const report = renderReport({ evaluation, gate });
    expect(report.split('\n').filter((line) => line.startsWith('_No intervals'))).toEqual([
      "_No intervals: read from out/all\\_results.json (Hugging Face Trainer) and the baseline's base/all\\_results.json (Hugging Face Trainer), not computed from per-row predictions; the gate compares them by threshold only._",
    ]);
    expect(report).toMatch(/\| eval\\_new +\| +— \| +0\.5 \| +— \| +\*\*new\*\* +\|/);
    expect(report).toMatch(/\| eval\\_gone +\| +0\.7 \| +— \| +— \| \*\*missing\*\* \|/);
  });

  it('keeps that line when the report is fitted under a limit', () => {
    const fitted = renderReportWithin({ evaluation, gate }, 3000, 'the job summary');
    expect(fitted.length).toBeLessThanOrEqual(3000);
    expect(fitted).toContain('_No intervals: read from out/all\\_results.json');
    expect(fitted).toMatch(/more metrics, left out to fit/);
  });

  it('warns about a value left out as NaN, which would otherwise just vanish from the table', () => {
    const report = renderReport({ evaluation: { ...evaluation, notes: ['`eval_loss` is NaN in out/all_results.json: left out (only finite numbers are metrics)', '`model` in out/all_results.json is a string ("x"): not a metric, left out'] }, gate });
    expect(report).toContain('- ⚠️ \\`eval\\_loss\\` is NaN in out/all\\_results.json: left out (only finite numbers are metrics)');
    expect(report).not.toContain('model');
  });
});
