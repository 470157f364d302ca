import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../../../shared/core/gate/gate.js';
import { parsePolicy } from '../../../../shared/core/gate/policy.js';
import type { SliceResult } from '../../../../shared/core/gate/slices.js';
import type { EvaluationResult } from '../../../../shared/core/metrics/index.js';
import { noSchemaChange, type DriftReport } from '../../../../shared/core/drift/drift-report.js';

/** roc_auc 0.9 at baseline, moved by `delta` with the paired interval `interval`. */
function evaluation(delta: number, interval: [number, number]): EvaluationResult {
  return {
    task: 'binary', n: 500, metrics: { roc_auc: 0.9 + delta, log_loss: 0.3 }, intervals: { roc_auc: [0.85, 0.95], log_loss: [0.25, 0.35] },
    baseline_metrics: { roc_auc: 0.9, log_loss: 0.3 },
    comparison: { roc_auc: { delta, interval, test: 'delong', p_value: 0.01 }, log_loss: { delta: 0, interval: [-0.01, 0.01], test: 'paired_bootstrap' } },
  };
}
const policy = (raw: object) => parsePolicy(raw, 'p.yml', 'binary');

describe('max_drop_pct', () => {
  const drop = evaluation(-0.02, [-0.03, -0.012]); // significant, 2.2% of 0.9

  it('tolerates a relative drop of the baseline', () => {
    const result = applyPolicy({ evaluation: drop, policy: policy({ metrics: { roc_auc: { max_drop_pct: 5 } } }) });
    expect(result.verdict).toBe('pass');
    expect(result.checks[0].message).toBe('Δ -0.02 is within the tolerated drop of 0.045 (5% of 0.9)');
  });

  it('fails a drop past it, and the stricter of max_drop and max_drop_pct applies', () => {
    const tight = applyPolicy({ evaluation: drop, policy: policy({ metrics: { roc_auc: { max_drop_pct: 1 } } }) });
    expect(tight.verdict).toBe('fail');
    expect(tight.checks[0].message).toMatch(/tolerated 0\.009 \(1% of 0\.9\)$/);
    expect(applyPolicy({ evaluation: drop, policy: policy({ metrics: { roc_auc: { max_drop: 0.05, max_drop_pct: 1 } } }) }).verdict).toBe('fail');
    expect(applyPolicy({ evaluation: drop, policy: policy({ metrics: { roc_auc: { max_drop: 0.005, max_drop_pct: 5 } } }) }).verdict).toBe('fail');
  });

  it('keeps telling noise from a drop: within noise warns even under a tight percentage', () => {
    const noisy = applyPolicy({ evaluation: evaluation(-0.02, [-0.05, 0.01]), policy: policy({ metrics: { roc_auc: { max_drop_pct: 0.1 } } }) });
    expect(noisy.verdict).toBe('warn');
    expect(noisy.checks[0].message).toMatch(/within noise/);
  });
});

describe('required', () => {
  it('fails a required metric the candidate lacks (the default) and skips one that is not required', () => {
    const lacking = evaluation(0, [-0.01, 0.01]);
    const required = applyPolicy({ evaluation: lacking, policy: policy({ metrics: { roc_auc: {}, f1: { required: true } } }) });
    expect(required.verdict).toBe('fail');
    expect(required.checks[1]).toMatchObject({ subject: 'f1', status: 'fail', rule: 'metrics.f1.required' });
    const optional = applyPolicy({ evaluation: lacking, policy: policy({ metrics: { roc_auc: {}, f1: { required: false } } }) });
    expect(optional.verdict).toBe('pass');
    expect(optional.checks[1]).toMatchObject({ subject: 'f1', status: 'pass', message: 'not in the candidate\'s evaluation; skipped (required: false)' });
  });
});

