import { InputError, messageOf } from '../../errors.js';
import { columnOf, type Table } from '../table/table.js';
import { columnPair, valueCount, type ColumnKind, type ColumnPair } from './column-sample.js';
import { chooseMethod } from './auto-method.js';
import { adjustPValues, type Correction } from './correction.js';
import { DRIFT_METHODS, type MethodName } from './methods.js';

export interface ColumnOverride {
  method?: MethodName | 'auto';
  threshold?: number;
  kind?: ColumnKind;
}

export interface DriftOptions {
  /** One method for every column; `auto` (default) picks per column (see `auto-method.ts`). */
  method?: MethodName | 'auto';
  /** Threshold for every column; default: the method's own (0.05 for p-values, 0.1 for distances). */
  threshold?: number;
  /** Columns to compare; default: every column present in both files. */
  columns?: string[];
  /** Columns left out (an id, the target). */
  exclude?: string[];
  perColumn?: Record<string, ColumnOverride>;
  /** Multiple-testing control across p-value columns; default `bh`. */
  correction?: Correction;
  /** Share of drifted columns at which the dataset drifts; default 0.5. */
  driftShare?: number;
  /** Columns whose drift alone drifts the dataset. */
  criticalColumns?: string[];
}

export interface ColumnDrift {
  name: string;
  kind: ColumnKind;
  method: MethodName;
  /** Why auto chose this method; absent when the user named it. */
  reason?: string;
  /** `null` when the column could not be compared (see `note`). ±Infinity is possible (e.g. a constant reference that moved). */
  statistic: number | null;
  /** Raw p-value; `null` for distances. */
  p_value: number | null;
  /** p-value after the multiple-testing correction; what `drifted` is decided on. */
  adjusted_p_value: number | null;
  /**
   * For distances chosen by `auto` on large samples: the test that must also reject (after the
   * same correction) before a distance above its threshold counts as drift.
   */
  significance?: { test: MethodName; p_value: number; adjusted_p_value: number | null; threshold: number };
  threshold: number;
  drifted: boolean;
  missing: { reference: number; current: number };
  rows: { reference: number; current: number };
  /**
   * A numeric column's few non-numeric cells (`?`, `-`, a stray word), read as missing and counted
   * in `missing`; absent when none (see `column-sample.ts`).
   */
  stray_tokens?: { tokens: string[]; cells: { reference: number; current: number } };
  note?: string;
}

export interface DriftReport {
  reference: { source: string; rows: number };
  current: { source: string; rows: number };
  correction: Correction;
  columns: ColumnDrift[];
  /** Columns that drifted ÷ columns that could be compared. */
  share_drifted: number;
  drift_share_threshold: number;
  dataset_drifted: boolean;
  critical_columns_drifted: string[];
}

/**
 * Compares every shared column of two tables and decides per column and for the dataset.
 * Missing cells are dropped per column; their rate on each side is reported, not tested.
 */
export function driftReport(reference: Table, current: Table, options: DriftOptions = {}): DriftReport {
  const names = selectColumns(reference, current, options);
  const columns = names.map((name) => ({
    name,
    pair: columnPair(
      name,
      { cells: columnOf(reference, name), source: reference.source },
      { cells: columnOf(current, name), source: current.source },
      options.perColumn?.[name]?.kind,
    ),
  }));
  return driftReportOfColumns(columns, { reference: { source: reference.source, rows: reference.rowCount }, current: { source: current.source, rows: current.rowCount } }, options);
}

/** The same decision on columns already split into samples (what `driftReport` does after reading). */
export function driftReportOfColumns(
  columns: { name: string; pair: ColumnPair }[],
  sources: Pick<DriftReport, 'reference' | 'current'>,
  options: DriftOptions = {},
): DriftReport {
  const correction = options.correction ?? 'bh';
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new InputError(`drift share must be in (0, 1], got ${driftShare}`);
  const names = columns.map((c) => c.name);
  const results = columns.map(({ name, pair }) => compareColumn(name, pair, options));

  // One family for the correction: every p-value test and every significance check of a distance.
  const tests = results.filter((r) => r.statistic !== null && (r.p_value !== null || r.significance));
  const adjusted = adjustPValues(tests.map((r) => (r.p_value ?? r.significance!.p_value)), correction);
  tests.forEach((r, i) => {
    if (r.significance) {
      r.significance.adjusted_p_value = adjusted[i];
      r.drifted = r.statistic! >= r.threshold && adjusted[i] < r.significance.threshold;
    } else {
      r.adjusted_p_value = adjusted[i];
      r.drifted = adjusted[i] < r.threshold;
    }
  });

  const compared = results.filter((r) => r.statistic !== null);
  const drifted = compared.filter((r) => r.drifted);
  const share = compared.length === 0 ? 0 : drifted.length / compared.length;
  const critical = new Set(options.criticalColumns ?? []);
  for (const name of critical) {
    if (!names.includes(name)) throw new InputError(`critical column \`${name}\` is not among the compared columns`);
  }
  const criticalDrifted = drifted.filter((r) => critical.has(r.name)).map((r) => r.name);
  return {
    ...sources,
    correction,
    columns: results,
    share_drifted: share,
    drift_share_threshold: driftShare,
    dataset_drifted: (compared.length > 0 && share >= driftShare) || criticalDrifted.length > 0,
    critical_columns_drifted: criticalDrifted,
  };
}

