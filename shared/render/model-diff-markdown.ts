import { markdownTable } from 'markdown-table';
import type { ChangedRow, EvaluationResult, PredictionDiff, SliceComparison } from '../core/metrics/index.js';
import { HIGHER_IS_BETTER } from '../core/metrics/metric-set.js';
import { formatNumber, NOT_A_NUMBER } from '../core/format-number.js';
import { escapeMarkdown as esc } from './escape.js';

/**
 * The behaviour diff of an evaluation in markdown (the PR report and `evaluate`'s job summary):
 * the prediction diff's summary line, its baseline × candidate label table, the rows that changed
 * most (folded), and the slices, worst first. Every value from the data (labels, ids, feature
 * values, column names) is escaped; the lists are bounded by the evaluation (30 labels, 20 rows,
 * 10 feature columns) and the slices table is a list the fitted report cuts by whole rows.
 */

/** A count with thousands separators (`1,204`); a non-count is shown as such, never printed raw. */
export function thousands(x: number): string {
  return typeof x === 'number' && Number.isInteger(x) ? x.toLocaleString('en-US') : NOT_A_NUMBER;
}

/** "1,204 of 50,000 rows changed: 800 fixed, 350 broken, 54 other." */
export function predictionDiffHeadline(diff: PredictionDiff): string {
  if ('tolerance' in diff) {
    const ties = diff.changed - diff.closer - diff.further;
    return `**${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed** (prediction moved by more than ${formatNumber(diff.tolerance)}): `
      + `${thousands(diff.closer)} closer to the truth, ${thousands(diff.further)} further${ties > 0 ? `, ${thousands(ties)} as far` : ''}.`;
  }
  return `**${thousands(diff.changed)} of ${thousands(diff.rows)} rows changed**: ${thousands(diff.fixed)} fixed, ${thousands(diff.broken)} broken, ${thousands(diff.other)} other.`;
}

/** Baseline label (rows) × candidate label (columns); null for regressors. */
export function labelTableMarkdown(diff: PredictionDiff): string | null {
  if ('tolerance' in diff) return null;
  const rows = Object.keys(diff.table);
  const columns = [...new Set([...rows, ...Object.values(diff.table).flatMap((cells) => Object.keys(cells))])];
  const cell = (row: string, column: string) => {
    const value = Object.hasOwn(diff.table[row], column) ? diff.table[row][column] : 0;
    return row === column ? thousands(value) : value > 0 ? `**${thousands(value)}**` : '0';
  };
  return markdownTable(
    [['baseline ↓ · candidate →', ...columns.map(esc)], ...rows.map((row) => [esc(row), ...columns.map((column) => cell(row, column))])],
    { align: ['l', ...columns.map(() => 'r' as const)] },
  );
}

const OUTCOME: Record<ChangedRow['outcome'], string> = {
  fixed: '✅ fixed', broken: '❌ broken', other: 'other', closer: '✅ closer', further: '❌ further', same_distance: 'as far',
};

/** The rows that changed most, as a folded table; null when none changed. */
export function changedRowsMarkdown(diff: PredictionDiff): string | null {
  if (diff.top.length === 0) return null;
  const regression = 'tolerance' in diff;
  const features = [...new Set(diff.top.flatMap((row) => Object.keys(row.features)))];
  const header = ['id', 'truth', 'baseline', 'candidate', regression ? 'Δ' : 'Δ p(true class)', 'outcome', ...features.map(esc)];
  const rows = diff.top.map((row) => [
    row.id === null ? `row ${thousands(row.row)}` : esc(row.id), esc(row.truth), esc(row.baseline), esc(row.candidate),
    row.delta === null ? '—' : signed(row.delta), Object.hasOwn(OUTCOME, row.outcome) ? OUTCOME[row.outcome] : esc(String(row.outcome)),
    ...features.map((f) => (Object.hasOwn(row.features, f) ? esc(row.features[f]) : '')),
  ]);
  const table = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
  const what = regression ? 'moved most' : 'changed most';
  return `<details><summary>The ${diff.top.length} rows whose prediction ${what}</summary>\n\n${table}\n\n</details>`;
}