describe('warn_only', () => {
  const drop = evaluation(-0.03, [-0.05, -0.01]);

  it('turns a failing rule it names into a warning, and leaves the others failing', () => {
    expect(applyPolicy({ evaluation: drop, policy: policy({ metrics: { roc_auc: {} } }) }).verdict).toBe('fail');
    for (const name of ['metrics.roc_auc.max_drop', 'metrics.roc_auc']) {
      const result = applyPolicy({ evaluation: drop, policy: policy({ metrics: { roc_auc: {} }, warn_only: [name] }) });
      expect(result.verdict).toBe('warn');
      expect(result.checks[0].message).toMatch(/\(warn only: `metrics\.roc_auc\.max_drop` is in warn_only\)$/);
    }
    const threshold = applyPolicy({ evaluation: drop, policy: policy({ metrics: { roc_auc: { threshold: 0.95 } }, warn_only: ['metrics.roc_auc.max_drop'] }) });
    expect(threshold.verdict).toBe('fail'); // the threshold is another rule
  });

  it('names drift rules too', () => {
    const drift = { columns: [], share_drifted: 0.6, drift_share_threshold: 0.5, dataset_drifted: true, critical_columns_drifted: [], schema: noSchemaChange(), not_compared: [] } as unknown as DriftReport;
    expect(applyPolicy({ drift, policy: policy({ drift: { dataset: 'fail' } }) }).verdict).toBe('fail');
    expect(applyPolicy({ drift, policy: policy({ drift: { dataset: 'fail' }, warn_only: ['drift.dataset'] }) }).verdict).toBe('warn');
  });
});

describe('the slice rule', () => {
  const slice = (value: string, n: number, delta: number, interval: [number, number], adjusted: number): SliceResult => ({
    metric: 'roc_auc', column: 'region', value, n, baseline: 0.9, candidate: 0.9 + delta, delta, interval, p_value: adjusted / 3, adjusted_p_value: adjusted,
  });
  const slicePolicy = policy({ metrics: { roc_auc: { max_drop: 0.05 } }, slices: { columns: ['region'], max_drop: 0.02 } });
  const overall = evaluation(-0.005, [-0.015, 0.004]);

  it('fails a slice that regressed significantly, naming it with its interval, listed first', () => {
    const slices = [slice('north', 400, 0.001, [-0.01, 0.012], 0.9), slice('south', 300, -0.08, [-0.12, -0.04], 0.001)];
    const result = applyPolicy({ evaluation: overall, policy: slicePolicy, slices });
    expect(result.verdict).toBe('fail');
    expect(result.checks.find((c) => c.kind === 'slice' && c.status === 'fail')).toEqual({
      subject: 'region=south (roc_auc)', kind: 'slice', status: 'fail', rule: 'slices',
      message: 'worse by 0.08 on 300 rows (0.9 → 0.82, 95% CI of Δ [-0.12, -0.04], adjusted p=0.001), tolerated 0.02',
    });
    expect(result.slices?.map((s) => [s.value, s.status])).toEqual([['south', 'regressed'], ['north', 'ok']]);
  });

  it('never gates a slice with fewer rows than min_slice_rows, however bad', () => {
    const result = applyPolicy({ evaluation: overall, policy: slicePolicy, slices: [slice('tiny', 12, -0.3, [-0.5, -0.2], 0.0001)] });
    expect(result.verdict).toBe('pass');
    expect(result.slices?.[0].status).toBe('small');
    expect(result.checks.at(-1)?.message).toMatch(/1 with fewer than 30 rows shown, not gated/);
  });

  it('does not fail noise across many slices: an interval reaching the tolerance, or an adjusted p-value over 0.05', () => {
    const slices = [
      slice('a', 200, -0.03, [-0.07, 0.01], 0.3), // the interval reaches past zero
      slice('b', 200, -0.04, [-0.06, -0.025], 0.2), // interval past max_drop, but not significant after BH across slices
      slice('c', 200, 0.02, [-0.01, 0.05], 0.5),
    ];
    const result = applyPolicy({ evaluation: overall, policy: slicePolicy, slices });
    expect(result.verdict).toBe('pass');
    expect(result.slices?.map((s) => s.status)).toEqual(['noise', 'noise', 'ok']);
  });

  it('warns when the evaluation has no slices, and fails when evaluate could not compute them', () => {
    expect(applyPolicy({ evaluation: overall, policy: slicePolicy }).checks.at(-1)).toMatchObject({ status: 'warn', message: expect.stringMatching(/but the evaluation has none/) });
    expect(applyPolicy({ evaluation: overall, policy: slicePolicy, slicesError: 'column `region` is not in the predictions' }).verdict).toBe('fail');
  });

  it('reads lower-is-better metrics the other way, and the severity can be warn', () => {
    const loss: SliceResult = { ...slice('south', 300, 0.08, [0.04, 0.12], 0.001), metric: 'log_loss' };
    const lossPolicy = policy({ metrics: { roc_auc: { max_drop: 0.05 } }, slices: { columns: ['region'], max_drop: 0.02, metrics: ['log_loss'], severity: 'warn' } });
    const result = applyPolicy({ evaluation: overall, policy: lossPolicy, slices: [loss] });
    expect(result.slices?.[0].status).toBe('regressed');
    expect(result.verdict).toBe('warn');
  });
});

