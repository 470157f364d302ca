import type { SliceComparison } from '../metrics/types.js';
import { formatNumber } from '../format-number.js';
import type { Direction } from './metric-direction.js';
import type { SlicePolicy } from './policy.js';

/**
 * One slice of the evaluation (`evaluate`'s `slices`): a metric on the rows where `column` is
 * `value`, for the baseline and the candidate on the same rows. `delta` is candidate − baseline,
 * `interval` the 95% paired-bootstrap interval of `delta`, `adjusted_p_value` the
 * Benjamini–Hochberg adjusted p-value across all slices of the evaluation.
 */
export type SliceResult = Omit<SliceComparison, 'gated'> & {
  /** False when evaluate left the slice untested (fewer than its `min-slice-rows` rows); absent (older files): true. */
  gated?: boolean;
};

/**
 * What the slice rule made of a slice: `regressed` (worse than `max_drop` beyond noise: gated),
 * `noise` (worse than `max_drop`, but not significantly), `small` (fewer than `min_slice_rows`
 * rows: shown, never gated), `ok`.
 */
export type SliceStatus = 'regressed' | 'noise' | 'small' | 'ok';

export interface SliceVerdict extends SliceResult {
  status: SliceStatus;
  /** How much worse the candidate is, positive = worse, whatever the metric's direction; null when the metric is undefined on the slice. */
  worsening: number | null;
}

/** The significance level of the adjusted p-value a regressed slice must be under. */
export const SLICE_ALPHA = 0.05;

/**
 * Applies the slice rule: a slice with at least `min_slice_rows` rows regresses when its whole
 * 95% interval of Δ lies past `max_drop` in the metric's worse direction **and** its
 * Benjamini–Hochberg adjusted p-value is under 0.05 — both, so that neither one lucky resample
 * nor one of many slices being unlucky by chance fails a pull request. Returns every slice of the
 * policy's metrics and columns, regressed first (worst best-case first), then by worsening.
 */
export function judgeSlices(slices: readonly SliceResult[], policy: SlicePolicy, directionOf: (metric: string) => Direction): SliceVerdict[] {
  const verdicts = slices
    .filter((s) => policy.metrics.includes(s.metric) && policy.columns.includes(s.column))
    .map((slice, index) => {
      const sign = directionOf(slice.metric) === 'higher' ? -1 : 1;
      // A metric undefined on the slice has no delta: nothing to judge (NaN is never worse).
      const worsening = slice.delta === null ? NaN : sign * slice.delta;
      const bestCase = slice.interval === null ? NaN : Math.min(sign * slice.interval[0], sign * slice.interval[1]);
      const status: SliceStatus = slice.gated === false || !(slice.n >= policy.min_slice_rows) ? 'small'
        : worsening <= policy.max_drop || Number.isNaN(worsening) ? 'ok'
          : bestCase > policy.max_drop && slice.adjusted_p_value !== null && slice.adjusted_p_value < SLICE_ALPHA ? 'regressed' : 'noise';
      return { verdict: { ...slice, status, worsening: Number.isNaN(worsening) ? null : worsening }, bestCase, index };
    });
  const rank: Record<SliceStatus, number> = { regressed: 0, noise: 1, ok: 2, small: 3 };
  return verdicts
    .sort((a, b) => rank[a.verdict.status] - rank[b.verdict.status]
      || (a.verdict.status === 'regressed' ? b.bestCase - a.bestCase : 0)
      || ((b.verdict.worsening ?? -Infinity) - (a.verdict.worsening ?? -Infinity) || 0) || a.index - b.index)
    .map((v) => v.verdict);
}

/** `region=EU (roc_auc)`: how a check and the report name a slice. */
export function sliceName(slice: Pick<SliceResult, 'column' | 'value' | 'metric'>): string {
  return `${slice.column}=${slice.value} (${slice.metric})`;
}

export function sliceSummary(verdicts: readonly SliceVerdict[], policy: SlicePolicy): string {
  const count = (status: SliceStatus) => verdicts.filter((v) => v.status === status).length;
  const parts = [
    `${verdicts.length} slices of ${policy.columns.join(', ')} compared (${policy.metrics.join(', ')}; tolerated drop ${formatNumber(policy.max_drop)})`,
    `${count('regressed')} regressed beyond noise`,
    ...(count('noise') > 0 ? [`${count('noise')} worse but within noise`] : []),
    ...(count('small') > 0 ? [`${count('small')} with fewer than ${policy.min_slice_rows} rows shown, not gated`] : []),
  ];
  return parts.join('; ');
}
