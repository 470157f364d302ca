import { markdownTable } from 'markdown-table';
import type { DriftReport } from '../core/drift/drift-report.js';
import type { EvaluationResult } from '../core/metrics/index.js';
import type { GateResult, Verdict } from '../core/gate/gate.js';
import { formatCount, formatNumber, formatPercent as pct } from '../core/format-number.js';
import { worsening } from '../core/gate/metric-direction.js';
import { escapeMarkdown as esc } from './escape.js';

export interface ReportInput {
  title?: string;
  /** e.g. `breast-cancer v1.0.0 (production)`. */
  baselineLabel?: string;
  candidateLabel?: string;
  evaluation?: EvaluationResult;
  drift?: DriftReport;
  gate: GateResult;
}

const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };

/** How much of the drift detail a rendering keeps (comments have a size limit, summaries a larger one). */
interface DriftDetail {
  allColumns: boolean;
  driftedRows: number;
  /** Where the full report is, for the line that says what was left out. */
  fullReportAt: string;
}

const FULL: DriftDetail = { allColumns: true, driftedRows: Infinity, fullReportAt: '' };

/** The pull-request comment (and job summary): verdict first, then metrics, drift and the gate's reasons. */
export function renderReport(input: ReportInput, detail: DriftDetail = FULL): string {
  const parts = [`## ${ICON[input.gate.verdict]} ${esc(input.title ?? 'mlgate')}: ${input.gate.verdict}`];
  if (input.evaluation) parts.push(metricsSection(input.evaluation, input));
  if (input.drift) parts.push(driftSection(input.drift, detail));
  parts.push(gateSection(input.gate));
  return `${parts.join('\n\n')}\n`;
}

/**
 * The report cut to fit `limit` characters without cutting a table in half: first the table of
 * all columns goes (it stays in the job summary), then drifted columns beyond as many as fit,
 * replaced by one line saying how many more there are and where the full report is.
 */
export function renderReportWithin(input: ReportInput, limit: number, fullReportAt: string): string {
  const full = renderReport(input);
  if (full.length <= limit) return full;
  const drifted = input.drift?.columns.filter((c) => c.drifted).length ?? 0;
  const attempt = (rows: number) => renderReport(input, { allColumns: false, driftedRows: rows, fullReportAt });
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

export function metricsSection(evaluation: EvaluationResult, input: Pick<ReportInput, 'baselineLabel' | 'candidateLabel'> = {}): string {
  const baselineName = esc(input.baselineLabel ?? 'baseline');
  const candidateName = esc(input.candidateLabel ?? 'candidate');
  const hasBaseline = evaluation.comparison !== undefined && evaluation.baseline_metrics !== undefined;
  const header = hasBaseline
    ? ['metric', baselineName, candidateName, 'Δ', '95% CI of Δ', 'test', '']
    : ['metric', candidateName, '95% CI'];
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const interval = evaluation.intervals[name];
    if (!hasBaseline) return [esc(name), fmt(value), interval ? range(interval) : '—'];
    const comparison = evaluation.comparison![name];
    const base = evaluation.baseline_metrics![name];
    if (!comparison || base === undefined) return [esc(name), base === undefined ? '—' : fmt(base), fmt(value), '—', '—', '—', ''];
    return [esc(name), fmt(base), fmt(value), signed(comparison.delta), range(comparison.interval), testCell(comparison), trend(name, comparison.delta, comparison.interval)];
  });
  const direction = hasBaseline ? '\n\n<sub>▲ better, ▼ worse: the 95% interval of the paired difference (same rows resampled for both models) excludes zero; · no significant change. Accuracy also gets McNemar\'s exact test, ROC AUC DeLong\'s test. Higher is better except for losses and errors.</sub>' : '';
  return `### Metrics (${esc(evaluation.task)}, ${formatCount(evaluation.n)} rows)\n\n${markdownTable([header, ...rows], { align: ['l', ...header.slice(1).map(() => 'r' as const)] })}${direction}`;
}

const TEST_NAMES: Record<string, string> = { mcnemar_exact: 'McNemar', delong: 'DeLong', paired_bootstrap: 'bootstrap' };

/** Which paired test backs the row, with its two-sided p-value where the test has one. */
function testCell(comparison: { test: string; p_value?: number }): string {
  const name = Object.hasOwn(TEST_NAMES, comparison.test) ? TEST_NAMES[comparison.test] : esc(comparison.test);
  return comparison.p_value === undefined ? name : `${name} p=${fmt(comparison.p_value)}`;
}

function trend(metric: string, delta: number, [low, high]: [number, number]): string {
  if (low <= 0 && high >= 0) return '·';
  const better = worsening(metric, delta) < 0;
  return better ? '▲' : '▼';
}

