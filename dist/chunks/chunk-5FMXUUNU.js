import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-HAEUDPHK.js";
import {
  formatCount,
  formatNumber,
  formatPercent
} from "./chunk-Z5GXLVDD.js";

// shared/render/svg-chart.ts
var SERIES_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00"];
var FONT = 'font-family="system-ui,sans-serif" font-size="10" style="font-variant-numeric:tabular-nums"';
var CHAR_WIDTH = 6;
var MARGIN = { top: 18, right: 8, bottom: 34, left: 44 };
function barChart(spec) {
  const width = spec.width ?? 360;
  const height = spec.height ?? 150;
  const plot = plotArea(width, height);
  const top = niceMax(Math.max(0, ...spec.series.flatMap((s) => s.values.filter(Number.isFinite))));
  const y = (value) => plot.bottom - Math.max(0, value) / top * (plot.bottom - plot.top);
  const slotWidth = (plot.right - plot.left) / Math.max(1, spec.slots.length);
  const parts = [yAxis(plot, top, spec.format)];
  spec.slots.forEach((slot, i) => {
    const x0 = plot.left + i * slotWidth;
    const tip = `${slot.label}: ${spec.series.map((s) => `${s.name} ${formatted(s.values[i], spec.format)}`).join(", ")}`;
    const bars = spec.series.map((s, k) => {
      const value = s.values[i];
      if (!Number.isFinite(value)) return "";
      const [x, w] = spec.layout === "overlaid" ? [x0 + 1, slotWidth - 2] : [x0 + 2 + k * ((slotWidth - 4) / spec.series.length), (slotWidth - 4) / spec.series.length];
      const opacity = spec.layout === "overlaid" ? ' fill-opacity="0.5"' : "";
      return `<rect x="${n(x)}" y="${n(y(value))}" width="${n(Math.max(0, w))}" height="${n(plot.bottom - y(value))}" fill="${colour(k)}"${opacity}/>`;
    }).join("");
    const outline = slot.open ? `<rect x="${n(x0 + 0.5)}" y="${plot.top}" width="${n(slotWidth - 1)}" height="${plot.bottom - plot.top}" fill="none" stroke="#999" stroke-dasharray="3 2"/>` : "";
    parts.push(`<g><title>${escapeHtml(tip)}</title>${outline}${bars}</g>`);
  });
  parts.push(spec.boundaries ? xLabels(spec.boundaries.map((label, i) => ({ label, x: plot.left + i * slotWidth })), plot.bottom, slotWidth) : xLabels(spec.slots.map((slot, i) => ({ label: slot.label, x: plot.left + (i + 0.5) * slotWidth })), plot.bottom, slotWidth));
  parts.push(legend(spec.series, width));
  return frame(width, height, spec.summary, parts.join(""));
}
function frame(width, height, summary, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeHtml(summary)}"><title>${escapeHtml(summary)}</title>${body}</svg>`;
}
function plotArea(width, height) {
  return { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
}
function yAxis(plot, top, format, low = 0) {
  const ticks = [low, (low + top) / 2, top].map((value) => {
    const y = plot.bottom - (value - low) / (top - low) * (plot.bottom - plot.top);
    return `<line x1="${plot.left}" x2="${plot.right}" y1="${n(y)}" y2="${n(y)}" stroke="#e4e4e4"/><text x="${plot.left - 4}" y="${n(y + 3)}" text-anchor="end" fill="#555" ${FONT}>${escapeHtml(format(value))}</text>`;
  });
  return `<g aria-hidden="true">${ticks.join("")}<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="#999"/><line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#999"/></g>`;
}
function xLabels(labels, bottom, spacing) {
  const widest = Math.max(1, ...labels.map((l) => short(l.label).length)) * CHAR_WIDTH + 4;
  const every = Math.max(1, Math.ceil(widest / Math.max(1, spacing)));
  const shown = labels.filter((_, i) => i % every === 0);
  const last = labels[labels.length - 1];
  if (last && shown[shown.length - 1] !== last) {
    if (shown.length > 1 && last.x - shown[shown.length - 1].x < widest) shown.pop();
    shown.push(last);
  }
  return `<g aria-hidden="true">${shown.map((l) => `<text x="${n(l.x)}" y="${bottom + 12}" text-anchor="middle" fill="#555" ${FONT}>${escapeHtml(short(l.label))}</text>`).join("")}</g>`;
}
function legend(series, width) {
  let x = width - MARGIN.right;
  const items = [...series].map((s, k) => ({ s, k })).reverse().map(({ s, k }) => {
    const label = short(s.name);
    x -= label.length * CHAR_WIDTH + 18;
    return `<rect x="${n(x)}" y="4" width="9" height="9" fill="${colour(k)}"/><text x="${n(x + 12)}" y="12" fill="#333" ${FONT}>${escapeHtml(label)}</text>`;
  });
  return `<g aria-hidden="true">${items.join("")}</g>`;
}
function colour(k) {
  return SERIES_COLOURS[k % SERIES_COLOURS.length];
}
function niceMax(max) {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= max) ?? 10) * power;
}
function formatted(value, format) {
  return typeof value === "number" && Number.isFinite(value) ? format(value) : "\u2014";
}
function short(label) {
  const points = Array.from(String(label));
  return points.length <= 12 ? points.join("") : `${points.slice(0, 11).join("")}\u2026`;
}
function n(value) {
  return String(Math.round(value * 100) / 100);
}