export const SLICE_HEADER = ['metric', 'column', 'slice', 'rows', 'baseline', 'candidate', 'Δ', '95% CI of Δ', 'p (adj.)', ''];
export const SLICE_ALIGN = ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'] as const;
export const SLICE_LEGEND = '<sub>Δ = candidate − baseline on the slice\'s rows, with its paired bootstrap interval; p: two-sided bootstrap p-value, adjusted with Benjamini–Hochberg across the slices. ▼ worse, ▲ better: adjusted p < 0.05. Slices that got significantly worse come first; _not gated_: fewer rows than `min-slice-rows`.</sub>';

export function sliceCells(s: SliceComparison): string[] {
  const p = s.p_value === null ? '—' : `${formatNumber(s.p_value)} (${s.adjusted_p_value === null ? '—' : formatNumber(s.adjusted_p_value)})`;
  const value = (x: number | null) => (x === null ? '—' : formatNumber(x));
  return [
    esc(s.metric), esc(s.column), esc(s.value), thousands(s.n), value(s.baseline), value(s.candidate),
    s.delta === null ? '—' : signed(s.delta), s.interval ? `[${formatNumber(s.interval[0])}, ${formatNumber(s.interval[1])}]` : '—', p,
    [sliceTrend(s), ...(s.gated ? [] : ['_not gated_']), ...(s.note ? [esc(s.note)] : [])].filter(Boolean).join(' '),
  ];
}

/** ▼ significantly worse, ▲ significantly better (adjusted p < 0.05), · otherwise; '' when not tested. */
export function sliceTrend(s: SliceComparison): string {
  if (s.delta === null || s.p_value === null) return '';
  if (!(s.adjusted_p_value !== null && s.adjusted_p_value < 0.05)) return '·';
  const higher = Object.hasOwn(HIGHER_IS_BETTER, s.metric) ? HIGHER_IS_BETTER[s.metric] : true;
  return (s.delta > 0) === higher ? '▲' : '▼';
}

/** The full section (not fitted): what `evaluate` writes as markdown and the report shows when it fits. */
export function modelDiffMarkdown(evaluation: EvaluationResult, { slices: withSlices = true }: { slices?: boolean } = {}): string {
  const parts: string[] = [];
  const diff = evaluation.prediction_diff;
  if (diff) {
    parts.push(`### Prediction diff\n\n${predictionDiffHeadline(diff)}`);
    const table = labelTableMarkdown(diff);
    if (table) parts.push(table);
    const changed = changedRowsMarkdown(diff);
    if (changed) parts.push(changed);
  }
  const slices = withSlices ? evaluation.slices : undefined;
  if (slices && slices.length > 0) {
    parts.push(`### Slices\n\n${slicesHeadline(slices)}`);
    parts.push(markdownTable([SLICE_HEADER, ...slices.map(sliceCells)], { align: [...SLICE_ALIGN] }));
    parts.push(SLICE_LEGEND);
  }
  return parts.join('\n\n');
}

/** "2 of 10 slices significantly worse: segment = c (accuracy −0.21 [−0.3, −0.12])." */
export function slicesHeadline(slices: SliceComparison[]): string {
  const tested = slices.filter((s) => s.gated && s.adjusted_p_value !== null);
  const worse = tested.filter((s) => sliceTrend(s) === '▼');
  if (worse.length === 0) return `**No slice significantly worse** (${thousands(tested.length)} gated slice results).`;
  const first = worse[0];
  return `**${thousands(worse.length)} of ${thousands(tested.length)} slice results significantly worse**, the worst: ${esc(first.column)} = ${esc(first.value)} `
    + `(${esc(first.metric)} ${signed(first.delta!)}, 95% CI [${formatNumber(first.interval![0])}, ${formatNumber(first.interval![1])}]).`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${formatNumber(x)}`;
}
