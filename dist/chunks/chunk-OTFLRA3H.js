import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  SLICE_ALIGN,
  SLICE_HEADER,
  SLICE_LEGEND,
  changedRowsMarkdown,
  labelTableMarkdown,
  modelDiffMarkdown,
  predictionDiffHeadline,
  sliceCells,
  slicesHeadline
} from "./chunk-H3Z3KSEM.js";
import {
  markdownTable
} from "./chunk-HABCSNGL.js";
import {
  worsening
} from "./chunk-4LMMAYPW.js";
import {
  escapeMarkdown
} from "./chunk-HAEUDPHK.js";
import {
  formatCount,
  formatNumber,
  formatPercent
} from "./chunk-Z5GXLVDD.js";

// shared/render/fit-lists.ts
function fitLists(lists, assemble, limit, measure) {
  const shown = lists.map(() => 0);
  let room = limit - measure(assemble(shown));
  lists.forEach((list, i) => {
    const { items, lead } = Array.isArray(list) ? { items: list, lead: void 0 } : list;
    for (const item of items) {
      const cost = measure(item) + 1 + (shown[i] === 0 && lead ? measure(lead) + 2 : 0);
      if (cost > room) break;
      room -= cost;
      shown[i]++;
    }
  });
  let text = assemble(shown);
  while (measure(text) > limit) {
    const last = shown.findLastIndex((n) => n > 0);
    if (last < 0) throw new RangeError(`the report does not fit in ${limit} even with every list left out`);
    shown[last] = Math.floor(shown[last] / 2);
    text = assemble(shown);
  }
  return text;
}

// shared/core/gate/slices.ts
var SLICE_ALPHA = 0.05;
function judgeSlices(slices, policy, directionOf) {
  const verdicts = slices.filter((s) => policy.metrics.includes(s.metric) && policy.columns.includes(s.column)).map((slice, index) => {
    const sign = directionOf(slice.metric) === "higher" ? -1 : 1;
    const worsening2 = slice.delta === null ? NaN : sign * slice.delta;
    const bestCase = slice.interval === null ? NaN : Math.min(sign * slice.interval[0], sign * slice.interval[1]);
    const status = slice.gated === false || !(slice.n >= policy.min_slice_rows) ? "small" : worsening2 <= policy.max_drop || Number.isNaN(worsening2) ? "ok" : bestCase > policy.max_drop && slice.adjusted_p_value !== null && slice.adjusted_p_value < SLICE_ALPHA ? "regressed" : "noise";
    return { verdict: { ...slice, status, worsening: Number.isNaN(worsening2) ? null : worsening2 }, bestCase, index };
  });
  const rank = { regressed: 0, noise: 1, ok: 2, small: 3 };
  return verdicts.sort((a, b) => rank[a.verdict.status] - rank[b.verdict.status] || (a.verdict.status === "regressed" ? b.bestCase - a.bestCase : 0) || ((b.verdict.worsening ?? -Infinity) - (a.verdict.worsening ?? -Infinity) || 0) || a.index - b.index).map((v) => v.verdict);
}
function sliceName(slice) {
  return `${slice.column}=${slice.value} (${slice.metric})`;
}
function sliceSummary(verdicts, policy) {
  const count = (status) => verdicts.filter((v) => v.status === status).length;
  const parts = [
    `${verdicts.length} slices of ${policy.columns.join(", ")} compared (${policy.metrics.join(", ")}; tolerated drop ${formatNumber(policy.max_drop)})`,
    `${count("regressed")} regressed beyond noise`,
    ...count("noise") > 0 ? [`${count("noise")} worse but within noise`] : [],
    ...count("small") > 0 ? [`${count("small")} with fewer than ${policy.min_slice_rows} rows shown, not gated`] : []
  ];
  return parts.join("; ");
}