// shared/render/drift-chart.ts
function driftChart(name, histogram) {
  const h = wellFormed(histogram);
  if (!h) return void 0;
  const reference = shares(h.reference);
  const current = shares(h.current);
  if (h.kind === "numeric") {
    const e = h.edges.map(formatNumber);
    const last = e.length - 1;
    const slots2 = [
      { label: `below ${e[0]} (under the reference's minimum)`, open: true },
      ...e.slice(1).map((edge, i) => ({ label: `${i === 0 ? "[" : "("}${e[i]}, ${edge}]` })),
      { label: `above ${e[last]} (over the reference's maximum)`, open: true }
    ];
    const outside = (current[0] ?? 0) + (current[current.length - 1] ?? 0);
    const summary2 = `${name}: share of values per bin, reference and current, in ${last} reference-quantile bins from ${e[0]} to ${e[last]} and open bins below and above them; ${formatPercent(outside)} of current values lie outside the reference's range; ${largestChange(slots2, reference, current)}`;
    return barChart({
      summary: summary2,
      slots: slots2,
      layout: "overlaid",
      format: formatPercent,
      series: [{ name: "reference", values: reference }, { name: "current", values: current }],
      boundaries: ["\u2212\u221E", ...e, "+\u221E"]
    });
  }
  const withOther = h.other.categories > 0;
  const slots = [...h.categories.map((label) => ({ label })), ...withOther ? [{ label: "other" }] : []];
  const all = (side, other) => shares(withOther ? [...side, other] : side);
  const referenceShares = all(h.reference, h.other.reference);
  const currentShares = all(h.current, h.other.current);
  const summary = `${name}: share of values per category, reference and current, for the ${h.categories.length} most frequent categories${withOther ? ` and ${h.other.categories} others together` : ""}; ${largestChange(slots, referenceShares, currentShares)}`;
  return barChart({
    summary,
    slots,
    layout: "grouped",
    format: formatPercent,
    series: [{ name: "reference", values: referenceShares }, { name: "current", values: currentShares }]
  });
}
function largestChange(slots, reference, current) {
  let worst = 0;
  for (let i = 1; i < slots.length; i++) {
    if (Math.abs(current[i] - reference[i]) > Math.abs(current[worst] - reference[worst])) worst = i;
  }
  if (slots.length === 0) return "no values";
  return `largest difference in ${slots[worst].label}: ${formatPercent(reference[worst])} of the reference, ${formatPercent(current[worst])} of the current data`;
}
function shares(counts) {
  const total = counts.reduce((sum, c) => sum + c, 0);
  return counts.map((c) => total === 0 ? 0 : c / total);
}
var isCounts = (value, length) => Array.isArray(value) && value.length === length && value.every((c) => typeof c === "number" && Number.isInteger(c) && c >= 0);
function wellFormed(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const h = value;
  if (h.kind === "numeric") {
    const edges = h.edges;
    if (!Array.isArray(edges) || edges.length === 0 || !edges.every((e, i) => typeof e === "number" && !Number.isNaN(e) && (i === 0 || e >= edges[i - 1]))) return void 0;
    return isCounts(h.reference, edges.length + 1) && isCounts(h.current, edges.length + 1) ? value : void 0;
  }
  if (h.kind === "categorical") {
    const categories = h.categories;
    const other = h.other;
    if (!Array.isArray(categories) || !categories.every((c) => typeof c === "string")) return void 0;
    if (typeof other !== "object" || other === null || !isCounts([other.categories, other.reference, other.current], 3)) return void 0;
    return isCounts(h.reference, categories.length) && isCounts(h.current, categories.length) ? value : void 0;
  }
  return void 0;
}

