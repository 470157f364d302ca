import { formatNumber } from '../format-number.js';
import type { Direction } from './metric-direction.js';

/** A published version's metrics, as its `metrics.json` in the registry holds them. */
export interface PublishedMetrics {
  version: string;
  metrics: Record<string, number>;
}

/** The gate JSON's `trend`: the metric over the last published versions, oldest first, and the candidate's value. */
export interface Trend {
  metric: string;
  direction: Direction;
  points: { version: string; value: number }[];
  candidate: number | null;
}

/**
 * The last `versions` published versions that have `metric` (the history is in SemVer order,
 * oldest first), and the candidate's value.
 */
export function trendOf(history: readonly PublishedMetrics[], metric: string, direction: Direction, versions: number, candidate: number | undefined): Trend {
  const points = history
    .filter((h) => Object.hasOwn(h.metrics, metric) && Number.isFinite(h.metrics[metric]))
    .map((h) => ({ version: h.version, value: h.metrics[metric] }))
    .slice(-versions);
  return { metric, direction, points, candidate: candidate !== undefined && Number.isFinite(candidate) ? candidate : null };
}

/**
 * How many steps in a row, ending with the candidate, made the metric worse: 3 when the
 * candidate is the third consecutive drop. A step that does not worsen (equal included) ends the run.
 */
export function consecutiveDrops(trend: Trend): number {
  if (trend.candidate === null) return 0;
  const values = [...trend.points.map((p) => p.value), trend.candidate];
  const sign = trend.direction === 'higher' ? -1 : 1;
  let drops = 0;
  for (let i = values.length - 1; i > 0; i--) {
    if (sign * (values[i] - values[i - 1]) > 0) drops++;
    else break;
  }
  return drops;
}

export interface CumulativeDrop {
  /** The oldest version of the window: what the candidate is compared with. */
  reference: { version: string; value: number };
  /** Worsening of the candidate against it, positive = worse. */
  worsening: number;
  drops: number;
}

/**
 * The candidate against the oldest published version of the trend window (the version `versions`
 * releases back, or the first one when fewer are published): undefined without a candidate value
 * or any published point.
 */
export function cumulativeDrop(trend: Trend): CumulativeDrop | undefined {
  const [reference] = trend.points;
  if (!reference || trend.candidate === null) return undefined;
  const sign = trend.direction === 'higher' ? -1 : 1;
  return { reference, worsening: sign * (trend.candidate - reference.value), drops: consecutiveDrops(trend) };
}

/** `0.91 (v1.0.0) → 0.905 (v1.1.0) → 0.9 (candidate)`: the path a cumulative check message shows. */
export function trendPath(trend: Trend): string {
  const steps = [...trend.points.map((p) => `${formatNumber(p.value)} (v${p.version})`), ...(trend.candidate !== null ? [`${formatNumber(trend.candidate)} (candidate)`] : [])];
  return steps.join(' → ');
}

export function ordinal(n: number): string {
  const words = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  return n < words.length ? words[n] : `${n}th`;
}
