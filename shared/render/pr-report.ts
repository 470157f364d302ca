import { markdownTable } from 'markdown-table';
import { fitLists, type FitList, type Measure } from './fit-lists.js';
import type { DriftReport } from '../core/drift/drift-report.js';
import type { Evaluation, MetricsFileEvaluation } from '../core/metrics/index.js';
import type { GateCheck, GateResult, Verdict } from '../core/gate/gate.js';
import { formatCount, formatNumber, formatPercent as pct } from '../core/format-number.js';
import { worsening } from '../core/gate/metric-direction.js';
import { sliceName, type SliceVerdict } from '../core/gate/slices.js';
import { consecutiveDrops, type Trend } from '../core/gate/trend.js';
import { escapeMarkdown as esc } from './escape.js';
import {
  changedRowsMarkdown, labelTableMarkdown, modelDiffMarkdown, predictionDiffHeadline, sliceCells, SLICE_ALIGN, SLICE_HEADER, SLICE_LEGEND, slicesHeadline,
} from './model-diff-markdown.js';

export interface ReportInput {
  title?: string;
  /** e.g. `breast-cancer v1.0.0 (production)`. */
  baselineLabel?: string;
  candidateLabel?: string;
  evaluation?: Evaluation;
  drift?: DriftReport;
  gate: GateResult;
}

const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

/** The pull-request comment (and job summary): verdict first, then metrics, drift and the gate's reasons. */
export function renderReport(input: ReportInput): string {
  const parts = [`## ${ICON[input.gate.verdict]} ${esc(input.title ?? 'mlgate')}: ${input.gate.verdict}`];
  if (input.evaluation) parts.push(metricsSection(input.evaluation, input, { slices: !input.gate.slices }));
  if (input.gate.slices) parts.push(slicesSection(input.gate.slices));
  if (input.gate.trend) parts.push(trendSection(input.gate.trend));
  if (input.drift) parts.push(driftSection(input.drift));
  parts.push(gateSection(input.gate));
  return `${parts.join('\n\n')}\n`;
}

/** How a fitted rendering is measured (characters for a comment, UTF-8 bytes for a job summary). */
export type { Measure } from './fit-lists.js';
const characters: Measure = (text) => text.length;

export interface FitOptions {
  /** Where the full report is, named in each line that says what was left out. */
  fullReportAt: string;
  /** What the limit is, for those lines (default "GitHub's comment limit"). */
  limitName?: string;
  /** Default: UTF-16 code units, as GitHub counts a comment's characters. */
  measure?: Measure;
  /** `renderReport(input)` when the caller has it already (rendering 10,000 columns takes a while). */
  full?: string;
}

/**
 * The report fitted to `limit` (measured by `FitOptions.measure`). A report that fits is returned
 * unchanged; otherwise every list in it (gate checks, metric rows, drifted columns, schema
 * changes, notes) becomes a prefix of itself — never a cut row or an unclosed `<details>` —
 * followed by one line saying how many more there are and where the full report is. Room goes
 * first to the verdict and the failing and warning checks, then the metrics, then the drifted
 * columns worst first, then passing checks, schema changes and notes; the table of all columns
 * is left out.
 */
export function renderReportWithin(input: ReportInput, limit: number, fullReportAt: string | FitOptions): string {
  const options = typeof fullReportAt === 'string' ? { fullReportAt } : fullReportAt;
  const full = options.full ?? renderReport(input);
  return (options.measure ?? characters)(full) <= limit ? full : fit(input, limit, options, true);
}

/**
 * The drift section (what `mlgate drift` writes as markdown and to the job summary) fitted to
 * `limit` the same way; the HTML and JSON reports keep every column.
 */
export function driftSectionWithin(drift: DriftReport, limit: number, options: FitOptions): string {
  const full = driftSection(drift);
  return (options.measure ?? characters)(full) <= limit ? full : fit({ drift, gate: { verdict: 'pass', checks: [] } }, limit, options, false).trimEnd();
}


