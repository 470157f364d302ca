import type { DriftReport } from '../core/drift/drift-report.js';
import { formatNumber } from '../core/format-number.js';

/** A standalone HTML page of a drift report (no scripts, no external assets), for artifacts. */
export function driftHtml(report: DriftReport): string {
  const rows = report.columns.map((c) => `<tr class="${c.drifted ? 'drifted' : ''}"><td>${html(c.name)}</td><td>${c.kind}</td><td>${c.method}</td>`
    + `<td>${c.statistic === null ? '—' : formatNumber(c.statistic)}</td><td>${c.p_value === null ? '—' : formatNumber(c.p_value)}</td>`
    + `<td>${c.adjusted_p_value === null ? '—' : formatNumber(c.adjusted_p_value)}</td><td>${formatNumber(c.threshold)}</td>`
    + `<td>${c.statistic === null ? `n/a: ${html(c.note ?? '')}` : c.drifted ? 'yes' : 'no'}</td>`
    + `<td>${pct(c.missing.reference)} → ${pct(c.missing.current)}</td></tr>`).join('\n');
  const drifted = report.columns.filter((c) => c.drifted).length;
  const compared = report.columns.filter((c) => c.statistic !== null).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlgate drift report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}tr.drifted{background:#fde2e1}</style>
</head><body>
<h1>Drift: ${html(report.current.source)} vs ${html(report.reference.source)}</h1>
<p id="summary">${drifted} of ${compared} columns drifted (${pct(report.share_drifted)}); dataset drift ${report.dataset_drifted ? '<strong>detected</strong>' : 'not detected'} (threshold ${pct(report.drift_share_threshold)}; correction ${report.correction}).</p>
<table><thead><tr><th>column</th><th>type</th><th>method</th><th>statistic</th><th>p-value</th><th>adjusted</th><th>threshold</th><th>drift</th><th>missing (ref → cur)</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}

function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
