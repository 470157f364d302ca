import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../../schemas/policy.schema.json' with { type: 'json' };
import { InputError } from '../../errors.js';
import { knownDirection, type Direction } from './metric-direction.js';

export type Severity = 'fail' | 'warn' | 'ignore';

export interface MetricRule {
  /**
   * Largest tolerated worsening against the baseline, in the metric's own units. Absent only when
   * `max_drop_pct` is given alone; with neither, 0.
   */
  max_drop?: number;
  /** Largest tolerated worsening as a percentage of the baseline's value; with `max_drop`, the stricter of the two applies. */
  max_drop_pct?: number;
  /** Absolute floor (higher-is-better) or ceiling (lower-is-better) for the candidate. */
  threshold?: number;
  /**
   * When true (default), a worsening beyond the tolerance fails only if the paired confidence
   * interval lies wholly beyond it (the drop is not noise); otherwise it warns.
   */
  require_significance: boolean;
  /**
   * Whether the metric is better higher or lower: as the policy says, else mlgate's own name for
   * it (`knownDirection`). A parsed policy always has it; gate reports written before it existed may not.
   */
  direction?: Direction;
  /** A candidate without the metric fails (default true); false: the rule is skipped. Absent in older gate reports (true). */
  required?: boolean;
  /** Largest tolerated worsening against the oldest published version of the trend window (needs the model's history). */
  max_cumulative_drop?: number;
}

export interface SlicePolicy {
  columns: string[];
  /** Largest tolerated worsening of a slice's metric, in the metric's units. */
  max_drop: number;
  severity: Severity;
  /** Slices with fewer rows are shown and never gated. */
  min_slice_rows: number;
  metrics: string[];
}

export interface TrendPolicy {
  /** How many published versions the trend (and `max_cumulative_drop`) looks back. */
  versions: number;
  metric: string;
}

export interface GatePolicy {
  metrics: Record<string, MetricRule>;
  /** `schema`: what columns added, dropped, changing type or missing rate do to the verdict (default warn). */
  drift: { dataset: Severity; columns: Record<string, Severity>; schema: Severity };
  /** Rule names (`ruleName`) whose failure only warns. Absent in older gate reports. */
  warn_only?: string[];
  slices?: SlicePolicy;
  trend?: TrendPolicy;
}

/** The metric gated when a policy names none: the one that best summarises each task. */
export const PRIMARY_METRIC = { binary: 'roc_auc', multiclass: 'f1_macro', regression: 'rmse' } as const;

export const DEFAULT_TREND_VERSIONS = 5;
export const DEFAULT_MIN_SLICE_ROWS = 30;

export function defaultPolicy(task: keyof typeof PRIMARY_METRIC): GatePolicy {
  const metric = PRIMARY_METRIC[task];
  return {
    metrics: { [metric]: { max_drop: 0, require_significance: true, direction: knownDirection(metric)!, required: true } },
    drift: { dataset: 'warn', columns: {}, schema: 'warn' },
    warn_only: [],
  };
}

/** Where a key or value of the policy file is: its 1-based line, when the policy came from a file. */
export type Locate = (path: readonly (string | number)[], part: 'key' | 'value') => number | undefined;

/**
 * Reads a policy file (YAML or JSON), e.g.
 *
 * ```yaml
 * metrics:
 *   roc_auc: { max_drop: 0.01, threshold: 0.9, max_cumulative_drop: 0.02 }
 *   log_loss: { max_drop_pct: 5, require_significance: false }
 *   eval_perplexity: { threshold: 20, direction: lower }   # required for names mlgate does not know
 * drift: { dataset: fail, columns: { income: fail }, schema: warn }
 * slices: { columns: [region, plan], max_drop: 0.02 }
 * trend: { versions: 5 }
 * warn_only: [metrics.log_loss, drift.dataset]
 * ```
 *
 * Every mistake is an `InputError` naming the file, the line and the key.
 */