function fit(input: ReportInput, limit: number, options: FitOptions, report: boolean): string {
  const measure = options.measure ?? characters;
  const more = (count: number, what: string) =>
    `_…and ${formatCount(count)} more ${what}, left out to fit ${options.limitName ?? "GitHub's comment limit"}: the full report is in ${options.fullReportAt}._`;
  const sorted = report ? [...input.gate.checks].sort((a, b) => RANK[b.status] - RANK[a.status]) : [];
  const checks = sorted.map(checkLine);
  const urgent = sorted.filter((c) => c.status !== 'pass').length;
  const metrics = input.evaluation ? metricsTable(input.evaluation, input) : undefined;
  const scored = input.evaluation && input.evaluation.intervals !== null ? input.evaluation : undefined;
  const predictionDiff = scored?.prediction_diff;
  const diffBlocks = predictionDiff ? [labelTableMarkdown(predictionDiff), changedRowsMarkdown(predictionDiff)].filter((b): b is string => b !== null) : [];
  // The gate's judgement of the slices (a policy with \`slices\`) replaces the evaluation's plain list.
  const judged = report ? input.gate.slices : undefined;
  const evaluated = judged ? [] : scored?.slices ?? [];
  const slices = judged ? judged.map((v) => compactRow(judgedSliceCells(v))) : evaluated.map((s) => compactRow(sliceCells(s)));
  const drifted = input.drift ? worstFirst(input.drift).map((c) => compactRow(driftCells(c))) : [];
  const schema = input.drift ? schemaLines(input.drift, FITTED_NAMES) : [];
  const notes = input.drift ? columnNotes(input.drift) : [];
  const lists: FitList[] = [
    { items: checks.slice(0, urgent) },
    { items: metrics?.rows ?? [], lead: metrics ? compactHeader(metrics.header, metrics.align) : '' },
    // Slices come worst first, so the ones kept are the regressions a reviewer must see.
    { items: slices, lead: judged ? compactHeader(JUDGED_SLICE_HEADER, JUDGED_SLICE_ALIGN) : compactHeader(SLICE_HEADER, SLICE_ALIGN) },
    { items: drifted, lead: compactHeader(DRIFT_HEADER, DRIFT_ALIGN) },
    { items: checks.slice(urgent) },
    { items: schema },
    { items: notes },
    { items: diffBlocks },
  ];
  const block = (title: string, items: string[], shown: number, what: string) =>
    `${title}${shown > 0 ? `\n\n${items.slice(0, shown).join('\n')}` : ''}${shown < items.length ? `\n\n${more(items.length - shown, what)}` : ''}`;
  const assemble = ([urgentShown, metricsShown, slicesShown, driftedShown, passShown, schemaShown, notesShown, diffShown]: number[]): string => {
    const parts: string[] = [];
    if (report) parts.push(`## ${ICON[input.gate.verdict]} ${esc(cut(input.title ?? 'mlgate', 256))}: ${input.gate.verdict}`);
    if (input.evaluation && metrics) {
      const section = [metricsHeading(input.evaluation)];
      if (metricsShown > 0) section.push(`${lists[1].lead}\n${metrics.rows.slice(0, metricsShown).join('\n')}${metrics.legend ? `\n\n${metrics.legend}` : ''}`);
      if (metricsShown < metrics.rows.length) section.push(more(metrics.rows.length - metricsShown, 'metrics'));
      parts.push(section.join('\n\n'));
    }
    if (predictionDiff) {
      const section = [`### Prediction diff\n\n${predictionDiffHeadline(predictionDiff)}`, ...diffBlocks.slice(0, diffShown)];
      if (diffShown < diffBlocks.length) section.push(more(diffBlocks.length - diffShown, 'prediction-diff tables'));
      parts.push(section.join('\n\n'));
    }
    if (judged || evaluated.length > 0) {
      const section = [judged ? sliceHeading(judged) : `### Slices\n\n${slicesHeadline(evaluated)}`];
      if (slicesShown > 0) section.push(`${lists[2].lead}\n${slices.slice(0, slicesShown).join('\n')}${judged ? '' : `\n\n${SLICE_LEGEND}`}`);
      if (slicesShown < slices.length) section.push(more(slices.length - slicesShown, 'slices'));
      parts.push(section.join('\n\n'));
    }
    // Bounded by its points (at most 50, labels cut): always shown whole.
    if (report && input.gate.trend) parts.push(trendSection(input.gate.trend));
    if (input.drift) {
      const section = [`### Data drift\n\n${driftHeadline(input.drift)}`];
      if (driftedShown > 0) section.push(`${lists[3].lead}\n${drifted.slice(0, driftedShown).join('\n')}`);
      if (driftedShown < drifted.length) section.push(more(drifted.length - driftedShown, 'drifted columns'));
      if (schema.length > 0) section.push(block('**Schema changes**', schema, schemaShown, 'schema changes'));
      if (notes.length > 0) section.push(block('**Notes**', notes, notesShown, 'notes'));
      section.push(`_The table of all ${formatCount(input.drift.columns.length)} columns is in ${options.fullReportAt}._`);
      parts.push(section.join('\n\n'));
    }
    if (report) {
      const shownChecks = [...checks.slice(0, urgentShown), ...checks.slice(urgent, urgent + passShown)];
      const hidden = checks.length - shownChecks.length;
      const hiddenUrgent = urgent - urgentShown;
      const lines = checks.length === 0 ? '_No checks configured._' : shownChecks.join('\n');
      const moreChecks = hidden > 0 ? more(hidden, `checks${hiddenUrgent > 0 ? ` (${formatCount(hiddenUrgent)} failing or warning)` : ''}`) : '';
      parts.push(`### Gate: ${input.gate.verdict}\n\n${[lines, moreChecks].filter(Boolean).join('\n\n')}`);
    }
    return `${parts.join('\n\n')}\n`;
  };
  // The skeleton with every list empty and its "more" lines at their longest; each list then takes
  // whole items, in priority order, while they fit.
  return fitLists(lists, assemble, limit, measure);
}

