import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  formatNumber,
  markdownTable,
  worsening
} from "./chunk-RLRZG3RK.js";

// shared/report/pr-report.ts
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var FULL = { allColumns: true, driftedRows: Infinity, fullReportAt: "" };
function renderReport(input, detail = FULL) {
  const parts = [`## ${ICON[input.gate.verdict]} ${escapeMarkdown(input.title ?? "mlgate")}: ${input.gate.verdict}`];
  if (input.evaluation) parts.push(metricsSection(input.evaluation, input));
  if (input.drift) parts.push(driftSection(input.drift, detail));
  parts.push(gateSection(input.gate));
  return `${parts.join("\n\n")}
`;
}
function renderReportWithin(input, limit, fullReportAt) {
  const full = renderReport(input);
  if (full.length <= limit) return full;
  const drifted = input.drift?.columns.filter((c) => c.drifted).length ?? 0;
  const attempt = (rows) => renderReport(input, { allColumns: false, driftedRows: rows, fullReportAt });
  if (attempt(drifted).length <= limit) return attempt(drifted);
  let low = 0;
  let high = drifted;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (attempt(middle).length <= limit) low = middle;
    else high = middle - 1;
  }
  const fitted = attempt(low);
  if (fitted.length > limit) throw new RangeError(`the report does not fit in ${limit} characters even without its drift tables`);
  return fitted;
}
function metricsSection(evaluation, input = {}) {
  const baselineName = escapeMarkdown(input.baselineLabel ?? "baseline");
  const candidateName = escapeMarkdown(input.candidateLabel ?? "candidate");
  const hasBaseline = evaluation.comparison !== void 0 && evaluation.baseline_metrics !== void 0;
  const header = hasBaseline ? ["metric", baselineName, candidateName, "\u0394", "95% CI of \u0394", "test", ""] : ["metric", candidateName, "95% CI"];
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const interval = evaluation.intervals[name];
    if (!hasBaseline) return [escapeMarkdown(name), fmt(value), interval ? range(interval) : "\u2014"];
    const comparison = evaluation.comparison[name];
    const base = evaluation.baseline_metrics[name];
    if (!comparison || base === void 0) return [escapeMarkdown(name), base === void 0 ? "\u2014" : fmt(base), fmt(value), "\u2014", "\u2014", "\u2014", ""];
    return [escapeMarkdown(name), fmt(base), fmt(value), signed(comparison.delta), range(comparison.interval), testCell(comparison), trend(name, comparison.delta, comparison.interval)];
  });
  const direction = hasBaseline ? "\n\n<sub>\u25B2 better, \u25BC worse: the 95% interval of the paired difference (same rows resampled for both models) excludes zero; \xB7 no significant change. Accuracy also gets McNemar's exact test, ROC AUC DeLong's test. Higher is better except for losses and errors.</sub>" : "";
  return `### Metrics (${evaluation.task}, ${evaluation.n} rows)

${markdownTable([header, ...rows], { align: ["l", ...header.slice(1).map(() => "r")] })}${direction}`;
}
var TEST_NAMES = { mcnemar_exact: "McNemar", delong: "DeLong", paired_bootstrap: "bootstrap" };
function testCell(comparison) {
  const name = TEST_NAMES[comparison.test] ?? escapeMarkdown(comparison.test);
  return comparison.p_value === void 0 ? name : `${name} p=${fmt(comparison.p_value)}`;
}
function trend(metric, delta, [low, high]) {
  if (low <= 0 && high >= 0) return "\xB7";
  const better = worsening(metric, delta) < 0;
  return better ? "\u25B2" : "\u25BC";
}
function driftSection(drift, detail = FULL) {
  const compared = drift.columns.filter((c) => c.statistic !== null);
  const drifted = compared.filter((c) => c.drifted);
  const headline = `**${drifted.length} of ${compared.length} columns drifted** (${pct(drift.share_drifted)}); dataset drift ${drift.dataset_drifted ? "**detected**" : "not detected"} (threshold ${pct(drift.drift_share_threshold)}, p-values corrected with ${correctionName(drift.correction)}).`;
  const table = (columns) => markdownTable([
    ["column", "type", "method", "statistic", "p-value (adj.)", "threshold", "drift"],
    ...columns.map((c) => [
      escapeMarkdown(c.name),
      c.kind,
      c.method,
      c.statistic === null ? "\u2014" : fmt(c.statistic),
      c.p_value !== null ? `${fmt(c.p_value)} (${fmt(c.adjusted_p_value ?? c.p_value)})` : c.significance ? `${c.significance.test}: ${fmt(c.significance.p_value)} (${fmt(c.significance.adjusted_p_value ?? c.significance.p_value)})` : "\u2014",
      fmt(c.threshold),
      c.statistic === null ? `n/a: ${escapeMarkdown(c.note ?? "")}` : c.drifted ? "\u{1F534} yes" : "no"
    ])
  ], { align: ["l", "l", "l", "r", "r", "r", "l"] });
  const parts = [`### Data drift

${headline}`];
  const shown = drifted.slice(0, detail.driftedRows);
  if (shown.length > 0) parts.push(table(shown));
  if (shown.length < drifted.length) parts.push(`_\u2026and ${drifted.length - shown.length} more drifted columns, left out to fit GitHub's comment limit: the full report is in ${detail.fullReportAt}._`);
  if (detail.allColumns) parts.push(`<details><summary>All ${drift.columns.length} columns</summary>

${table(drift.columns)}

</details>`);
  else parts.push(`_The table of all ${drift.columns.length} columns is in ${detail.fullReportAt}._`);
  return parts.join("\n\n");
}
function gateSection(gate) {
  const lines = gate.checks.map((c) => `- ${ICON[c.status]} **${escapeMarkdown(c.subject)}** (${c.kind}): ${escapeMarkdown(c.message)}`);
  return `### Gate: ${gate.verdict}

${lines.length > 0 ? lines.join("\n") : "_No checks configured._"}`;
}
function correctionName(correction) {
  return { bh: "Benjamini\u2013Hochberg", bonferroni: "Bonferroni", none: "no correction" }[correction];
}
function fmt(x) {
  return formatNumber(x);
}
function signed(x) {
  return `${x >= 0 ? "+" : ""}${fmt(x)}`;
}
function range([low, high]) {
  return `[${fmt(low)}, ${fmt(high)}]`;
}
function pct(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}

export {
  renderReport,
  renderReportWithin,
  metricsSection,
  driftSection
};
