import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  encodeGateReport
} from "./chunk-Z6HHK4MR.js";
import {
  readRunContext,
  resolvePullRequest
} from "./chunk-3XDSC64G.js";
import {
  COMMENT_LIMIT,
  upsertStickyComment
} from "./chunk-VXSCWYQM.js";
import {
  SUMMARY_BUDGET_BYTES,
  utf8Bytes
} from "./chunk-QY5LPYOU.js";
import {
  openRegistry
} from "./chunk-NBUUFY5J.js";
import {
  readAbTest
} from "./chunk-5DEMGCVH.js";
import {
  decodeEvaluation,
  readEvaluation
} from "./chunk-VL3PWEW3.js";
import {
  evaluationHtml
} from "./chunk-UD3YLTTD.js";
import {
  consecutiveDrops,
  cumulativeDrop,
  judgeSlices,
  ordinal,
  renderReport,
  renderReportWithin,
  sliceName,
  sliceSummary,
  trendOf,
  trendPath
} from "./chunk-OTFLRA3H.js";
import {
  DEFAULT_TREND_VERSIONS,
  PRIMARY_METRIC,
  defaultPolicy,
  isWarnOnly,
  metricRuleName,
  policyFromYaml
} from "./chunk-TUTBBBXV.js";
import {
  directionOf,
  worsening
} from "./chunk-4LMMAYPW.js";
import {
  readDrift
} from "./chunk-62CIV2GW.js";
import {
  ShapeMismatch,
  boolean,
  count,
  decodeShape,
  list,
  nullable,
  number,
  object,
  optional,
  pair,
  string
} from "./chunk-MTG562HG.js";
import {
  driftHtml
} from "./chunk-5FMXUUNU.js";
import {
  checkModelName
} from "./chunk-D7XARLC7.js";
import {
  NO_AUTOMATIC_RETRY,
  createOnce,
  isPermissionDenied,
  openGateway,
  uploadWorkflowArtifact
} from "./chunk-MKBYBNPK.js";
import {
  escapeHtml
} from "./chunk-HAEUDPHK.js";
import {
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  formatNumber
} from "./chunk-Z5GXLVDD.js";
import {
  currentEnvironment,
  isEnterpriseServer
} from "./chunk-VJ7MSKR2.js";
import {
  ExternalServiceError,
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/gate.ts
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// shared/core/gate/gate.ts
var RANK = { pass: 0, warn: 1, fail: 2 };
function applyPolicy(input) {
  const { policy } = input;
  const checks = [];
  if (input.evaluation) {
    for (const [metric, rule] of Object.entries(policy.metrics)) checks.push(metricCheck(input.evaluation, metric, rule));
  }
  let slices;
  if (input.evaluation && policy.slices) {
    const result = sliceChecks(input, policy.slices);
    checks.push(...result.checks);
    slices = result.slices;
  }
  let trend;
  if (input.evaluation && input.history) {
    const result = trendChecks(input.evaluation, input.history, policy);
    checks.push(...result.checks);
    trend = result.trend;
  }
  if (input.drift) checks.push(...driftChecks(input.drift, policy.drift));
  if (input.abtest) checks.push(abTestCheck(input.abtest));
  const softened = checks.map((c) => c.status === "fail" && c.rule && isWarnOnly(c.rule, policy.warn_only) ? { ...c, status: "warn", message: `${c.message} (warn only: \`${c.rule}\` is in warn_only)` } : c);
  const verdict = softened.reduce((worst, c) => RANK[c.status] > RANK[worst] ? c.status : worst, "pass");
  return { verdict, checks: softened, ...slices ? { slices } : {}, ...trend ? { trend } : {} };
}
function metricCheck(evaluation, metric, rule) {
  const present = Object.hasOwn(evaluation.metrics, metric);
  if (!present && rule.required === false) {
    return { subject: metric, kind: "metric", status: "pass", message: "not in the candidate's evaluation; skipped (required: false)", rule: metricRuleName(metric, "required") };
  }
  if (evaluation.intervals === null) return fileMetricCheck(evaluation, metric, rule);
  return predictionsMetricCheck(evaluation, metric, rule);
}
function tolerance(rule, base) {
  const absolute = rule.max_drop;
  const relative = rule.max_drop_pct !== void 0 ? rule.max_drop_pct / 100 * Math.abs(base) : void 0;
  const fmt = (x) => formatNumber(x);
  if (relative === void 0) return { value: absolute ?? 0, text: fmt(absolute ?? 0) };
  const pct = `${fmt(relative)} (${fmt(rule.max_drop_pct)}% of ${fmt(base)})`;
  if (absolute === void 0 || relative <= absolute) return { value: relative, text: pct };
  return { value: absolute, text: fmt(absolute) };
}
function missingFromEvaluation(evaluation, metric) {
  const has = Object.keys(evaluation.metrics);
  const listed = has.length > LISTED_NAMES ? `${has.slice(0, LISTED_NAMES).join(", ")} and ${(has.length - LISTED_NAMES).toLocaleString("en-US")} more` : has.join(", ");
  return {
    subject: metric,
    kind: "metric",
    status: "fail",
    rule: metricRuleName(metric, "required"),
    message: `missing: policy gates metric \`${metric}\`, which the evaluation does not have (it has: ${listed || "none"}); set \`required: false\` to skip it where it is absent`
  };
}
function predictionsMetricCheck(evaluation, metric, rule) {
  const value = evaluation.metrics[metric];
  if (value === void 0) return missingFromEvaluation(evaluation, metric);
  const fmt = (x) => formatNumber(x);
  const beyond = thresholdFailure(metric, value, rule);
  if (beyond) return beyond;
  const comparison = evaluation.comparison?.[metric];
  if (!comparison) {
    return { subject: metric, kind: "metric", status: "pass", message: rule.threshold !== void 0 ? `${fmt(value)} meets ${fmt(rule.threshold)} (no baseline to compare)` : `${fmt(value)} (no baseline to compare)` };
  }
  const base = evaluation.baseline_metrics?.[metric] ?? value - comparison.delta;
  const tolerated = tolerance(rule, base);
  const ruleName = metricRuleName(metric, "max_drop");
  const worse = worsening(metric, comparison.delta, rule.direction);
  if (worse <= tolerated.value) {
    return { subject: metric, kind: "metric", status: "pass", message: `\u0394 ${signed(comparison.delta)} is within the tolerated drop of ${tolerated.text}`, rule: ruleName };
  }
  const [low, high] = comparison.interval;
  const bestCase = Math.min(worsening(metric, low, rule.direction), worsening(metric, high, rule.direction));
  const significant = bestCase > tolerated.value;
  if (significant || !rule.require_significance) {
    return { subject: metric, kind: "metric", status: "fail", rule: ruleName, message: `worse by ${fmt(worse)} (\u0394 ${signed(comparison.delta)}, 95% CI [${signed(low)}, ${signed(high)}]), tolerated ${tolerated.text}${significant ? "" : " \u2014 within noise, but significance is not required"}` };
  }
  return { subject: metric, kind: "metric", status: "warn", rule: ruleName, message: `worse by ${fmt(worse)} but within noise (95% CI of \u0394 [${signed(low)}, ${signed(high)}] reaches the tolerance of ${tolerated.text})` };
}
function thresholdFailure(metric, value, rule) {
  if (rule.threshold === void 0) return void 0;
  const direction = directionOf(metric, rule.direction);
  const past = direction === "higher" ? value < rule.threshold : value > rule.threshold;
  if (!past) return void 0;
  return { subject: metric, kind: "metric", status: "fail", rule: metricRuleName(metric, "threshold"), message: `${formatNumber(value)} is ${direction === "higher" ? "below" : "above"} the required ${formatNumber(rule.threshold)}` };
}
var BY_THRESHOLD = "no intervals: metrics read from files are compared by threshold only";
function fileMetricCheck(evaluation, metric, rule) {
  const fmt = (x) => formatNumber(x);
  const value = Object.hasOwn(evaluation.metrics, metric) ? evaluation.metrics[metric] : void 0;
  const base = evaluation.baseline_metrics && Object.hasOwn(evaluation.baseline_metrics, metric) ? evaluation.baseline_metrics[metric] : void 0;
  if (value === void 0) {
    const why = evaluation.notes?.find((note) => note.startsWith(`\`${metric}\` `) && note.includes(evaluation.source.candidate.path));
    const has = Object.keys(evaluation.metrics);
    const listed = has.length > LISTED_NAMES ? `${has.slice(0, LISTED_NAMES).join(", ")} and ${(has.length - LISTED_NAMES).toLocaleString("en-US")} more` : has.join(", ");
    const where = why ?? `the candidate's metrics (${evaluation.source.candidate.path}) have ${has.length > 0 ? listed : "none"}`;
    const message = base !== void 0 ? `missing: the candidate has no value (the baseline's is ${fmt(base)}); ${where}` : `missing: ${evaluation.baseline_metrics ? "neither the candidate nor the baseline has" : "the candidate has"} no value; ${where}`;
    return { subject: metric, kind: "metric", status: "fail", message, rule: metricRuleName(metric, "required") };
  }
  const beyond = thresholdFailure(metric, value, rule);
  if (beyond) return { ...beyond, message: `${beyond.message} (${BY_THRESHOLD})` };
  const meets = rule.threshold !== void 0 ? `${fmt(value)} meets ${fmt(rule.threshold)}` : fmt(value);
  if (base === void 0) {
    const status = evaluation.baseline_metrics ? "new: the baseline has no value to compare" : "no baseline to compare";
    return { subject: metric, kind: "metric", status: "pass", message: `${meets} (${status})` };
  }
  const delta = value - base;
  const worse = worsening(metric, delta, rule.direction);
  const tolerated = tolerance(rule, base);
  const ruleName = metricRuleName(metric, "max_drop");
  if (worse <= tolerated.value) {
    return { subject: metric, kind: "metric", status: "pass", rule: ruleName, message: `${meets}; \u0394 ${signed(delta)} (${fmt(base)} \u2192 ${fmt(value)}) is within the tolerated drop of ${tolerated.text} (${BY_THRESHOLD})` };
  }
  return { subject: metric, kind: "metric", status: "fail", rule: ruleName, message: `worse by ${fmt(worse)} (${fmt(base)} \u2192 ${fmt(value)}), tolerated ${tolerated.text} (${BY_THRESHOLD}, not by significance)` };
}
function sliceChecks(input, policy) {
  if (input.slicesError !== void 0) {
    return { checks: [{ subject: "slices", kind: "slice", status: "fail", rule: "slices", message: `the policy gates slices, and evaluate could not compute them: ${input.slicesError}` }] };
  }
  if (input.slices === void 0) {
    return { checks: [{ subject: "slices", kind: "slice", status: "warn", message: `the policy gates slices of ${policy.columns.join(", ")}, but the evaluation has none: run evaluate with those slice columns` }] };
  }
  const directionFor = (metric) => directionOf(metric, input.policy.metrics[metric]?.direction);
  const verdicts = judgeSlices(input.slices, policy, directionFor);
  const checks = [];
  const missing = policy.columns.filter((column) => !verdicts.some((v) => v.column === column));
  if (missing.length > 0) {
    checks.push({ subject: "slices", kind: "slice", status: "warn", message: `the evaluation has no slices of ${missing.join(", ")} for ${policy.metrics.join(", ")}` });
  }
  const severity = severityVerdict(policy.severity);
  for (const v of verdicts.filter((s) => s.status === "regressed")) {
    checks.push({
      subject: sliceName(v),
      kind: "slice",
      status: severity,
      rule: "slices",
      // A regressed slice has every number (see `judgeSlices`).
      message: `worse by ${formatNumber(v.worsening)} on ${v.n.toLocaleString("en-US")} rows (${formatNumber(v.baseline)} \u2192 ${formatNumber(v.candidate)}, 95% CI of \u0394 [${signed(v.interval[0])}, ${signed(v.interval[1])}], adjusted p=${formatNumber(v.adjusted_p_value)}), tolerated ${formatNumber(policy.max_drop)}`
    });
  }
  checks.push({ subject: "slices", kind: "slice", status: "pass", message: sliceSummary(verdicts, policy) });
  return { checks, slices: verdicts };
}
function trendChecks(evaluation, history, policy) {
  const versions = policy.trend?.versions ?? DEFAULT_TREND_VERSIONS;
  const seriesOf = (metric) => trendOf(
    history,
    metric,
    directionOf(metric, policy.metrics[metric]?.direction),
    versions,
    Object.hasOwn(evaluation.metrics, metric) ? evaluation.metrics[metric] : void 0
  );
  const trendMetric = policy.trend?.metric ?? Object.keys(policy.metrics)[0];
  const trend = seriesOf(trendMetric);
  const checks = [];
  for (const [metric, rule] of Object.entries(policy.metrics)) {
    if (rule.max_cumulative_drop === void 0) continue;
    const series = metric === trendMetric ? trend : seriesOf(metric);
    const cumulative = cumulativeDrop(series);
    const ruleName = metricRuleName(metric, "max_cumulative_drop");
    if (!cumulative) {
      checks.push({ subject: metric, kind: "trend", status: "pass", rule: ruleName, message: series.candidate === null ? "the candidate has no value to compare with the published versions" : "no published version has this metric yet: nothing to compare with" });
      continue;
    }
    const { reference, worsening: worse, drops: drops2 } = cumulative;
    const run = drops2 >= 2 ? `; the ${ordinal(drops2)} consecutive drop` : "";
    const path = trendPath(series);
    if (worse > rule.max_cumulative_drop) {
      checks.push({ subject: metric, kind: "trend", status: "fail", rule: ruleName, message: `worse by ${formatNumber(worse)} than v${reference.version}, ${series.points.length} published versions back, tolerated cumulatively ${formatNumber(rule.max_cumulative_drop)}${run}: ${path}` });
    } else {
      checks.push({ subject: metric, kind: "trend", status: "pass", rule: ruleName, message: `${worse > 0 ? `worse by ${formatNumber(worse)}` : "no worse"} than v${reference.version} (${series.points.length} published versions back), within the cumulative ${formatNumber(rule.max_cumulative_drop)}${run}` });
    }
  }
  const drops = consecutiveDrops(trend);
  if (drops >= 3) {
    checks.push({ subject: trendMetric, kind: "trend", status: "warn", rule: "trend", message: `the ${ordinal(drops)} consecutive drop over the published versions, each maybe within tolerance: ${trendPath(trend)}` });
  }
  return { checks, trend };
}
function driftChecks(drift, rules) {
  const checks = [];
  const drifted = drift.columns.filter((c) => c.drifted).length;
  const compared = drift.columns.filter((c) => c.statistic !== null).length;
  const datasetStatus = drift.dataset_drifted ? severityVerdict(rules.dataset) : "pass";
  checks.push({
    subject: "dataset",
    kind: "drift",
    status: datasetStatus,
    rule: "drift.dataset",
    message: `${drifted} of ${compared} columns drifted (${percent(drift.share_drifted)}; dataset drift at ${percent(drift.drift_share_threshold)})${drift.critical_columns_drifted.length > 0 ? `; critical: ${nameList(drift.critical_columns_drifted)}` : ""}`
  });
  const schema = schemaSummary(drift.schema);
  if (schema) checks.push({ subject: "schema", kind: "drift", status: severityVerdict(rules.schema), message: schema, rule: "drift.schema" });
  for (const [column, severity] of Object.entries(rules.columns)) {
    const result = drift.columns.find((c) => c.name === column);
    if (!result) throw new InputError(`policy names drift column \`${column}\`, which the drift report does not have`);
    if (result.drifted) checks.push({ subject: column, kind: "drift", status: severityVerdict(severity), message: `column drifted (${result.method})`, rule: `drift.columns.${column}` });
  }
  return checks;
}
function schemaSummary(schema) {
  const parts = [
    ...schema.added.length > 0 ? [`added: ${nameList(schema.added)}`] : [],
    ...schema.dropped.length > 0 ? [`dropped: ${nameList(schema.dropped)}`] : [],
    ...schema.type_changed.length > 0 ? [`type changed: ${nameList(schema.type_changed.map((c) => `${c.name} (${c.reference} \u2192 ${c.current})`))}`] : [],
    ...schema.missing_rate_changed.length > 0 ? [`missing rate changed by \u2265 ${percent(schema.missing_rate_threshold)}: ${nameList(schema.missing_rate_changed.map((c) => `${c.name} (${percent(c.reference)} \u2192 ${percent(c.current)})`))}`] : []
  ];
  return parts.length > 0 ? `columns ${parts.join("; ")}` : void 0;
}
var LISTED_NAMES = 10;
function nameList(names) {
  const shown = names.slice(0, LISTED_NAMES).join(", ");
  return names.length > LISTED_NAMES ? `${shown} and ${(names.length - LISTED_NAMES).toLocaleString("en-US")} more (see the drift report)` : shown;
}
function severityVerdict(severity) {
  return severity === "ignore" ? "pass" : severity;
}
function signed(x) {
  return `${x >= 0 ? "+" : ""}${formatNumber(x)}`;
}
function percent(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}
function abTestCheck(result) {
  const status = result.decision === "treatment" ? "pass" : result.decision === "continue" ? "warn" : "fail";
  const [low, high] = result.effect.interval;
  const at = result.stopped_at === null ? "" : ` at ${result.stopped_at}`;
  const stopped = result.guardrails.filter((g) => g.decision === "stop").map((g) => g.column);
  const why = result.decision === "stop" ? `guardrail ${stopped.join(", ")} worse beyond its margin${at}` : `effect ${formatNumber(result.effect.estimate)} [${formatNumber(low)}, ${formatNumber(high)}], p = ${formatNumber(result.p_value)} (${result.test})${at}`;
  return { subject: "A/B test", kind: "abtest", status, rule: "abtest", message: `${result.decision}: ${why}` };
}

// shared/adapters/files/policy-file.ts
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
var POLICY_FILE_NAMES = [".mlgate.yml", ".mlgate.yaml"];
function repositoryRoot(cwd, workspace) {
  if (workspace) return resolve(workspace);
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (top) return top;
  } catch {
  }
  return resolve(cwd);
}
function findPolicyFile(root) {
  const found = POLICY_FILE_NAMES.map((name) => join(root, name)).filter((path) => existsSync(path));
  if (found.length > 1) throw new InputError(`${found.join(" and ")}: two policy files; keep one`);
  return found[0];
}