// shared/render/drift-html.ts
function driftHtml(report) {
  const rows = report.columns.map((c) => `<tr class="${c.drifted ? "drifted" : ""}"><td>${escapeHtml(c.name)}</td><td>${escapeHtml(c.kind)}</td><td>${escapeHtml(c.method)}</td><td class="num">${c.statistic === null ? "\u2014" : formatNumber(c.statistic)}</td><td class="num">${c.p_value === null ? "\u2014" : formatNumber(c.p_value)}</td><td class="num">${c.adjusted_p_value === null ? "\u2014" : formatNumber(c.adjusted_p_value)}</td><td class="num">${formatNumber(c.threshold)}</td><td>${c.statistic === null ? `n/a: ${escapeHtml(c.note ?? "")}` : c.drifted ? "yes" : "no"}</td><td class="num">${formatPercent(c.missing.reference)} \u2192 ${formatPercent(c.missing.current)}</td><td class="chart">${driftChart(String(c.name), c.histogram) ?? "\u2014"}</td></tr>`).join("\n");
  const { added, dropped, type_changed, missing_rate_changed, missing_rate_threshold } = report.schema;
  const names = (list2) => list2.map((n2) => `<code>${escapeHtml(n2)}</code>`).join(", ");
  const schema = [
    ...added.length > 0 ? [`only in the current data (not compared): ${names(added)}`] : [],
    ...dropped.length > 0 ? [`only in the reference (not compared): ${names(dropped)}`] : [],
    ...type_changed.map((c) => `<code>${escapeHtml(c.name)}</code>: ${escapeHtml(c.reference)} in the reference, ${escapeHtml(c.current)} in the current data`),
    ...missing_rate_changed.map((c) => `<code>${escapeHtml(c.name)}</code>: missing ${formatPercent(c.reference)} \u2192 ${formatPercent(c.current)} (a change of ${formatPercent(missing_rate_threshold)} or more)`)
  ];
  const notes = [
    ...report.not_compared.map((c) => `<code>${escapeHtml(c.name)}</code> not compared: ${escapeHtml(c.reason)}`),
    ...report.columns.flatMap((c) => [
      ...c.stray_tokens ? [`<code>${escapeHtml(c.name)}</code>: ${formatCount(c.stray_tokens.cells.reference)} reference and ${formatCount(c.stray_tokens.cells.current)} current cells holding ${c.stray_tokens.tokens.map((t) => `<code>${escapeHtml(t)}</code>`).join(", ")} read as missing`] : [],
      ...c.statistic !== null && c.note ? [`<code>${escapeHtml(c.name)}</code>: ${escapeHtml(c.note)}`] : []
    ])
  ];
  const list = (id, title, items) => items.length === 0 ? "" : `<h2>${title}</h2>
<ul id="${id}">${items.map((i) => `<li>${i}</li>`).join("")}</ul>
`;
  const drifted = report.columns.filter((c) => c.drifted).length;
  const compared = report.columns.filter((c) => c.statistic !== null).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlgate drift report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}tr.drifted{background:#fde2e1}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.chart{padding:2px}td.chart svg{display:block}</style>
</head><body>
<h1>Drift: ${escapeHtml(report.current.source)} vs ${escapeHtml(report.reference.source)}</h1>
<p id="summary">${drifted} of ${compared} columns drifted (${formatPercent(report.share_drifted)}); dataset drift ${report.dataset_drifted ? "<strong>detected</strong>" : "not detected"} (threshold ${formatPercent(report.drift_share_threshold)}; correction ${escapeHtml(report.correction)}).</p>
<p id="chart-key">Distribution: each side's share of values per bin, <span style="color:#0072b2">\u25A0 reference</span> and <span style="color:#e69f00">\u25A0 current</span>, on the bins the histogram methods compare (the reference's deciles; dashed bins are open-ended, for values below or above the reference's range) or per category (the 20 most frequent, the rest as "other"). Hover a bar for its figures.</p>
<table><thead><tr><th>column</th><th>type</th><th>method</th><th class="num">statistic</th><th class="num">p-value</th><th class="num">adjusted</th><th class="num">threshold</th><th>drift</th><th class="num">missing (ref \u2192 cur)</th><th>distribution</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${list("schema", "Schema changes", schema)}${list("notes", "Notes", notes)}</body></html>
`;
}

export {
  driftHtml
};
