import { InputError, messageOf } from '../../errors.js';
import type { Table } from '../table/table.js';
import { typedColumnOf, typedTableOfCells, type TypedColumn, type TypedTable } from '../table/typed-column.js';
import { categoryTally, columnPair, finiteNumbers, inferColumn, needsText, valueCount, type ColumnKind, type ColumnPair } from './column-sample.js';
import { columnHistogram, type ColumnHistogram } from './column-histogram.js';
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
  /** The row-id column, never compared (default `id`); see `notCompared`. */
  idColumn?: string;
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
  /**
   * Present and true when the statistic was computed from binned profiles rather than the values
   * (`mlgate drift --reference-profile`, methods `ks` and `wasserstein`): the exact statistic on
   * the raw data lies within `error_bound` of `statistic`; p-values are those of this statistic.
   */
  approximate?: boolean;
  /** With `approximate`: the largest distance between `statistic` and the statistic on the raw data. */
  error_bound?: number;
  note?: string;
  /**
   * The two sides' distributions for charts, on the bins the histogram methods use (see
   * `column-histogram.ts`); absent when the reference has no value (and in reports written before it).
   */
  histogram?: ColumnHistogram;
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
  /** How the two files' columns differ, beside the values' drift (see `SchemaChanges`). */
  schema: SchemaChanges;
  /** Columns present on both sides but left out of the comparison, each with the reason. */
  not_compared: { name: string; reason: string }[];
}

/**
 * Columns that changed shape between the files. `added` and `dropped` are columns in one file only
 * (never compared, so without this they would go unseen); `type_changed` are shared columns read as
 * numbers on one side and as words on the other (then compared as categories); `missing_rate_changed`
 * are compared columns whose share of missing cells moved by `missing_rate_threshold` (0.1, ten
 * percentage points) or more — a broken join or a new default shows up there before it shows up as
 * drift of the remaining values.
 */
export interface SchemaChanges {
  added: string[];
  dropped: string[];
  type_changed: { name: string; reference: ColumnKind; current: ColumnKind }[];
  missing_rate_changed: { name: string; reference: number; current: number }[];
  missing_rate_threshold: number;
}

/** A change of the missing rate by this much (absolute, 0.1 = ten percentage points) is a schema change. */
export const MISSING_RATE_CHANGE = 0.1;
/** A categorical column needs this many values on each side, all distinct, to be taken for an identifier. */
export const UNIQUE_MIN_VALUES = 20;
/** Column names pandas gives its index when a file written with the index is read back and written again. */
const PANDAS_INDEX = new Set(['Unnamed: 0']);

export function noSchemaChange(): SchemaChanges {
  return { added: [], dropped: [], type_changed: [], missing_rate_changed: [], missing_rate_threshold: MISSING_RATE_CHANGE };
}

/**
 * Compares every shared column of two tables and decides per column and for the dataset.
 * Missing cells are dropped per column; their rate on each side is reported, not tested.
 */
export function driftReport(referenceTable: Table | TypedTable, currentTable: Table | TypedTable, options: DriftOptions = {}): DriftReport {
  const reference = typedTable(referenceTable);
  const current = typedTable(currentTable);
  const plan = planDrift(reference, current, options);
  const part = driftOfColumnGroup(plan, reference, current, plan.needed, options);
  return finishDrift(plan, [part], { reference: reference.rowCount, current: current.rowCount }, options);
}

/** A file's columns, before (or without) their values: what `planDrift` decides on. */
export interface TableColumns {
  source: string;
  columns: string[];
}

/**
 * What a drift report decides from the two files' column names alone, before any value is read:
 * the columns compared (`selected`, of which some may still turn out to be identifiers), those
 * left out by name, and those whose type is checked for `schema.type_changed`. `needed` lists
 * every column whose values the report reads, in the order it reads them: a caller holding one
 * group of columns at a time (see `driftOfColumnGroup`) passes consecutive slices of it.
 */
