import { formatNumber } from '../format-number.js';
import { InputError } from '../../errors.js';
import type { DriftReport } from '../drift/drift-report.js';
import type { Evaluation, EvaluationResult, MetricsFileEvaluation } from '../metrics/index.js';
import { directionOf, worsening } from './metric-direction.js';
import type { GateHeadline } from './headline.js';
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
  /** The model gated, in a many-models repository (`gate --model`, else its `comment-key`): what `gate --aggregate` groups by. */
  model?: string;
  /** The figures of the model's row in an aggregated report (absent in reports written before it). */
  headline?: GateHeadline;
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

/**
 * Applies a policy to an evaluation and a drift report (either may be absent). A metric that got
 * worse than its tolerance fails only when the paired comparison shows the worsening is beyond
 * noise (its whole confidence interval is past the tolerance); a worsening inside the noise warns.
 * This is the difference from a plain threshold gate: a model is not blocked because one
 * evaluation sample happened to be unlucky, and not waved through because of one lucky sample.
 *
 * Metrics read from the user's own files (`evaluate --metrics`) have no intervals: they are judged
 * by threshold and plain difference only (`fileMetricCheck`), and a gated metric the candidate
 * lacks fails rather than counting as 0.
 */
export function applyPolicy(input: { evaluation?: Evaluation; drift?: DriftReport; policy: GatePolicy }): GateResult {
  const checks: GateCheck[] = [];
  if (input.evaluation) {
    for (const [metric, rule] of Object.entries(input.policy.metrics)) checks.push(metricCheck(input.evaluation, metric, rule));
  }
  if (input.drift) checks.push(...driftChecks(input.drift, input.policy.drift));
  const verdict = checks.reduce<Verdict>((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'pass');
  return { verdict, checks };
}

function metricCheck(evaluation: Evaluation, metric: string, rule: GatePolicy['metrics'][string]): GateCheck {
  if (evaluation.intervals === null) return fileMetricCheck(evaluation, metric, rule);
  return predictionsMetricCheck(evaluation, metric, rule);
}

function predictionsMetricCheck(evaluation: EvaluationResult, metric: string, rule: GatePolicy['metrics'][string]): GateCheck {
  const value = evaluation.metrics[metric];
  if (value === undefined) {
    const known = Object.keys(evaluation.metrics).join(', ');
    throw new InputError(`policy gates metric \`${metric}\`, which the evaluation does not have (it has: ${known})`);
  }
  const fmt = (x: number) => formatNumber(x);
  const beyond = thresholdFailure(metric, value, rule);
  if (beyond) return beyond;
  const comparison = evaluation.comparison?.[metric];
  if (!comparison) {
    return { subject: metric, kind: 'metric', status: 'pass', message: rule.threshold !== undefined ? `${fmt(value)} meets ${fmt(rule.threshold)} (no baseline to compare)` : `${fmt(value)} (no baseline to compare)` };
  }
  const worse = worsening(metric, comparison.delta, rule.direction);
  if (worse <= rule.max_drop) {
    return { subject: metric, kind: 'metric', status: 'pass', message: `Δ ${signed(comparison.delta)} is within the tolerated drop of ${fmt(rule.max_drop)}` };
  }
  // The best case inside the interval: if even it is worse than the tolerance, the drop is real.
  const [low, high] = comparison.interval;
  const bestCase = Math.min(worsening(metric, low, rule.direction), worsening(metric, high, rule.direction));
  const significant = bestCase > rule.max_drop;
  if (significant || !rule.require_significance) {
    return { subject: metric, kind: 'metric', status: 'fail', message: `worse by ${fmt(worse)} (Δ ${signed(comparison.delta)}, 95% CI [${signed(low)}, ${signed(high)}]), tolerated ${fmt(rule.max_drop)}${significant ? '' : ' — within noise, but significance is not required'}` };
  }
  return { subject: metric, kind: 'metric', status: 'warn', message: `worse by ${fmt(worse)} but within noise (95% CI of Δ [${signed(low)}, ${signed(high)}] reaches the tolerance)` };
}

/** A failing check when the value is past the rule's threshold (below a floor, above a ceiling). */
function thresholdFailure(metric: string, value: number, rule: GatePolicy['metrics'][string]): GateCheck | undefined {
  if (rule.threshold === undefined) return undefined;
  const direction = directionOf(metric, rule.direction);
  const past = direction === 'higher' ? value < rule.threshold : value > rule.threshold;
  if (!past) return undefined;
  return { subject: metric, kind: 'metric', status: 'fail', message: `${formatNumber(value)} is ${direction === 'higher' ? 'below' : 'above'} the required ${formatNumber(rule.threshold)}` };
}

const BY_THRESHOLD = 'no intervals: metrics read from files are compared by threshold only';

/**
 * A rule applied to metrics read from files: the threshold, then the plain difference from the
 * baseline's value against `max_drop` (`require_significance` cannot apply: there is no interval
 * to tell noise from a real drop). A metric the candidate lacks fails, naming why when the reader
 * said (a NaN left out); one the baseline lacks is new, judged by its threshold alone.
 */
function fileMetricCheck(evaluation: MetricsFileEvaluation, metric: string, rule: GatePolicy['metrics'][string]): GateCheck {
  const fmt = (x: number) => formatNumber(x);
  const value = Object.hasOwn(evaluation.metrics, metric) ? evaluation.metrics[metric] : undefined;
  const base = evaluation.baseline_metrics && Object.hasOwn(evaluation.baseline_metrics, metric) ? evaluation.baseline_metrics[metric] : undefined;
  if (value === undefined) {
    const why = evaluation.notes?.find((note) => note.startsWith(`\`${metric}\` `) && note.includes(evaluation.source.candidate.path));
    const has = Object.keys(evaluation.metrics);
    const listed = has.length > LISTED_NAMES ? `${has.slice(0, LISTED_NAMES).join(', ')} and ${(has.length - LISTED_NAMES).toLocaleString('en-US')} more` : has.join(', ');
    const where = why ?? `the candidate's metrics (${evaluation.source.candidate.path}) have ${has.length > 0 ? listed : 'none'}`;
    const message = base !== undefined
      ? `missing: the candidate has no value (the baseline's is ${fmt(base)}); ${where}`
      : `missing: ${evaluation.baseline_metrics ? 'neither the candidate nor the baseline has' : 'the candidate has'} no value; ${where}`;
    return { subject: metric, kind: 'metric', status: 'fail', message };
  }
  const beyond = thresholdFailure(metric, value, rule);
  if (beyond) return { ...beyond, message: `${beyond.message} (${BY_THRESHOLD})` };
  const meets = rule.threshold !== undefined ? `${fmt(value)} meets ${fmt(rule.threshold)}` : fmt(value);
  if (base === undefined) {
    const status = evaluation.baseline_metrics ? 'new: the baseline has no value to compare' : 'no baseline to compare';
    return { subject: metric, kind: 'metric', status: 'pass', message: `${meets} (${status})` };
  }
  const delta = value - base;
  const worse = worsening(metric, delta, rule.direction);
  if (worse <= rule.max_drop) {
    return { subject: metric, kind: 'metric', status: 'pass', message: `${meets}; Δ ${signed(delta)} (${fmt(base)} → ${fmt(value)}) is within the tolerated drop of ${fmt(rule.max_drop)} (${BY_THRESHOLD})` };
  }
  return { subject: metric, kind: 'metric', status: 'fail', message: `worse by ${fmt(worse)} (${fmt(base)} → ${fmt(value)}), tolerated ${fmt(rule.max_drop)} (${BY_THRESHOLD}, not by significance)` };
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