function selectColumns(reference: Table, current: Table, options: DriftOptions): string[] {
  if (options.columns && options.columns.length > 0) {
    for (const name of options.columns) {
      columnOf(reference, name);
      columnOf(current, name);
    }
    return options.columns;
  }
  const excluded = new Set(options.exclude ?? []);
  const shared = reference.columns.filter((name) => current.cells.has(name) && !excluded.has(name));
  if (shared.length === 0) {
    throw new InputError(`${reference.source} and ${current.source} share no column to compare`);
  }
  return shared;
}

function compareColumn(name: string, pair: ColumnPair, options: DriftOptions): ColumnDrift {
  const override = options.perColumn?.[name] ?? {};
  const named = override.method ?? options.method ?? 'auto';
  // A method named for every column applies to the columns it fits; the others get auto's choice,
  // noted. A method named for this column alone is the user's explicit wish: refused if it cannot fit.
  const fallbackNote = named !== 'auto' && override.method === undefined && !DRIFT_METHODS[named].kinds.includes(pair.kind)
    ? `\`${named}\` compares ${DRIFT_METHODS[named].kinds.join(' or ')} columns only; this ${pair.kind} column was compared with the auto method`
    : undefined;
  const requested = fallbackNote ? 'auto' : named;
  const auto = requested === 'auto' ? chooseMethod(pair) : undefined;
  const methodName: MethodName = auto?.method ?? (requested as MethodName);
  const method = DRIFT_METHODS[methodName];
  const kind: ColumnKind = auto?.asCategories ? 'categorical' : pair.kind;
  // The global threshold belongs to the global method; a fallback column uses its own method's default.
  const threshold = override.threshold ?? (fallbackNote ? undefined : options.threshold) ?? method.defaultThreshold;
  if (method.type === 'p_value' && !(threshold > 0 && threshold < 1)) {
    throw new InputError(`column \`${name}\`: threshold for \`${methodName}\` is a p-value and must be in (0, 1), got ${threshold}`);
  }
  const base: ColumnDrift = {
    name, kind, method: methodName, ...(auto ? { reason: auto.reason } : {}),
    statistic: null, p_value: null, adjusted_p_value: null, threshold, drifted: false,
    missing: { reference: rate(pair.reference.missing, pair.reference.total), current: rate(pair.current.missing, pair.current.total) },
    rows: { reference: valueCount(pair.reference), current: valueCount(pair.current) },
    ...(pair.strayTokens ? { stray_tokens: { tokens: pair.strayTokens, cells: { reference: pair.reference.strayCells ?? 0, current: pair.current.strayCells ?? 0 } } } : {}),
    ...(fallbackNote ? { note: fallbackNote } : {}),
  };
  if (!method.kinds.includes(kind)) {
    throw new InputError(`column \`${name}\` is ${kind}; method \`${methodName}\` compares ${method.kinds.join(' or ')} columns only`);
  }
  const unusable = whyNotComparable(pair);
  if (unusable) return { ...base, note: unusable };
  try {
    const outcome = method.compute(pair.reference, pair.current, kind);
    if (Number.isNaN(outcome.statistic) || (outcome.p_value !== null && Number.isNaN(outcome.p_value))) {
      return { ...base, note: `\`${methodName}\` is undefined for these values (e.g. infinite values for a moment-based test)` };
    }
    if (auto?.significance) {
      const check = DRIFT_METHODS[auto.significance].compute(pair.reference, pair.current, kind);
      const significance = { test: auto.significance, p_value: check.p_value!, adjusted_p_value: null, threshold: DRIFT_METHODS[auto.significance].defaultThreshold };
      // Decided after the correction across columns, like the p-value tests.
      return { ...base, statistic: outcome.statistic, p_value: null, significance, drifted: false };
    }
    const drifted = method.type === 'distance' ? outcome.statistic >= threshold : false; // p-values decide after correction
    return { ...base, statistic: outcome.statistic, p_value: outcome.p_value, drifted };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`column \`${name}\`: ${error.message}`);
    // The statistics throw RangeError for samples they cannot compare (e.g. no finite value left).
    if (error instanceof RangeError) return { ...base, note: `not comparable: ${error.message}` };
    throw new Error(`column \`${name}\` (${methodName}): ${messageOf(error)}`, { cause: error });
  }
}

/** An all-missing side cannot be compared: it is reported (with its missing rate), not guessed. */
function whyNotComparable(pair: ColumnPair): string | undefined {
  const reference = valueCount(pair.reference);
  const current = valueCount(pair.current);
  if (reference === 0 && current === 0) return 'no values on either side';
  if (reference === 0) return 'no values in the reference';
  if (current === 0) return 'no values in the current data';
  return undefined;
}

function rate(part: number, total: number): number {
  return total === 0 ? 0 : part / total;
}