export function policyFromYaml(text: string, path: string, task: keyof typeof PRIMARY_METRIC): GatePolicy {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new InputError(`${path}: ${line ? `line ${line}: ` : ''}not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  return parsePolicy(document.toJS() ?? {}, path, task, yamlLocator(document, lineCounter));
}

/** Finds the line of a key (or its value) by walking the YAML document along an instance path. */
function yamlLocator(document: Document, lineCounter: LineCounter): Locate {
  return (path, part) => {
    let node: unknown = document.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) return undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
        if (!pair) return undefined;
        keyNode = pair.key;
        node = pair.value;
      } else {
        const items = (node as { items: unknown[] }).items;
        keyNode = undefined;
        node = items[Number(segment)];
      }
    }
    const target = (part === 'key' && keyNode) || node || keyNode;
    const range = (target as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
}

let validator: ValidateFunction | undefined;

/**
 * Checks a parsed policy against `schemas/policy.schema.json`, then what a schema cannot say: the
 * direction of every metric the policy names, and the rule names in `warn_only`.
 */
export function parsePolicy(raw: unknown, source: string, task: keyof typeof PRIMARY_METRIC, locate: Locate = () => undefined): GatePolicy {
  validator ??= new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, verbose: true }).compile(schema);
  if (!validator(raw)) throw new InputError(describeSchemaError(validator.errors?.[0], source, locate));
  const top = raw as RawPolicy;
  const where = (path: (string | number)[], part: 'key' | 'value' = 'key') => {
    const line = locate(path, part);
    return `${source}: ${line ? `line ${line}: ` : ''}`;
  };
  const directionFor = (metric: string, given: Direction | undefined, path: (string | number)[]): Direction => {
    const direction = given ?? knownDirection(metric);
    if (!direction) {
      throw new InputError(`${where(path)}mlgate cannot tell whether \`${metric}\` is better higher or lower: add \`direction: higher\` or \`direction: lower\` to its rule`);
    }
    return direction;
  };

  const base = defaultPolicy(task);
  const metrics: Record<string, MetricRule> = {};
  for (const [name, value] of Object.entries(top.metrics ?? {})) {
    const rule = value ?? {};
    const bothAbsent = rule.max_drop === undefined && rule.max_drop_pct === undefined;
    metrics[name] = {
      ...(rule.max_drop !== undefined || bothAbsent ? { max_drop: rule.max_drop ?? 0 } : {}),
      ...(rule.max_drop_pct !== undefined ? { max_drop_pct: rule.max_drop_pct } : {}),
      ...(rule.threshold !== undefined ? { threshold: rule.threshold } : {}),
      require_significance: rule.require_significance ?? true,
      direction: directionFor(name, rule.direction, ['metrics', name]),
      required: rule.required ?? true,
      ...(rule.max_cumulative_drop !== undefined ? { max_cumulative_drop: rule.max_cumulative_drop } : {}),
    };
  }
  const gated = Object.keys(metrics).length > 0 ? metrics : base.metrics;
  const primary = PRIMARY_METRIC[task];

  const drift = { ...base.drift, ...(top.drift ?? {}), columns: { ...(top.drift?.columns ?? {}) } };

  let slices: SlicePolicy | undefined;
  if (top.slices) {
    const names = top.slices.metrics ?? [primary];
    names.forEach((metric, i) => directionFor(metric, gated[metric]?.direction, ['slices', 'metrics', i]));
    slices = {
      columns: top.slices.columns, max_drop: top.slices.max_drop ?? 0, severity: top.slices.severity ?? 'fail',
      min_slice_rows: top.slices.min_slice_rows ?? DEFAULT_MIN_SLICE_ROWS, metrics: names,
    };
  }

  let trend: TrendPolicy | undefined;
  if (top.trend) {
    const metric = top.trend.metric ?? primary;
    if (top.trend.metric !== undefined) directionFor(metric, gated[metric]?.direction, ['trend', 'metric']);
    trend = { versions: top.trend.versions ?? DEFAULT_TREND_VERSIONS, metric };
  }

  const warnOnly = top.warn_only ?? [];
  warnOnly.forEach((name, i) => checkRuleName(name, gated, where(['warn_only', i], 'value')));

  return { metrics: gated, drift, warn_only: warnOnly, ...(slices ? { slices } : {}), ...(trend ? { trend } : {}) };
}

interface RawRule {
  max_drop?: number; max_drop_pct?: number; threshold?: number; require_significance?: boolean;
  direction?: Direction; required?: boolean; max_cumulative_drop?: number;
}

/** The policy as the schema lets it through. */
interface RawPolicy {
  metrics?: Record<string, RawRule | null>;
  drift?: { dataset?: Severity; schema?: Severity; columns?: Record<string, Severity> };
  warn_only?: string[];
  slices?: { columns: string[]; max_drop?: number; severity?: Severity; min_slice_rows?: number; metrics?: string[] };
  trend?: { versions?: number; metric?: string };
  models?: unknown[];
}

/**
 * The rules a gate check can come from, by name (what `warn_only` lists):
 * - `metrics.<metric>.threshold`, `.max_drop` (also `max_drop_pct`), `.required`, `.max_cumulative_drop`;
 *   `metrics.<metric>` is every rule of that metric;
 * - `slices`; `trend` (the call-out of a third consecutive drop);
 * - `drift.dataset`, `drift.schema`, `drift.columns.<column>`; `drift` is every drift rule.
 */
export const METRIC_RULE_PARTS = ['threshold', 'max_drop', 'required', 'max_cumulative_drop'] as const;
export type MetricRulePart = (typeof METRIC_RULE_PARTS)[number];

export function metricRuleName(metric: string, part: MetricRulePart): string {
  return `metrics.${metric}.${part}`;
}

