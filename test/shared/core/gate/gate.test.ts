import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../../../shared/core/gate/gate.js';
import { defaultPolicy, parsePolicy } from '../../../../shared/core/gate/policy.js';
import type { EvaluationResult } from '../../../../shared/core/metrics/index.js';
import { noSchemaChange, type DriftReport } from '../../../../shared/core/drift/drift-report.js';

function evaluation(delta: number, interval: [number, number], extra: Partial<EvaluationResult> = {}): EvaluationResult {
  return {
    task: 'binary', n: 100, metrics: { roc_auc: 0.9 + delta, log_loss: 0.3 }, intervals: { roc_auc: [0.85, 0.95], log_loss: [0.25, 0.35] },
    baseline_metrics: { roc_auc: 0.9, log_loss: 0.3 },
    comparison: { roc_auc: { delta, interval, test: 'delong', p_value: 0.01 }, log_loss: { delta: 0.05, interval: [0.02, 0.09], test: 'paired_bootstrap' } },
    ...extra,
  };
}

describe('applyPolicy', () => {
  const policy = defaultPolicy('binary');

  it('passes an improvement and a drop within tolerance', () => {
    expect(applyPolicy({ evaluation: evaluation(0.02, [0.01, 0.03]), policy }).verdict).toBe('pass');
    const tolerant = parsePolicy({ metrics: { roc_auc: { max_drop: 0.05 } } }, 'p.yml', 'binary');
    expect(applyPolicy({ evaluation: evaluation(-0.02, [-0.04, -0.01]), policy: tolerant }).verdict).toBe('pass');
  });

  it('fails a significant drop and warns on a drop inside the noise', () => {
    expect(applyPolicy({ evaluation: evaluation(-0.03, [-0.05, -0.01]), policy }).verdict).toBe('fail');
    const noisy = applyPolicy({ evaluation: evaluation(-0.03, [-0.07, 0.01]), policy });
    expect(noisy.verdict).toBe('warn');
    expect(noisy.checks[0].message).toMatch(/within noise/);
  });

  it('fails a noisy drop when the policy does not require significance', () => {
    const strict = parsePolicy({ metrics: { roc_auc: { require_significance: false } } }, 'p.yml', 'binary');
    expect(applyPolicy({ evaluation: evaluation(-0.03, [-0.07, 0.01]), policy: strict }).verdict).toBe('fail');
  });

  it('knows that losses are better when lower', () => {
    const losses = parsePolicy({ metrics: { log_loss: { max_drop: 0.01 } } }, 'p.yml', 'binary');
    const result = applyPolicy({ evaluation: evaluation(0, [-0.01, 0.01]), policy: losses });
    expect(result.verdict).toBe('fail'); // log_loss rose by 0.05 with an interval wholly above 0.01
  });

  it('applies absolute thresholds', () => {
    const floor = parsePolicy({ metrics: { roc_auc: { threshold: 0.95 } } }, 'p.yml', 'binary');
    expect(applyPolicy({ evaluation: evaluation(0.01, [0, 0.02]), policy: floor }).verdict).toBe('fail');
  });

  it('turns dataset drift into the configured severity', () => {
    const drift = { columns: [], share_drifted: 0.6, drift_share_threshold: 0.5, dataset_drifted: true, critical_columns_drifted: [], schema: noSchemaChange(), not_compared: [] } as unknown as DriftReport;
    expect(applyPolicy({ drift, policy }).verdict).toBe('warn');
    expect(applyPolicy({ drift, policy: parsePolicy({ drift: { dataset: 'fail' } }, 'p.yml', 'binary') }).verdict).toBe('fail');
    expect(applyPolicy({ drift, policy: parsePolicy({ drift: { dataset: 'ignore' } }, 'p.yml', 'binary') }).verdict).toBe('pass');
  });

  it('turns schema changes into the configured severity, warning by default', () => {
    const schema = { ...noSchemaChange(), added: ['new'], dropped: ['gone'], type_changed: [{ name: 'code', reference: 'numeric' as const, current: 'categorical' as const }] };
    const drift = { columns: [], share_drifted: 0, drift_share_threshold: 0.5, dataset_drifted: false, critical_columns_drifted: [], schema, not_compared: [] } as unknown as DriftReport;
    const result = applyPolicy({ drift, policy });
    expect(result.verdict).toBe('warn');
    expect(result.checks.find((c) => c.subject === 'schema')).toEqual({
      subject: 'schema', kind: 'drift', status: 'warn', message: 'columns added: new; dropped: gone; type changed: code (numeric → categorical)', rule: 'drift.schema',
    });
    expect(applyPolicy({ drift, policy: parsePolicy({ drift: { schema: 'fail' } }, 'p.yml', 'binary') }).verdict).toBe('fail');
    expect(applyPolicy({ drift, policy: parsePolicy({ drift: { schema: 'ignore' } }, 'p.yml', 'binary') }).verdict).toBe('pass');
    expect(() => parsePolicy({ drift: { schema: 'loud' } }, 'p.yml', 'binary')).toThrow('p.yml: `drift.schema` must be fail, warn or ignore, got "loud"');
    const unchanged = { ...drift, schema: noSchemaChange() };
    expect(applyPolicy({ drift: unchanged, policy }).checks.map((c) => c.subject)).toEqual(['dataset']);
  });

  it('fails a metric the evaluation lacks, naming it and what the evaluation has', () => {
    const other = parsePolicy({ metrics: { f1_macro: {} } }, 'p.yml', 'binary');
    const result = applyPolicy({ evaluation: evaluation(0, [0, 0]), policy: other });
    expect(result.verdict).toBe('fail');
    expect(result.checks[0]).toMatchObject({ rule: 'metrics.f1_macro.required', message: expect.stringMatching(/policy gates metric `f1_macro`, which the evaluation does not have \(it has: roc_auc, log_loss\)/) });
  });
});

describe('parsePolicy', () => {
  it('names the file and field of every mistake', () => {
    expect(() => parsePolicy({ metric: {} }, 'p.yml', 'binary')).toThrow('p.yml: unknown key `metric` — did you mean `metrics`? (known: metrics, drift, warn_only, slices, trend, models)');
    expect(() => parsePolicy({ metrics: { roc_auc: { max_drop: 'a lot' } } }, 'p.yml', 'binary')).toThrow('p.yml: `metrics.roc_auc.max_drop` must be a number, got "a lot"');
    expect(() => parsePolicy({ metrics: { roc_auc: { max_drop: -1 } } }, 'p.yml', 'binary')).toThrow('must be ≥ 0');
    expect(() => parsePolicy({ drift: { dataset: 'block' } }, 'p.yml', 'binary')).toThrow('p.yml: `drift.dataset` must be fail, warn or ignore, got "block"');
    expect(() => parsePolicy([], 'p.yml', 'binary')).toThrow('p.yml: the policy must be a mapping');
  });

  it('gates the primary metric of the task by default', () => {
    expect(Object.keys(defaultPolicy('multiclass').metrics)).toEqual(['f1_macro']);
    expect(Object.keys(parsePolicy({}, 'p.yml', 'regression').metrics)).toEqual(['rmse']);
  });
});