describe('the trend and max_cumulative_drop', () => {
  // Each release a little worse than the one before, each drop within max_drop.
  const history = [
    { version: '1.0.0', metrics: { roc_auc: 0.92 } },
    { version: '1.1.0', metrics: { roc_auc: 0.915 } },
    { version: '1.2.0', metrics: { roc_auc: 0.91 } },
  ];
  // The production baseline is v1.2.0 (0.91): the candidate's paired Δ is against it.
  const candidate = (value: number): EvaluationResult => {
    const base = evaluation(value - 0.91, [value - 0.92, value - 0.9]);
    return { ...base, metrics: { ...base.metrics, roc_auc: value }, baseline_metrics: { roc_auc: 0.91, log_loss: 0.3 } };
  };

  it('calls out the third consecutive small drop and fails it past max_cumulative_drop against the oldest version', () => {
    const result = applyPolicy({ evaluation: candidate(0.905), policy: policy({ metrics: { roc_auc: { max_drop: 0.01, max_cumulative_drop: 0.01 } } }), history });
    expect(result.checks[0]).toMatchObject({ subject: 'roc_auc', kind: 'metric', status: 'pass' }); // each drop alone is fine
    expect(result.checks[1]).toEqual({
      subject: 'roc_auc', kind: 'trend', status: 'fail', rule: 'metrics.roc_auc.max_cumulative_drop',
      message: 'worse by 0.015 than v1.0.0, 3 published versions back, tolerated cumulatively 0.01; the third consecutive drop: 0.92 (v1.0.0) → 0.915 (v1.1.0) → 0.91 (v1.2.0) → 0.905 (candidate)',
    });
    expect(result.checks[2]).toMatchObject({ kind: 'trend', status: 'warn', rule: 'trend', message: expect.stringMatching(/^the third consecutive drop/) });
    expect(result.verdict).toBe('fail');
    expect(result.trend).toEqual({
      metric: 'roc_auc', direction: 'higher', candidate: 0.905,
      points: [{ version: '1.0.0', value: 0.92 }, { version: '1.1.0', value: 0.915 }, { version: '1.2.0', value: 0.91 }],
    });
  });

  it('calls out the third drop (a warning) without a cumulative limit, and says nothing of a recovery', () => {
    const called = applyPolicy({ evaluation: candidate(0.905), policy: policy({ metrics: { roc_auc: { max_drop: 0.01 } } }), history });
    expect(called.verdict).toBe('warn');
    const recovered = applyPolicy({ evaluation: candidate(0.912), policy: policy({ metrics: { roc_auc: { max_drop: 0.01, max_cumulative_drop: 0.01 } } }), history });
    expect(recovered.verdict).toBe('pass');
    expect(recovered.checks[1].message).toBe('worse by 0.008 than v1.0.0 (3 published versions back), within the cumulative 0.01');
  });

  it('looks back trend.versions versions only', () => {
    const result = applyPolicy({ evaluation: candidate(0.905), policy: policy({ metrics: { roc_auc: { max_drop: 0.01, max_cumulative_drop: 0.01 } }, trend: { versions: 1 } }), history });
    expect(result.trend?.points).toEqual([{ version: '1.2.0', value: 0.91 }]);
    expect(result.verdict).toBe('pass');
  });
});