// shared/adapters/codecs/evaluation-slices.ts
var sliceValue = (value, at) => {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "(missing)";
  throw new ShapeMismatch(at, "is not a slice value (text, number, true/false or null)");
};
var SLICES = list(object({
  metric: string,
  column: string,
  value: sliceValue,
  n: count,
  baseline: nullable(number),
  candidate: nullable(number),
  delta: nullable(number),
  interval: nullable(pair(number)),
  p_value: nullable(number),
  adjusted_p_value: nullable(number),
  gated: optional(boolean),
  note: optional(string)
}));
var WITH_SLICES = object({ slices: SLICES });
function evaluationSlices(evaluation, source) {
  const raw = evaluation;
  const error = typeof raw.slices_error === "string" ? raw.slices_error : void 0;
  if (raw.slices === void 0 || raw.slices === null) return error !== void 0 ? { error } : {};
  return { slices: decodeShape(WITH_SLICES, { slices: raw.slices }, source).slices, ...error !== void 0 ? { error } : {} };
}

// shared/adapters/registry/metric-history.ts
var MAX_SKIPPED = 10;
async function readMetricHistory(registry, model, count2) {
  const versions = await registry.versions(model);
  const history = [];
  const notes = [];
  for (let i = versions.length - 1; i >= 0 && history.length < count2 && notes.length <= MAX_SKIPPED; i--) {
    const record = versions[i];
    const text = await registry.readDocument(model, record.version, "metrics.json");
    if (text === void 0) {
      notes.push(`${record.tag} has no metrics.json (published without --evaluation): not in the trend`);
      continue;
    }
    try {
      history.unshift({ version: record.version, metrics: decodeEvaluation(text, `${record.tag} metrics.json`).metrics });
    } catch (error) {
      notes.push(`${error.message}: not in the trend`);
    }
  }
  return { history, notes };
}

