import { InputError, messageOf } from '../../errors.js';
import { LARGE_REFERENCE } from '../drift/auto-method.js';
import { decideDrift, MISSING_RATE_CHANGE, UNIQUE_MIN_VALUES, type ColumnDrift, type DriftOptions, type DriftReport } from '../drift/drift-report.js';
import { DRIFT_METHODS, type MethodName } from '../drift/methods.js';
import { chiSquareHomogeneity } from '../stats/chi-square-homogeneity.js';
import { fisherExact } from '../stats/fisher-exact.js';
import { hellingerDistance } from '../stats/hellinger.js';
import { DEFAULT_EMPTY_BIN_FLOOR, proportions } from '../stats/histogram.js';
import { jensenShannonDistance } from '../stats/jensen-shannon.js';
import { klDivergence } from '../stats/kl-divergence.js';
import { ksTwoSampleOfStatistic } from '../stats/ks-two-sample.js';
import { lInfinityDistance } from '../stats/l-infinity.js';
import { populationStabilityIndex } from '../stats/psi.js';
import { totalVariationDistance } from '../stats/total-variation.js';
import { twoProportionZ } from '../stats/two-proportion-z.js';
import { binnedKs, binnedWasserstein } from './binned-distances.js';
import { checkSameBasis, type NamedProfile } from './merge-profiles.js';
import { binIndex, decileCounts, valuesOf, type CategoricalProfile, type ColumnProfile, type NumericProfile } from './profile.js';

/**
 * Drift from two profiles on one basis (`mlgate drift --reference-profile r.json --current-profile c.json`),
 * as the same `DriftReport` as drift on the raw data, decided by the same `decideDrift`.
 *
 * Exact (the same numbers as on the raw data): chisquare, z and fisher_exact on categorical columns;
 * psi, jensenshannon, hellinger, kl_div, tvd and linf on every column (numeric ones on the reference's
 * deciles and the two outer bins, summed from the 1,000 fine bins). Approximate, marked
 * `approximate: true` with an `error_bound`: ks and wasserstein on numeric columns, from the fine bins
 * (see `binned-distances.ts`); ks's p-value is that of the binned statistic. Not computable from
 * counts: cramer_von_mises, anderson, mannwhitney, t_test, energy_distance (refused).
 */
export const PROFILE_METHODS: Partial<Record<MethodName, readonly ('numeric' | 'categorical')[]>> = {
  chisquare: ['categorical'], z: ['categorical'], fisher_exact: ['categorical'],
  psi: ['numeric', 'categorical'], jensenshannon: ['numeric', 'categorical'], hellinger: ['numeric', 'categorical'],
  kl_div: ['numeric', 'categorical'], tvd: ['numeric', 'categorical'], linf: ['numeric', 'categorical'],
  ks: ['numeric'], wasserstein: ['numeric'],
};

const HISTOGRAM: Partial<Record<MethodName, { measure: (p: number[], q: number[]) => number; floor: boolean }>> = {
  psi: { measure: populationStabilityIndex, floor: true },
  kl_div: { measure: klDivergence, floor: true },
  jensenshannon: { measure: jensenShannonDistance, floor: false },
  hellinger: { measure: hellingerDistance, floor: false },
  tvd: { measure: totalVariationDistance, floor: false },
  linf: { measure: lInfinityDistance, floor: false },
};

