import { InputError } from '../../errors.js';
import { ksTwoSample } from '../stats/ks-two-sample.js';
import { chiSquareHomogeneity } from '../stats/chi-square-homogeneity.js';
import { twoProportionZ } from '../stats/two-proportion-z.js';
import { cramerVonMisesTwoSample } from '../stats/cramer-von-mises.js';
import { andersonDarlingKSample } from '../stats/anderson-darling.js';
import { mannWhitneyU } from '../stats/mann-whitney.js';
import { welchT } from '../stats/welch-t.js';
import { fisherExact } from '../stats/fisher-exact.js';
import { wassersteinDistance } from '../stats/wasserstein.js';
import { energyDistance } from '../stats/energy-distance.js';
import { populationStabilityIndex } from '../stats/psi.js';
import { jensenShannonDistance } from '../stats/jensen-shannon.js';
import { hellingerDistance } from '../stats/hellinger.js';
import { klDivergence } from '../stats/kl-divergence.js';
import { totalVariationDistance } from '../stats/total-variation.js';
import { lInfinityDistance } from '../stats/l-infinity.js';
import { binCountsWithOuterBins, categoryCountsOfTallies, DEFAULT_EMPTY_BIN_FLOOR, proportions, referenceQuantileEdges } from '../stats/histogram.js';
import { isMarkedSorted } from '../stats/sorted-sample.js';
import { finiteNumbers, valueCount, type ColumnKind, type ColumnSample } from './column-sample.js';