// shared/core/gate/headline.ts
function gateHeadline(input) {
  const { evaluation, drift } = input;
  const drifts = { drift_share: drift ? drift.share_drifted : null, dataset_drifted: drift ? drift.dataset_drifted : null };
  const [metric] = Object.keys(input.policy.metrics);
  if (!evaluation || metric === void 0) return { metric: null, baseline: null, candidate: null, delta: null, interval: null, ...drifts };
  const value = (values) => values && Object.hasOwn(values, metric) ? values[metric] : null;
  const candidate = value(evaluation.metrics);
  const baseline = value(evaluation.baseline_metrics);
  const comparison = evaluation.intervals === null ? void 0 : evaluation.comparison?.[metric];
  const delta = comparison ? comparison.delta : candidate !== null && baseline !== null ? candidate - baseline : null;
  return { metric, baseline, candidate, delta, interval: comparison ? comparison.interval : null, ...drifts };
}

// shared/render/trend-svg.ts
function trendSvg(trend, options = {}) {
  const width = options.width ?? 640;
  const height = options.height ?? 240;
  const margin = { top: 28, right: 16, bottom: 48, left: 64 };
  const points = [
    ...trend.points.map((p) => ({ label: `v${p.version}`, value: p.value, candidate: false })),
    ...trend.candidate !== null ? [{ label: "candidate", value: trend.candidate, candidate: true }] : []
  ].filter((p) => Number.isFinite(p.value));
  const title = `${trend.metric} (${trend.direction} is better)`;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="mlgate-trend" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Trend of ${title}`)}">`;
  const heading = `<text x="${margin.left}" y="18" font-size="13" font-weight="600">${escapeHtml(title)}</text>`;
  if (points.length === 0) return `${open}${heading}<text x="${margin.left}" y="${height / 2}" font-size="12">no published values</text></svg>`;
  let low = Math.min(...points.map((p) => p.value));
  let high = Math.max(...points.map((p) => p.value));
  if (high === low) {
    const pad = Math.max(Math.abs(high) * 0.01, 1e-6);
    [low, high] = [low - pad, high + pad];
  }
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (i) => margin.left + (points.length === 1 ? plotWidth / 2 : i / (points.length - 1) * plotWidth);
  const y = (v) => margin.top + (1 - (v - low) / (high - low)) * plotHeight;
  const r = (n) => Math.round(n * 10) / 10;
  const axes = [
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotHeight}" stroke="#888"/>`,
    `<line x1="${margin.left}" y1="${margin.top + plotHeight}" x2="${margin.left + plotWidth}" y2="${margin.top + plotHeight}" stroke="#888"/>`,
    `<text x="${margin.left - 6}" y="${r(y(high)) + 4}" font-size="11" text-anchor="end">${escapeHtml(formatNumber(high))}</text>`,
    `<text x="${margin.left - 6}" y="${r(y(low)) + 4}" font-size="11" text-anchor="end">${escapeHtml(formatNumber(low))}</text>`
  ];
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${r(x(i))},${r(y(p.value))}`).join(" ");
  const every = Math.ceil(points.length / 12);
  const marks = points.map((p, i) => {
    const label = i % every === 0 || i === points.length - 1 ? `<text x="${r(x(i))}" y="${margin.top + plotHeight + 16}" font-size="11" text-anchor="middle">${escapeHtml(cut(p.label, 24))}</text>` : "";
    const fill = p.candidate ? 'fill="#fff" stroke="#d73a49" stroke-width="2"' : 'fill="#0366d6"';
    return `<circle cx="${r(x(i))}" cy="${r(y(p.value))}" r="4" ${fill}><title>${escapeHtml(`${p.label}: ${formatNumber(p.value)}`)}</title></circle>${label}`;
  });
  return `${open}${heading}${axes.join("")}<path d="${path}" fill="none" stroke="#0366d6" stroke-width="2"/>${marks.join("")}</svg>`;
}
function cut(text, max) {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}

// shared/render/gate-html.ts
var MARK = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function gateHtml(input) {
  const title = input.title ?? "mlgate";
  const checks = input.gate.checks.map((c) => `<li>${MARK[c.status]} <strong>${escapeHtml(c.subject)}</strong> (${escapeHtml(c.kind)}): ${escapeHtml(c.message)}</li>`).join("");
  const lead = `<p id="verdict">${MARK[input.gate.verdict]} verdict: <strong>${input.gate.verdict}</strong></p>
