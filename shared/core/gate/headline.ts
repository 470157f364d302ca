import type { DriftReport } from '../drift/drift-report.js';
import type { Evaluation } from '../metrics/index.js';
import type { GatePolicy } from './policy.js';

/**
 * The figures one row of a many-models summary shows for a model: its primary metric (the first
 * the policy gates) against the baseline, and the share of drifted columns. `gate.json` carries it
 * (`headline`), so `gate --aggregate` reads the figures rather than re-deriving them from reports.
 */
export interface GateHeadline {
  /** The primary metric's name; null without an evaluation. */
  metric: string | null;
  baseline: number | null;
  candidate: number | null;
  /** candidate − baseline; null without a baseline. */
  delta: number | null;
  /** The 95% interval of the paired difference; null without one (metrics read from files). */
  interval: [number, number] | null;
  /** Share of compared columns that drifted; null without a drift report. */
  drift_share: number | null;
  dataset_drifted: boolean | null;
}

export function gateHeadline(input: { evaluation?: Evaluation; drift?: DriftReport; policy: GatePolicy }): GateHeadline {
  const { evaluation, drift } = input;
  const drifts = { drift_share: drift ? drift.share_drifted : null, dataset_drifted: drift ? drift.dataset_drifted : null };
  const [metric] = Object.keys(input.policy.metrics);
  if (!evaluation || metric === undefined) return { metric: null, baseline: null, candidate: null, delta: null, interval: null, ...drifts };
  const value = (values: Record<string, number> | undefined) => (values && Object.hasOwn(values, metric) ? values[metric] : null);
  const candidate = value(evaluation.metrics);
  const baseline = value(evaluation.baseline_metrics);
  const comparison = evaluation.intervals === null ? undefined : evaluation.comparison?.[metric];
  const delta = comparison ? comparison.delta : candidate !== null && baseline !== null ? candidate - baseline : null;
  return { metric, baseline, candidate, delta, interval: comparison ? comparison.interval : null, ...drifts };
}