export function profileDriftReport(reference: NamedProfile, current: NamedProfile, options: DriftOptions = {}): DriftReport {
  checkSameBasis(reference, current);
  checkMethod(options.method, 'method');
  for (const [column, override] of Object.entries(options.perColumn ?? {})) checkMethod(override.method, `method for column \`${column}\``);
  const byName = new Map(reference.profile.columns.map((c, i) => [c.name, { reference: c, current: current.profile.columns[i] }]));
  const selected = options.columns && options.columns.length > 0 ? options.columns : [...byName.keys()].filter((n) => !(options.exclude ?? []).includes(n));
  for (const name of selected) {
    if (!byName.has(name)) throw new InputError(`${reference.source}: no column \`${name}\` (columns: ${[...byName.keys()].slice(0, 20).map((c) => `\`${c}\``).join(', ')})`);
  }
  const notCompared = options.columns && options.columns.length > 0 ? [] : notComparedColumns(selected, byName, options, [...byName.keys()]);
  const left = new Set(notCompared.map((c) => c.name));
  const names = selected.filter((n) => !left.has(n));
  for (const name of Object.keys(options.perColumn ?? {})) {
    if (!names.includes(name)) throw new InputError(`column-methods names column \`${name}\`, which is not compared (not in ${reference.source}, excluded or not among \`columns\`)`);
  }
  const results = names.map((name) => {
    const pair = byName.get(name)!;
    return compareColumn(name, pair.reference, pair.current, reference.profile.rows, current.profile.rows, options);
  });
  const report = decideDrift(results, {
    reference: { source: reference.source, rows: reference.profile.rows },
    current: { source: current.source, rows: current.profile.rows },
  }, options);
  const ignored = new Set([...(options.exclude ?? []), options.idColumn ?? 'id']);
  return {
    ...report,
    schema: {
      added: current.profile.extra_columns.filter((n) => !ignored.has(n) && !reference.profile.extra_columns.includes(n)),
      dropped: [],
      type_changed: [],
      missing_rate_changed: report.columns
        .filter((c) => Math.abs(c.missing.current - c.missing.reference) >= MISSING_RATE_CHANGE)
        .map((c) => ({ name: c.name, reference: c.missing.reference, current: c.missing.current })),
      missing_rate_threshold: MISSING_RATE_CHANGE,
    },
    not_compared: notCompared,
  };
}

function checkMethod(method: MethodName | 'auto' | undefined, what: string): void {
  if (method === undefined || method === 'auto' || PROFILE_METHODS[method]) return;
  throw new InputError(`${what}: \`${method}\` needs the values, which profiles do not keep; from profiles mlgate computes ${Object.keys(PROFILE_METHODS).join(', ')} (or compare the data files)`);
}

function notComparedColumns(selected: string[], byName: Map<string, { reference: ColumnProfile; current: ColumnProfile }>, options: DriftOptions, all: string[]) {
  const idColumn = options.idColumn ?? 'id';
  const result: { name: string; reason: string }[] = [];
  for (const name of options.exclude ?? []) if (all.includes(name)) result.push({ name, reason: 'excluded by the options' });
  for (const name of selected) {
    if (options.perColumn?.[name]) continue;
    const pair = byName.get(name)!;
    if (name === idColumn) result.push({ name, reason: 'the row-id column' });
    else if (name === 'Unnamed: 0') result.push({ name, reason: 'the row index pandas writes with `to_csv` (use `index=False`)' });
    else if (pair.reference.kind === 'categorical' && pair.current.kind === 'categorical' && uniquePerRow(pair.reference) && uniquePerRow(pair.current)) {
      result.push({ name, reason: `every value distinct on each side (an identifier or timestamp; at least ${UNIQUE_MIN_VALUES} values per side)` });
    }
  }
  return result;
}

function uniquePerRow(column: CategoricalProfile): boolean {
  const counts = [...column.counts.filter((c) => c > 0), ...column.new_categories.map((c) => c.count)];
  return column.other.rows === 0 && counts.length >= UNIQUE_MIN_VALUES && counts.every((c) => c === 1);
}

