import { twoProportionZ } from '../stats/two-proportion-z.js';
import { welchT } from '../stats/welch-t.js';
import { cumulativeMoments, varianceOfMean, type ArmMoments } from './arm-moments.js';
import { normalMixture } from './normal-mixture.js';
import { normalUpperQuantile, studentTUpperQuantile } from './quantiles.js';

export type AbKind = 'proportion' | 'mean';
export type AbDecision = 'treatment' | 'control' | 'continue' | 'stop';

/** The logged units: one entry per unit, looks ordered (index 0 is the first look). */
export interface AbUnits {
  /** 0 control, 1 treatment. */
  arm: Uint8Array;
  outcome: Float64Array;
  /** Index into `lookLabels` of the look (time value) the unit was logged at. */
  look: Uint32Array;
  /** The distinct time values in order (one label, null, without a time column). */
  lookLabels: (string | null)[];
}

/** A canary guardrail: the treatment must not be worse than control by more than `margin`. */
export interface GuardrailInput {
  column: string;
  /** Which way is better for the metric: `lower` (an error rate) or `higher`. */
  direction: 'lower' | 'higher';
  margin: number;
  outcome: Float64Array;
}

export interface AbTestOptions {
  kind: AbKind;
  sequential: boolean;
  alpha: number;
  /** Minimum detectable effect of interest (absolute, in the outcome's unit). */
  mde?: number;
  guardrails?: GuardrailInput[];
}

export interface GuardrailResult {
  column: string;
  direction: 'lower' | 'higher';
  margin: number;
  decision: 'stop' | 'continue';
  stopped_at: string | null;
  /** Treatment minus control at the stopping look (the last look otherwise), with its confidence-sequence interval. */
  effect: { estimate: number; interval: [number, number] };
  mixing_variance: number;
}

export interface AbTestResult {
  decision: AbDecision;
  stopped_at: string | null;
  n: { control: number; treatment: number };
  means: { control: number; treatment: number };
  effect: { estimate: number; interval: [number, number] };
  p_value: number;
  test: 'two-proportion-z' | 'welch-t' | 'msprt-normal-mixture';
  kind: AbKind;
  alpha: number;
  /** Looks evaluated (distinct time values up to the stop); 1 for a fixed-horizon test. */
  looks: number;
  /** τ² of the sequential test; null for a fixed-horizon test. */
  mixing_variance: number | null;
  /** Fixed-horizon sample-size figures at 80% power and two-sided α. */
  power: {
    mde_at_current_n: number;
    mde: number | null;
    needed_per_arm: number | null;
    remaining_per_arm: number | null;
  };
  guardrails: GuardrailResult[];
}

/** Power the sample-size figures are computed for. */
export const POWER = 0.8;
/** The mixing standard deviation, in standard deviations of the outcome, when no MDE is given. */
export const MIXING_SD_IN_OUTCOME_SD = 0.1;

/**
 * Decides between control and treatment from logged outcomes.
 *
 * Fixed horizon (`sequential: false`): one test on every unit: the pooled two-proportion z-test
 * (`proportion`) or Welch's t-test (`mean`), p ≤ α deciding for the arm with the better mean
 * (higher is better), else `continue`. Its interval is the Wald interval (unpooled variance, normal
 * quantile) or Welch's (Student's t quantile with the Welch–Satterthwaite ν).
 *
 * Sequential: the normal-mixture mSPRT (`normal-mixture.ts`) at every look in order, stopping at
 * the first look whose always-valid p-value (the running minimum of 1/Λ) is ≤ α; the interval is
 * the running intersection of the confidence sequence. A look is evaluated once each arm has two
 * units and a non-zero variance. τ² is `mde²` when an MDE is given, else (0.1·σ)² with σ the
 * standard deviation of the outcome over all units of both arms (ddof 0): a prior sd of a tenth of
 * a standard deviation, a "small" effect, fixed before any look and the same under either arm.
 *
 * Guardrails are checked at every look (before the primary metric, in both modes) with the same
 * mSPRT on their own column; one whose interval lies entirely on the worse side of its margin stops
 * the experiment (`stop`).
 */
