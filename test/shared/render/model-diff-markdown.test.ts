import { describe, expect, it } from 'vitest';
import type { EvaluationResult, SliceComparison } from '../../../shared/core/metrics/index.js';
import { renderReport, renderReportWithin } from '../../../shared/render/pr-report.js';
import { modelDiffMarkdown, predictionDiffHeadline } from '../../../shared/render/model-diff-markdown.js';

const slice = (i: number): SliceComparison => ({
  metric: 'accuracy', column: 'region', value: `r${i}`, n: 100, baseline: 0.9, candidate: 0.9 - i / 1000, delta: -i / 1000,
  interval: [-i / 1000 - 0.05, -i / 1000 + 0.05], p_value: 0.5, adjusted_p_value: 0.9, gated: true,
});

const evaluation: EvaluationResult = {
  task: 'binary', n: 50_000, metrics: { accuracy: 0.91 }, intervals: { accuracy: [0.9, 0.92] }, baseline_metrics: { accuracy: 0.9 },
  comparison: { accuracy: { delta: 0.01, interval: [0.005, 0.015], test: 'mcnemar_exact', p_value: 0.001 } },
  prediction_diff: { rows: 50_000, changed: 1204, fixed: 800, broken: 350, other: 54, table: { '0': { '0': 20_000, '1': 500 }, '1': { '0': 704, '1': 28_796 } }, top: [] },
  slices: [{ ...slice(300), adjusted_p_value: 0.01, p_value: 0.002, interval: [-0.4, -0.2] }, ...Array.from({ length: 400 }, (_, i) => slice(i))],
};

describe('the prediction diff and slices in markdown', () => {
  it('says how many rows changed, in words a reviewer reads', () => {
    expect(predictionDiffHeadline(evaluation.prediction_diff!)).toBe('**1,204 of 50,000 rows changed**: 800 fixed, 350 broken, 54 other.');
    expect(predictionDiffHeadline({ rows: 10, changed: 3, closer: 1, further: 1, tolerance: 0.25, top: [] }))
      .toBe('**3 of 10 rows changed** (prediction moved by more than 0.25): 1 closer to the truth, 1 further, 1 as far.');
    const markdown = modelDiffMarkdown(evaluation);
    expect(markdown).toContain('| baseline ↓ · candidate → |');
    expect(markdown).toContain('**1 of 401 slice results significantly worse**, the worst: region = r300 (accuracy -0.3, 95% CI [-0.4, -0.2]).');
  });

  it('keeps the worst slices first and cuts the slice table by whole rows in a fitted report', () => {
    const gate = { verdict: 'pass' as const, checks: [] };
    const full = renderReport({ evaluation, gate });
    expect(full.length).toBeGreaterThan(20_000);
    const fitted = renderReportWithin({ evaluation, gate }, 8_000, 'the evaluation JSON');
    expect(fitted.length).toBeLessThanOrEqual(8_000);
    expect(fitted).toContain('### Prediction diff');
    expect(fitted).toMatch(/\| accuracy \| region \| r300 \|[^\n]*▼ \|\n/);
    expect(fitted).toMatch(/_…and \d+ more slices, left out to fit GitHub's comment limit: the full report is in the evaluation JSON\._/);
    for (const line of fitted.split('\n').filter((l) => l.startsWith('| accuracy | region'))) expect(line).toMatch(/\|$/);
  });
});