export function driftSection(drift: DriftReport, detail: DriftDetail = FULL): string {
  const compared = drift.columns.filter((c) => c.statistic !== null);
  const drifted = compared.filter((c) => c.drifted);
  const headline = `**${drifted.length} of ${compared.length} columns drifted** (${pct(drift.share_drifted)}); dataset drift ${drift.dataset_drifted ? '**detected**' : 'not detected'} (threshold ${pct(drift.drift_share_threshold)}, p-values corrected with ${correctionName(drift.correction)}).`;
  const table = (columns: DriftReport['columns']) => markdownTable([
    ['column', 'type', 'method', 'statistic', 'p-value (adj.)', 'threshold', 'drift'],
    ...columns.map((c) => [
      esc(c.name), esc(c.kind), esc(c.method), c.statistic === null ? '—' : fmt(c.statistic),
      c.p_value !== null ? `${fmt(c.p_value)} (${fmt(c.adjusted_p_value ?? c.p_value)})`
        : c.significance ? `${esc(c.significance.test)}: ${fmt(c.significance.p_value)} (${fmt(c.significance.adjusted_p_value ?? c.significance.p_value)})` : '—',
      fmt(c.threshold), c.statistic === null ? `n/a: ${esc(c.note ?? '')}` : c.drifted ? '🔴 yes' : 'no',
    ]),
  ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'l'] });
  const parts = [`### Data drift\n\n${headline}`];
  const shown = drifted.slice(0, detail.driftedRows);
  if (shown.length > 0) parts.push(table(shown));
  if (shown.length < drifted.length) parts.push(`_…and ${drifted.length - shown.length} more drifted columns, left out to fit GitHub's comment limit: the full report is in ${detail.fullReportAt}._`);
  const schema = schemaLines(drift);
  if (schema.length > 0) parts.push(`**Schema changes**\n\n${schema.join('\n')}`);
  const notes = columnNotes(drift);
  if (notes.length > 0) parts.push(`**Notes**\n\n${notes.join('\n')}`);
  if (detail.allColumns) parts.push(`<details><summary>All ${drift.columns.length} columns</summary>\n\n${table(drift.columns)}\n\n</details>`);
  else parts.push(`_The table of all ${drift.columns.length} columns is in ${detail.fullReportAt}._`);
  return parts.join('\n\n');
}

/** One markdown bullet per schema change (columns in one file only, type and missing-rate changes). */
export function schemaLines(drift: DriftReport): string[] {
  const { added, dropped, type_changed, missing_rate_changed, missing_rate_threshold } = drift.schema;
  const names = (list: string[]) => list.map((n) => `**${esc(n)}**`).join(', ');
  return [
    ...(added.length > 0 ? [`- ⚠️ only in the current data (not compared): ${names(added)}`] : []),
    ...(dropped.length > 0 ? [`- ⚠️ only in the reference (not compared): ${names(dropped)}`] : []),
    ...type_changed.map((c) => `- ⚠️ **${esc(c.name)}**: ${esc(c.reference)} in the reference, ${esc(c.current)} in the current data`),
    ...missing_rate_changed.map((c) => `- ⚠️ **${esc(c.name)}**: missing ${pct(c.reference)} → ${pct(c.current)} (a change of ${pct(missing_rate_threshold)} or more)`),
  ];
}

/** Columns not compared, stray tokens read as missing, and per-column notes of compared columns. */
function columnNotes(drift: DriftReport): string[] {
  return [
    ...drift.not_compared.map((c) => `- **${esc(c.name)}** not compared: ${esc(c.reason)}`),
    ...drift.columns.flatMap((c) => [
      ...(c.stray_tokens ? [`- **${esc(c.name)}**: ${formatCount(c.stray_tokens.cells.reference)} reference and ${formatCount(c.stray_tokens.cells.current)} current cells holding ${c.stray_tokens.tokens.map((t) => `**${esc(t)}**`).join(', ')} read as missing`] : []),
      ...(c.statistic !== null && c.note ? [`- **${esc(c.name)}**: ${esc(c.note)}`] : []),
    ]),
  ];
}

function gateSection(gate: GateResult): string {
  const lines = gate.checks.map((c) => `- ${ICON[c.status]} **${esc(c.subject)}** (${esc(c.kind)}): ${esc(c.message)}`);
  return `### Gate: ${gate.verdict}\n\n${lines.length > 0 ? lines.join('\n') : '_No checks configured._'}`;
}

function correctionName(correction: DriftReport['correction']): string {
  return { bh: 'Benjamini–Hochberg', bonferroni: 'Bonferroni', none: 'no correction' }[correction] ?? esc(String(correction));
}

function fmt(x: number): string {
  return formatNumber(x);
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${fmt(x)}`;
}

function range([low, high]: [number, number]): string {
  return `[${fmt(low)}, ${fmt(high)}]`;
}


