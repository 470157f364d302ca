import { markdownTable } from 'markdown-table';
import type { DriftReport } from '../drift/drift-report.js';
import type { EvaluationResult } from '../metrics/evaluate.js';
import type { GateResult, Verdict } from '../gate/gate.js';
import { formatNumber } from '../gate/gate.js';
import { worsening } from '../gate/metric-direction.js';
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

/** The pull-request comment (and job summary): verdict first, then metrics, drift and the gate's reasons. */
export function renderReport(input: ReportInput): string {
  const parts = [`## ${ICON[input.gate.verdict]} ${esc(input.title ?? 'mlgate')}: ${input.gate.verdict}`];
  if (input.evaluation) parts.push(metricsSection(input.evaluation, input));
  if (input.drift) parts.push(driftSection(input.drift));
  parts.push(gateSection(input.gate));
  return `${parts.join('\n\n')}\n`;
}

export function metricsSection(evaluation: EvaluationResult, input: Pick<ReportInput, 'baselineLabel' | 'candidateLabel'> = {}): string {
  const baselineName = esc(input.baselineLabel ?? 'baseline');
  const candidateName = esc(input.candidateLabel ?? 'candidate');
  const hasBaseline = evaluation.comparison !== undefined && evaluation.baseline_metrics !== undefined;
  const header = hasBaseline
    ? ['metric', baselineName, candidateName, 'Δ', '95% CI of Δ', '']
    : ['metric', candidateName, '95% CI'];
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const interval = evaluation.intervals[name];
    if (!hasBaseline) return [esc(name), fmt(value), interval ? range(interval) : '—'];
    const comparison = evaluation.comparison![name];
    const base = evaluation.baseline_metrics![name];
    if (!comparison || base === undefined) return [esc(name), base === undefined ? '—' : fmt(base), fmt(value), '—', '—', ''];
    return [esc(name), fmt(base), fmt(value), signed(comparison.delta), range(comparison.interval), trend(name, comparison.delta, comparison.interval)];
  });
  const direction = hasBaseline ? '\n\n<sub>▲ better, ▼ worse: the 95% interval of the paired difference excludes zero; · no significant change. Higher is better except for losses and errors.</sub>' : '';
  return `### Metrics (${evaluation.task}, ${evaluation.n} rows)\n\n${markdownTable([header, ...rows], { align: ['l', ...header.slice(1).map(() => 'r' as const)] })}${direction}`;
}

function trend(metric: string, delta: number, [low, high]: [number, number]): string {
  if (low <= 0 && high >= 0) return '·';
  const better = worsening(metric, delta) < 0;
  return better ? '▲' : '▼';
}

export function driftSection(drift: DriftReport): string {
  const compared = drift.columns.filter((c) => c.statistic !== null);
  const drifted = compared.filter((c) => c.drifted);
  const headline = `**${drifted.length} of ${compared.length} columns drifted** (${pct(drift.share_drifted)}); dataset drift ${drift.dataset_drifted ? '**detected**' : 'not detected'} (threshold ${pct(drift.drift_share_threshold)}, p-values corrected with ${correctionName(drift.correction)}).`;
  const table = (columns: DriftReport['columns']) => markdownTable([
    ['column', 'type', 'method', 'statistic', 'p-value (adj.)', 'threshold', 'drift'],
    ...columns.map((c) => [
      esc(c.name), c.kind, c.method, c.statistic === null ? '—' : fmt(c.statistic),
      c.p_value === null ? '—' : `${fmt(c.p_value)} (${fmt(c.adjusted_p_value ?? c.p_value)})`,
      fmt(c.threshold), c.statistic === null ? `n/a: ${esc(c.note ?? '')}` : c.drifted ? '🔴 yes' : 'no',
    ]),
  ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'l'] });
  const parts = [`### Data drift\n\n${headline}`];
  if (drifted.length > 0) parts.push(table(drifted));
  parts.push(`<details><summary>All ${drift.columns.length} columns</summary>\n\n${table(drift.columns)}\n\n</details>`);
  return parts.join('\n\n');
}

function gateSection(gate: GateResult): string {
  const lines = gate.checks.map((c) => `- ${ICON[c.status]} **${esc(c.subject)}** (${c.kind}): ${esc(c.message)}`);
  return `### Gate: ${gate.verdict}\n\n${lines.length > 0 ? lines.join('\n') : '_No checks configured._'}`;
}

function correctionName(correction: DriftReport['correction']): string {
  return { bh: 'Benjamini–Hochberg', bonferroni: 'Bonferroni', none: 'no correction' }[correction];
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

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