export interface DriftPlan {
  reference: TableColumns;
  current: TableColumns;
  selected: string[];
  /** Shared columns the user's `exclude` names. */
  excluded: { name: string; reason: string }[];
  /** Selected columns left out by name (the row id, pandas' index), with the reason. */
  leftOut: Map<string, string>;
  /** Selected columns that are left out when every value is distinct on each side (see `uniquePerRow`). */
  identifierCandidates: Set<string>;
  /** Reference columns (shared, not ignored, no kind override) whose kind is checked on each side. */
  typeChecked: string[];
  needed: string[];
}

/** The part of a drift report one group of columns gives (see `DriftPlan.needed`). */
export interface DriftGroupPart {
  compared: Map<string, ColumnDrift>;
  identifiers: Set<string>;
  typeChanged: Map<string, { reference: ColumnKind; current: ColumnKind }>;
}

export function planDrift(reference: TableColumns, current: TableColumns, options: DriftOptions = {}): DriftPlan {
  const has = { reference: new Set(reference.columns), current: new Set(current.columns) };
  const selected = selectColumns(reference, current, has, options);
  // An override for a column that is not compared is a typo or a stale config: ignoring it would
  // silently test the column with another method than the user chose. (Overridden columns are
  // never left out as identifiers, so "compared" is "selected" here.)
  const chosen = new Set(selected);
  for (const name of Object.keys(options.perColumn ?? {})) {
    if (!chosen.has(name)) {
      const why = has.reference.has(name) && has.current.has(name) ? 'is not compared (excluded or not among `columns`)' : `is not a column of both ${reference.source} and ${current.source}`;
      throw new InputError(`column-methods names column \`${name}\`, which ${why}`);
    }
  }
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new InputError(`drift share must be in (0, 1], got ${driftShare}`);
  const excluded: { name: string; reason: string }[] = [];
  const leftOut = new Map<string, string>();
  const identifierCandidates = new Set<string>();
  // Naming columns with `columns` compares exactly those.
  if (!(options.columns && options.columns.length > 0)) {
    const idColumn = options.idColumn ?? 'id';
    for (const name of options.exclude ?? []) {
      if (has.reference.has(name) && has.current.has(name)) excluded.push({ name, reason: 'excluded by the options' });
    }
    for (const name of selected) {
      if (options.perColumn?.[name]) continue;
      if (name === idColumn) leftOut.set(name, 'the row-id column');
      else if (PANDAS_INDEX.has(name)) leftOut.set(name, 'the row index pandas writes with `to_csv` (use `index=False`)');
      else identifierCandidates.add(name);
    }
  }
  const ignored = new Set([...(options.exclude ?? []), options.idColumn ?? 'id', ...PANDAS_INDEX]);
  const typeChecked = reference.columns.filter((name) => has.current.has(name) && !ignored.has(name) && !options.perColumn?.[name]?.kind);
  const compared = selected.filter((name) => !leftOut.has(name));
  const needed = [...new Set([...compared, ...typeChecked])];
  return { reference, current, selected, excluded, leftOut, identifierCandidates, typeChecked, needed };
}

/**
 * Compares the columns `group` (a slice of `plan.needed`) of two tables holding at least those
 * columns' values; columns are compared in the plan's order, so errors name the same column first
 * however the columns are grouped.
 */
export function driftOfColumnGroup(plan: DriftPlan, reference: TypedTable, current: TypedTable, group: readonly string[], options: DriftOptions = {}): DriftGroupPart {
  const part: DriftGroupPart = { compared: new Map(), identifiers: new Set(), typeChanged: new Map() };
  const inGroup = new Set(group);
  const selected = new Set(plan.selected);
  const typeChecked = new Set(plan.typeChecked);
  for (const name of plan.needed) {
    if (!inGroup.has(name)) continue;
    const columns = { reference: typedColumnOf(reference, name), current: typedColumnOf(current, name) };
    if (selected.has(name) && !plan.leftOut.has(name)) {
      if (plan.identifierCandidates.has(name) && uniquePerRow(columns.reference, columns.current)) {
        part.identifiers.add(name);
      } else {
        // The pair is made when its column is compared, so the samples of one column at a time are in memory beside the tables.
        const pair = columnPair(name, { cells: columns.reference, source: reference.source }, { cells: columns.current, source: current.source }, options.perColumn?.[name]?.kind);
        part.compared.set(name, compareColumn(name, pair, options));
      }
    }
    if (typeChecked.has(name)) {
      const kinds = typeChange(columns.reference, columns.current);
      if (kinds) part.typeChanged.set(name, kinds);
    }
  }
  return part;
}

