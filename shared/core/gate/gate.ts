import { formatNumber } from '../format-number.js';
import { InputError } from '../../errors.js';
import type { DriftReport } from '../drift/drift-report.js';
import type { AbTestResult } from '../abtest/abtest.js';
import type { Evaluation, EvaluationResult, MetricsFileEvaluation } from '../metrics/index.js';
import { directionOf, worsening } from './metric-direction.js';
import type { GateHeadline } from './headline.js';
import { DEFAULT_TREND_VERSIONS, isWarnOnly, metricRuleName, type GatePolicy, type MetricRule, type Severity, type SlicePolicy } from './policy.js';
import { judgeSlices, sliceName, sliceSummary, type SliceResult, type SliceVerdict } from './slices.js';
import { consecutiveDrops, cumulativeDrop, ordinal, trendOf, trendPath, type PublishedMetrics, type Trend } from './trend.js';

export type Verdict = 'pass' | 'warn' | 'fail';

export interface GateCheck {
  subject: string;
  kind: 'metric' | 'drift' | 'slice' | 'trend' | 'abtest';
  status: Verdict;
  message: string;
  /**
   * The policy rule that decided the status (`metrics.roc_auc.max_drop`, `slices`,
   * `drift.dataset`, …: the names `warn_only` takes); absent on a check no rule decides.
   */
  rule?: string;
}

