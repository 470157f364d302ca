import type { DriftReport } from '../core/drift/drift-report.js';
import { formatCount, formatNumber, formatPercent as pct } from '../core/format-number.js';
import { driftChart } from './drift-chart.js';
import { escapeHtml as html } from './escape.js';

/** A standalone HTML page of a drift report (no scripts, no external assets), for artifacts. */
export function driftHtml(report: DriftReport): string {
  const rows = report.columns.map((c) => `<tr class="${c.drifted ? 'drifted' : ''}"><td>${html(c.name)}</td><td>${html(c.kind)}</td><td>${html(c.method)}</td>`
    + `<td class="num">${c.statistic === null ? '—' : formatNumber(c.statistic)}</td><td class="num">${c.p_value === null ? '—' : formatNumber(c.p_value)}</td>`
    + `<td class="num">${c.adjusted_p_value === null ? '—' : formatNumber(c.adjusted_p_value)}</td><td class="num">${formatNumber(c.threshold)}</td>`
    + `<td>${c.statistic === null ? `n/a: ${html(c.note ?? '')}` : c.drifted ? 'yes' : 'no'}</td>`
    + `<td class="num">${pct(c.missing.reference)} → ${pct(c.missing.current)}</td>`
    + `<td class="chart">${driftChart(String(c.name), c.histogram) ?? '—'}</td></tr>`).join('\n');
  const { added, dropped, type_changed, missing_rate_changed, missing_rate_threshold } = report.schema;
  const names = (list: string[]) => list.map((n) => `<code>${html(n)}</code>`).join(', ');
  const schema = [
    ...(added.length > 0 ? [`only in the current data (not compared): ${names(added)}`] : []),
    ...(dropped.length > 0 ? [`only in the reference (not compared): ${names(dropped)}`] : []),
    ...type_changed.map((c) => `<code>${html(c.name)}</code>: ${html(c.reference)} in the reference, ${html(c.current)} in the current data`),
    ...missing_rate_changed.map((c) => `<code>${html(c.name)}</code>: missing ${pct(c.reference)} → ${pct(c.current)} (a change of ${pct(missing_rate_threshold)} or more)`),
  ];
  const notes = [
    ...report.not_compared.map((c) => `<code>${html(c.name)}</code> not compared: ${html(c.reason)}`),
    ...report.columns.flatMap((c) => [
      ...(c.stray_tokens ? [`<code>${html(c.name)}</code>: ${formatCount(c.stray_tokens.cells.reference)} reference and ${formatCount(c.stray_tokens.cells.current)} current cells holding ${c.stray_tokens.tokens.map((t) => `<code>${html(t)}</code>`).join(', ')} read as missing`] : []),
      ...(c.statistic !== null && c.note ? [`<code>${html(c.name)}</code>: ${html(c.note)}`] : []),
    ]),
  ];
  const list = (id: string, title: string, items: string[]) => (items.length === 0 ? '' : `<h2>${title}</h2>\n<ul id="${id}">${items.map((i) => `<li>${i}</li>`).join('')}</ul>\n`);
  const drifted = report.columns.filter((c) => c.drifted).length;
  const compared = report.columns.filter((c) => c.statistic !== null).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlgate drift report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}tr.drifted{background:#fde2e1}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.chart{padding:2px}td.chart svg{display:block}</style>
</head><body>
<h1>Drift: ${html(report.current.source)} vs ${html(report.reference.source)}</h1>
<p id="summary">${drifted} of ${compared} columns drifted (${pct(report.share_drifted)}); dataset drift ${report.dataset_drifted ? '<strong>detected</strong>' : 'not detected'} (threshold ${pct(report.drift_share_threshold)}; correction ${html(report.correction)}).</p>
<p id="chart-key">Distribution: each side's share of values per bin, <span style="color:#0072b2">■ reference</span> and <span style="color:#e69f00">■ current</span>, on the bins the histogram methods compare (the reference's deciles; dashed bins are open-ended, for values below or above the reference's range) or per category (the 20 most frequent, the rest as "other"). Hover a bar for its figures.</p>
<table><thead><tr><th>column</th><th>type</th><th>method</th><th class="num">statistic</th><th class="num">p-value</th><th class="num">adjusted</th><th class="num">threshold</th><th>drift</th><th class="num">missing (ref → cur)</th><th>distribution</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${list('schema', 'Schema changes', schema)}${list('notes', 'Notes', notes)}</body></html>
`;
}