// shared/core/gate/trend.ts
function trendOf(history, metric, direction, versions, candidate) {
  const points = history.filter((h) => Object.hasOwn(h.metrics, metric) && Number.isFinite(h.metrics[metric])).map((h) => ({ version: h.version, value: h.metrics[metric] })).slice(-versions);
  return { metric, direction, points, candidate: candidate !== void 0 && Number.isFinite(candidate) ? candidate : null };
}
function consecutiveDrops(trend2) {
  if (trend2.candidate === null) return 0;
  const values = [...trend2.points.map((p) => p.value), trend2.candidate];
  const sign = trend2.direction === "higher" ? -1 : 1;
  let drops = 0;
  for (let i = values.length - 1; i > 0; i--) {
    if (sign * (values[i] - values[i - 1]) > 0) drops++;
    else break;
  }
  return drops;
}
function cumulativeDrop(trend2) {
  const [reference] = trend2.points;
  if (!reference || trend2.candidate === null) return void 0;
  const sign = trend2.direction === "higher" ? -1 : 1;
  return { reference, worsening: sign * (trend2.candidate - reference.value), drops: consecutiveDrops(trend2) };
}
function trendPath(trend2) {
  const steps = [...trend2.points.map((p) => `${formatNumber(p.value)} (v${p.version})`), ...trend2.candidate !== null ? [`${formatNumber(trend2.candidate)} (candidate)`] : []];
  return steps.join(" \u2192 ");
}
function ordinal(n) {
  const words = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
  return n < words.length ? words[n] : `${n}th`;
}

