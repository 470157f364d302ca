import { describe, expect, it } from 'vitest';
import { aggregateGates, modelGate, type ModelGate } from '../../../shared/core/gate/aggregate.js';
import type { Verdict } from '../../../shared/core/gate/gate.js';
import { renderAggregateReport } from '../../../shared/render/aggregate-report.js';

function model(i: number, verdict: Verdict, blocking = true): ModelGate {
  const status = verdict;
  return modelGate({
    verdict,
    checks: [
      { subject: 'roc_auc', kind: 'metric', status, message: status === 'pass' ? 'Δ +0.001 is within the tolerated drop of 0' : `worse by 0.0${i % 10} (Δ -0.0${i % 10}, 95% CI [-0.05, -0.01]), tolerated 0` },
      { subject: 'dataset', kind: 'drift', status: 'pass', message: '2 of 30 columns drifted (6.7%; dataset drift at 50%)' },
    ],
    headline: { metric: 'roc_auc', baseline: 0.91, candidate: 0.9, delta: -0.01, interval: [-0.021, 0.002], drift_share: 2 / 30, dataset_drifted: false },
  }, `team-${i % 10}/model-${i}`, `gate-team-${i % 10}-model-${i}/gate.json`, blocking);
}

const thousand = () => Array.from({ length: 1000 }, (_, i) => model(i, i % 97 === 5 ? 'fail' : i % 89 === 3 ? 'warn' : 'pass', i !== 5));
const LIMIT = 65_536 - 512;

describe('the aggregated report of many models', () => {
  it('fails when a blocking model fails, warns when only a non-blocking one does, orders the worst first', () => {
    const result = aggregateGates([model(1, 'pass'), model(2, 'warn'), model(3, 'fail', false), model(4, 'fail')]);
    expect(result.verdict).toBe('fail');
    expect(result.models.map((m) => m.model)).toEqual(['team-4/model-4', 'team-3/model-3', 'team-2/model-2', 'team-1/model-1']);
    expect(result.blocking_failures).toEqual(['team-4/model-4']);
    expect(aggregateGates([model(1, 'pass'), model(3, 'fail', false)]).verdict).toBe('warn');
    expect(aggregateGates([model(1, 'pass')]).verdict).toBe('pass');
  });

  it('shows one row per model: verdict, primary metric Δ with its interval, drift share; checks folded per model', () => {
    const text = renderAggregateReport(aggregateGates([model(1, 'pass'), model(4, 'fail')]), 'mlgate');
    expect(text).toContain('## ❌ mlgate: fail');
    expect(text).toContain('**2 models**: 1 failing, 0 warning, 1 passing.');
    expect(text).toContain('| ❌ | team-4/model-4 | fail | roc\\_auc | -0.01 [-0.021, +0.002] | 6.7% |');
    expect(text.indexOf('team-4/model-4')).toBeLessThan(text.indexOf('team-1/model-1'));
    expect(text).toContain('<details><summary>❌ team-4/model-4: fail</summary>');
    expect(text).toContain('- ❌ **roc\\_auc** (metric): worse by 0.04');
  });

  it('keeps 1,000 models under the comment limit: every failing and warning model listed first, the passing ones folded into a count', () => {
    const aggregate = aggregateGates(thousand());
    const urgent = aggregate.models.filter((m) => m.verdict !== 'pass');
    expect(urgent.length).toBeGreaterThan(15);
    const full = renderAggregateReport(aggregate, 'mlgate');
    expect(full.length).toBeGreaterThan(65_536);
    const comment = renderAggregateReport(aggregate, 'mlgate', { limit: LIMIT, fullReportAt: 'the job summary of https://github.com/o/r/actions/runs/1' });
    expect(comment.length).toBeLessThanOrEqual(LIMIT);
    for (const m of urgent) expect(comment).toContain(`| ${m.model} | ${m.verdict}`);
    for (const m of urgent) expect(comment).toContain(`<summary>${m.verdict === 'fail' ? '❌' : '⚠️'} ${m.model}: ${m.verdict}`);
    // Failing rows come before warning rows, warning rows before passing ones.
    const rows = comment.split('\n').filter((line) => /^\| (❌|⚠️|✅) \|/.test(line)).map((line) => line.split(' | ')[0]);
    expect(rows.slice(0, urgent.length).every((icon) => icon !== '| ✅')).toBe(true);
    expect(comment).toMatch(/_…and \d+ more passing models, left out to fit GitHub's comment limit: the full report is in the job summary of https:\/\/github\.com\/o\/r\/actions\/runs\/1\._/);
    expect(comment).toContain('(1 not blocking)');
    // Whole items only: every details block that opens closes.
    expect(comment.split('<details>').length).toBe(comment.split('</details>').length);
  });

  it('fits the job summary in bytes the same way', () => {
    const aggregate = aggregateGates(thousand());
    const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
    const summary = renderAggregateReport(aggregate, 'mlgate', { limit: 40_000, fullReportAt: 'the report-markdown output', limitName: "GitHub's job summary limit", measure: bytes });
    expect(bytes(summary)).toBeLessThanOrEqual(40_000);
    expect(summary).toContain("left out to fit GitHub's job summary limit");
  });
});
