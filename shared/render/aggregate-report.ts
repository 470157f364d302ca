import type { AggregateGate, ModelGate } from '../core/gate/aggregate.js';
import type { Verdict } from '../core/gate/gate.js';
import { formatCount, formatNumber, formatPercent } from '../core/format-number.js';
import { escapeHtml, escapeMarkdown as esc } from './escape.js';
import { fitLists, type Measure } from './fit-lists.js';

const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const HEADER = '| | model | verdict | primary metric | Δ (95% CI) | drift share |\n| :-- | :-- | :-- | :-- | --: | --: |';
/** Characters of a check's message shown in a model's details. */
const MESSAGE = 1000;

export interface AggregateFitOptions {
  /** Where the full report is, named in each line that says what was left out. */
  fullReportAt: string;
  /** What the limit is, for those lines (default "GitHub's comment limit"). */
  limitName?: string;
  /** Default: UTF-16 code units, as GitHub counts a comment's characters. */
  measure?: Measure;
}

/**
 * The report of many models' gates: the verdict and counts, one summary row per model (its
 * verdict, primary metric Δ with its interval, drift share) worst first, then each model's checks
 * folded in `<details>`. With `limit`, the report is fitted: room goes to the failing and warning
 * models' rows, then their details, then the passing models' rows and details; what is left out
 * becomes a count ("…and 990 more passing models") naming where the full report is.
 */
export function renderAggregateReport(aggregate: AggregateGate, title: string, fit?: { limit: number } & AggregateFitOptions): string {
  const urgent = aggregate.models.filter((m) => m.verdict !== 'pass');
  const passing = aggregate.models.filter((m) => m.verdict === 'pass');
  const lists = [urgent.map(summaryRow), urgent.map(details), passing.map(summaryRow), passing.map(details)];
  const more = (count: number, what: string) => fit
    ? `_…and ${formatCount(count)} more ${what}, left out to fit ${fit.limitName ?? "GitHub's comment limit"}: the full report is in ${fit.fullReportAt}._`
    : '';
  const assemble = ([urgentRows, urgentDetails, passRows, passDetails]: number[]): string => {
    const parts = [`## ${ICON[aggregate.verdict]} ${esc(title)}: ${aggregate.verdict}`, headline(aggregate)];
    if (aggregate.models.length > 0) {
      const rows = [...lists[0].slice(0, urgentRows), ...lists[2].slice(0, passRows)];
      const hiddenUrgent = urgent.length - urgentRows;
      const hiddenPass = passing.length - passRows;
      parts.push([HEADER, ...rows].join('\n'));
      if (hiddenUrgent > 0) parts.push(more(hiddenUrgent, `failing or warning models' rows${hiddenPass > 0 ? ` and ${formatCount(hiddenPass)} passing models` : ''}`));
      else if (hiddenPass > 0) parts.push(more(hiddenPass, 'passing models'));
      const shownDetails = [...lists[1].slice(0, urgentDetails), ...lists[3].slice(0, passDetails)];
      const hiddenDetails = aggregate.models.length - shownDetails.length;
      parts.push(['### Checks per model', ...(shownDetails.length > 0 ? [shownDetails.join('\n')] : []), ...(hiddenDetails > 0 ? [more(hiddenDetails, 'models\' checks')] : [])].join('\n\n'));
    }
    return `${parts.join('\n\n')}\n`;
  };
  const full = assemble(lists.map((list) => list.length));
  if (!fit) return full;
  const measure = fit.measure ?? ((text: string) => text.length);
  return measure(full) <= fit.limit ? full : fitLists(lists, assemble, fit.limit, measure);
}

function headline(aggregate: AggregateGate): string {
  const { fail, warn, pass } = aggregate.counts;
  const total = aggregate.models.length;
  if (total === 0) return '_No model reports._';
  const nonBlocking = fail - aggregate.blocking_failures.length;
  return `**${formatCount(total)} ${total === 1 ? 'model' : 'models'}**: ${formatCount(fail)} failing${nonBlocking > 0 ? ` (${formatCount(nonBlocking)} not blocking)` : ''}, ${formatCount(warn)} warning, ${formatCount(pass)} passing. `
    + '<sub>Δ is candidate − baseline on the primary metric (the first the policy gates), with the 95% interval of the paired difference; drift share is the share of compared columns that drifted (🔴: dataset drift).</sub>';
}

function summaryRow(m: ModelGate): string {
  const h = m.headline;
  const verdict = `${m.verdict}${m.source === '(no report)' ? ' (no report)' : ''}${m.verdict === 'fail' && !m.blocking ? ' (not blocking)' : ''}`;
  const metric = h?.metric ? esc(h.metric) : '—';
  const delta = h?.delta === null || h?.delta === undefined ? '—' : `${signed(h.delta)}${h.interval ? ` [${signed(h.interval[0])}, ${signed(h.interval[1])}]` : ' (no interval)'}`;
  const drift = h?.drift_share === null || h?.drift_share === undefined ? '—' : `${formatPercent(h.drift_share)}${h.dataset_drifted ? ' 🔴' : ''}`;
  return `| ${ICON[m.verdict]} | ${esc(m.model)} | ${verdict} | ${metric} | ${delta} | ${drift} |`;
}

function details(m: ModelGate): string {
  const checks = m.note ? [`- ${ICON[m.verdict]} ${esc(m.note)}`] : m.checks.length === 0 ? ['_No checks configured._'] : m.checks.map((c) => `- ${ICON[c.status]} **${esc(c.subject)}** (${esc(c.kind)}): ${esc(cut(c.message, MESSAGE))}`);
  return `<details><summary>${ICON[m.verdict]} ${escapeHtml(m.model)}: ${m.verdict}${m.verdict === 'fail' && !m.blocking ? ' (not blocking)' : ''}</summary>\n\n${checks.join('\n')}${m.note ? '' : `\n\n<sub>from ${esc(m.source)}</sub>`}\n\n</details>`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${formatNumber(x)}`;
}

/** At most `max` code points of `text`, with an ellipsis when cut (before escaping, so no escape is split). */
function cut(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
