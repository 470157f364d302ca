import type { ChangedRow, Evaluation, PredictionDiff, SliceComparison } from '../core/metrics/index.js';
import { formatNumber } from '../core/format-number.js';
import { escapeHtml as html } from './escape.js';
import { sliceTrend, thousands } from './model-diff-markdown.js';

export interface EvaluationHtmlOptions {
  /** Page title (default: "mlgate evaluation"). */
  title?: string;
  /**
   * A metric's trend over past versions, drawn by mlgate's own renderer (`shared/render/trend-svg.ts`):
   * inserted as is, so never pass markup built from user data without escaping it.
   */
  trend?: { svg: string; caption?: string };
  /** Markup put before the metrics (the gate's verdict and checks), built by mlgate's renderers from escaped text. */
  lead?: string;
}

/**
 * A standalone HTML page of an evaluation (no scripts, no external assets, the drift report's
 * look), for artifacts: the metrics with their intervals and the paired comparison, the
 * prediction diff (every count, the label table, the rows that changed most) and every slice.
 * All text from the data is escaped.
 */
export function evaluationHtml(evaluation: Evaluation, options: EvaluationHtmlOptions = {}): string {
  const title = options.title ?? 'mlgate evaluation';
  const sections = [...(options.lead ? [options.lead] : []), metricsHtml(evaluation)];
  if (options.trend) sections.push(`<h2>Trend</h2>\n<figure id="trend">${options.trend.svg}${options.trend.caption ? `<figcaption>${html(options.trend.caption)}</figcaption>` : ''}</figure>`);
  if (evaluation.intervals !== null && evaluation.prediction_diff) sections.push(predictionDiffHtml(evaluation.prediction_diff));
  if (evaluation.intervals !== null && evaluation.slices && evaluation.slices.length > 0) sections.push(slicesHtml(evaluation.slices));
  if (evaluation.notes && evaluation.notes.length > 0) sections.push(`<h2>Notes</h2>\n<ul id="notes">${evaluation.notes.map((n) => `<li>${html(n)}</li>`).join('')}</ul>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${html(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}td.num{text-align:right}tr.worse{background:#fde2e1}tr.better{background:#e3f6e5}tr.ungated{color:#777}summary{cursor:pointer}</style>
</head><body>
<h1>${html(title)}</h1>
${sections.join('\n')}
</body></html>
`;
}

const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatNumber(x));
const signed = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${formatNumber(x)}`);
const range = (r: [number, number] | null | undefined) => (r ? `[${formatNumber(r[0])}, ${formatNumber(r[1])}]` : '—');
const td = (text: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${text}</td>`;

function metricsHtml(evaluation: Evaluation): string {
  const base = evaluation.baseline_metrics;
  const comparison = evaluation.intervals === null ? undefined : evaluation.comparison;
  const header = ['metric', ...(base ? ['baseline'] : []), 'candidate', ...(evaluation.intervals !== null ? ['95% CI'] : []),
    ...(base ? ['Δ'] : []), ...(comparison ? ['95% CI of Δ', 'test', 'p-value'] : [])];
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const c = comparison?.[name];
    const b = base && Object.hasOwn(base, name) ? base[name] : undefined;
    return `<tr>${[
      td(html(name)), ...(base ? [td(num(b), true)] : []), td(num(value), true),
      ...(evaluation.intervals !== null ? [td(range(evaluation.intervals[name]), true)] : []),
      ...(base ? [td(b === undefined ? '—' : signed(value - b), true)] : []),
      ...(comparison ? [td(range(c?.interval), true), td(c ? html(c.test) : '—'), td(num(c?.p_value), true)] : []),
    ].join('')}</tr>`;
  });
  const n = evaluation.n === null ? 'metrics read from files, no intervals' : `${thousands(evaluation.n)} rows`;
  return `<h2>Metrics (${html(evaluation.task)}, ${n})</h2>
<table id="metrics"><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

const OUTCOME: Record<ChangedRow['outcome'], string> = {
  fixed: 'fixed', broken: 'broken', other: 'other', closer: 'closer', further: 'further', same_distance: 'as far',
};

function predictionDiffHtml(diff: PredictionDiff): string {
  const regression = 'tolerance' in diff;
  const summary = regression
    ? `${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed (prediction moved by more than ${formatNumber(diff.tolerance)}): ${thousands(diff.closer)} closer to the truth, ${thousands(diff.further)} further.`
    : `${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed: ${thousands(diff.fixed)} fixed, ${thousands(diff.broken)} broken, ${thousands(diff.other)} other.`;
  const parts = [`<h2>Prediction diff</h2>\n<p id="prediction-diff">${summary}</p>`];
  if (!regression) {
    const rows = Object.keys(diff.table);
    const columns = [...new Set([...rows, ...Object.values(diff.table).flatMap((cells) => Object.keys(cells))])];
    parts.push(`<table id="label-table"><thead><tr><th>baseline ↓ · candidate →</th>${columns.map((c) => `<th>${html(c)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((row) => `<tr><th>${html(row)}</th>${columns.map((c) => td(thousands(Object.hasOwn(diff.table[row], c) ? diff.table[row][c] : 0), true)).join('')}</tr>`).join('\n')}
</tbody></table>`);
  }
  if (diff.top.length > 0) {
    const features = [...new Set(diff.top.flatMap((row) => Object.keys(row.features)))];
    const header = ['id', 'truth', 'baseline', 'candidate', regression ? 'Δ' : 'Δ p(true class)', 'outcome', ...features.map(html)];
    const rows = diff.top.map((row) => `<tr>${[
      td(row.id === null ? `row ${thousands(row.row)}` : html(row.id)), td(html(row.truth)), td(html(row.baseline)), td(html(row.candidate)),
      td(signed(row.delta), true), td(Object.hasOwn(OUTCOME, row.outcome) ? OUTCOME[row.outcome] : html(String(row.outcome))),
      ...features.map((f) => td(Object.hasOwn(row.features, f) ? html(row.features[f]) : '')),
    ].join('')}</tr>`);
    parts.push(`<details open><summary>The ${diff.top.length} rows whose prediction changed most</summary>
<table id="changed-rows"><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></details>`);
  }
  return parts.join('\n');
}

function slicesHtml(slices: SliceComparison[]): string {
  const rows = slices.map((s) => {
    const trend = sliceTrend(s);
    const cls = !s.gated ? 'ungated' : trend === '▼' ? 'worse' : trend === '▲' ? 'better' : '';
    return `<tr${cls ? ` class="${cls}"` : ''}>${[
      td(html(s.metric)), td(html(s.column)), td(html(s.value)), td(thousands(s.n), true), td(num(s.baseline), true), td(num(s.candidate), true),
      td(signed(s.delta), true), td(range(s.interval), true), td(num(s.p_value), true), td(num(s.adjusted_p_value), true),
      td([trend, s.gated ? '' : 'not gated', s.note ? html(s.note) : ''].filter(Boolean).join(' ')),
    ].join('')}</tr>`;
  });
  return `<h2>Slices</h2>
<p>Δ = candidate − baseline on the slice's rows, with its 95% paired bootstrap interval; p: two-sided bootstrap p-value, adjusted with Benjamini–Hochberg across the gated slices of each metric. ▼ worse, ▲ better: adjusted p &lt; 0.05. Slices that got significantly worse come first.</p>
<table id="slices"><thead><tr><th>metric</th><th>column</th><th>slice</th><th>rows</th><th>baseline</th><th>candidate</th><th>Δ</th><th>95% CI of Δ</th><th>p-value</th><th>adjusted</th><th></th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}