export function abTest(units: AbUnits, options: AbTestOptions): AbTestResult {
  const { kind, alpha } = options;
  const lookCount = units.lookLabels.length;
  const primary = cumulativeMoments(units.arm, units.outcome, units.look, lookCount);
  const mixingVariance = options.mde !== undefined ? options.mde * options.mde : defaultMixingVariance(units.outcome, kind);
  const guardrails = (options.guardrails ?? []).map((g) => ({
    input: g,
    moments: cumulativeMoments(units.arm, g.outcome, units.look, lookCount),
    mixingVariance: defaultMixingVariance(g.outcome, 'mean'),
    interval: [-Infinity, Infinity] as [number, number],
    result: null as GuardrailResult | null,
  }));

  let pValue = 1;
  let interval: [number, number] = [-Infinity, Infinity];
  let decided: { look: number; decision: AbDecision } | null = null;
  let lastLook = lookCount - 1;
  for (let k = 0; k < lookCount && decided === null; k++) {
    for (const g of guardrails) {
      const look = guardrailLook(g.moments.control[k], g.moments.treatment[k], g.mixingVariance, alpha);
      if (!look) continue;
      g.interval = intersect(g.interval, look.interval);
      const estimate = look.estimate;
      const worse = g.input.direction === 'lower' ? g.interval[0] > g.input.margin : g.interval[1] < -g.input.margin;
      g.result = guardrailResult(g.input, g.mixingVariance, estimate, g.interval, worse ? units.lookLabels[k] : null, worse);
      if (worse && decided === null) decided = { look: k, decision: 'stop' };
    }
    if (decided !== null || !options.sequential) continue;
    const control = primary.control[k];
    const treatment = primary.treatment[k];
    if (control.n < 2 || treatment.n < 2) continue;
    const variance = varianceOfMean(control, kind) + varianceOfMean(treatment, kind);
    const estimate = treatment.mean - control.mean;
    const look = normalMixture(estimate, variance, mixingVariance, alpha);
    pValue = Math.min(pValue, look.pValue);
    interval = intersect(interval, look.interval);
    if (pValue <= alpha) decided = { look: k, decision: estimate > 0 ? 'treatment' : 'control' };
  }
  if (decided !== null) lastLook = decided.look;
  const control = primary.control[lastLook];
  const treatment = primary.treatment[lastLook];
  const variance = varianceOfMean(control, kind) + varianceOfMean(treatment, kind);
  const estimate = treatment.mean - control.mean;

  let decision: AbDecision = decided?.decision ?? 'continue';
  let test: AbTestResult['test'] = 'msprt-normal-mixture';
  if (!options.sequential) {
    // Stopped by a guardrail: the test on the units up to the stopping look, for the record.
    const fixed = fixedHorizon(units, lastLook, kind, alpha, control, treatment);
    test = fixed.test;
    pValue = fixed.pValue;
    interval = fixed.interval;
    if (decision !== 'stop') decision = fixed.pValue <= alpha && estimate !== 0 ? (estimate > 0 ? 'treatment' : 'control') : 'continue';
  }
  const z = normalUpperQuantile(alpha / 2) + normalUpperQuantile(1 - POWER);
  const neededPerArm = options.mde === undefined ? null
    : Math.ceil((z * z * (control.n * varianceOfMean(control, kind) + treatment.n * varianceOfMean(treatment, kind))) / (options.mde * options.mde));
  return {
    decision,
    stopped_at: decided !== null && (options.sequential || decision === 'stop') ? units.lookLabels[lastLook] : null,
    n: { control: control.n, treatment: treatment.n },
    means: { control: control.mean, treatment: treatment.mean },
    effect: { estimate, interval },
    p_value: pValue,
    test,
    kind,
    alpha,
    looks: options.sequential || decision === 'stop' ? lastLook + 1 : 1,
    mixing_variance: options.sequential ? mixingVariance : null,
    power: {
      mde_at_current_n: z * Math.sqrt(variance),
      mde: options.mde ?? null,
      needed_per_arm: neededPerArm,
      remaining_per_arm: neededPerArm === null ? null : Math.max(0, neededPerArm - Math.min(control.n, treatment.n)),
    },
    guardrails: guardrails.map((g) => g.result ?? guardrailResult(g.input, g.mixingVariance, NaN, [NaN, NaN], null, false)),
  };
}