export const METHOD_NAMES = [
  'ks', 'chisquare', 'z', 'cramer_von_mises', 'anderson', 'mannwhitney', 't_test', 'fisher_exact',
  'wasserstein', 'psi', 'jensenshannon', 'hellinger', 'kl_div', 'tvd', 'linf', 'energy_distance',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export interface MethodOutcome {
  statistic: number;
  /** `null` for distances. */
  p_value: number | null;
}

export interface DriftMethod {
  name: MethodName;
  /** p-value tests drift when p < threshold; distances drift when distance ≥ threshold. */
  type: 'p_value' | 'distance';
  /** Column kinds the method can compare. Numeric columns can also be compared as categories. */
  kinds: readonly ColumnKind[];
  defaultThreshold: number;
  compute(reference: ColumnSample, current: ColumnSample, kind: ColumnKind): MethodOutcome;
}

/** Bins used when a histogram distance compares a numeric column (see `stats/histogram.ts`). */
export const NUMERIC_BINS = 10;

/**
 * Proportions over reference-quantile bins (numeric) or the union of categories (categorical).
 * `floorEmpty` applies the documented empty-bin floor for the measures that divide by a proportion.
 */
function distributions(reference: ColumnSample, current: ColumnSample, kind: ColumnKind, floorEmpty: boolean) {
  const floor = floorEmpty ? DEFAULT_EMPTY_BIN_FLOOR : 0;
  if (kind === 'numeric') {
    const ref = reference.sortedFinite;
    const edges = referenceQuantileEdges(ref, NUMERIC_BINS);
    // Two open bins beyond the reference's extremes (empty on the reference side), so
    // current values outside the reference range are seen as moved mass (issue 11).
    // Infinite reference values widen the range to ±Infinity; infinite current values
    // beyond a finite reference range land in the open bins.
    const { min, max } = range(reference.numbers);
    return {
      p: proportions(binCountsWithOuterBins(reference.numbers, edges, min, max), floor),
      q: proportions(binCountsWithOuterBins(current.numbers, edges, min, max), floor),
    };
  }
  const counts = categoryCountsOfTallies(reference.tally, current.tally);
  return { p: proportions(counts.reference, floor), q: proportions(counts.current, floor) };
}

function histogramDistance(
  name: MethodName,
  measure: (p: number[], q: number[]) => number,
  floorEmpty: boolean,
  kinds: readonly ColumnKind[] = ['numeric', 'categorical'],
): DriftMethod {
  return {
    name, type: 'distance', kinds, defaultThreshold: 0.1,
    compute(reference, current, kind) {
      const { p, q } = distributions(reference, current, kind, floorEmpty);
      return { statistic: measure(p, q), p_value: null };
    },
  };
}

function pValueTest(
  name: MethodName,
  kinds: readonly ColumnKind[],
  test: (reference: ColumnSample, current: ColumnSample) => { statistic: number; pValue: number },
): DriftMethod {
  return {
    name, type: 'p_value', kinds, defaultThreshold: 0.05,
    compute(reference, current) {
      const result = test(reference, current);
      return { statistic: result.statistic, p_value: result.pValue };
    },
  };
}

/** The two categories of a binary comparison: success is the first label in sorted order. */
function binaryCounts(name: MethodName, reference: ColumnSample, current: ColumnSample) {
  const counts = categoryCountsOfTallies(reference.tally, current.tally);
  if (counts.categories.length > 2) {
    throw new InputError(`method \`${name}\` needs a column with at most 2 categories, found ${counts.categories.length}`);
  }
  const success = (side: number[]) => side[0] ?? 0;
  return {
    successes: [success(counts.reference), success(counts.current)] as const,
    totals: [valueCount(reference), valueCount(current)] as const,
  };
}

/** Wasserstein distance in units of the reference's standard deviation (ddof 0, as `np.std`). */
function normedWasserstein(reference: ColumnSample, current: ColumnSample): number {
  const scale = unitScale(reference.sortedFinite, current.sortedFinite);
  const distance = wassersteinDistance(reference.sortedFinite, current.sortedFinite, scale);
  const std = populationStd(finiteNumbers(reference), scale);
  // A constant reference has no scale: any move away from the constant is infinitely many
  // standard deviations, and staying on it is no drift at all.
  if (std === 0) return distance === 0 ? 0 : Infinity;
  return distance / std;
}

/**
 * Energy distance in units of the reference's spread: `energyDistance` of the data divided
 * by the reference's standard deviation σ (ddof 0), which is D/√σ since D² is in the data's
 * units. Scale-free like `normedWasserstein`, so the default threshold 0.1 means the same on
 * every column whatever its units (raw D flagged columns measured in large units between two
 * halves of one file). On unchanged data D/√σ ≈ √(2·(1/n + 1/m)·∫F(1−F)dt/σ), about 0.05 for
 * 1,000 normal rows a side: the threshold is meant for samples of 1,000 rows or more (at 500
 * rows a side about 8% of unchanged columns pass 0.1; at 200 rows, about 40%).
 */
function normedEnergy(reference: ColumnSample, current: ColumnSample): number {
  const scale = unitScale(reference.sortedFinite, current.sortedFinite);
  const distance = energyDistance(reference.sortedFinite, current.sortedFinite, scale);
  const std = populationStd(finiteNumbers(reference), scale);
  if (std === 0) return distance === 0 ? 0 : Infinity;
  return distance / Math.sqrt(std);
}

/**
 * The largest magnitude of both samples (sorted: it is at one of their ends), which the normed
 * distances divide by. They are ratios that do not change with the data's units, but their parts
 * do: squares of values above ~1e154 overflow to Infinity (the standard deviation, then the ratio,
 * became 0 — a drifted column reported as not drifted), and differences near the largest double
 * overflow. In [-1, 1] neither can happen. 1 when there is nothing to scale.
 */
function unitScale(reference: Float64Array, current: Float64Array): number {
  let scale = 0;
  for (const sorted of [reference, current]) {
    if (sorted.length === 0) continue;
    scale = Math.max(scale, Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
  }
  return scale === 0 ? 1 : scale;
}

function populationStd(values: Float64Array, scale: number): number {
  let mean = 0;
  for (const v of values) mean += scale === 1 ? v : v / scale;
  mean /= values.length;
  let squares = 0;
  for (const v of values) squares += ((scale === 1 ? v : v / scale) - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

function range(values: Float64Array): { min: number; max: number } {
  if (isMarkedSorted(values) && values.length > 0) return { min: values[0], max: values[values.length - 1] };
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

const numeric = ['numeric'] as const;
const both = ['numeric', 'categorical'] as const;

export const DRIFT_METHODS: Record<MethodName, DriftMethod> = {
  ks: pValueTest('ks', numeric, (r, c) => ksTwoSample(r.numbers, c.numbers)),
  chisquare: pValueTest('chisquare', both, (r, c) => {
    const counts = categoryCountsOfTallies(r.tally, c.tally);
    return chiSquareHomogeneity(counts.reference, counts.current);
  }),
  z: pValueTest('z', both, (r, c) => {
    const { successes, totals } = binaryCounts('z', r, c);
    return twoProportionZ(successes[0], totals[0], successes[1], totals[1]);
  }),
  cramer_von_mises: pValueTest('cramer_von_mises', numeric, (r, c) => cramerVonMisesTwoSample(r.numbers, c.numbers)),
  anderson: pValueTest('anderson', numeric, (r, c) => andersonDarlingKSample([r.numbers, c.numbers])),
  mannwhitney: pValueTest('mannwhitney', numeric, (r, c) => mannWhitneyU(r.numbers, c.numbers)),
  t_test: pValueTest('t_test', numeric, (r, c) => welchT(finiteNumbers(r), finiteNumbers(c))),
  fisher_exact: pValueTest('fisher_exact', both, (r, c) => {
    const { successes, totals } = binaryCounts('fisher_exact', r, c);
    return fisherExact([
      [successes[0], totals[0] - successes[0]],
      [successes[1], totals[1] - successes[1]],
    ]);
  }),
  wasserstein: {
    name: 'wasserstein', type: 'distance', kinds: numeric, defaultThreshold: 0.1,
    compute: (r, c) => ({ statistic: normedWasserstein(r, c), p_value: null }),
  },
  energy_distance: {
    name: 'energy_distance', type: 'distance', kinds: numeric, defaultThreshold: 0.1,
    compute: (r, c) => ({ statistic: normedEnergy(r, c), p_value: null }),
  },
  psi: histogramDistance('psi', populationStabilityIndex, true),
  jensenshannon: histogramDistance('jensenshannon', jensenShannonDistance, false),
  hellinger: histogramDistance('hellinger', hellingerDistance, false),
  kl_div: histogramDistance('kl_div', klDivergence, true),
  tvd: histogramDistance('tvd', totalVariationDistance, false),
  linf: histogramDistance('linf', lInfinityDistance, false),
};

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * Evidently's stat-test names that name an mlgate method under another name, accepted so an
 * Evidently configuration carries over. Evidently's names that match mlgate's (`ks`, `psi`, …)
 * need no alias. The numbers are not always Evidently's: the README's "Coming from Evidently"
 * table says where and why (`ed` is scale-free here; `mannw` is two-sided here, `less` there).
 */
export const EVIDENTLY_ALIASES: Readonly<Record<string, MethodName>> = {
  ed: 'energy_distance',
  mannw: 'mannwhitney',
};

/** Evidently stat tests mlgate does not compute, with what they are, for the refusal message. */
const EVIDENTLY_ONLY: Readonly<Record<string, string>> = {
  es: "Evidently's Epps–Singleton test",
  g_test: "Evidently's G-test (goodness of fit of current against reference proportions)",
  empirical_mmd: "Evidently's maximum mean discrepancy permutation test",
  TVD: "Evidently's permutation p-value of the total variation distance (mlgate's `tvd` is the distance itself)",
  text_content_drift: "Evidently's text-content drift",
  perc_text_content_drift: "Evidently's text-content drift",
  abs_text_content_drift: "Evidently's text-content drift",
};

/** mlgate's method for `name`, an mlgate method name or an Evidently alias; undefined otherwise. */
export function canonicalMethodName(name: string): MethodName | undefined {
  if (isMethodName(name)) return name;
  return Object.hasOwn(EVIDENTLY_ALIASES, name) ? EVIDENTLY_ALIASES[name] : undefined;
}

/** Why an Evidently-only name is refused, pointing at the README's table; undefined for other names. */
export function evidentlyRefusal(name: string): string | undefined {
  if (!Object.hasOwn(EVIDENTLY_ONLY, name)) return undefined;
  return `\`${name}\` is ${EVIDENTLY_ONLY[name]}, which mlgate does not compute; the README's "Coming from Evidently" table names the nearest mlgate method`;
}

/** Every Evidently-only name with its refusal, for the `method` option. */
export const EVIDENTLY_REFUSALS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(EVIDENTLY_ONLY).map((name) => [name, evidentlyRefusal(name) ?? '']),
);
