import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../../../shared/core/gate/gate.js';
import { directionOf } from '../../../../shared/core/gate/metric-direction.js';
import { parsePolicy } from '../../../../shared/core/gate/policy.js';
import type { MetricsFileEvaluation } from '../../../../shared/core/metrics/index.js';

function fromFiles(metrics: Record<string, number>, baseline?: Record<string, number>, notes?: string[]): MetricsFileEvaluation {
  return {
    task: 'binary', n: null, intervals: null, metrics,
    source: { kind: 'metrics_files', candidate: { path: 'all_results.json', format: 'huggingface' }, ...(baseline ? { baseline: { path: 'base/all_results.json', format: 'huggingface' } } : {}) },
    ...(baseline ? { baseline_metrics: baseline } : {}),
    ...(notes ? { notes } : {}),
  };
}

const policy = (metrics: Record<string, unknown>) => parsePolicy({ metrics }, 'policy.yml', 'binary');

describe('the gate on metrics read from files (no intervals)', () => {
  it('fails any drop past max_drop, however small, whatever require_significance says: there is no interval to call it noise', () => {
    const result = applyPolicy({ evaluation: fromFiles({ eval_accuracy: 0.905 }, { eval_accuracy: 0.91 }), policy: policy({ eval_accuracy: { max_drop: 0.001, require_significance: true } }) });
    expect(result.verdict).toBe('fail');
    expect(result.checks[0].message).toBe('worse by 0.005 (0.91 → 0.905), tolerated 0.001 (no intervals: metrics read from files are compared by threshold only, not by significance)');
  });

  it('passes a drop within max_drop and says it compared by threshold only', () => {
    const result = applyPolicy({ evaluation: fromFiles({ eval_accuracy: 0.905 }, { eval_accuracy: 0.91 }), policy: policy({ eval_accuracy: { max_drop: 0.01, threshold: 0.9 } }) });
    expect(result.verdict).toBe('pass');
    expect(result.checks[0].message).toMatch(/^0\.905 meets 0\.9; Δ -0\.005 \(0\.91 → 0\.905\) is within the tolerated drop of 0\.01 \(no intervals: metrics read from files are compared by threshold only\)$/);
  });

  it('fails a value past its threshold, reading the direction from the name (eval_loss is a loss)', () => {
    const result = applyPolicy({ evaluation: fromFiles({ eval_loss: 0.31 }), policy: policy({ eval_loss: { threshold: 0.3 } }) });
    expect(result.checks[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/^0\.31 is above the required 0\.3/) });
    // A rising loss is a worsening.
    expect(applyPolicy({ evaluation: fromFiles({ eval_loss: 0.31 }, { eval_loss: 0.3 }), policy: policy({ eval_loss: {} }) }).verdict).toBe('fail');
    expect(applyPolicy({ evaluation: fromFiles({ eval_loss: 0.29 }, { eval_loss: 0.3 }), policy: policy({ eval_loss: {} }) }).verdict).toBe('pass');
  });

  it('a policy direction overrides the name', () => {
    const lower = policy({ 'eval_perplexity_x': { threshold: 20, direction: 'lower' } });
    expect(applyPolicy({ evaluation: fromFiles({ eval_perplexity_x: 21 }), policy: lower }).verdict).toBe('fail');
    expect(applyPolicy({ evaluation: fromFiles({ eval_perplexity_x: 19 }), policy: lower }).verdict).toBe('pass');
    expect(() => policy({ a: { direction: 'up' } })).toThrow('`metrics.a.direction` must be higher or lower, got "up"');
  });

  it('fails a gated metric the candidate lacks, naming the baseline\'s value — never reading it as 0', () => {
    const result = applyPolicy({ evaluation: fromFiles({ eval_loss: 0.2 }, { eval_loss: 0.2, eval_f1: 0.88 }), policy: policy({ eval_f1: { threshold: 0 } }) });
    expect(result.verdict).toBe('fail');
    expect(result.checks[0].message).toBe("missing: the candidate has no value (the baseline's is 0.88); the candidate's metrics (all_results.json) have eval_loss");
  });

  it('says why a metric is missing when the reader left it out (NaN)', () => {
    const note = '`eval_loss` is NaN in all_results.json: left out (only finite numbers are metrics)';
    const result = applyPolicy({ evaluation: fromFiles({ eval_accuracy: 0.9 }, undefined, [note]), policy: policy({ eval_loss: {} }) });
    expect(result.checks[0]).toEqual({ subject: 'eval_loss', kind: 'metric', status: 'fail', message: `missing: the candidate has no value; ${note}`, rule: 'metrics.eval_loss.required' });
  });

  it('passes a new metric (not in the baseline) on its threshold alone', () => {
    const result = applyPolicy({ evaluation: fromFiles({ eval_f1: 0.9 }, { eval_accuracy: 0.9 }), policy: policy({ eval_f1: { threshold: 0.85 } }) });
    expect(result.checks[0]).toMatchObject({ status: 'pass', message: '0.9 meets 0.85 (new: the baseline has no value to compare)' });
  });
});

describe('directionOf', () => {
  it.each([
    ['roc_auc', 'higher'], ['log_loss', 'lower'], ['eval_accuracy', 'higher'], ['eval_loss', 'lower'], ['val_loss', 'lower'],
    ['train.loss', 'lower'], ['test/rmse', 'lower'], ['eval_runtime', 'lower'], ['val_error_rate', 'lower'], ['wer', 'lower'],
    ['eval_samples_per_second', 'higher'], ['val_acc', 'higher'], ['epoch', 'higher'], ['eval_mae', 'lower'],
  ])('%s is better %s', (metric, direction) => {
    expect(directionOf(metric)).toBe(direction);
  });
});