// shared/render/pr-report.ts
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var RANK = { pass: 0, warn: 1, fail: 2 };
function renderReport(input) {
  const parts = [`## ${ICON[input.gate.verdict]} ${escapeMarkdown(input.title ?? "mlgate")}: ${input.gate.verdict}`];
  if (input.evaluation) parts.push(metricsSection(input.evaluation, input, { slices: !input.gate.slices }));
  if (input.gate.slices) parts.push(slicesSection(input.gate.slices));
  if (input.gate.trend) parts.push(trendSection(input.gate.trend));
  if (input.drift) parts.push(driftSection(input.drift));
  parts.push(gateSection(input.gate));
  return `${parts.join("\n\n")}
`;
}
var characters = (text) => text.length;
function renderReportWithin(input, limit, fullReportAt) {
  const options = typeof fullReportAt === "string" ? { fullReportAt } : fullReportAt;
  const full = options.full ?? renderReport(input);
  return (options.measure ?? characters)(full) <= limit ? full : fit(input, limit, options, true);
}
function driftSectionWithin(drift, limit, options) {
  const full = driftSection(drift);
  return (options.measure ?? characters)(full) <= limit ? full : fit({ drift, gate: { verdict: "pass", checks: [] } }, limit, options, false).trimEnd();
}
function fit(input, limit, options, report) {
  const measure = options.measure ?? characters;
  const more = (count, what) => `_\u2026and ${formatCount(count)} more ${what}, left out to fit ${options.limitName ?? "GitHub's comment limit"}: the full report is in ${options.fullReportAt}._`;
  const sorted = report ? [...input.gate.checks].sort((a, b) => RANK[b.status] - RANK[a.status]) : [];
  const checks = sorted.map(checkLine);
  const urgent = sorted.filter((c) => c.status !== "pass").length;
  const metrics = input.evaluation ? metricsTable(input.evaluation, input) : void 0;
  const scored = input.evaluation && input.evaluation.intervals !== null ? input.evaluation : void 0;
  const predictionDiff = scored?.prediction_diff;
  const diffBlocks = predictionDiff ? [labelTableMarkdown(predictionDiff), changedRowsMarkdown(predictionDiff)].filter((b) => b !== null) : [];
  const judged = report ? input.gate.slices : void 0;
  const evaluated = judged ? [] : scored?.slices ?? [];
  const slices = judged ? judged.map((v) => compactRow(judgedSliceCells(v))) : evaluated.map((s) => compactRow(sliceCells(s)));
  const drifted = input.drift ? worstFirst(input.drift).map((c) => compactRow(driftCells(c))) : [];
  const schema = input.drift ? schemaLines(input.drift, FITTED_NAMES) : [];
  const notes = input.drift ? columnNotes(input.drift) : [];
  const lists = [
    { items: checks.slice(0, urgent) },
    { items: metrics?.rows ?? [], lead: metrics ? compactHeader(metrics.header, metrics.align) : "" },
    // Slices come worst first, so the ones kept are the regressions a reviewer must see.
    { items: slices, lead: judged ? compactHeader(JUDGED_SLICE_HEADER, JUDGED_SLICE_ALIGN) : compactHeader(SLICE_HEADER, SLICE_ALIGN) },
    { items: drifted, lead: compactHeader(DRIFT_HEADER, DRIFT_ALIGN) },
    { items: checks.slice(urgent) },
    { items: schema },
    { items: notes },
    { items: diffBlocks }
  ];
  const block = (title, items, shown, what) => `${title}${shown > 0 ? `

${items.slice(0, shown).join("\n")}` : ""}${shown < items.length ? `

${more(items.length - shown, what)}` : ""}`;
  const assemble = ([urgentShown, metricsShown, slicesShown, driftedShown, passShown, schemaShown, notesShown, diffShown]) => {
    const parts = [];
    if (report) parts.push(`## ${ICON[input.gate.verdict]} ${escapeMarkdown(cut(input.title ?? "mlgate", 256))}: ${input.gate.verdict}`);
    if (input.evaluation && metrics) {
      const section = [metricsHeading(input.evaluation)];
      if (metricsShown > 0) section.push(`${lists[1].lead}
${metrics.rows.slice(0, metricsShown).join("\n")}${metrics.legend ? `

${metrics.legend}` : ""}`);
      if (metricsShown < metrics.rows.length) section.push(more(metrics.rows.length - metricsShown, "metrics"));
      parts.push(section.join("\n\n"));
    }
    if (predictionDiff) {
      const section = [`### Prediction diff

${predictionDiffHeadline(predictionDiff)}`, ...diffBlocks.slice(0, diffShown)];
      if (diffShown < diffBlocks.length) section.push(more(diffBlocks.length - diffShown, "prediction-diff tables"));
      parts.push(section.join("\n\n"));
    }
    if (judged || evaluated.length > 0) {
      const section = [judged ? sliceHeading(judged) : `### Slices

${slicesHeadline(evaluated)}`];
      if (slicesShown > 0) section.push(`${lists[2].lead}
${slices.slice(0, slicesShown).join("\n")}${judged ? "" : `

${SLICE_LEGEND}`}`);
      if (slicesShown < slices.length) section.push(more(slices.length - slicesShown, "slices"));
      parts.push(section.join("\n\n"));
    }
    if (report && input.gate.trend) parts.push(trendSection(input.gate.trend));
    if (input.drift) {
      const section = [`### Data drift

${driftHeadline(input.drift)}`];
      if (driftedShown > 0) section.push(`${lists[3].lead}
${drifted.slice(0, driftedShown).join("\n")}`);
      if (driftedShown < drifted.length) section.push(more(drifted.length - driftedShown, "drifted columns"));
      if (schema.length > 0) section.push(block("**Schema changes**", schema, schemaShown, "schema changes"));
      if (notes.length > 0) section.push(block("**Notes**", notes, notesShown, "notes"));
      section.push(`_The table of all ${formatCount(input.drift.columns.length)} columns is in ${options.fullReportAt}._`);
      parts.push(section.join("\n\n"));
    }
    if (report) {
      const shownChecks = [...checks.slice(0, urgentShown), ...checks.slice(urgent, urgent + passShown)];
      const hidden = checks.length - shownChecks.length;
      const hiddenUrgent = urgent - urgentShown;
      const lines = checks.length === 0 ? "_No checks configured._" : shownChecks.join("\n");
      const moreChecks = hidden > 0 ? more(hidden, `checks${hiddenUrgent > 0 ? ` (${formatCount(hiddenUrgent)} failing or warning)` : ""}`) : "";
      parts.push(`### Gate: ${input.gate.verdict}

${[lines, moreChecks].filter(Boolean).join("\n\n")}`);
    }
    return `${parts.join("\n\n")}
`;
  };
  return fitLists(lists, assemble, limit, measure);
}
var FITTED_NAMES = 10;
var FITTED_MESSAGE = 1e3;
function checkLine(c) {
  return `- ${ICON[c.status]} **${escapeMarkdown(c.subject)}** (${escapeMarkdown(c.kind)}): ${escapeMarkdown(cut(c.message, FITTED_MESSAGE))}`;
}
function cut(text, max) {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}
function worstFirst(drift) {
  const critical = new Set(drift.critical_columns_drifted);
  const margin = (c) => {
    const p = c.adjusted_p_value ?? c.p_value;
    if (p !== null) return p > 0 ? c.threshold / p : Infinity;
    return c.threshold > 0 && c.statistic !== null ? c.statistic / c.threshold : 0;
  };
  return drift.columns.map((c, i) => ({ c, i, critical: critical.has(c.name), margin: margin(c) })).filter(({ c }) => c.drifted && c.statistic !== null).sort((a, b) => Number(b.critical) - Number(a.critical) || (b.margin === a.margin ? 0 : b.margin > a.margin ? 1 : -1) || a.i - b.i).map(({ c }) => c);
}
var DRIFT_HEADER = ["column", "type", "method", "statistic", "p-value (adj.)", "threshold", "drift"];
var DRIFT_ALIGN = ["l", "l", "l", "r", "r", "r", "l"];
function driftCells(c) {
  return [
    escapeMarkdown(c.name),
    escapeMarkdown(c.kind),
    escapeMarkdown(c.method),
    c.statistic === null ? "\u2014" : fmt(c.statistic),
    c.p_value !== null ? `${fmt(c.p_value)} (${fmt(c.adjusted_p_value ?? c.p_value)})` : c.significance ? `${escapeMarkdown(c.significance.test)}: ${fmt(c.significance.p_value)} (${fmt(c.significance.adjusted_p_value ?? c.significance.p_value)})` : "\u2014",
    fmt(c.threshold),
    c.statistic === null ? `n/a: ${escapeMarkdown(c.note ?? "")}` : c.drifted ? "\u{1F534} yes" : "no"
  ];
}
function compactRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function compactHeader(header, align) {
  return `${compactRow(header)}
| ${align.map((a) => a === "r" ? "--:" : ":--").join(" | ")} |`;
}
function metricsSection(evaluation, input = {}, { slices = true } = {}) {
  const table = metricsTable(evaluation, input);
  const diff = evaluation.intervals === null ? "" : modelDiffMarkdown(evaluation, { slices });
  return `${metricsHeading(evaluation)}

${markdownTable([table.header, ...table.cells], { align: table.align })}${table.legend ? `

${table.legend}` : ""}${diff ? `

${diff}` : ""}`;
}
function metricsHeading(evaluation) {
  if (evaluation.intervals === null) {
    const { candidate, baseline } = evaluation.source;
    const file = (f) => `${escapeMarkdown(f.path)} (${escapeMarkdown(FORMAT_NAMES[f.format] ?? f.format)})`;
    return `### Metrics (${escapeMarkdown(evaluation.task)}, from metrics files)

_No intervals: read from ${file(candidate)}${baseline ? ` and the baseline's ${file(baseline)}` : ""}, not computed from per-row predictions; the gate compares them by threshold only._`;
  }
  return `### Metrics (${escapeMarkdown(evaluation.task)}, ${formatCount(evaluation.n)} rows)`;
}
var FORMAT_NAMES = {
  json: "JSON",
  yaml: "YAML",
  toml: "TOML",
  dvclive: "DVCLive",
  huggingface: "Hugging Face Trainer",
  lightning: "Lightning CSVLogger",
  keras: "Keras CSVLogger",
  mlflow: "MLflow"
};
function fileMetricsTable(evaluation, input) {
  const baselineName = escapeMarkdown(input.baselineLabel ?? "baseline");
  const candidateName = escapeMarkdown(input.candidateLabel ?? "candidate");
  const base = evaluation.baseline_metrics;
  let header;
  let cells;
  if (!base) {
    header = ["metric", candidateName];
    cells = Object.entries(evaluation.metrics).map(([name, value]) => [escapeMarkdown(name), fmt(value)]);
  } else {
    header = ["metric", baselineName, candidateName, "\u0394", ""];
    cells = [
      ...Object.entries(evaluation.metrics).map(([name, value]) => Object.hasOwn(base, name) ? [escapeMarkdown(name), fmt(base[name]), fmt(value), signed(value - base[name]), ""] : [escapeMarkdown(name), "\u2014", fmt(value), "\u2014", "**new**"]),
      ...Object.entries(base).filter(([name]) => !Object.hasOwn(evaluation.metrics, name)).map(([name, value]) => [escapeMarkdown(name), fmt(value), "\u2014", "\u2014", "**missing**"])
    ];
  }
  const nonFinite = (evaluation.notes ?? []).filter((note) => /^`[^`]*` is (?:NaN|-?Infinity) in /.test(note));
  const warnings = [...nonFinite.slice(0, 10), ...nonFinite.length > 10 ? [`\u2026 and ${nonFinite.length - 10} more`] : []].map((note) => `- \u26A0\uFE0F ${escapeMarkdown(note)}`);
  const legend = [
    ...base ? ["<sub>**new**: only the candidate has it; **missing**: only the baseline has it. \u0394 is candidate \u2212 baseline, with no interval.</sub>"] : [],
    ...warnings.length > 0 ? [warnings.join("\n")] : []
  ].join("\n\n");
  const align = ["l", ...header.slice(1).map(() => "r")];
  return { header, align, cells, rows: cells.map(compactRow), legend };
}
function metricsTable(evaluation, input) {
  if (evaluation.intervals === null) return fileMetricsTable(evaluation, input);
  const baselineName = escapeMarkdown(input.baselineLabel ?? "baseline");
  const candidateName = escapeMarkdown(input.candidateLabel ?? "candidate");
  const hasBaseline = evaluation.comparison !== void 0 && evaluation.baseline_metrics !== void 0;
  const header = hasBaseline ? ["metric", baselineName, candidateName, "\u0394", "95% CI of \u0394", "test", ""] : ["metric", candidateName, "95% CI"];
  const cells = Object.entries(evaluation.metrics).map(([name, value]) => {
    const interval = evaluation.intervals[name];
    if (!hasBaseline) return [escapeMarkdown(name), fmt(value), interval ? range(interval) : "\u2014"];
    const comparison = evaluation.comparison[name];
    const base = evaluation.baseline_metrics[name];
    if (!comparison || base === void 0) return [escapeMarkdown(name), base === void 0 ? "\u2014" : fmt(base), fmt(value), "\u2014", "\u2014", "\u2014", ""];
    return [escapeMarkdown(name), fmt(base), fmt(value), signed(comparison.delta), range(comparison.interval), testCell(comparison), trend(name, comparison.delta, comparison.interval)];
  });
  const legend = hasBaseline ? "<sub>\u25B2 better, \u25BC worse: the 95% interval of the paired difference (same rows resampled for both models) excludes zero; \xB7 no significant change. Accuracy also gets McNemar's exact test, ROC AUC DeLong's test. Higher is better except for losses and errors.</sub>" : "";
  const align = ["l", ...header.slice(1).map(() => "r")];
  return { header, align, cells, rows: cells.map(compactRow), legend };
}
var TEST_NAMES = { mcnemar_exact: "McNemar", delong: "DeLong", paired_bootstrap: "bootstrap" };
function testCell(comparison) {
  const name = Object.hasOwn(TEST_NAMES, comparison.test) ? TEST_NAMES[comparison.test] : escapeMarkdown(comparison.test);
  return comparison.p_value === void 0 ? name : `${name} p=${fmt(comparison.p_value)}`;
}
function trend(metric, delta, [low, high]) {
  if (low <= 0 && high >= 0) return "\xB7";
  const better = worsening(metric, delta) < 0;
  return better ? "\u25B2" : "\u25BC";
}
function driftSection(drift) {
  const drifted = drift.columns.filter((c) => c.statistic !== null && c.drifted);
  const table = (columns) => markdownTable([DRIFT_HEADER, ...columns.map(driftCells)], { align: [...DRIFT_ALIGN] });
  const parts = [`### Data drift

${driftHeadline(drift)}`];
  if (drifted.length > 0) parts.push(table(drifted));
  const schema = schemaLines(drift);
  if (schema.length > 0) parts.push(`**Schema changes**

${schema.join("\n")}`);
  const notes = columnNotes(drift);
  if (notes.length > 0) parts.push(`**Notes**

${notes.join("\n")}`);
  parts.push(`<details><summary>All ${drift.columns.length} columns</summary>

${table(drift.columns)}

</details>`);
  return parts.join("\n\n");
}
function driftHeadline(drift) {
  const compared = drift.columns.filter((c) => c.statistic !== null);
  const drifted = compared.filter((c) => c.drifted);
  return `**${drifted.length} of ${compared.length} columns drifted** (${formatPercent(drift.share_drifted)}); dataset drift ${drift.dataset_drifted ? "**detected**" : "not detected"} (threshold ${formatPercent(drift.drift_share_threshold)}, p-values corrected with ${correctionName(drift.correction)}).`;
}
function schemaLines(drift, maxNames = Infinity) {
  const { added, dropped, type_changed, missing_rate_changed, missing_rate_threshold } = drift.schema;
  const names = (list) => list.slice(0, maxNames).map((n) => `**${escapeMarkdown(n)}**`).join(", ") + (list.length > maxNames ? ` and ${formatCount(list.length - maxNames)} more` : "");
  return [
    ...added.length > 0 ? [`- \u26A0\uFE0F only in the current data (not compared): ${names(added)}`] : [],
    ...dropped.length > 0 ? [`- \u26A0\uFE0F only in the reference (not compared): ${names(dropped)}`] : [],
    ...type_changed.map((c) => `- \u26A0\uFE0F **${escapeMarkdown(c.name)}**: ${escapeMarkdown(c.reference)} in the reference, ${escapeMarkdown(c.current)} in the current data`),
    ...missing_rate_changed.map((c) => `- \u26A0\uFE0F **${escapeMarkdown(c.name)}**: missing ${formatPercent(c.reference)} \u2192 ${formatPercent(c.current)} (a change of ${formatPercent(missing_rate_threshold)} or more)`)
  ];
}
function columnNotes(drift) {
  return [
    ...drift.not_compared.map((c) => `- **${escapeMarkdown(c.name)}** not compared: ${escapeMarkdown(c.reason)}`),
    ...drift.columns.flatMap((c) => [
      ...c.stray_tokens ? [`- **${escapeMarkdown(c.name)}**: ${formatCount(c.stray_tokens.cells.reference)} reference and ${formatCount(c.stray_tokens.cells.current)} current cells holding ${c.stray_tokens.tokens.map((t) => `**${escapeMarkdown(t)}**`).join(", ")} read as missing`] : [],
      ...c.statistic !== null && c.note ? [`- **${escapeMarkdown(c.name)}**: ${escapeMarkdown(c.note)}`] : []
    ])
  ];
}
function gateSection(gate) {
  const lines = gate.checks.map((c) => `- ${ICON[c.status]} **${escapeMarkdown(c.subject)}** (${escapeMarkdown(c.kind)}): ${escapeMarkdown(c.message)}`);
  return `### Gate: ${gate.verdict}

${lines.length > 0 ? lines.join("\n") : "_No checks configured._"}`;
}
function correctionName(correction) {
  return { bh: "Benjamini\u2013Hochberg", bonferroni: "Bonferroni", none: "no correction" }[correction] ?? escapeMarkdown(String(correction));
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
var JUDGED_SLICE_HEADER = ["slice", "rows", "baseline", "candidate", "\u0394", "95% CI of \u0394", "adj. p", ""];
var JUDGED_SLICE_ALIGN = ["l", "r", "r", "r", "r", "r", "r", "l"];
var SLICE_MARK = { regressed: "\u{1F534} regressed", noise: "worse, within noise", small: "too few rows: not gated", ok: "\xB7" };
function judgedSliceCells(v) {
  const or = (x, show) => x === null ? "\u2014" : show(x);
  const mark = [SLICE_MARK[v.status] ?? "", ...v.note ? [escapeMarkdown(v.note)] : []].join(" ");
  return [escapeMarkdown(sliceName(v)), formatCount(v.n), or(v.baseline, fmt), or(v.candidate, fmt), or(v.delta, signed), or(v.interval, range), or(v.adjusted_p_value, fmt), mark];
}
function sliceHeading(slices) {
  const regressed = slices.filter((v) => v.status === "regressed").length;
  return `### Slices

**${formatCount(regressed)} of ${formatCount(slices.length)} slices regressed** beyond noise (the whole 95% interval of \u0394 past the tolerated drop and a Benjamini\u2013Hochberg adjusted p < 0.05); regressed slices first.`;
}
function slicesSection(slices) {
  if (slices.length === 0) return `${sliceHeading(slices)}

_No slices of the policy's columns in the evaluation._`;
  return `${sliceHeading(slices)}

${markdownTable([JUDGED_SLICE_HEADER, ...slices.map(judgedSliceCells)], { align: [...JUDGED_SLICE_ALIGN] })}`;
}
function trendSection(trend2) {
  const drops = consecutiveDrops(trend2);
  const values = [...trend2.points.map((p) => `${fmt(p.value)} (v${escapeMarkdown(p.version)})`), ...trend2.candidate !== null ? [`**${fmt(trend2.candidate)} (candidate)**`] : []];
  const line = trend2.points.length === 0 ? "_No published version has this metric yet._" : `${values.join(" \u2192 ")}${drops >= 2 ? ` \u2014 ${formatCount(drops)} drops in a row` : ""}`;
  return `### Trend: ${escapeMarkdown(trend2.metric)} (${trend2.direction} is better)

${line}${trend2.points.length > 0 ? `

\`\`\`mermaid
${trendMermaid(trend2)}
\`\`\`` : ""}`;
}
function trendMermaid(trend2) {
  const labels = [...trend2.points.map((p) => `v${p.version}`), ...trend2.candidate !== null ? ["candidate"] : []];
  const values = [...trend2.points.map((p) => p.value), ...trend2.candidate !== null ? [trend2.candidate] : []].filter((v) => Number.isFinite(v));
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.01, 1e-6);
  low -= pad;
  high += pad;
  const decimals = Math.min(12, Math.max(2, Math.ceil(-Math.log10(high - low)) + 3));
  const number = (x) => Number.isFinite(x) ? trimZeros(x.toFixed(decimals)) : trimZeros(((low + high) / 2).toFixed(decimals));
  return [
    "xychart-beta",
    `  title "${mermaidLabel(`${trend2.metric} over the last ${trend2.points.length} published versions`, 80)}"`,
    `  x-axis [${labels.map((l) => `"${mermaidLabel(l, 40)}"`).join(", ")}]`,
    `  y-axis "${mermaidLabel(`${trend2.metric} (${trend2.direction} is better)`, 60)}" ${number(low)} --> ${number(high)}`,
    `  line [${[...trend2.points.map((p) => p.value), ...trend2.candidate !== null ? [trend2.candidate] : []].map(number).join(", ")}]`
  ].join("\n");
}
function mermaidLabel(text, max) {
  const safe = Array.from(text).map((c) => /[\p{L}\p{N} ._+\-/:()=,%@]/u.test(c) ? c : "_").join("");
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}\u2026`;
}
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

export {
  fitLists,
  judgeSlices,
  sliceName,
  sliceSummary,
  trendOf,
  consecutiveDrops,
  cumulativeDrop,
  trendPath,
  ordinal,
  renderReport,
  renderReportWithin,
  driftSectionWithin,
  metricsSection,
  driftSection,
  schemaLines,
  slicesSection,
  trendMermaid
};
