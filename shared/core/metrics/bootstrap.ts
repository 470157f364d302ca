/**
 * Percentile bootstrap confidence intervals, single-sample and paired.
 *
 * Method: draw `resamples` resamples of the n rows with replacement (each a vector of
 * row multiplicities, "counts", summing to n), evaluate the statistic on each, and take
 * the (1 - level)/2 and (1 + level)/2 quantiles of the replicates — Efron's percentile
 * interval. Quantiles interpolate linearly between order statistics (Hyndman & Fan
 * type 7, numpy's default `np.percentile`), so the interval is a deterministic function
 * of the replicates.
 *
 * Undefined replicates: a statistic reports "undefined" by returning NaN (e.g. ROC AUC on
 * a resample that holds one class only). Such replicates are skipped for that statistic
 * only and counted in `skipped`; the interval uses the remaining ones. A statistic that is
 * undefined on every resample gets no interval.
 *
 * Paired bootstrap: candidate and baseline are evaluated on the very same counts vector
 * in each resample (the rows are paired), and the interval of the difference
 * candidate − baseline is the percentile interval of the per-resample differences.
 *
 * One draw serves every statistic of both models: `candidate` and `baseline` each compute all
 * their metrics from the same counts vector, so a resample costs one draw plus one pass per model.
 *
 * Reproducibility: resamples come from xoshiro128** seeded with `seed` (default 0, rows drawn
 * with `countDraws`), and the draws do not depend on the statistic, so the same seed gives identical intervals
 * across runs and machines, and adding a baseline does not change the candidate's
 * intervals.
 *
 * References: B. Efron, R. Tibshirani (1993), "An Introduction to the Bootstrap", ch. 13;
 * R. Hyndman, Y. Fan (1996), "Sample quantiles in statistical packages", Am. Stat. 50(4).
 */
import { releaseMemory } from '../release-memory.js';
import { xoshiro128, type RandomSource } from './xoshiro128.js';

export interface BootstrapOptions {
  /** Number of resamples; a positive integer, default 1000. */
  resamples?: number;
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
  /** Seed of the resampling generator; a non-negative safe integer, default 0. */
  seed?: number;
}

export interface BootstrapResult {
  method: 'percentile';
  level: number;
  resamples: number;
  seed: number;
  /** Interval [lower, upper] per statistic that was defined on at least one resample. */
  intervals: Record<string, [number, number]>;
  /** Per statistic, how many resamples left it undefined (NaN) and were skipped. */
  skipped: Record<string, number>;
}

/** Statistic evaluated on a resample; `counts[i]` is how many times row i was drawn. */
export type ResampleStatistic = (counts: Uint32Array) => Record<string, number>;

export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_LEVEL = 0.95;
export const DEFAULT_SEED = 0;

interface ResolvedOptions {
  resamples: number;
  level: number;
  seed: number;
}

function resolveOptions(options: BootstrapOptions): ResolvedOptions {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const level = options.level ?? DEFAULT_LEVEL;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${level}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  }
  return { resamples, level, seed };
}

/**
 * Quantile q of ascending-sorted values by linear interpolation between order
 * statistics (numpy's default). Throws a RangeError on an empty array.
 */
export function sortedQuantile(sorted: ArrayLike<number>, q: number): number {
  const m = sorted.length;
  if (m === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be in [0, 1], got ${q}`);
  const position = q * (m - 1);
  const lowerIndex = Math.floor(position);
  const upperIndex = Math.min(lowerIndex + 1, m - 1);
  const fraction = position - lowerIndex;
  const lower = sorted[lowerIndex];
  const upper = sorted[upperIndex];
  // Written as lower + fraction·(upper − lower) so that equal neighbours give exactly that value.
  return fraction === 0 || lower === upper ? lower : lower + fraction * (upper - lower);
}

/** Percentile interval of replicates (NaN entries must already be removed). */
export function percentileInterval(replicates: ArrayLike<number>, level: number): [number, number] {
  const sorted = Float64Array.from(replicates).sort();
  const alpha = (1 - level) / 2;
  return [sortedQuantile(sorted, alpha), sortedQuantile(sorted, 1 - alpha)];
}

/** Draws the multiplicity of each of n rows in one resample of size n. */
export function drawCounts(n: number, random: RandomSource, counts: Uint32Array): void {
  counts.fill(0);
  random.countDraws(n, n, counts);
}

class ReplicateCollector {
  private readonly values = new Map<string, number[]>();
  private readonly undefinedCount = new Map<string, number>();

  add(key: string, value: number): void {
    if (!this.values.has(key)) {
      this.values.set(key, []);
      this.undefinedCount.set(key, 0);
    }
    if (Number.isNaN(value)) this.undefinedCount.set(key, (this.undefinedCount.get(key) ?? 0) + 1);
    else this.values.get(key)!.push(value);
  }

  result(options: ResolvedOptions): BootstrapResult {
    const intervals: Record<string, [number, number]> = {};
    const skipped: Record<string, number> = {};
    for (const [key, values] of this.values) {
      skipped[key] = this.undefinedCount.get(key) ?? 0;
      if (values.length > 0) intervals[key] = percentileInterval(values, options.level);
    }
    return { method: 'percentile', ...options, intervals, skipped };
  }
}

/**
 * Percentile bootstrap intervals for every statistic returned by `statistic`.
 * `n` is the number of rows (a positive integer; RangeError otherwise).
 */
export function bootstrapIntervals(
  n: number,
  statistic: ResampleStatistic,
  options: BootstrapOptions = {},
): BootstrapResult {
  return pairedBootstrapIntervals(n, statistic, undefined, options).candidate;
}

/**
 * Paired percentile bootstrap: the candidate's intervals, and — when a baseline statistic
 * is given — intervals of candidate − baseline computed on the same resampled rows. A
 * difference is undefined (skipped) on a resample where either side is undefined.
 */
export function pairedBootstrapIntervals(
  n: number,
  candidate: ResampleStatistic,
  baseline: ResampleStatistic | undefined,
  options: BootstrapOptions = {},
): { candidate: BootstrapResult; delta?: BootstrapResult } {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`bootstrap needs at least one row, got n = ${n}`);
  }
  const resolved = resolveOptions(options);
  const random = xoshiro128(resolved.seed);
  const counts = new Uint32Array(n);
  const candidateReplicates = new ReplicateCollector();
  const deltaReplicates = new ReplicateCollector();
  for (let r = 0; r < resolved.resamples; r++) {
    drawCounts(n, random, counts);
    const candidateValues = candidate(counts);
    for (const [key, value] of Object.entries(candidateValues)) candidateReplicates.add(key, value);
    if (baseline) {
      const baselineValues = baseline(counts);
      for (const [key, value] of Object.entries(candidateValues)) {
        if (!(key in baselineValues)) continue;
        deltaReplicates.add(key, value - baselineValues[key]);
      }
    }
  }
  releaseMemory(counts);
  const result: { candidate: BootstrapResult; delta?: BootstrapResult } = {
    candidate: candidateReplicates.result(resolved),
  };
  if (baseline) result.delta = deltaReplicates.result(resolved);
  return result;
}
