import type { ColumnHistogram } from '../core/drift/column-histogram.js';
import { formatNumber, formatPercent } from '../core/format-number.js';
import { barChart } from './svg-chart.js';

/**
 * One column's chart in the drift report: the reference's and the current data's share of values
 * per bin (overlaid, on the bins the histogram methods compare; the outer bins open-ended) or per
 * category (grouped bars, the rest as "other"). Shares, not counts, so sides of different sizes
 * compare. Undefined when the column has no histogram or it is malformed: the report may come from
 * a fork, and a chart of numbers that do not fit together would show something untrue.
 */
export function driftChart(name: string, histogram: unknown): string | undefined {
  const h = wellFormed(histogram);
  if (!h) return undefined;
  const reference = shares(h.reference);
  const current = shares(h.current);
  if (h.kind === 'numeric') {
    const e = h.edges.map(formatNumber);
    const last = e.length - 1;
    const slots = [
      { label: `below ${e[0]} (under the reference's minimum)`, open: true },
      ...e.slice(1).map((edge, i) => ({ label: `${i === 0 ? '[' : '('}${e[i]}, ${edge}]` })),
      { label: `above ${e[last]} (over the reference's maximum)`, open: true },
    ];
    const outside = (current[0] ?? 0) + (current[current.length - 1] ?? 0);
    const summary = `${name}: share of values per bin, reference and current, in ${last} reference-quantile bins from ${e[0]} to ${e[last]}`
      + ` and open bins below and above them; ${formatPercent(outside)} of current values lie outside the reference's range; ${largestChange(slots, reference, current)}`;
    return barChart({
      summary, slots, layout: 'overlaid', format: formatPercent,
      series: [{ name: 'reference', values: reference }, { name: 'current', values: current }],
      boundaries: ['−∞', ...e, '+∞'],
    });
  }
  const withOther = h.other.categories > 0;
  const slots = [...h.categories.map((label) => ({ label })), ...(withOther ? [{ label: 'other' }] : [])];
  const all = (side: number[], other: number) => shares(withOther ? [...side, other] : side);
  const referenceShares = all(h.reference, h.other.reference);
  const currentShares = all(h.current, h.other.current);
  const summary = `${name}: share of values per category, reference and current, for the ${h.categories.length} most frequent categories`
    + `${withOther ? ` and ${h.other.categories} others together` : ''}; ${largestChange(slots, referenceShares, currentShares)}`;
  return barChart({
    summary, slots, layout: 'grouped', format: formatPercent,
    series: [{ name: 'reference', values: referenceShares }, { name: 'current', values: currentShares }],
  });
}

function largestChange(slots: readonly { label: string }[], reference: number[], current: number[]): string {
  let worst = 0;
  for (let i = 1; i < slots.length; i++) {
    if (Math.abs(current[i] - reference[i]) > Math.abs(current[worst] - reference[worst])) worst = i;
  }
  if (slots.length === 0) return 'no values';
  return `largest difference in ${slots[worst].label}: ${formatPercent(reference[worst])} of the reference, ${formatPercent(current[worst])} of the current data`;
}

function shares(counts: number[]): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

const isCounts = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length === length && value.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0);

function wellFormed(value: unknown): ColumnHistogram | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const h = value as Partial<Record<string, unknown>>;
  if (h.kind === 'numeric') {
    const edges = h.edges;
    if (!Array.isArray(edges) || edges.length === 0 || !edges.every((e, i) => typeof e === 'number' && !Number.isNaN(e) && (i === 0 || e >= (edges[i - 1] as number)))) return undefined;
    return isCounts(h.reference, edges.length + 1) && isCounts(h.current, edges.length + 1) ? value as ColumnHistogram : undefined;
  }
  if (h.kind === 'categorical') {
    const categories = h.categories;
    const other = h.other as Partial<Record<string, unknown>> | null | undefined;
    if (!Array.isArray(categories) || !categories.every((c) => typeof c === 'string')) return undefined;
    if (typeof other !== 'object' || other === null || !isCounts([other.categories, other.reference, other.current], 3)) return undefined;
    return isCounts(h.reference, categories.length) && isCounts(h.current, categories.length) ? value as ColumnHistogram : undefined;
  }
  return undefined;
}