<h2>Gate checks</h2>
<ul id="checks">${checks || "<li>No checks configured.</li>"}</ul>`;
  if (!input.evaluation) return input.drift ? driftHtml(input.drift) : evaluationlessPage(title, lead);
  const trend = input.gate.trend ? { svg: trendSvg(input.gate.trend) } : void 0;
  return evaluationHtml(input.evaluation, { title: `${title}: ${input.gate.verdict}`, lead, ...trend ? { trend } : {} });
}
function evaluationlessPage(title, lead) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<h1>${escapeHtml(title)}</h1>
${lead}
</body></html>
`;
}

// shared/adapters/github/post-report.ts
import { randomUUID } from "node:crypto";

// shared/adapters/github/check-run.ts
var CHECK_SUMMARY_LIMIT = 65535;
var CONCLUSION = { pass: "success", warn: "neutral", fail: "failure" };
async function publishCheck(client, request, policy) {
  try {
    return await createCheckRunOnce(client, request, policy);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
  }
  const state = request.verdict === "fail" ? "failure" : "success";
  try {
    await client.rest.repos.createCommitStatus({
      owner: request.owner,
      repo: request.repo,
      sha: request.sha,
      state,
      context: request.name,
      description: `${request.verdict}: ${request.title}`.slice(0, 140),
      ...request.detailsUrl ? { target_url: request.detailsUrl } : {}
    });
    return { kind: "status", state };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    return { kind: "none", reason: "the token may create neither check runs nor commit statuses (a fork pull request gets a read-only token)" };
  }
}
function createCheckRunOnce(client, request, policy) {
  return createOnce(policy, async () => {
    const { data } = await client.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      head_sha: request.sha,
      name: request.name,
      status: "completed",
      external_id: request.externalId,
      conclusion: CONCLUSION[request.verdict],
      ...request.detailsUrl ? { details_url: request.detailsUrl } : {},
      output: { title: request.title.slice(0, 255), summary: request.summary.slice(0, CHECK_SUMMARY_LIMIT) },
      ...NO_AUTOMATIC_RETRY
    });
    return { kind: "check-run", id: data.id, url: data.html_url ?? "" };
  }, () => findCheckRun(client, request));
}
async function findCheckRun(client, request) {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner: request.owner,
    repo: request.repo,
    ref: request.sha,
    check_name: request.name,
    filter: "all",
    per_page: 100
  });
  const ours = runs.find((run) => run.external_id === request.externalId && run.head_sha === request.sha);
  return ours ? { kind: "check-run", id: ours.id, url: ours.html_url ?? "" } : void 0;
}