function guardrailLook(control: ArmMoments, treatment: ArmMoments, mixingVariance: number, alpha: number) {
  if (control.n < 2 || treatment.n < 2) return null;
  const estimate = treatment.mean - control.mean;
  const variance = varianceOfMean(control, 'mean') + varianceOfMean(treatment, 'mean');
  return { estimate, ...normalMixture(estimate, variance, mixingVariance, alpha) };
}

function guardrailResult(input: GuardrailInput, mixingVariance: number, estimate: number, interval: [number, number], stoppedAt: string | null, stop: boolean): GuardrailResult {
  return {
    column: input.column, direction: input.direction, margin: input.margin, decision: stop ? 'stop' : 'continue', stopped_at: stoppedAt,
    effect: { estimate, interval: [interval[0], interval[1]] }, mixing_variance: mixingVariance,
  };
}

function fixedHorizon(units: AbUnits, lastLook: number, kind: AbKind, alpha: number, control: ArmMoments, treatment: ArmMoments) {
  const estimate = treatment.mean - control.mean;
  if (kind === 'proportion') {
    const successes = (m: ArmMoments) => Math.round(m.mean * m.n);
    const result = twoProportionZ(successes(treatment), treatment.n, successes(control), control.n);
    const halfWidth = normalUpperQuantile(alpha / 2) * Math.sqrt(varianceOfMean(control, kind) + varianceOfMean(treatment, kind));
    return { test: 'two-proportion-z' as const, pValue: result.pValue, interval: [estimate - halfWidth, estimate + halfWidth] as [number, number] };
  }
  const treated: number[] = [];
  const controls: number[] = [];
  for (let i = 0; i < units.outcome.length; i++) {
    if (units.look[i] <= lastLook) (units.arm[i] === 1 ? treated : controls).push(units.outcome[i]);
  }
  const result = welchT(treated, controls);
  const se = Math.sqrt(varianceOfMean(control, kind) + varianceOfMean(treatment, kind));
  const halfWidth = Number.isFinite(result.dof) ? studentTUpperQuantile(alpha / 2, result.dof) * se : 0;
  return { test: 'welch-t' as const, pValue: result.pValue, interval: [estimate - halfWidth, estimate + halfWidth] as [number, number] };
}

/** (0.1·σ)², σ the outcome's standard deviation over both arms (ddof 0); a tiny floor keeps τ² > 0 for a constant outcome. */
function defaultMixingVariance(outcome: Float64Array, kind: AbKind): number {
  let mean = 0;
  for (let i = 0; i < outcome.length; i++) mean += (outcome[i] - mean) / (i + 1);
  let variance = 0;
  if (kind === 'proportion') variance = mean * (1 - mean);
  else {
    for (let i = 0; i < outcome.length; i++) variance += (outcome[i] - mean) ** 2;
    variance /= Math.max(outcome.length, 1);
  }
  const tau = MIXING_SD_IN_OUTCOME_SD * Math.sqrt(variance);
  return tau > 0 ? tau * tau : Number.MIN_VALUE;
}

function intersect(a: [number, number], b: [number, number]): [number, number] {
  const low = Math.max(a[0], b[0]);
  const high = Math.min(a[1], b[1]);
  // Disjoint only with vanishing probability (a miss of the sequence): keep the latest look's.
  return low <= high ? [low, high] : b;
}
