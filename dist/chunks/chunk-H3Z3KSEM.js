import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  markdownTable
} from "./chunk-HABCSNGL.js";
import {
  escapeMarkdown
} from "./chunk-HAEUDPHK.js";
import {
  HIGHER_IS_BETTER
} from "./chunk-TBG5Q2I6.js";
import {
  NOT_A_NUMBER,
  formatNumber
} from "./chunk-Z5GXLVDD.js";

// shared/render/model-diff-markdown.ts
function thousands(x) {
  return typeof x === "number" && Number.isInteger(x) ? x.toLocaleString("en-US") : NOT_A_NUMBER;
}
function predictionDiffHeadline(diff) {
  if ("tolerance" in diff) {
    const ties = diff.changed - diff.closer - diff.further;
    return `**${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed** (prediction moved by more than ${formatNumber(diff.tolerance)}): ${thousands(diff.closer)} closer to the truth, ${thousands(diff.further)} further${ties > 0 ? `, ${thousands(ties)} as far` : ""}.`;
  }
  return `**${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed**: ${thousands(diff.fixed)} fixed, ${thousands(diff.broken)} broken, ${thousands(diff.other)} other.`;
}
function labelTableMarkdown(diff) {
  if ("tolerance" in diff) return null;
  const rows = Object.keys(diff.table);
  const columns = [.../* @__PURE__ */ new Set([...rows, ...Object.values(diff.table).flatMap((cells) => Object.keys(cells))])];
  const cell = (row, column) => {
    const value = Object.hasOwn(diff.table[row], column) ? diff.table[row][column] : 0;
    return row === column ? thousands(value) : value > 0 ? `**${thousands(value)}**` : "0";
  };
  return markdownTable(
    [["baseline \u2193 \xB7 candidate \u2192", ...columns.map(escapeMarkdown)], ...rows.map((row) => [escapeMarkdown(row), ...columns.map((column) => cell(row, column))])],
    { align: ["l", ...columns.map(() => "r")] }
  );
}
var OUTCOME = {
  fixed: "\u2705 fixed",
  broken: "\u274C broken",
  other: "other",
  closer: "\u2705 closer",
  further: "\u274C further",
  same_distance: "as far"
};
function changedRowsMarkdown(diff) {
  if (diff.top.length === 0) return null;
  const regression = "tolerance" in diff;
  const features = [...new Set(diff.top.flatMap((row) => Object.keys(row.features)))];
  const header = ["id", "truth", "baseline", "candidate", regression ? "\u0394" : "\u0394 p(true class)", "outcome", ...features.map(escapeMarkdown)];
  const rows = diff.top.map((row) => [
    row.id === null ? `row ${thousands(row.row)}` : escapeMarkdown(row.id),
    escapeMarkdown(row.truth),
    escapeMarkdown(row.baseline),
    escapeMarkdown(row.candidate),
    row.delta === null ? "\u2014" : signed(row.delta),
    Object.hasOwn(OUTCOME, row.outcome) ? OUTCOME[row.outcome] : escapeMarkdown(String(row.outcome)),
    ...features.map((f) => Object.hasOwn(row.features, f) ? escapeMarkdown(row.features[f]) : "")
  ]);
  const table = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
  const what = regression ? "moved most" : "changed most";
  return `<details><summary>The ${diff.top.length} rows whose prediction ${what}</summary>

${table}

</details>`;
}
var SLICE_HEADER = ["metric", "column", "slice", "rows", "baseline", "candidate", "\u0394", "95% CI of \u0394", "p (adj.)", ""];
var SLICE_ALIGN = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "l"];
var SLICE_LEGEND = "<sub>\u0394 = candidate \u2212 baseline on the slice's rows, with its paired bootstrap interval; p: two-sided bootstrap p-value, adjusted with Benjamini\u2013Hochberg across the slices. \u25BC worse, \u25B2 better: adjusted p < 0.05. Slices that got significantly worse come first; _not gated_: fewer rows than `min-slice-rows`.</sub>";
function sliceCells(s) {
  const p = s.p_value === null ? "\u2014" : `${formatNumber(s.p_value)} (${s.adjusted_p_value === null ? "\u2014" : formatNumber(s.adjusted_p_value)})`;
  const value = (x) => x === null ? "\u2014" : formatNumber(x);
  return [
    escapeMarkdown(s.metric),
    escapeMarkdown(s.column),
    escapeMarkdown(s.value),
    thousands(s.n),
    value(s.baseline),
    value(s.candidate),
    s.delta === null ? "\u2014" : signed(s.delta),
    s.interval ? `[${formatNumber(s.interval[0])}, ${formatNumber(s.interval[1])}]` : "\u2014",
    p,
    [sliceTrend(s), ...s.gated ? [] : ["_not gated_"], ...s.note ? [escapeMarkdown(s.note)] : []].filter(Boolean).join(" ")
  ];
}
function sliceTrend(s) {
  if (s.delta === null || s.p_value === null) return "";
  if (!(s.adjusted_p_value !== null && s.adjusted_p_value < 0.05)) return "\xB7";
  const higher = Object.hasOwn(HIGHER_IS_BETTER, s.metric) ? HIGHER_IS_BETTER[s.metric] : true;
  return s.delta > 0 === higher ? "\u25B2" : "\u25BC";
}
function modelDiffMarkdown(evaluation, { slices: withSlices = true } = {}) {
  const parts = [];
  const diff = evaluation.prediction_diff;
  if (diff) {
    parts.push(`### Prediction diff

${predictionDiffHeadline(diff)}`);
    const table = labelTableMarkdown(diff);
    if (table) parts.push(table);
    const changed = changedRowsMarkdown(diff);
    if (changed) parts.push(changed);
  }
  const slices = withSlices ? evaluation.slices : void 0;
  if (slices && slices.length > 0) {
    parts.push(`### Slices

${slicesHeadline(slices)}`);
    parts.push(markdownTable([SLICE_HEADER, ...slices.map(sliceCells)], { align: [...SLICE_ALIGN] }));
    parts.push(SLICE_LEGEND);
  }
  return parts.join("\n\n");
}
function slicesHeadline(slices) {
  const tested = slices.filter((s) => s.gated && s.adjusted_p_value !== null);
  const worse = tested.filter((s) => sliceTrend(s) === "\u25BC");
  if (worse.length === 0) return `**No slice significantly worse** (${thousands(tested.length)} gated slice results).`;
  const first = worse[0];
  return `**${thousands(worse.length)} of ${thousands(tested.length)} slice results significantly worse**, the worst: ${escapeMarkdown(first.column)} = ${escapeMarkdown(first.value)} (${escapeMarkdown(first.metric)} ${signed(first.delta)}, 95% CI [${formatNumber(first.interval[0])}, ${formatNumber(first.interval[1])}]).`;
}
function signed(x) {
  return `${x >= 0 ? "+" : ""}${formatNumber(x)}`;
}

export {
  thousands,
  predictionDiffHeadline,
  labelTableMarkdown,
  changedRowsMarkdown,
  SLICE_HEADER,
  SLICE_ALIGN,
  SLICE_LEGEND,
  sliceCells,
  sliceTrend,
  modelDiffMarkdown,
  slicesHeadline
};