// shared/adapters/github/post-report.ts
async function postReport(report, options) {
  const environment = options.environment ?? currentEnvironment();
  const context = readRunContext(environment);
  const { client, policy } = openGateway(environment, { token: options.token, log: options.log });
  const skipped = [];
  let comment = null;
  let check = null;
  let readOnly = false;
  const failed = [];
  if (options.comment) {
    try {
      await postComment();
    } catch (error) {
      if (!(error instanceof ExternalServiceError)) throw error;
      failed.push({ part: "comment", error });
    }
  }
  if (options.checkRun) {
    try {
      await postCheck();
    } catch (error) {
      if (!(error instanceof ExternalServiceError)) throw error;
      failed.push({ part: "check", error });
    }
  }
  return { comment, check, skipped, readOnly, failed };
  async function postComment() {
    const pullRequest = options.pullRequest ?? (await resolvePullRequest(client, context))?.number;
    if (!pullRequest) {
      skipped.push(`no comment: the ${context.eventName || "current"} event has no pull request (the report is in the job summary)`);
    } else {
      try {
        comment = await upsertStickyComment(client, {
          owner: context.owner,
          repo: context.repo,
          issueNumber: pullRequest,
          key: options.key ?? defaultKey(context, options.matrixKey),
          body: report.comment_markdown,
          ...options.commentAuthor ? { author: options.commentAuthor } : {}
        });
      } catch (error) {
        if (!isPermissionDenied(error)) throw error;
        readOnly = true;
        skipped.push("no comment: the token may not comment (a fork pull request gets a read-only token); the report is in the job summary \u2014 post it from a workflow_run workflow (see the README)");
      }
    }
  }
  async function postCheck() {
    check = await publishCheck(client, {
      owner: context.owner,
      repo: context.repo,
      sha: context.sha,
      name: options.checkName,
      verdict: report.verdict,
      title: options.title,
      summary: report.comment_markdown,
      detailsUrl: environment.runUrl,
      externalId: checkRunId(environment)
    }, policy);
    if (check.kind === "none") {
      readOnly = true;
      skipped.push(`no check run: ${check.reason}`);
    }
  }
}
function checkRunId(environment) {
  return `mlgate:${environment.runId ?? "local"}.${environment.runAttempt ?? "1"}:${randomUUID()}`;
}
function defaultKey(context, matrixKey) {
  return [context.environment.workflow ?? "workflow", context.environment.job ?? "job", matrixKey].filter((part) => part !== void 0 && part !== "").join("/");
}