/** The report from the parts of every group of `plan.needed`. */
export function finishDrift(plan: DriftPlan, parts: DriftGroupPart[], rows: { reference: number; current: number }, options: DriftOptions = {}): DriftReport {
  const compared = new Map<string, ColumnDrift>();
  const identifiers = new Set<string>();
  const typeChanged = new Map<string, { reference: ColumnKind; current: ColumnKind }>();
  for (const part of parts) {
    for (const [name, drift] of part.compared) compared.set(name, drift);
    for (const name of part.identifiers) identifiers.add(name);
    for (const [name, kinds] of part.typeChanged) typeChanged.set(name, kinds);
  }
  const notCompared = [...plan.excluded];
  for (const name of plan.selected) {
    const reason = plan.leftOut.get(name) ?? (identifiers.has(name) ? `every value distinct on each side (an identifier or timestamp; at least ${UNIQUE_MIN_VALUES} values per side)` : undefined);
    if (reason) notCompared.push({ name, reason });
  }
  const left = new Set(notCompared.map((c) => c.name));
  const results = plan.selected.filter((name) => !left.has(name)).map((name) => {
    const drift = compared.get(name);
    if (!drift) throw new Error(`drift: column \`${name}\` was in no group`);
    return drift;
  });
  const report = decideDrift(results, { reference: { source: plan.reference.source, rows: rows.reference }, current: { source: plan.current.source, rows: rows.current } }, options);
  return { ...report, schema: schemaChanges(plan, typeChanged, report.columns, options), not_compared: notCompared };
}

/**
 * Shared columns left out by default (see `planDrift`): the user's `exclude`, the row id (`id`, or
 * `idColumn`; pandas' `Unnamed: 0` index too), and categorical columns whose values are all
 * distinct on each side (uuids, timestamps): ids that grow with time always "drift", and a test on
 * categories seen once each says nothing. Numeric columns are never taken for ids by uniqueness,
 * since every continuous measurement is unique per row too.
 */
function uniquePerRow(reference: TypedColumn, current: TypedColumn): boolean {
  if (inferColumn(reference, current).kind !== 'categorical') return false;
  return [reference, current].every((column) => {
    const values = column.rowCount - column.missing;
    if (values < UNIQUE_MIN_VALUES) return false;
    return categoryTally(column).size === values;
  });
}

/** Each side's own kind, when they differ; a side without any value has no type of its own (its emptiness shows as a missing rate). */
function typeChange(reference: TypedColumn, current: TypedColumn): { reference: ColumnKind; current: ColumnKind } | undefined {
  if (reference.missing === reference.rowCount || current.missing === current.rowCount) return undefined;
  const kinds = { reference: inferColumn(reference, []).kind, current: inferColumn([], current).kind };
  return kinds.reference !== kinds.current ? kinds : undefined;
}

function schemaChanges(plan: DriftPlan, typeChanged: Map<string, { reference: ColumnKind; current: ColumnKind }>, compared: ColumnDrift[], options: DriftOptions): SchemaChanges {
  const ignored = new Set([...(options.exclude ?? []), options.idColumn ?? 'id', ...PANDAS_INDEX]);
  const has = { reference: new Set(plan.reference.columns), current: new Set(plan.current.columns) };
  const added = plan.current.columns.filter((name) => !has.reference.has(name) && !ignored.has(name));
  const dropped = plan.reference.columns.filter((name) => !has.current.has(name) && !ignored.has(name));
  const type_changed = plan.typeChecked.filter((name) => typeChanged.has(name)).map((name) => ({ name, ...typeChanged.get(name)! }));
  const missing_rate_changed = compared
    .filter((c) => Math.abs(c.missing.current - c.missing.reference) >= MISSING_RATE_CHANGE)
    .map((c) => ({ name: c.name, reference: c.missing.reference, current: c.missing.current }));
  return { added, dropped, type_changed, missing_rate_changed, missing_rate_threshold: MISSING_RATE_CHANGE };
}

