import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent, NOT_A_NUMBER } from '../../shared/core/format-number.js';
import { applyPolicy } from '../../shared/core/gate/gate.js';
import { defaultPolicy } from '../../shared/core/gate/policy.js';
import type { DriftReport } from '../../shared/core/drift/drift-report.js';
import type { EvaluationResult } from '../../shared/core/metrics/index.js';
import { driftHtml } from '../../shared/render/drift-html.js';
import { renderReport, renderReportWithin } from '../../shared/render/pr-report.js';
import { hostileDrift, hostileEvaluation, hostileModelDiff, markupProblems } from './payloads.js';
import { evaluationHtml } from '../../shared/render/evaluation-html.js';
import { metricsSection } from '../../shared/render/pr-report.js';

// The renderers are the last line: even values that got past a reader with the wrong type (a
// string where a number goes, an unknown enum) come out inert.
describe('renderers on hostile values', () => {
  const evaluation = hostileEvaluation() as EvaluationResult;
  const drift = hostileDrift() as DriftReport;

  it('formats only numbers; anything else is shown as a fixed placeholder', () => {
    for (const junk of ['<img src=x onerror=alert(1)>', '@octocat', { a: 1 }, null, undefined]) {
      expect(formatNumber(junk as unknown as number)).toBe(NOT_A_NUMBER);
      expect(formatCount(junk as unknown as number)).toBe(NOT_A_NUMBER);
      expect(formatPercent(junk as unknown as number)).toBe(NOT_A_NUMBER);
    }
    expect(formatCount(1.5)).toBe(NOT_A_NUMBER);
    expect(formatNumber(0.12345)).toBe('0.1235');
  });

  it('renders the report and the fitted comment inert', () => {
    const gate = applyPolicy({ evaluation, drift, policy: defaultPolicy('binary') });
    expect(markupProblems(renderReport({ evaluation, drift, gate, title: '<a href=x>@octocat</a>' }))).toEqual([]);
    expect(markupProblems(renderReportWithin({ evaluation, drift, gate }, 20_000, 'the job summary'))).toEqual([]);
  });

  it('renders strings smuggled into number and enum fields inert', () => {
    const smuggled = '<img src=x onerror=alert(1)> @octocat |';
    const bad = {
      ...evaluation, task: smuggled, n: smuggled,
      metrics: { roc_auc: smuggled }, intervals: { roc_auc: [smuggled, smuggled] },
    } as unknown as EvaluationResult;
    const badDrift = {
      ...drift, correction: smuggled, share_drifted: smuggled,
      columns: drift.columns.map((c, i) => ({
        ...c, kind: smuggled, method: smuggled, statistic: smuggled, threshold: smuggled,
        histogram: [
          smuggled,
          { kind: 'numeric', edges: [smuggled], reference: [1, 1], current: [1, 1] },
          { kind: 'numeric', edges: [0, 1], reference: [smuggled, 1, 1], current: [1, 1, 1] },
          { kind: 'categorical', categories: [smuggled], reference: [1], current: [1], other: smuggled },
          { kind: smuggled, categories: [smuggled], reference: [1], current: [1], other: { categories: 0, reference: 0, current: 0 } },
        ][i % 5],
      })),
    } as unknown as DriftReport;
    const gate = { verdict: 'fail' as const, checks: [{ subject: smuggled, kind: 'metric' as const, status: 'fail' as const, message: smuggled }] };
    expect(markupProblems(renderReport({ evaluation: bad, drift: badDrift, gate }))).toEqual([]);
    const html = driftHtml(badDrift);
    expect(html).not.toMatch(/<img|<a |<script/);
    // A histogram that does not fit together is not drawn at all.
    expect(html).not.toContain('<svg');
  });

  it('renders a hostile drift report as HTML with no tag from input', () => {
    const html = driftHtml(drift);
    expect(html).not.toMatch(/<img|<a |<script|<details/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // One chart per column, its hostile category labels and column name escaped in text, tooltips and aria-label.
    expect(html.match(/<svg /g)).toHaveLength(drift.columns.length);
    expect(html).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt;: share of values per category');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;: reference');
  });

  it('renders a hostile prediction diff and slices inert: markdown, the fitted comment and HTML', () => {
    const withDiff = { ...evaluation, ...hostileModelDiff() } as EvaluationResult;
    const gate = applyPolicy({ evaluation: withDiff, drift, policy: defaultPolicy('binary') });
    for (const body of [metricsSection(withDiff), renderReport({ evaluation: withDiff, gate }), renderReportWithin({ evaluation: withDiff, drift, gate }, 12_000, 'the job summary')]) {
      expect(markupProblems(body)).toEqual([]);
      expect(body).not.toMatch(/<!--|(?<!\\)`code(?<!\\)`/);
    }
    const html = evaluationHtml(withDiff);
    expect(html).not.toMatch(/<img|<a |<script|<!--/);
    expect(html.match(/<details/g)).toHaveLength(1);
    expect(html).toContain('&lt;!-- open comment');
  });
});
