import { parse as parseYaml } from 'yaml';
import { InputError } from '../../errors.js';
import type { Direction } from './metric-direction.js';

export type Severity = 'fail' | 'warn' | 'ignore';

export interface MetricRule {
  /** Largest tolerated worsening against the baseline, in the metric's own units (default 0). */
  max_drop: number;
  /** Absolute floor (higher-is-better) or ceiling (lower-is-better) for the candidate. */
  threshold?: number;
  /**
   * When true (default), a worsening beyond `max_drop` fails only if the paired confidence
   * interval lies wholly beyond `max_drop` (the drop is not noise); otherwise it warns.
   */
  require_significance: boolean;
  /**
   * Whether the metric is better higher or lower; absent: inferred from its name (see
   * `directionOf`). For metrics from the user's own files that mlgate cannot read, e.g. `perplexity_x`.
   */
  direction?: Direction;
}

export interface GatePolicy {
  metrics: Record<string, MetricRule>;
  /** `schema`: what columns added, dropped, changing type or missing rate do to the verdict (default warn). */
  drift: { dataset: Severity; columns: Record<string, Severity>; schema: Severity };
}

/** The metric gated when a policy names none: the one that best summarises each task. */
export const PRIMARY_METRIC = { binary: 'roc_auc', multiclass: 'f1_macro', regression: 'rmse' } as const;

export function defaultPolicy(task: keyof typeof PRIMARY_METRIC): GatePolicy {
  return {
    metrics: { [PRIMARY_METRIC[task]]: { max_drop: 0, require_significance: true } },
    drift: { dataset: 'warn', columns: {}, schema: 'warn' },
  };
}

/**
 * Reads a policy file (YAML or JSON):
 *
 * ```yaml
 * metrics:
 *   roc_auc: { max_drop: 0.01, threshold: 0.9 }
 *   log_loss: { max_drop: 0.02, require_significance: false }
 *   eval_perplexity: { threshold: 20, direction: lower }   # higher | lower (default: by name)
 * drift:
 *   dataset: fail          # fail | warn | ignore (default warn)
 *   columns: { income: fail }
 *   schema: warn           # columns added, dropped, changing type or missing rate (default warn)
 * ```
 */
export function policyFromYaml(text: string, path: string, task: keyof typeof PRIMARY_METRIC): GatePolicy {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new InputError(`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return parsePolicy(raw ?? {}, path, task);
}

export function parsePolicy(raw: unknown, source: string, task: keyof typeof PRIMARY_METRIC): GatePolicy {
  const top = asObject(raw, source, 'the policy');
  rejectUnknown(top, ['metrics', 'drift'], source, '');
  const base = defaultPolicy(task);
  const metrics: Record<string, MetricRule> = {};
  if (top.metrics !== undefined) {
    for (const [name, value] of Object.entries(asObject(top.metrics, source, '`metrics`'))) {
      const rule = asObject(value ?? {}, source, `\`metrics.${name}\``);
      rejectUnknown(rule, ['max_drop', 'threshold', 'require_significance', 'direction'], source, `metrics.${name}.`);
      metrics[name] = {
        max_drop: optionalNumber(rule.max_drop, source, `metrics.${name}.max_drop`, 0),
        ...(rule.threshold !== undefined ? { threshold: optionalNumber(rule.threshold, source, `metrics.${name}.threshold`, 0) } : {}),
        require_significance: optionalBoolean(rule.require_significance, source, `metrics.${name}.require_significance`, true),
        ...(rule.direction !== undefined ? { direction: direction(rule.direction, source, `metrics.${name}.direction`) } : {}),
      };
      if (metrics[name].max_drop < 0) throw new InputError(`${source}: \`metrics.${name}.max_drop\` must be ≥ 0`);
    }
  }
  const drift = { ...base.drift, columns: {} as Record<string, Severity> };
  if (top.drift !== undefined) {
    const section = asObject(top.drift, source, '`drift`');
    rejectUnknown(section, ['dataset', 'columns', 'schema'], source, 'drift.');
    if (section.dataset !== undefined) drift.dataset = severity(section.dataset, source, 'drift.dataset');
    if (section.schema !== undefined) drift.schema = severity(section.schema, source, 'drift.schema');
    if (section.columns !== undefined) {
      for (const [column, value] of Object.entries(asObject(section.columns, source, '`drift.columns`'))) {
        drift.columns[column] = severity(value, source, `drift.columns.${column}`);
      }
    }
  }
  return { metrics: Object.keys(metrics).length > 0 ? metrics : base.metrics, drift };
}

function asObject(value: unknown, source: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${source}: ${what} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

function rejectUnknown(object: Record<string, unknown>, known: string[], source: string, prefix: string) {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw new InputError(`${source}: unknown key \`${prefix}${key}\` (known: ${known.join(', ')})`);
  }
}

function optionalNumber(value: unknown, source: string, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(`${source}: \`${field}\` must be a number, got ${JSON.stringify(value)}`);
  return value;
}

function optionalBoolean(value: unknown, source: string, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new InputError(`${source}: \`${field}\` must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

function direction(value: unknown, source: string, field: string): Direction {
  if (value === 'higher' || value === 'lower') return value;
  throw new InputError(`${source}: \`${field}\` must be higher or lower, got ${JSON.stringify(value)}`);
}

function severity(value: unknown, source: string, field: string): Severity {
  if (value === 'fail' || value === 'warn' || value === 'ignore') return value;
  throw new InputError(`${source}: \`${field}\` must be fail, warn or ignore, got ${JSON.stringify(value)}`);
}