function typedTable(table: Table | TypedTable): TypedTable {
  return 'typed' in table ? table : typedTableOfCells(table);
}

/**
 * The columns of a drift report whose cells' texts must be read (again, with `keepText`) before
 * the report: columns compared as categories whose numbers are not written as `String` writes
 * them (see `needsText`). Usually none: words-only and numbers-only columns need no text.
 */
export function columnsNeedingText(reference: TypedTable, current: TypedTable, options: DriftOptions = {}): { reference: Set<string>; current: Set<string> } {
  const result = { reference: new Set<string>(), current: new Set<string>() };
  for (const name of reference.columns) {
    const columns = { reference: reference.typed.get(name), current: current.typed.get(name) };
    if (!columns.reference || !columns.current) continue;
    if (!needsText(columns.reference) && !needsText(columns.current)) continue;
    const kind = options.perColumn?.[name]?.kind ?? inferColumn(columns.reference, columns.current).kind;
    if (kind !== 'categorical') continue;
    if (needsText(columns.reference)) result.reference.add(name);
    if (needsText(columns.current)) result.current.add(name);
  }
  return result;
}

/** The same decision on columns already split into samples (what `driftReport` does after reading). */
export function driftReportOfColumns(
  columns: { name: string; pair: ColumnPair }[],
  sources: Pick<DriftReport, 'reference' | 'current'>,
  options: DriftOptions = {},
): DriftReport {
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new InputError(`drift share must be in (0, 1], got ${driftShare}`);
  const results = columns.map(({ name, pair }) => compareColumn(name, pair, options));
  return decideDrift(results, sources, options);
}

/**
 * The decision on compared columns, however they were compared (raw samples, or profiles: see
 * `core/profile/profile-drift.ts`): the multiple-testing correction, each column's verdict, the
 * dataset's.
 */
export function decideDrift(
  results: ColumnDrift[],
  sources: Pick<DriftReport, 'reference' | 'current'>,
  options: DriftOptions = {},
): DriftReport {
  const correction = options.correction ?? 'bh';
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new InputError(`drift share must be in (0, 1], got ${driftShare}`);
  const names = results.map((c) => c.name);

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
    schema: noSchemaChange(),
    not_compared: [],
  };
}

function selectColumns(reference: TableColumns, current: TableColumns, has: { reference: Set<string>; current: Set<string> }, options: DriftOptions): string[] {
  if (options.columns && options.columns.length > 0) {
    for (const name of options.columns) {
      if (!has.reference.has(name)) throw noColumn(reference, name);
      if (!has.current.has(name)) throw noColumn(current, name);
    }
    return options.columns;
  }
  const excluded = new Set(options.exclude ?? []);
  const shared = reference.columns.filter((name) => has.current.has(name) && !excluded.has(name));
  if (shared.length === 0) {
    throw new InputError(`${reference.source} and ${current.source} share no column to compare`);
  }
  return shared;
}

/** The message `typedColumnOf` gives for a column a file lacks. */
function noColumn(table: TableColumns, name: string): InputError {
  const known = table.columns.slice(0, 20).map((c) => `\`${c}\``).join(', ');
  return new InputError(`${table.source}: no column \`${name}\` (columns: ${known}${table.columns.length > 20 ? ', …' : ''})`);
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
    ...histogramOf(columnHistogram(kind === 'numeric'
      ? { kind, reference: finiteNumbers(pair.reference), current: finiteNumbers(pair.current) }
      // Tallies, not labels: a label per row is what the typed columns exist to avoid.
      : { kind, reference: pair.reference.tally, current: pair.current.tally })),
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

function histogramOf(histogram: ColumnHistogram | undefined): { histogram?: ColumnHistogram } {
  return histogram ? { histogram } : {};
}

function rate(part: number, total: number): number {
  return total === 0 ? 0 : part / total;
}