/** Names listed per schema change in a fitted report. */
const FITTED_NAMES = 10;
/** Characters of a check's message shown in a fitted report. */
const FITTED_MESSAGE = 1000;

function checkLine(c: GateCheck): string {
  return `- ${ICON[c.status]} **${esc(c.subject)}** (${esc(c.kind)}): ${esc(cut(c.message, FITTED_MESSAGE))}`;
}

/** At most `max` code points of `text`, with an ellipsis when cut (before escaping, so no escape is split). */
function cut(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Drifted columns, worst first: the critical ones, then by how far past its threshold each is
 * (threshold ÷ adjusted p-value for tests, distance ÷ threshold for distances), then file order.
 */
function worstFirst(drift: DriftReport): DriftReport['columns'] {
  const critical = new Set(drift.critical_columns_drifted);
  const margin = (c: DriftReport['columns'][number]) => {
    const p = c.adjusted_p_value ?? c.p_value;
    if (p !== null) return p > 0 ? c.threshold / p : Infinity;
    return c.threshold > 0 && c.statistic !== null ? c.statistic / c.threshold : 0;
  };
  return drift.columns
    .map((c, i) => ({ c, i, critical: critical.has(c.name), margin: margin(c) }))
    .filter(({ c }) => c.drifted && c.statistic !== null)
    .sort((a, b) => Number(b.critical) - Number(a.critical) || (b.margin === a.margin ? 0 : b.margin > a.margin ? 1 : -1) || a.i - b.i)
    .map(({ c }) => c);
}

const DRIFT_HEADER = ['column', 'type', 'method', 'statistic', 'p-value (adj.)', 'threshold', 'drift'];
const DRIFT_ALIGN = ['l', 'l', 'l', 'r', 'r', 'r', 'l'] as const;

function driftCells(c: DriftReport['columns'][number]): string[] {
  return [
    esc(c.name), esc(c.kind), esc(c.method), c.statistic === null ? '—' : fmt(c.statistic),
    c.p_value !== null ? `${fmt(c.p_value)} (${fmt(c.adjusted_p_value ?? c.p_value)})`
      : c.significance ? `${esc(c.significance.test)}: ${fmt(c.significance.p_value)} (${fmt(c.significance.adjusted_p_value ?? c.significance.p_value)})` : '—',
    fmt(c.threshold), c.statistic === null ? `n/a: ${esc(c.note ?? '')}` : c.drifted ? '🔴 yes' : 'no',
  ];
}

/** Fitted tables are unpadded: padding every row to the longest name can multiply their size. */
function compactRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function compactHeader(header: string[], align: readonly ('l' | 'r')[]): string {
  return `${compactRow(header)}\n| ${align.map((a) => (a === 'r' ? '--:' : ':--')).join(' | ')} |`;
}

export function metricsSection(
  evaluation: Evaluation,
  input: Pick<ReportInput, 'baselineLabel' | 'candidateLabel'> = {},
  { slices = true }: { slices?: boolean } = {},
): string {
  const table = metricsTable(evaluation, input);
  // \`slices: false\` when the gate shows its own judgement of them (see \`slicesSection\`).
  const diff = evaluation.intervals === null ? '' : modelDiffMarkdown(evaluation, { slices });
  return `${metricsHeading(evaluation)}\n\n${markdownTable([table.header, ...table.cells], { align: table.align })}${table.legend ? `\n\n${table.legend}` : ''}${diff ? `\n\n${diff}` : ''}`;
}

function metricsHeading(evaluation: Evaluation): string {
  if (evaluation.intervals === null) {
    const { candidate, baseline } = evaluation.source;
    const file = (f: { path: string; format: string }) => `${esc(f.path)} (${esc(FORMAT_NAMES[f.format] ?? f.format)})`;
    // One line, kept in a fitted report too: these numbers carry no uncertainty, and the reader must know.
    return `### Metrics (${esc(evaluation.task)}, from metrics files)\n\n_No intervals: read from ${file(candidate)}${baseline ? ` and the baseline's ${file(baseline)}` : ''}, not computed from per-row predictions; the gate compares them by threshold only._`;
  }
  return `### Metrics (${esc(evaluation.task)}, ${formatCount(evaluation.n)} rows)`;
}

const FORMAT_NAMES: Record<string, string> = {
  json: 'JSON', yaml: 'YAML', toml: 'TOML', dvclive: 'DVCLive', huggingface: 'Hugging Face Trainer', lightning: 'Lightning CSVLogger', keras: 'Keras CSVLogger', mlflow: 'MLflow',
};

/**
 * Metrics read from files: the baseline's value, the candidate's and the plain difference. A metric
 * in one file only is marked **new** (candidate only) or **missing** (baseline only), never shown as 0.
 */
function fileMetricsTable(evaluation: MetricsFileEvaluation, input: Pick<ReportInput, 'baselineLabel' | 'candidateLabel'>) {
  const baselineName = esc(input.baselineLabel ?? 'baseline');
  const candidateName = esc(input.candidateLabel ?? 'candidate');
  const base = evaluation.baseline_metrics;
  let header: string[];
  let cells: string[][];
  if (!base) {
    header = ['metric', candidateName];
    cells = Object.entries(evaluation.metrics).map(([name, value]) => [esc(name), fmt(value)]);
  } else {
    header = ['metric', baselineName, candidateName, 'Δ', ''];
    cells = [
      ...Object.entries(evaluation.metrics).map(([name, value]) => (Object.hasOwn(base, name)
        ? [esc(name), fmt(base[name]), fmt(value), signed(value - base[name]), '']
        : [esc(name), '—', fmt(value), '—', '**new**'])),
      ...Object.entries(base).filter(([name]) => !Object.hasOwn(evaluation.metrics, name))
        .map(([name, value]) => [esc(name), fmt(value), '—', '—', '**missing**']),
    ];
  }
  // A diverged value (NaN, infinite) was left out by the reader: say so, or the metric just vanishes.
  const nonFinite = (evaluation.notes ?? []).filter((note) => /^`[^`]*` is (?:NaN|-?Infinity) in /.test(note));
  const warnings = [...nonFinite.slice(0, 10), ...(nonFinite.length > 10 ? [`… and ${nonFinite.length - 10} more`] : [])].map((note) => `- ⚠️ ${esc(note)}`);
  const legend = [
    ...(base ? ['<sub>**new**: only the candidate has it; **missing**: only the baseline has it. Δ is candidate − baseline, with no interval.</sub>'] : []),
    ...(warnings.length > 0 ? [warnings.join('\n')] : []),
  ].join('\n\n');
  const align: ('l' | 'r')[] = ['l', ...header.slice(1).map(() => 'r' as const)];
  return { header, align, cells, rows: cells.map(compactRow), legend };
}

function metricsTable(evaluation: Evaluation, input: Pick<ReportInput, 'baselineLabel' | 'candidateLabel'>) {
  if (evaluation.intervals === null) return fileMetricsTable(evaluation, input);
  const baselineName = esc(input.baselineLabel ?? 'baseline');
  const candidateName = esc(input.candidateLabel ?? 'candidate');
  const hasBaseline = evaluation.comparison !== undefined && evaluation.baseline_metrics !== undefined;
  const header = hasBaseline
    ? ['metric', baselineName, candidateName, 'Δ', '95% CI of Δ', 'test', '']
    : ['metric', candidateName, '95% CI'];
  const cells = Object.entries(evaluation.metrics).map(([name, value]) => {
    const interval = evaluation.intervals[name];
    if (!hasBaseline) return [esc(name), fmt(value), interval ? range(interval) : '—'];
    const comparison = evaluation.comparison![name];
    const base = evaluation.baseline_metrics![name];
    if (!comparison || base === undefined) return [esc(name), base === undefined ? '—' : fmt(base), fmt(value), '—', '—', '—', ''];
    return [esc(name), fmt(base), fmt(value), signed(comparison.delta), range(comparison.interval), testCell(comparison), trend(name, comparison.delta, comparison.interval)];
  });
  const legend = hasBaseline ? '<sub>▲ better, ▼ worse: the 95% interval of the paired difference (same rows resampled for both models) excludes zero; · no significant change. Accuracy also gets McNemar\'s exact test, ROC AUC DeLong\'s test. Higher is better except for losses and errors.</sub>' : '';
  const align: ('l' | 'r')[] = ['l', ...header.slice(1).map(() => 'r' as const)];
  return { header, align, cells, rows: cells.map(compactRow), legend };
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

export function driftSection(drift: DriftReport): string {
  const drifted = drift.columns.filter((c) => c.statistic !== null && c.drifted);
  const table = (columns: DriftReport['columns']) => markdownTable([DRIFT_HEADER, ...columns.map(driftCells)], { align: [...DRIFT_ALIGN] });
  const parts = [`### Data drift\n\n${driftHeadline(drift)}`];
  if (drifted.length > 0) parts.push(table(drifted));
  const schema = schemaLines(drift);
  if (schema.length > 0) parts.push(`**Schema changes**\n\n${schema.join('\n')}`);
  const notes = columnNotes(drift);
  if (notes.length > 0) parts.push(`**Notes**\n\n${notes.join('\n')}`);
  parts.push(`<details><summary>All ${drift.columns.length} columns</summary>\n\n${table(drift.columns)}\n\n</details>`);
  return parts.join('\n\n');
}

function driftHeadline(drift: DriftReport): string {
  const compared = drift.columns.filter((c) => c.statistic !== null);
  const drifted = compared.filter((c) => c.drifted);
  return `**${drifted.length} of ${compared.length} columns drifted** (${pct(drift.share_drifted)}); dataset drift ${drift.dataset_drifted ? '**detected**' : 'not detected'} (threshold ${pct(drift.drift_share_threshold)}, p-values corrected with ${correctionName(drift.correction)}).`;
}

/** One markdown bullet per schema change (columns in one file only, type and missing-rate changes). */
export function schemaLines(drift: DriftReport, maxNames = Infinity): string[] {
  const { added, dropped, type_changed, missing_rate_changed, missing_rate_threshold } = drift.schema;
  const names = (list: string[]) => list.slice(0, maxNames).map((n) => `**${esc(n)}**`).join(', ')
    + (list.length > maxNames ? ` and ${formatCount(list.length - maxNames)} more` : '');
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


const JUDGED_SLICE_HEADER = ['slice', 'rows', 'baseline', 'candidate', 'Δ', '95% CI of Δ', 'adj. p', ''];
const JUDGED_SLICE_ALIGN = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'] as const;
const SLICE_MARK: Record<SliceVerdict['status'], string> = { regressed: '🔴 regressed', noise: 'worse, within noise', small: 'too few rows: not gated', ok: '·' };

function judgedSliceCells(v: SliceVerdict): string[] {
  const or = <T>(x: T | null, show: (x: T) => string) => (x === null ? '—' : show(x));
  const mark = [SLICE_MARK[v.status] ?? '', ...(v.note ? [esc(v.note)] : [])].join(' ');
  return [esc(sliceName(v)), formatCount(v.n), or(v.baseline, fmt), or(v.candidate, fmt), or(v.delta, signed), or(v.interval, range), or(v.adjusted_p_value, fmt), mark];
}

function sliceHeading(slices: readonly SliceVerdict[]): string {
  const regressed = slices.filter((v) => v.status === 'regressed').length;
  return `### Slices\n\n**${formatCount(regressed)} of ${formatCount(slices.length)} slices regressed** beyond noise (the whole 95% interval of Δ past the tolerated drop and a Benjamini–Hochberg adjusted p < 0.05); regressed slices first.`;
}

/** The slices the gate judged, regressed first, with their paired intervals. */
export function slicesSection(slices: readonly SliceVerdict[]): string {
  if (slices.length === 0) return `${sliceHeading(slices)}\n\n_No slices of the policy's columns in the evaluation._`;
  return `${sliceHeading(slices)}\n\n${markdownTable([JUDGED_SLICE_HEADER, ...slices.map(judgedSliceCells)], { align: [...JUDGED_SLICE_ALIGN] })}`;
}

function trendSection(trend: Trend): string {
  const drops = consecutiveDrops(trend);
  const values = [...trend.points.map((p) => `${fmt(p.value)} (v${esc(p.version)})`), ...(trend.candidate !== null ? [`**${fmt(trend.candidate)} (candidate)**`] : [])];
  const line = trend.points.length === 0
    ? '_No published version has this metric yet._'
    : `${values.join(' → ')}${drops >= 2 ? ` — ${formatCount(drops)} drops in a row` : ''}`;
  return `### Trend: ${esc(trend.metric)} (${trend.direction} is better)\n\n${line}${trend.points.length > 0 ? `\n\n\`\`\`mermaid\n${trendMermaid(trend)}\n\`\`\`` : ''}`;
}

/**
 * The trend as a mermaid `xychart-beta` line chart (GitHub renders it in comments and job
 * summaries): the published versions oldest first, then the candidate. Labels come from the
 * registry and the policy: reduced to characters that cannot end a quoted label or start markup,
 * and cut, so a chart always parses.
 */
export function trendMermaid(trend: Trend): string {
  const labels = [...trend.points.map((p) => `v${p.version}`), ...(trend.candidate !== null ? ['candidate'] : [])];
  const values = [...trend.points.map((p) => p.value), ...(trend.candidate !== null ? [trend.candidate] : [])].filter((v) => Number.isFinite(v));
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.01, 1e-6);
  low -= pad;
  high += pad;
  const decimals = Math.min(12, Math.max(2, Math.ceil(-Math.log10(high - low)) + 3));
  const number = (x: number) => (Number.isFinite(x) ? trimZeros(x.toFixed(decimals)) : trimZeros(((low + high) / 2).toFixed(decimals)));
  return [
    'xychart-beta',
    `  title "${mermaidLabel(`${trend.metric} over the last ${trend.points.length} published versions`, 80)}"`,
    `  x-axis [${labels.map((l) => `"${mermaidLabel(l, 40)}"`).join(', ')}]`,
    `  y-axis "${mermaidLabel(`${trend.metric} (${trend.direction} is better)`, 60)}" ${number(low)} --> ${number(high)}`,
    `  line [${[...trend.points.map((p) => p.value), ...(trend.candidate !== null ? [trend.candidate] : [])].map(number).join(', ')}]`,
  ].join('\n');
}

/** A label inside mermaid's double quotes: letters, digits and plain punctuation only, at most `max` characters. */
function mermaidLabel(text: string, max: number): string {
  const safe = Array.from(text).map((c) => (/[\p{L}\p{N} ._+\-/:()=,%@]/u.test(c) ? c : '_')).join('');
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}…`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
