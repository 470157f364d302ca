import { formatNumber } from '../format-number.js';
import { InputError } from '../../errors.js';
import type { DriftReport } from '../drift/drift-report.js';
import type { EvaluationResult } from '../metrics/index.js';
import { directionOf, worsening } from './metric-direction.js';
import type { GatePolicy, Severity } from './policy.js';

export type Verdict = 'pass' | 'warn' | 'fail';

export interface GateCheck {
  subject: string;
  kind: 'metric' | 'drift';
  status: Verdict;
  message: string;
}

export interface GateResult {
  verdict: Verdict;
  checks: GateCheck[];
}

/** The gate's whole result as `gate.json` holds it: verdict, checks, the policy applied and the rendered report. */
export interface GateReport extends GateResult {
  policy: GatePolicy;
  /** The full report: job summary, `mlgate gate` output. */
  markdown: string;
  /** The report fitted under the comment budget (equal to `markdown` when that fits). */
  comment_markdown: string;
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

/**
 * Applies a policy to an evaluation and a drift report (either may be absent). A metric that got
 * worse than its tolerance fails only when the paired comparison shows the worsening is beyond
 * noise (its whole confidence interval is past the tolerance); a worsening inside the noise warns.
 * This is the difference from a plain threshold gate: a model is not blocked because one
 * evaluation sample happened to be unlucky, and not waved through because of one lucky sample.
 */
export function applyPolicy(input: { evaluation?: EvaluationResult; drift?: DriftReport; policy: GatePolicy }): GateResult {
  const checks: GateCheck[] = [];
  if (input.evaluation) {
    for (const [metric, rule] of Object.entries(input.policy.metrics)) checks.push(metricCheck(input.evaluation, metric, rule));
  }
  if (input.drift) checks.push(...driftChecks(input.drift, input.policy.drift));
  const verdict = checks.reduce<Verdict>((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'pass');
  return { verdict, checks };
}

function metricCheck(evaluation: EvaluationResult, metric: string, rule: GatePolicy['metrics'][string]): GateCheck {
  const value = evaluation.metrics[metric];
  if (value === undefined) {
    const known = Object.keys(evaluation.metrics).join(', ');
    throw new InputError(`policy gates metric \`${metric}\`, which the evaluation does not have (it has: ${known})`);
  }
  const direction = directionOf(metric);
  const fmt = (x: number) => formatNumber(x);
  if (rule.threshold !== undefined) {
    const below = direction === 'higher' ? value < rule.threshold : value > rule.threshold;
    if (below) {
      return { subject: metric, kind: 'metric', status: 'fail', message: `${fmt(value)} is ${direction === 'higher' ? 'below' : 'above'} the required ${fmt(rule.threshold)}` };
    }
  }
  const comparison = evaluation.comparison?.[metric];
  if (!comparison) {
    return { subject: metric, kind: 'metric', status: 'pass', message: rule.threshold !== undefined ? `${fmt(value)} meets ${fmt(rule.threshold)} (no baseline to compare)` : `${fmt(value)} (no baseline to compare)` };
  }
  const worse = worsening(metric, comparison.delta);
  if (worse <= rule.max_drop) {
    return { subject: metric, kind: 'metric', status: 'pass', message: `Δ ${signed(comparison.delta)} is within the tolerated drop of ${fmt(rule.max_drop)}` };
  }
  // The best case inside the interval: if even it is worse than the tolerance, the drop is real.
  const [low, high] = comparison.interval;
  const bestCase = Math.min(worsening(metric, low), worsening(metric, high));
  const significant = bestCase > rule.max_drop;
  if (significant || !rule.require_significance) {
    return { subject: metric, kind: 'metric', status: 'fail', message: `worse by ${fmt(worse)} (Δ ${signed(comparison.delta)}, 95% CI [${signed(low)}, ${signed(high)}]), tolerated ${fmt(rule.max_drop)}${significant ? '' : ' — within noise, but significance is not required'}` };
  }
  return { subject: metric, kind: 'metric', status: 'warn', message: `worse by ${fmt(worse)} but within noise (95% CI of Δ [${signed(low)}, ${signed(high)}] reaches the tolerance)` };
}

function driftChecks(drift: DriftReport, rules: GatePolicy['drift']): GateCheck[] {
  const checks: GateCheck[] = [];
  const drifted = drift.columns.filter((c) => c.drifted).length;
  const compared = drift.columns.filter((c) => c.statistic !== null).length;
  const datasetStatus: Verdict = drift.dataset_drifted ? severityVerdict(rules.dataset) : 'pass';
  checks.push({
    subject: 'dataset', kind: 'drift', status: datasetStatus,
    message: `${drifted} of ${compared} columns drifted (${percent(drift.share_drifted)}; dataset drift at ${percent(drift.drift_share_threshold)})${drift.critical_columns_drifted.length > 0 ? `; critical: ${nameList(drift.critical_columns_drifted)}` : ''}`,
  });
  const schema = schemaSummary(drift.schema);
  if (schema) checks.push({ subject: 'schema', kind: 'drift', status: severityVerdict(rules.schema), message: schema });
  for (const [column, severity] of Object.entries(rules.columns)) {
    const result = drift.columns.find((c) => c.name === column);
    if (!result) throw new InputError(`policy names drift column \`${column}\`, which the drift report does not have`);
    if (result.drifted) checks.push({ subject: column, kind: 'drift', status: severityVerdict(severity), message: `column drifted (${result.method})` });
  }
  return checks;
}

/** One line naming every schema change, or undefined when there is none. */
function schemaSummary(schema: DriftReport['schema']): string | undefined {
  const parts = [
    ...(schema.added.length > 0 ? [`added: ${nameList(schema.added)}`] : []),
    ...(schema.dropped.length > 0 ? [`dropped: ${nameList(schema.dropped)}`] : []),
    ...(schema.type_changed.length > 0 ? [`type changed: ${nameList(schema.type_changed.map((c) => `${c.name} (${c.reference} → ${c.current})`))}`] : []),
    ...(schema.missing_rate_changed.length > 0 ? [`missing rate changed by ≥ ${percent(schema.missing_rate_threshold)}: ${nameList(schema.missing_rate_changed.map((c) => `${c.name} (${percent(c.reference)} → ${percent(c.current)})`))}`] : []),
  ];
  return parts.length > 0 ? `columns ${parts.join('; ')}` : undefined;
}

/** Names a check message lists: a drift report may hold 10,000; the drift report itself names them all. */
const LISTED_NAMES = 10;

function nameList(names: string[]): string {
  const shown = names.slice(0, LISTED_NAMES).join(', ');
  return names.length > LISTED_NAMES ? `${shown} and ${(names.length - LISTED_NAMES).toLocaleString('en-US')} more (see the drift report)` : shown;
}

function severityVerdict(severity: Severity): Verdict {
  return severity === 'ignore' ? 'pass' : severity;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${formatNumber(x)}`;
}

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
