import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/errors.js';
import { isWarnOnly, parsePolicy, policyFromYaml } from '../../../../shared/core/gate/policy.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('policyFromYaml', () => {
  it('refuses `direction: sideways` naming the file, the line and the key', () => {
    const text = yaml('metrics:', '  roc_auc: { max_drop: 0.01 }', '  perplexity_x:', '    threshold: 20', '    direction: sideways');
    expect(() => policyFromYaml(text, '.mlgate.yml', 'binary')).toThrow(InputError);
    expect(() => policyFromYaml(text, '.mlgate.yml', 'binary')).toThrow('.mlgate.yml: line 5: `metrics.perplexity_x.direction` must be higher or lower, got "sideways"');
  });

  it('refuses a metric it cannot tell the direction of, naming it and its line', () => {
    const text = yaml('metrics:', '  roc_auc: {}', '  my_custom_score: { max_drop: 0.1 }');
    expect(() => policyFromYaml(text, 'p.yml', 'binary')).toThrow('p.yml: line 3: mlgate cannot tell whether `my_custom_score` is better higher or lower: add `direction: higher` or `direction: lower` to its rule');
    // With a direction it is fine; scikit-learn's names and losses need none.
    const policy = policyFromYaml(yaml('metrics:', '  my_custom_score: { direction: lower }', '  balanced_accuracy: {}', '  eval_loss: {}', '  neg_log_loss: {}'), 'p.yml', 'binary');
    expect(Object.fromEntries(Object.entries(policy.metrics).map(([m, r]) => [m, r.direction]))).toEqual({
      my_custom_score: 'lower', balanced_accuracy: 'higher', eval_loss: 'lower', neg_log_loss: 'higher',
    });
  });

  it('refuses an unknown key with its line and the nearest known key', () => {
    expect(() => policyFromYaml(yaml('metrics:', '  roc_auc:', '    max_dorp: 0.01'), 'p.yml', 'binary'))
      .toThrow('p.yml: line 3: unknown key `metrics.roc_auc.max_dorp` — did you mean `max_drop`? (known: max_drop, max_drop_pct, threshold, require_significance, direction, required, max_cumulative_drop)');
    expect(() => policyFromYaml(yaml('metrics: {}', 'slice:', '  columns: [region]'), 'p.yml', 'binary')).toThrow(/^p\.yml: line 2: unknown key `slice` — did you mean `slices`\?/);
    expect(() => policyFromYaml(yaml('drift:', '  dataset: fail', '  colums: {}'), 'p.yml', 'binary')).toThrow(/^p\.yml: line 3: unknown key `drift\.colums` — did you mean `columns`\?/);
  });

  it('names the line of a YAML syntax error and of a bad value', () => {
    expect(() => policyFromYaml(yaml('metrics:', '  roc_auc: { max_drop: 0.01', 'drift: {}'), 'p.yml', 'binary')).toThrow(/^p\.yml: line \d: not valid YAML/);
    expect(() => policyFromYaml(yaml('metrics:', '  roc_auc:', '    max_drop: -0.5'), 'p.yml', 'binary')).toThrow('p.yml: line 3: `metrics.roc_auc.max_drop` must be ≥ 0, got -0.5');
    expect(() => policyFromYaml(yaml('slices:', '  max_drop: 0.02'), 'p.yml', 'binary')).toThrow('p.yml: line 1: `slices.columns` is required');
    expect(() => policyFromYaml(yaml('trend: { versions: 0 }'), 'p.yml', 'binary')).toThrow('p.yml: line 1: `trend.versions` must be ≥ 1, got 0');
  });

  it('reads every key with its defaults, and accepts a models manifest it leaves to `mlgate plan`', () => {
    const policy = policyFromYaml(yaml(
      'metrics:',
      '  roc_auc: { max_drop_pct: 2, max_cumulative_drop: 0.02 }',
      '  log_loss: { max_drop: 0.05, required: false }',
      'slices: { columns: [region, plan], max_drop: 0.02 }',
      'trend: { versions: 8 }',
      'warn_only: [metrics.log_loss, drift.dataset, slices]',
      'models: [{ name: churn }]',
    ), 'p.yml', 'binary');
    expect(policy).toEqual({
      metrics: {
        roc_auc: { max_drop_pct: 2, require_significance: true, direction: 'higher', required: true, max_cumulative_drop: 0.02 },
        log_loss: { max_drop: 0.05, require_significance: true, direction: 'lower', required: false },
      },
      drift: { dataset: 'warn', columns: {}, schema: 'warn' },
      warn_only: ['metrics.log_loss', 'drift.dataset', 'slices'],
      slices: { columns: ['region', 'plan'], max_drop: 0.02, severity: 'fail', min_slice_rows: 30, metrics: ['roc_auc'] },
      trend: { versions: 8, metric: 'roc_auc' },
    });
  });

  it('checks the rule names in warn_only', () => {
    const base = ['metrics:', '  roc_auc: {}'];
    expect(() => policyFromYaml(yaml(...base, 'warn_only:', '  - metrics.roc_auc.max_drop', '  - metrics.roc_acu.max_drop'), 'p.yml', 'binary'))
      .toThrow('p.yml: line 5: `warn_only` names `metrics.roc_acu.max_drop`, but the policy gates no metric `roc_acu` — did you mean `roc_auc`? (gated: roc_auc)');
    expect(() => policyFromYaml(yaml(...base, 'warn_only: [metrics.roc_auc.max_dorp]'), 'p.yml', 'binary')).toThrow(/`max_dorp` is no rule of a metric — did you mean `max_drop`\?/);
    expect(() => policyFromYaml(yaml(...base, 'warn_only: [slice]'), 'p.yml', 'binary')).toThrow(/names `slice`, which is no rule — did you mean `slices`\?/);
  });
});

describe('isWarnOnly', () => {
  it('matches a rule by its name or a prefix ending at a dot', () => {
    expect(isWarnOnly('metrics.roc_auc.max_drop', ['metrics.roc_auc'])).toBe(true);
    expect(isWarnOnly('metrics.roc_auc.max_drop', ['metrics.roc_auc.max_drop'])).toBe(true);
    expect(isWarnOnly('metrics.roc_auc_ovr.max_drop', ['metrics.roc_auc'])).toBe(false);
    expect(isWarnOnly('drift.columns.income', ['drift'])).toBe(true);
    expect(isWarnOnly('slices', undefined)).toBe(false);
  });

  it('parsePolicy takes plain objects too (no lines to name)', () => {
    expect(() => parsePolicy({ metrics: { roc_auc: { direction: 'sideways' } } }, 'p.json', 'binary')).toThrow('p.json: `metrics.roc_auc.direction` must be higher or lower, got "sideways"');
  });
});