/** Whether a failing check from `rule` only warns under `warnOnly` (an entry names the rule or a prefix of it at a dot). */
export function isWarnOnly(rule: string, warnOnly: readonly string[] | undefined): boolean {
  return (warnOnly ?? []).some((name) => rule === name || rule.startsWith(`${name}.`));
}

function checkRuleName(name: string, metrics: Record<string, MetricRule>, where: string): void {
  if (['slices', 'trend', 'drift', 'drift.dataset', 'drift.schema'].includes(name) || name.startsWith('drift.columns.')) return;
  if (name.startsWith('metrics.')) {
    const rest = name.slice('metrics.'.length);
    // Metric names may hold dots (`test.loss`): the longest gated name the entry starts with.
    // Looked up at each dot, longest first: a lookup per dot, not a scan of every gated metric.
    const ends = [rest.length, ...[...rest.matchAll(/\./g)].map((m) => m.index).reverse()];
    const metric = ends.map((end) => rest.slice(0, end)).find((name) => Object.hasOwn(metrics, name));
    if (metric !== undefined) {
      const part = rest.slice(metric.length + 1);
      if (part === '' || (METRIC_RULE_PARTS as readonly string[]).includes(part)) return;
      if (part === 'max_drop_pct') return;
      throw new InputError(`${where}\`warn_only\` names \`${name}\`: \`${part}\` is no rule of a metric${suggest(part, METRIC_RULE_PARTS)} (rules: ${METRIC_RULE_PARTS.join(', ')})`);
    }
    const gated = Object.keys(metrics);
    throw new InputError(`${where}\`warn_only\` names \`${name}\`, but the policy gates no metric \`${rest.split('.')[0]}\`${suggest(rest.split('.')[0], gated)} (gated: ${gated.join(', ')})`);
  }
  const known = ['metrics.<metric>', ...METRIC_RULE_PARTS.map((p) => `metrics.<metric>.${p}`), 'slices', 'trend', 'drift', 'drift.dataset', 'drift.schema', 'drift.columns.<column>'];
  throw new InputError(`${where}\`warn_only\` names \`${name}\`, which is no rule${suggest(name, ['slices', 'trend', 'drift', 'drift.dataset', 'drift.schema', 'metrics'])} (rules: ${known.join(', ')})`);
}

/** The ajv error as the user reads it: file, line, the key as a dotted path, what is wrong and, for an unknown key, the nearest known one. */
function describeSchemaError(error: ErrorObject | undefined, source: string, locate: Locate): string {
  if (!error) return `${source}: not a valid policy`;
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const dotted = (segments: (string | number)[]) => segments.join('.');
  const at = (segments: (string | number)[], part: 'key' | 'value') => {
    const line = locate(segments, part);
    return `${source}: ${line ? `line ${line}: ` : ''}`;
  };
  const got = (data: unknown) => (data === undefined || (typeof data === 'object' && data !== null) ? '' : `, got ${cut(JSON.stringify(data))}`);
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
    return `${at([...path, key], 'key')}unknown key \`${cut(dotted([...path, key]))}\`${suggest(key, known)} (known: ${known.join(', ')})`;
  }
  if (error.propertyName !== undefined) {
    return `${at([...path, error.propertyName], 'key')}the name \`${cut(error.propertyName)}\` in \`${dotted(path)}\` ${error.message ?? 'is not valid'}`;
  }
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `${at(path, 'key')}\`${dotted([...path, missing])}\` is required`;
  }
  const field = path.length > 0 ? `\`${cut(dotted(path))}\`` : 'the policy';
  if (path.length === 0 && error.keyword === 'type') return `${source}: the policy must be a mapping (key: value lines)`;
  const what = error.keyword === 'enum' ? `must be ${alternatives((error.params as { allowedValues: unknown[] }).allowedValues.map(String))}`
    : error.keyword === 'type' ? `must be ${articled((error.params as { type: string | string[] }).type)}`
      : error.keyword === 'minimum' ? `must be ≥ ${(error.params as { limit: number }).limit}`
        : error.keyword === 'maximum' ? `must be ≤ ${(error.params as { limit: number }).limit}`
          : error.message ?? 'is not valid';
  return `${at(path, 'value')}${field} ${what}${got(error.data)}`;
}

function articled(type: string | string[]): string {
  const names = [type].flat().map((t) => ({ object: 'a mapping', array: 'a list', number: 'a number', integer: 'a whole number', boolean: 'true or false', string: 'a text', null: 'empty' }[t] ?? t));
  return names.filter((n) => n !== 'empty').join(' or ');
}

/** `fail, warn or ignore`. */
function alternatives(values: string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function cut(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `; did you mean \`x\`?` for the nearest known name within a few edits, else nothing. */
export function suggest(word: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? ` — did you mean \`${best}\`?` : '';
}

/** Levenshtein distance (names are short: the quadratic table is fine). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