// shared/adapters/github/report-artifact.ts
import { createHash } from "node:crypto";
import { dirname, resolve as resolve2 } from "node:path";
function reportArtifactName(prefix, job, matrix) {
  const parts = [prefix, job ?? "job"];
  if (matrix) parts.push(createHash("sha256").update(matrix).digest("hex").slice(0, 12));
  return parts.join("-").replace(/["':<>|*?\\/\r\n]/g, "_");
}
async function uploadReportArtifact(name, paths) {
  const files = paths.map((path) => resolve2(path));
  let root = dirname(files[0]);
  while (!files.every((file) => file.startsWith(`${root}/`))) root = dirname(root);
  return uploadWorkflowArtifact(name, files, root);
}

// shared/commands/gate.ts
var QUIET = { info: () => void 0, warning: () => void 0 };
async function gate(options) {
  if (!options.evaluation && !options.drift && !options.abtest) throw new InputError("gate needs an evaluation (--evaluation), a drift report (--drift) or an A/B decision (--abtest)");
  const log = options.log ?? QUIET;
  const environment = options.environment ?? currentEnvironment();
  const evaluation = options.evaluation ? readEvaluation(options.evaluation) : void 0;
  const drift = options.drift ? readDrift(options.drift) : void 0;
  const abtest = options.abtest ? readAbTest(options.abtest) : void 0;
  const task = evaluation?.task ?? "binary";
  const policyPath = options.policy ?? (options.lookUpPolicy === false ? void 0 : findPolicyFile(repositoryRoot(options.cwd ?? process.cwd(), environment.workspace)));
  if (!options.policy && policyPath) log.info(`policy: ${policyPath} (found at the repository root)`);
  let policy = policyPath ? policyFromYaml(readPolicyFile(policyPath), policyPath, task) : defaultPolicy(task);
  if (!policyPath && evaluation && evaluation.intervals === null) {
    const [metric] = Object.keys(policy.metrics);
    const has = (m) => m !== void 0 && Object.hasOwn(m, metric);
    if (!has(evaluation.metrics) && !has(evaluation.baseline_metrics)) {
      throw new InputError(`${options.evaluation}: without --policy the gate checks \`${metric}\` (the ${task} default), which the metrics files do not have; give a policy naming the metrics to gate (the candidate has: ${Object.keys(evaluation.metrics).slice(0, 20).join(", ") || "none"})`);
    }
  }
  const slices = evaluation && policy.slices ? evaluationSlices(evaluation, options.evaluation) : {};
  const cumulative = Object.entries(policy.metrics).filter(([, rule]) => rule.max_cumulative_drop !== void 0).map(([metric]) => metric);
  let history;
  if (options.model && evaluation) {
    const versions = options.trendVersions ?? policy.trend?.versions ?? DEFAULT_TREND_VERSIONS;
    if (!(Number.isSafeInteger(versions) && versions >= 1 && versions <= MAX_TREND_VERSIONS)) throw new InputError(`trend-versions must be a whole number from 1 to ${MAX_TREND_VERSIONS}, got ${versions}`);
    const primary = PRIMARY_METRIC[task];
    const metric = policy.trend?.metric ?? (Object.hasOwn(evaluation.metrics, primary) || Object.hasOwn(policy.metrics, primary) ? primary : Object.keys(policy.metrics)[0]);
    policy = { ...policy, trend: { versions, metric } };
    const registry = openRegistry(options.store, { environment, token: options.token, warn: (m) => log.warning(m) });
    const read = await readMetricHistory(registry, options.model, versions);
    for (const note of read.notes) log.warning(note);
    log.info(`trend: ${read.history.length} published versions of ${options.model} in the ${registry.description}`);
    history = read.history;
  } else if (cumulative.length > 0 && evaluation) {
    throw new InputError(`${policyPath}: \`metrics.${cumulative[0]}.max_cumulative_drop\` compares with the model's published versions: give the model (--model, and --store when it is not the default registry)`);
  } else if (policy.trend && evaluation) {
    log.warning(`${policyPath}: \`trend\` needs the model (--model): no trend drawn`);
  }
  const result = applyPolicy({ evaluation, drift, ...abtest ? { abtest } : {}, policy, ...slices.slices ? { slices: slices.slices } : {}, ...slices.error !== void 0 ? { slicesError: slices.error } : {}, ...history ? { history } : {} });
  const input = {
    gate: result,
    evaluation,
    drift,
    ...options.title ? { title: options.title } : {},
    ...options.baselineLabel ? { baselineLabel: options.baselineLabel } : {},
    ...options.candidateLabel ? { candidateLabel: options.candidateLabel } : {}
  };
  const markdown = renderReport(input);
  const comment = options.commentLimit ? renderReportWithin(input, options.commentLimit, { fullReportAt: options.fullReportAt ?? "the job summary", full: markdown }) : markdown;
  const summary = options.summaryBytes ? renderReportWithin(input, options.summaryBytes, { fullReportAt: "the report-markdown and report-json outputs", limitName: "GitHub's job summary limit", measure: utf8Bytes, full: markdown }) : markdown;
  return {
    ...result,
    policy,
    markdown,
    comment_markdown: comment,
    summary_markdown: summary,
    ...(options.model ?? options.recordedModel) !== void 0 ? { model: checkModelName(options.model ?? options.recordedModel) } : {},
    headline: gateHeadline({ evaluation, drift, policy }),
    ...options.html ? { html: gateHtml({ gate: result, evaluation, drift, ...options.title ? { title: options.title } : {} }) } : {}
  };
}
var MAX_TREND_VERSIONS = 50;
var COMMENT_BUDGET = COMMENT_LIMIT - 512;
async function runGate(options) {
  const { summary_markdown: summary, html, ...report } = await gate({
    html: options.html,
    summaryBytes: SUMMARY_BUDGET_BYTES,
    evaluation: options.evaluation,
    drift: options.drift,
    abtest: options.abtest,
    policy: options.policy,
    title: options.title,
    model: options.model,
    store: options.store,
    trendVersions: options.trendVersions,
    token: options.token,
    environment: options.environment,
    log: options.log,
    commentLimit: COMMENT_BUDGET,
    fullReportAt: options.environment.runUrl ? `the job summary of ${options.environment.runUrl}` : "the output of `mlgate gate`",
    // Without `model`, a comment key that is a model name is recorded for `gate --aggregate` (no trend is read for it).
    recordedModel: modelNameOrNothing(options.commentKey)
  });
  if (options.markdownPath) writeFileAtomic(options.markdownPath, report.markdown);
  if (!options.comment && !options.checkRun) return { report, summary, html, posted: null, artifactId: null, artifactName: null };
  if (!options.token) {
    const reason = "no GitHub token (the action's github-token input is empty, as for a fork's pull request that cannot read the secret; the CLI reads GITHUB_TOKEN)";
    options.log.warning(`nothing posted: ${reason}; the report is in the job summary`);
    const artifact2 = options.reportArtifact ? await handOnReport(options.reportArtifact, report, options) : NO_ARTIFACT;
    return { report, summary, html, posted: null, ...artifact2, ...options.commentRequired ? { notPosted: `comment: required, but not posted: ${reason}` } : {} };
  }
  const matrix = matrixOf(options);
  const posted = await postReport(report, {
    token: options.token,
    comment: options.comment,
    checkRun: options.checkRun,
    checkName: options.checkName,
    title: `${options.title}: ${report.verdict}`,
    log: options.log,
    environment: options.environment,
    ...options.pullRequest ? { pullRequest: options.pullRequest } : {},
    ...options.commentAuthor ? { commentAuthor: options.commentAuthor } : {},
    ...options.commentKey ? { key: options.commentKey } : {},
    ...matrix ? { matrixKey: matrix } : {}
  });
  if (posted.comment) options.log.info(`comment ${posted.comment.action}: ${posted.comment.url}`);
  for (const reason of posted.skipped) options.log.warning(reason);
  for (const { part, error } of posted.failed) options.log.warning(`no ${part === "comment" ? "comment" : "check run"}: ${error.message} (the report is in the job summary)`);
  const artifact = posted.readOnly && options.reportArtifact ? await handOnReport(options.reportArtifact, report, options) : NO_ARTIFACT;
  const commentFailure = posted.failed.find((f) => f.part === "comment")?.error.message;
  const notPosted = options.commentRequired && !posted.comment ? `comment: required, but not posted: ${commentFailure ?? posted.skipped.find((reason) => reason.startsWith("no comment")) ?? "unknown reason"}` : void 0;
  return { report, summary, html, posted, ...artifact, ...notPosted ? { notPosted } : {} };
}
async function handOnReport(prefix, report, options) {
  const name = reportArtifactName(prefix, options.environment.job, matrixOf(options));
  if (isEnterpriseServer(options.environment.serverUrl)) {
    options.log.warning(`report artifact \`${name}\` not uploaded: the artifact hand-off is unavailable on GitHub Enterprise Server (the toolkit's artifact client refuses it); the report is in the job summary`);
    return NO_ARTIFACT;
  }
  try {
    const folder = mkdtempSync(join2(tmpdir(), "mlgate-report-"));
    writeFileAtomic(join2(folder, "gate.json"), encodeGateReport(report));
    writeFileAtomic(join2(folder, "gate.md"), report.markdown);
    const files = [join2(folder, "gate.json"), join2(folder, "gate.md")];
    for (const [source, copy] of [[options.evaluation, "evaluation.json"], [options.drift, "drift.json"], [options.abtest, "abtest.json"]]) {
      if (!source) continue;
      copyFileSync(source, join2(folder, copy));
      files.push(join2(folder, copy));
    }
    const uploaded = await uploadReportArtifact(name, files);
    options.log.info(`uploaded the report as artifact \`${name}\` (${uploaded.size ?? "?"} bytes) for a workflow_run job to post`);
    return { artifactId: uploaded.id ?? null, artifactName: name };
  } catch (error) {
    options.log.warning(`could not upload the report artifact \`${name}\`: ${error.message}`);
    return NO_ARTIFACT;
  }
}
var NO_ARTIFACT = { artifactId: null, artifactName: null };
function matrixOf(options) {
  return options.matrix && options.matrix !== "null" ? options.matrix : void 0;
}
function modelNameOrNothing(key) {
  if (key === void 0) return void 0;
  try {
    return checkModelName(key);
  } catch {
    return void 0;
  }
}
function readPolicyFile(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new InputError(`${path}: policy file not found`);
  }
}

export {
  postReport,
  gate,
  MAX_TREND_VERSIONS,
  COMMENT_BUDGET,
  runGate
};
