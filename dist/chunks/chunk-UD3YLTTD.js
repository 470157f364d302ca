import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  sliceTrend,
  thousands
} from "./chunk-H3Z3KSEM.js";
import {
  escapeHtml
} from "./chunk-HAEUDPHK.js";
import {
  formatNumber
} from "./chunk-Z5GXLVDD.js";

// shared/render/evaluation-html.ts
function evaluationHtml(evaluation, options = {}) {
  const title = options.title ?? "mlgate evaluation";
  const sections = [...options.lead ? [options.lead] : [], metricsHtml(evaluation)];
  if (options.trend) sections.push(`<h2>Trend</h2>
<figure id="trend">${options.trend.svg}${options.trend.caption ? `<figcaption>${escapeHtml(options.trend.caption)}</figcaption>` : ""}</figure>`);
  if (evaluation.intervals !== null && evaluation.prediction_diff) sections.push(predictionDiffHtml(evaluation.prediction_diff));
  if (evaluation.intervals !== null && evaluation.slices && evaluation.slices.length > 0) sections.push(slicesHtml(evaluation.slices));
  if (evaluation.notes && evaluation.notes.length > 0) sections.push(`<h2>Notes</h2>
<ul id="notes">${evaluation.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}td.num{text-align:right}tr.worse{background:#fde2e1}tr.better{background:#e3f6e5}tr.ungated{color:#777}summary{cursor:pointer}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
${sections.join("\n")}
</body></html>
`;
}
var num = (x) => x === null || x === void 0 ? "\u2014" : formatNumber(x);
var signed = (x) => x === null ? "\u2014" : `${x >= 0 ? "+" : ""}${formatNumber(x)}`;
var range = (r) => r ? `[${formatNumber(r[0])}, ${formatNumber(r[1])}]` : "\u2014";
var td = (text, numeric = false) => `<td${numeric ? ' class="num"' : ""}>${text}</td>`;
function metricsHtml(evaluation) {
  const base = evaluation.baseline_metrics;
  const comparison = evaluation.intervals === null ? void 0 : evaluation.comparison;
  const header = [
    "metric",
    ...base ? ["baseline"] : [],
    "candidate",
    ...evaluation.intervals !== null ? ["95% CI"] : [],
    ...base ? ["\u0394"] : [],
    ...comparison ? ["95% CI of \u0394", "test", "p-value"] : []
  ];
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const c = comparison?.[name];
    const b = base && Object.hasOwn(base, name) ? base[name] : void 0;
    return `<tr>${[
      td(escapeHtml(name)),
      ...base ? [td(num(b), true)] : [],
      td(num(value), true),
      ...evaluation.intervals !== null ? [td(range(evaluation.intervals[name]), true)] : [],
      ...base ? [td(b === void 0 ? "\u2014" : signed(value - b), true)] : [],
      ...comparison ? [td(range(c?.interval), true), td(c ? escapeHtml(c.test) : "\u2014"), td(num(c?.p_value), true)] : []
    ].join("")}</tr>`;
  });
  const n = evaluation.n === null ? "metrics read from files, no intervals" : `${thousands(evaluation.n)} rows`;
  return `<h2>Metrics (${escapeHtml(evaluation.task)}, ${n})</h2>
<table id="metrics"><thead><tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}
var OUTCOME = {
  fixed: "fixed",
  broken: "broken",
  other: "other",
  closer: "closer",
  further: "further",
  same_distance: "as far"
};
function predictionDiffHtml(diff) {
  const regression = "tolerance" in diff;
  const summary = regression ? `${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed (prediction moved by more than ${formatNumber(diff.tolerance)}): ${thousands(diff.closer)} closer to the truth, ${thousands(diff.further)} further.` : `${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed: ${thousands(diff.fixed)} fixed, ${thousands(diff.broken)} broken, ${thousands(diff.other)} other.`;
  const parts = [`<h2>Prediction diff</h2>
<p id="prediction-diff">${summary}</p>`];
  if (!regression) {
    const rows = Object.keys(diff.table);
    const columns = [.../* @__PURE__ */ new Set([...rows, ...Object.values(diff.table).flatMap((cells) => Object.keys(cells))])];
    parts.push(`<table id="label-table"><thead><tr><th>baseline \u2193 \xB7 candidate \u2192</th>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead>
<tbody>
${rows.map((row) => `<tr><th>${escapeHtml(row)}</th>${columns.map((c) => td(thousands(Object.hasOwn(diff.table[row], c) ? diff.table[row][c] : 0), true)).join("")}</tr>`).join("\n")}
</tbody></table>`);
  }
  if (diff.top.length > 0) {
    const features = [...new Set(diff.top.flatMap((row) => Object.keys(row.features)))];
    const header = ["id", "truth", "baseline", "candidate", regression ? "\u0394" : "\u0394 p(true class)", "outcome", ...features.map(escapeHtml)];
    const rows = diff.top.map((row) => `<tr>${[
      td(row.id === null ? `row ${thousands(row.row)}` : escapeHtml(row.id)),
      td(escapeHtml(row.truth)),
      td(escapeHtml(row.baseline)),
      td(escapeHtml(row.candidate)),
      td(signed(row.delta), true),
      td(Object.hasOwn(OUTCOME, row.outcome) ? OUTCOME[row.outcome] : escapeHtml(String(row.outcome))),
      ...features.map((f) => td(Object.hasOwn(row.features, f) ? escapeHtml(row.features[f]) : ""))
    ].join("")}</tr>`);
    parts.push(`<details open><summary>The ${diff.top.length} rows whose prediction changed most</summary>
<table id="changed-rows"><thead><tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></details>`);
  }
  return parts.join("\n");
}
function slicesHtml(slices) {
  const rows = slices.map((s) => {
    const trend = sliceTrend(s);
    const cls = !s.gated ? "ungated" : trend === "\u25BC" ? "worse" : trend === "\u25B2" ? "better" : "";
    return `<tr${cls ? ` class="${cls}"` : ""}>${[
      td(escapeHtml(s.metric)),
      td(escapeHtml(s.column)),
      td(escapeHtml(s.value)),
      td(thousands(s.n), true),
      td(num(s.baseline), true),
      td(num(s.candidate), true),
      td(signed(s.delta), true),
      td(range(s.interval), true),
      td(num(s.p_value), true),
      td(num(s.adjusted_p_value), true),
      td([trend, s.gated ? "" : "not gated", s.note ? escapeHtml(s.note) : ""].filter(Boolean).join(" "))
    ].join("")}</tr>`;
  });
  return `<h2>Slices</h2>
<p>\u0394 = candidate \u2212 baseline on the slice's rows, with its 95% paired bootstrap interval; p: two-sided bootstrap p-value, adjusted with Benjamini\u2013Hochberg across the gated slices of each metric. \u25BC worse, \u25B2 better: adjusted p &lt; 0.05. Slices that got significantly worse come first.</p>
<table id="slices"><thead><tr><th>metric</th><th>column</th><th>slice</th><th>rows</th><th>baseline</th><th>candidate</th><th>\u0394</th><th>95% CI of \u0394</th><th>p-value</th><th>adjusted</th><th></th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}

export {
  evaluationHtml
};