function compareColumn(name: string, reference: ColumnProfile, current: ColumnProfile, referenceRows: number, currentRows: number, options: DriftOptions): ColumnDrift {
  const kind = reference.kind;
  const override = options.perColumn?.[name] ?? {};
  if (override.kind && override.kind !== kind) {
    throw new InputError(`column \`${name}\`: profiles fix the kind (${kind}, from the reference profile); make the reference profile from data where the column reads as ${override.kind}`);
  }
  const named = override.method ?? options.method ?? 'auto';
  const fits = (m: MethodName) => PROFILE_METHODS[m]!.includes(kind);
  const fallbackNote = named !== 'auto' && override.method === undefined && !fits(named)
    ? `\`${named}\` compares ${PROFILE_METHODS[named]!.join(' or ')} columns only from profiles; this ${kind} column was compared with the auto method`
    : undefined;
  if (named !== 'auto' && override.method !== undefined && !fits(named)) {
    throw new InputError(`column \`${name}\` is ${kind}; from profiles method \`${named}\` compares ${PROFILE_METHODS[named]!.join(' or ')} columns only`);
  }
  const auto = fallbackNote || named === 'auto' ? chooseProfileMethod(reference, current) : undefined;
  const method: MethodName = auto?.method ?? (named as MethodName);
  const threshold = override.threshold ?? (fallbackNote ? undefined : options.threshold) ?? DRIFT_METHODS[method].defaultThreshold;
  if (DRIFT_METHODS[method].type === 'p_value' && !(threshold > 0 && threshold < 1)) {
    throw new InputError(`column \`${name}\`: threshold for \`${method}\` is a p-value and must be in (0, 1), got ${threshold}`);
  }
  const values = { reference: valuesOf(reference), current: valuesOf(current) };
  const base: ColumnDrift = {
    name, kind, method, ...(auto ? { reason: auto.reason } : {}),
    statistic: null, p_value: null, adjusted_p_value: null, threshold, drifted: false,
    missing: { reference: rate(reference.missing, referenceRows), current: rate(current.missing, currentRows) },
    rows: values,
    ...(fallbackNote ? { note: fallbackNote } : {}),
  };
  if (values.reference === 0 && values.current === 0) return { ...base, note: 'no values on either side' };
  if (values.reference === 0) return { ...base, note: 'no values in the reference' };
  if (values.current === 0) return { ...base, note: 'no values in the current data' };
  try {
    const outcome = compute(method, reference, current);
    if (Number.isNaN(outcome.statistic) || (outcome.p_value !== null && Number.isNaN(outcome.p_value))) {
      return { ...base, note: `\`${method}\` is undefined for these values` };
    }
    const approximate = outcome.errorBound !== undefined ? { approximate: true, error_bound: outcome.errorBound } : {};
    const note = outcome.errorBound !== undefined
      ? `from binned profiles: the statistic on the raw data is within ${outcome.errorBound.toPrecision(3)} of this${outcome.p_value !== null ? '; the p-value is that of this statistic' : ''}`
      : base.note;
    if (auto?.significance) {
      const check = compute(auto.significance, reference, current);
      const significance = { test: auto.significance, p_value: check.p_value!, adjusted_p_value: null, threshold: DRIFT_METHODS[auto.significance].defaultThreshold };
      return { ...base, ...approximate, statistic: outcome.statistic, p_value: null, significance, ...(note ? { note } : {}) };
    }
    const drifted = DRIFT_METHODS[method].type === 'distance' ? outcome.statistic >= threshold : false;
    return { ...base, ...approximate, statistic: outcome.statistic, p_value: outcome.p_value, drifted, ...(note ? { note } : {}) };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`column \`${name}\`: ${error.message}`);
    if (error instanceof RangeError) return { ...base, note: `not comparable: ${error.message}` };
    throw new Error(`column \`${name}\` (${method}): ${messageOf(error)}`, { cause: error });
  }
}

interface Outcome {
  statistic: number;
  p_value: number | null;
  errorBound?: number;
}

function compute(method: MethodName, reference: ColumnProfile, current: ColumnProfile): Outcome {
  const histogram = HISTOGRAM[method];
  if (histogram) {
    const { p, q } = reference.kind === 'numeric' ? numericBins(reference, current as NumericProfile) : categoryAxis(reference, current as CategoricalProfile);
    const floor = histogram.floor ? DEFAULT_EMPTY_BIN_FLOOR : 0;
    return { statistic: histogram.measure(proportions(p, floor), proportions(q, floor)), p_value: null };
  }
  if (reference.kind === 'numeric') {
    const other = current as NumericProfile;
    if (method === 'ks') {
      const binned = binnedKs(reference.counts, other.counts);
      const test = ksTwoSampleOfStatistic(binned.statistic, valuesOf(reference), valuesOf(other));
      return { statistic: test.statistic, p_value: test.pValue, errorBound: binned.errorBound };
    }
    return normedBinnedWasserstein(reference, other);
  }
  const axis = categoryAxis(reference, current as CategoricalProfile);
  if (method === 'chisquare') {
    const result = chiSquareHomogeneity(axis.p, axis.q);
    return { statistic: result.statistic, p_value: result.pValue };
  }
  if (axis.p.length > 2) throw new InputError(`method \`${method}\` needs a column with at most 2 categories, found ${axis.p.length}`);
  const totals = [sumOf(axis.p), sumOf(axis.q)];
  const successes = [axis.p[0] ?? 0, axis.q[0] ?? 0];
  if (method === 'z') {
    const result = twoProportionZ(successes[0], totals[0], successes[1], totals[1]);
    return { statistic: result.statistic, p_value: result.pValue };
  }
  const result = fisherExact([[successes[0], totals[0] - successes[0]], [successes[1], totals[1] - successes[1]]]);
  return { statistic: result.statistic, p_value: result.pValue };
}