export interface GateResult {
  verdict: Verdict;
  checks: GateCheck[];
  /** Every slice of the policy's columns and metrics, regressed first (only with a `slices` policy and an evaluation that has them). */
  slices?: SliceVerdict[];
  /** The trend metric over the model's last published versions (only when the gate read the model's history). */
  trend?: Trend;
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

export interface GateInput {
  evaluation?: Evaluation;
  drift?: DriftReport;
  /** An A/B test or canary decision (`mlgate abtest`): one check, see {@link abTestCheck}. */
  abtest?: AbTestResult;
  policy: GatePolicy;
  /**
   * The evaluation's per-slice results; undefined: the evaluation has none. `slicesError`: evaluate
   * was asked for slices and could not compute them (the gate fails then, under a `slices` policy).
   */
  slices?: readonly SliceResult[];
  slicesError?: string;
  /**
   * The model's published versions' metrics, SemVer order (`PublishedMetrics`); undefined: the gate
   * was not told the model, so no trend and no `max_cumulative_drop`.
   */
  history?: readonly PublishedMetrics[];
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
 *
 * Then slices (`judgeSlices`), the trend against the model's published history, and last
 * `warn_only`: a failing check whose rule it names warns instead.
 */
export function applyPolicy(input: GateInput): GateResult {
  const { policy } = input;
  const checks: GateCheck[] = [];
  if (input.evaluation) {
    for (const [metric, rule] of Object.entries(policy.metrics)) checks.push(metricCheck(input.evaluation, metric, rule));
  }
  let slices: SliceVerdict[] | undefined;
  if (input.evaluation && policy.slices) {
    const result = sliceChecks(input, policy.slices);
    checks.push(...result.checks);
    slices = result.slices;
  }
  let trend: Trend | undefined;
  if (input.evaluation && input.history) {
    const result = trendChecks(input.evaluation, input.history, policy);
    checks.push(...result.checks);
    trend = result.trend;
  }
  if (input.drift) checks.push(...driftChecks(input.drift, policy.drift));
  if (input.abtest) checks.push(abTestCheck(input.abtest));
  const softened = checks.map((c) => (c.status === 'fail' && c.rule && isWarnOnly(c.rule, policy.warn_only)
    ? { ...c, status: 'warn' as const, message: `${c.message} (warn only: \`${c.rule}\` is in warn_only)` }
    : c));
  const verdict = softened.reduce<Verdict>((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'pass');
  return { verdict, checks: softened, ...(slices ? { slices } : {}), ...(trend ? { trend } : {}) };
}

function metricCheck(evaluation: Evaluation, metric: string, rule: MetricRule): GateCheck {
  const present = Object.hasOwn(evaluation.metrics, metric);
  if (!present && rule.required === false) {
    return { subject: metric, kind: 'metric', status: 'pass', message: 'not in the candidate\'s evaluation; skipped (required: false)', rule: metricRuleName(metric, 'required') };
  }
  if (evaluation.intervals === null) return fileMetricCheck(evaluation, metric, rule);
  return predictionsMetricCheck(evaluation, metric, rule);
}

/**
 * The tolerated worsening against a baseline value: `max_drop`, `max_drop_pct` percent of the
 * baseline's magnitude, or the smaller of the two when both are given.
 */
function tolerance(rule: MetricRule, base: number): { value: number; text: string } {
  const absolute = rule.max_drop;
  const relative = rule.max_drop_pct !== undefined ? (rule.max_drop_pct / 100) * Math.abs(base) : undefined;
  const fmt = (x: number) => formatNumber(x);
  if (relative === undefined) return { value: absolute ?? 0, text: fmt(absolute ?? 0) };
  const pct = `${fmt(relative)} (${fmt(rule.max_drop_pct!)}% of ${fmt(base)})`;
  if (absolute === undefined || relative <= absolute) return { value: relative, text: pct };
  return { value: absolute, text: fmt(absolute) };
}

function missingFromEvaluation(evaluation: Evaluation, metric: string): GateCheck {
  const has = Object.keys(evaluation.metrics);
  const listed = has.length > LISTED_NAMES ? `${has.slice(0, LISTED_NAMES).join(', ')} and ${(has.length - LISTED_NAMES).toLocaleString('en-US')} more` : has.join(', ');
  return {
    subject: metric, kind: 'metric', status: 'fail', rule: metricRuleName(metric, 'required'),
    message: `missing: policy gates metric \`${metric}\`, which the evaluation does not have (it has: ${listed || 'none'}); set \`required: false\` to skip it where it is absent`,
  };
}

function predictionsMetricCheck(evaluation: EvaluationResult, metric: string, rule: MetricRule): GateCheck {
  const value = evaluation.metrics[metric];
  if (value === undefined) return missingFromEvaluation(evaluation, metric);
  const fmt = (x: number) => formatNumber(x);
  const beyond = thresholdFailure(metric, value, rule);
  if (beyond) return beyond;
  const comparison = evaluation.comparison?.[metric];
  if (!comparison) {
    return { subject: metric, kind: 'metric', status: 'pass', message: rule.threshold !== undefined ? `${fmt(value)} meets ${fmt(rule.threshold)} (no baseline to compare)` : `${fmt(value)} (no baseline to compare)` };
  }
  const base = evaluation.baseline_metrics?.[metric] ?? value - comparison.delta;
  const tolerated = tolerance(rule, base);
  const ruleName = metricRuleName(metric, 'max_drop');
  const worse = worsening(metric, comparison.delta, rule.direction);
  if (worse <= tolerated.value) {
    return { subject: metric, kind: 'metric', status: 'pass', message: `Δ ${signed(comparison.delta)} is within the tolerated drop of ${tolerated.text}`, rule: ruleName };
  }
  // The best case inside the interval: if even it is worse than the tolerance, the drop is real.
  const [low, high] = comparison.interval;
  const bestCase = Math.min(worsening(metric, low, rule.direction), worsening(metric, high, rule.direction));
  const significant = bestCase > tolerated.value;
  if (significant || !rule.require_significance) {
    return { subject: metric, kind: 'metric', status: 'fail', rule: ruleName, message: `worse by ${fmt(worse)} (Δ ${signed(comparison.delta)}, 95% CI [${signed(low)}, ${signed(high)}]), tolerated ${tolerated.text}${significant ? '' : ' — within noise, but significance is not required'}` };
  }
  return { subject: metric, kind: 'metric', status: 'warn', rule: ruleName, message: `worse by ${fmt(worse)} but within noise (95% CI of Δ [${signed(low)}, ${signed(high)}] reaches the tolerance of ${tolerated.text})` };
}

/** A failing check when the value is past the rule's threshold (below a floor, above a ceiling). */
function thresholdFailure(metric: string, value: number, rule: MetricRule): GateCheck | undefined {
  if (rule.threshold === undefined) return undefined;
  const direction = directionOf(metric, rule.direction);
  const past = direction === 'higher' ? value < rule.threshold : value > rule.threshold;
  if (!past) return undefined;
  return { subject: metric, kind: 'metric', status: 'fail', rule: metricRuleName(metric, 'threshold'), message: `${formatNumber(value)} is ${direction === 'higher' ? 'below' : 'above'} the required ${formatNumber(rule.threshold)}` };
}

const BY_THRESHOLD = 'no intervals: metrics read from files are compared by threshold only';

/**
 * A rule applied to metrics read from files: the threshold, then the plain difference from the
 * baseline's value against `max_drop` (`require_significance` cannot apply: there is no interval
 * to tell noise from a real drop). A metric the candidate lacks fails, naming why when the reader
 * said (a NaN left out); one the baseline lacks is new, judged by its threshold alone.
 */
function fileMetricCheck(evaluation: MetricsFileEvaluation, metric: string, rule: MetricRule): GateCheck {
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
    return { subject: metric, kind: 'metric', status: 'fail', message, rule: metricRuleName(metric, 'required') };
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
  const tolerated = tolerance(rule, base);
  const ruleName = metricRuleName(metric, 'max_drop');
  if (worse <= tolerated.value) {
    return { subject: metric, kind: 'metric', status: 'pass', rule: ruleName, message: `${meets}; Δ ${signed(delta)} (${fmt(base)} → ${fmt(value)}) is within the tolerated drop of ${tolerated.text} (${BY_THRESHOLD})` };
  }
  return { subject: metric, kind: 'metric', status: 'fail', rule: ruleName, message: `worse by ${fmt(worse)} (${fmt(base)} → ${fmt(value)}), tolerated ${tolerated.text} (${BY_THRESHOLD}, not by significance)` };
}

/**
 * One check per regressed slice (the policy's severity), and one summing up the rest. An evaluation
 * without slices under a `slices` policy warns (evaluate was not asked for them), or fails when
 * evaluate was asked and could not compute them.
 */
function sliceChecks(input: GateInput, policy: SlicePolicy): { checks: GateCheck[]; slices?: SliceVerdict[] } {
  if (input.slicesError !== undefined) {
    return { checks: [{ subject: 'slices', kind: 'slice', status: 'fail', rule: 'slices', message: `the policy gates slices, and evaluate could not compute them: ${input.slicesError}` }] };
  }
  if (input.slices === undefined) {
    return { checks: [{ subject: 'slices', kind: 'slice', status: 'warn', message: `the policy gates slices of ${policy.columns.join(', ')}, but the evaluation has none: run evaluate with those slice columns` }] };
  }
  const directionFor = (metric: string) => directionOf(metric, input.policy.metrics[metric]?.direction);
  const verdicts = judgeSlices(input.slices, policy, directionFor);
  const checks: GateCheck[] = [];
  const missing = policy.columns.filter((column) => !verdicts.some((v) => v.column === column));
  if (missing.length > 0) {
    checks.push({ subject: 'slices', kind: 'slice', status: 'warn', message: `the evaluation has no slices of ${missing.join(', ')} for ${policy.metrics.join(', ')}` });
  }
  const severity = severityVerdict(policy.severity);
  for (const v of verdicts.filter((s) => s.status === 'regressed')) {
    checks.push({
      subject: sliceName(v), kind: 'slice', status: severity, rule: 'slices',
      // A regressed slice has every number (see `judgeSlices`).
      message: `worse by ${formatNumber(v.worsening!)} on ${v.n.toLocaleString('en-US')} rows (${formatNumber(v.baseline!)} → ${formatNumber(v.candidate!)}, 95% CI of Δ [${signed(v.interval![0])}, ${signed(v.interval![1])}], adjusted p=${formatNumber(v.adjusted_p_value!)}), tolerated ${formatNumber(policy.max_drop)}`,
    });
  }
  checks.push({ subject: 'slices', kind: 'slice', status: 'pass', message: sliceSummary(verdicts, policy) });
  return { checks, slices: verdicts };
}

/**
 * The trend metric's series, and for every metric with `max_cumulative_drop` the candidate against
 * the oldest published version of the window: a run of drops each within its tolerance still fails
 * once they add up past it. A candidate that is the third (or later) consecutive drop of the trend
 * metric is called out (warns, rule `trend`) whether or not a cumulative limit is set.
 */
function trendChecks(evaluation: Evaluation, history: readonly PublishedMetrics[], policy: GatePolicy): { checks: GateCheck[]; trend: Trend } {
  const versions = policy.trend?.versions ?? DEFAULT_TREND_VERSIONS;
  const seriesOf = (metric: string) => trendOf(history, metric, directionOf(metric, policy.metrics[metric]?.direction), versions,
    Object.hasOwn(evaluation.metrics, metric) ? evaluation.metrics[metric] : undefined);
  const trendMetric = policy.trend?.metric ?? Object.keys(policy.metrics)[0];
  const trend = seriesOf(trendMetric);
  const checks: GateCheck[] = [];
  for (const [metric, rule] of Object.entries(policy.metrics)) {
    if (rule.max_cumulative_drop === undefined) continue;
    const series = metric === trendMetric ? trend : seriesOf(metric);
    const cumulative = cumulativeDrop(series);
    const ruleName = metricRuleName(metric, 'max_cumulative_drop');
    if (!cumulative) {
      checks.push({ subject: metric, kind: 'trend', status: 'pass', rule: ruleName, message: series.candidate === null ? 'the candidate has no value to compare with the published versions' : 'no published version has this metric yet: nothing to compare with' });
      continue;
    }
    const { reference, worsening: worse, drops } = cumulative;
    const run = drops >= 2 ? `; the ${ordinal(drops)} consecutive drop` : '';
    const path = trendPath(series);
    if (worse > rule.max_cumulative_drop) {
      checks.push({ subject: metric, kind: 'trend', status: 'fail', rule: ruleName, message: `worse by ${formatNumber(worse)} than v${reference.version}, ${series.points.length} published versions back, tolerated cumulatively ${formatNumber(rule.max_cumulative_drop)}${run}: ${path}` });
    } else {
      checks.push({ subject: metric, kind: 'trend', status: 'pass', rule: ruleName, message: `${worse > 0 ? `worse by ${formatNumber(worse)}` : 'no worse'} than v${reference.version} (${series.points.length} published versions back), within the cumulative ${formatNumber(rule.max_cumulative_drop)}${run}` });
    }
  }
  const drops = consecutiveDrops(trend);
  if (drops >= 3) {
    checks.push({ subject: trendMetric, kind: 'trend', status: 'warn', rule: 'trend', message: `the ${ordinal(drops)} consecutive drop over the published versions, each maybe within tolerance: ${trendPath(trend)}` });
  }
  return { checks, trend };
}

function driftChecks(drift: DriftReport, rules: GatePolicy['drift']): GateCheck[] {
  const checks: GateCheck[] = [];
  const drifted = drift.columns.filter((c) => c.drifted).length;
  const compared = drift.columns.filter((c) => c.statistic !== null).length;
  const datasetStatus: Verdict = drift.dataset_drifted ? severityVerdict(rules.dataset) : 'pass';
  checks.push({
    subject: 'dataset', kind: 'drift', status: datasetStatus, rule: 'drift.dataset',
    message: `${drifted} of ${compared} columns drifted (${percent(drift.share_drifted)}; dataset drift at ${percent(drift.drift_share_threshold)})${drift.critical_columns_drifted.length > 0 ? `; critical: ${nameList(drift.critical_columns_drifted)}` : ''}`,
  });
  const schema = schemaSummary(drift.schema);
  if (schema) checks.push({ subject: 'schema', kind: 'drift', status: severityVerdict(rules.schema), message: schema, rule: 'drift.schema' });
  for (const [column, severity] of Object.entries(rules.columns)) {
    const result = drift.columns.find((c) => c.name === column);
    if (!result) throw new InputError(`policy names drift column \`${column}\`, which the drift report does not have`);
    if (result.drifted) checks.push({ subject: column, kind: 'drift', status: severityVerdict(severity), message: `column drifted (${result.method})`, rule: `drift.columns.${column}` });
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

/**
 * The A/B decision as a check: `treatment` passes (significantly better), `continue` warns (not
 * decided: shipping now is a guess), `control` fails (significantly worse) and so does `stop` (a
 * canary guardrail found the treatment worse beyond its margin). The rule name `abtest` can be put
 * in `warn_only`.
 */
export function abTestCheck(result: AbTestResult): GateCheck {
  const status: Verdict = result.decision === 'treatment' ? 'pass' : result.decision === 'continue' ? 'warn' : 'fail';
  const [low, high] = result.effect.interval;
  const at = result.stopped_at === null ? '' : ` at ${result.stopped_at}`;
  const stopped = result.guardrails.filter((g) => g.decision === 'stop').map((g) => g.column);
  const why = result.decision === 'stop' ? `guardrail ${stopped.join(', ')} worse beyond its margin${at}`
    : `effect ${formatNumber(result.effect.estimate)} [${formatNumber(low)}, ${formatNumber(high)}], p = ${formatNumber(result.p_value)} (${result.test})${at}`;
  return { subject: 'A/B test', kind: 'abtest', status, rule: 'abtest', message: `${result.decision}: ${why}` };
}