function numericBins(reference: NumericProfile, current: NumericProfile) {
  // `referenceQuantileEdges` throws this for an empty reference; the raw-data report says the same.
  if (reference.finite.count === 0) throw new RangeError('referenceQuantileEdges: reference is empty: at least one observation is needed');
  return { p: decileCounts(reference), q: decileCounts(current) };
}

/** Union of both sides' categories, sorted as `categoryCounts` sorts them, then `other` when either side has folded values. */
function categoryAxis(reference: CategoricalProfile, current: CategoricalProfile) {
  const tally = (column: CategoricalProfile) => {
    const counts = new Map<string, number>();
    column.categories.forEach((c, i) => counts.set(c, column.counts[i]));
    for (const c of column.new_categories) counts.set(c.name, (counts.get(c.name) ?? 0) + c.count);
    return counts;
  };
  const p = tally(reference);
  const q = tally(current);
  const categories = [...new Set([...p.keys(), ...q.keys()])].filter((c) => (p.get(c) ?? 0) + (q.get(c) ?? 0) > 0).sort();
  const axis = { p: categories.map((c) => p.get(c) ?? 0), q: categories.map((c) => q.get(c) ?? 0) };
  if (reference.other.rows > 0 || current.other.rows > 0) {
    axis.p.push(reference.other.rows);
    axis.q.push(current.other.rows);
  }
  return axis;
}

/** Wasserstein distance of the finite values in units of the reference's standard deviation, as `wasserstein` on raw data. */
function normedBinnedWasserstein(reference: NumericProfile, current: NumericProfile): Outcome {
  if (reference.finite.count === 0 || current.finite.count === 0) throw new RangeError('wasserstein: a side has no finite value');
  const finiteCounts = (column: NumericProfile) => {
    const counts = [...column.counts];
    const range = reference.reference_range!;
    counts[binIndex(-Infinity, reference.edges, range)] -= column.infinite.negative;
    counts[binIndex(Infinity, reference.edges, range)] -= column.infinite.positive;
    return counts;
  };
  const lo = Math.min(reference.finite.min!, current.finite.min!);
  const hi = Math.max(reference.finite.max!, current.finite.max!);
  const range = reference.reference_range!;
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  const bounds = [lo, range.min, ...reference.edges, range.max, hi].map(clamp);
  const intervals = bounds.slice(1).map((b, i): [number, number] => [bounds[i], b]);
  const estimate = binnedWasserstein(finiteCounts(reference), finiteCounts(current), intervals);
  const std = Math.sqrt(reference.finite.m2 / reference.finite.count);
  if (std === 0) return { statistic: estimate.statistic === 0 ? 0 : Infinity, p_value: null, errorBound: estimate.errorBound === 0 ? 0 : Infinity };
  return { statistic: estimate.statistic / std, p_value: null, errorBound: estimate.errorBound / std };
}

interface ProfileChoice {
  method: MethodName;
  significance?: MethodName;
  reason: string;
}

/**
 * `auto` on profiles: raw data's rule (`auto-method.ts`) with the methods profiles support. Numeric:
 * `ks` up to 1,000 reference values, else `wasserstein` ≥ 0.1 confirmed by `ks` (both approximate,
 * from the fine bins). Categorical: `z`/`chisquare`, or `jensenshannon` confirmed by them above 1,000
 * reference values (exact). Numeric columns with few distinct values are not compared as categories
 * (profiles keep no distinct numeric values).
 */
export function chooseProfileMethod(reference: ColumnProfile, current: ColumnProfile): ProfileChoice {
  const size = valuesOf(reference);
  const large = size > LARGE_REFERENCE;
  if (reference.kind === 'numeric') {
    return large
      ? { method: 'wasserstein', significance: 'ks', reason: `numeric, reference has ${size} rows (> ${LARGE_REFERENCE}): effect size, confirmed by ks (both from binned profiles)` }
      : { method: 'ks', reason: `numeric, reference has ${size} rows (≤ ${LARGE_REFERENCE}; from binned profiles)` };
  }
  const categories = categoryAxis(reference, current as CategoricalProfile).p.length;
  const what = `categorical with ${categories} categories over both sides`;
  if (large) {
    const significance = categories <= 2 ? 'z' : 'chisquare';
    return { method: 'jensenshannon', significance, reason: `${what}, reference has ${size} rows: effect size, confirmed by ${significance}` };
  }
  if (categories <= 2) return { method: 'z', reason: `${what} (binary)` };
  return { method: 'chisquare', reason: what };
}

function rate(part: number, total: number): number {
  return total === 0 ? 0 : part / total;
}

function sumOf(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
