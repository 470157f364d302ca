import { InputError } from '../errors.js';
import { statSync } from 'node:fs';
import { readTypedTable, tableHead, textBytes, type ReadTypedOptions, type TableHead } from '../adapters/data/read-typed-table.js';
import { readTablesInParallel } from '../adapters/data/read-in-worker.js';
import type { Delimiter } from '../adapters/data/table.js';
import type { TypedTable } from '../core/table/typed-column.js';
import { releaseTable } from '../core/table/typed-table-ops.js';
import { CORRECTIONS, type Correction } from '../core/drift/correction.js';
import { columnsNeedingText, driftOfColumnGroup, driftReport, finishDrift, planDrift, type DriftGroupPart, type DriftOptions, type DriftPlan, type DriftReport } from '../core/drift/drift-report.js';
import { driftFromProfiles } from './drift-profiles.js';
import { canonicalMethodName, evidentlyRefusal, METHOD_NAMES, type MethodName } from '../core/drift/methods.js';

/** Most critical columns: each drifted one is named in the gate's report and check run. */
export const MAX_CRITICAL_COLUMNS = 100;

export interface DriftCommandOptions {
  /** Data files; or profiles (`referenceProfile`, and `currentProfile` or `current`), see `drift-profiles.ts`. */
  reference?: string;
  current?: string;
  referenceProfile?: string;
  currentProfile?: string;
  method?: string;
  threshold?: number;
  columns?: string[];
  exclude?: string[];
  correction?: string;
  driftShare?: number;
  criticalColumns?: string[];
  /** The row-id column, not compared (default `id`). */
  idColumn?: string;
  /** Per-column method overrides, `column=method`. */
  columnMethods?: Record<string, string>;
  /** Field separator of both files (default `auto`, detected per file). */
  delimiter?: Delimiter;
  /** Compare a seeded reservoir sample of this many rows of each side instead of every row. */
  sample?: number;
  /** Told how far reading got, one line at a time (the doors' progress port). */
  progress?: (line: string, done?: boolean) => void;
  /** The memory budget of one group of columns (default `GROUP_BYTES`; tests lower it). */
  groupBytes?: number;
}

export async function drift(options: DriftCommandOptions): Promise<DriftReport> {
  const method = checkMethod(options.method ?? 'auto', '--method');
  const correction = options.correction ?? 'bh';
  if (!CORRECTIONS.includes(correction as Correction)) {
    throw new InputError(`--correction must be one of ${CORRECTIONS.join(', ')}, got \`${correction}\``);
  }
  const perColumn = Object.fromEntries(
    Object.entries(options.columnMethods ?? {}).map(([column, name]) => [column, { method: checkMethod(name, `method for column \`${column}\``) }]),
  );
  if (options.criticalColumns && options.criticalColumns.length > MAX_CRITICAL_COLUMNS) {
    throw new InputError(`--critical-columns names ${options.criticalColumns.length} columns, at most ${MAX_CRITICAL_COLUMNS}: each is listed in the gate's report`);
  }
  if (options.sample !== undefined && !(Number.isInteger(options.sample) && options.sample >= 1)) {
    throw new InputError(`--sample must be a whole number of rows ≥ 1, got ${options.sample}`);
  }
  const driftOptions: DriftOptions = {
    method,
    correction: correction as Correction,
    perColumn,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.driftShare !== undefined ? { driftShare: options.driftShare } : {}),
    ...(options.criticalColumns ? { criticalColumns: options.criticalColumns } : {}),
    ...(options.idColumn ? { idColumn: options.idColumn } : {}),
  };
  // Issue 15: drift from profiles (merged shards, a SQL engine's counts) instead of data files.
  if (options.referenceProfile !== undefined || options.currentProfile !== undefined) return driftFromProfiles(options, driftOptions);
  if (options.reference === undefined || options.current === undefined) {
    throw new InputError(`${options.reference === undefined ? '--reference' : '--current'} is required (a data file; or compare profiles with --reference-profile and --current-profile)`);
  }
  const read = { delimiter: options.delimiter, sample: options.sample, progress: options.progress, groupBytes: options.groupBytes ?? GROUP_BYTES };
  const paths: [string, string] = [options.reference, options.current];
  const groups = await columnGroups(paths, read, driftOptions);
  if (groups) return driftInGroups(paths, groups, read, driftOptions);
  const [reference, current] = await readDataRows(paths, read);
  // Mixed columns compared as categories need their cells' texts: read those columns again, keeping them.
  const needed = columnsNeedingText(reference, current, driftOptions);
  await withTexts(reference, needed.reference, options.delimiter);
  await withTexts(current, needed.current, options.delimiter);
  return driftReport(reference, current, driftOptions);
}

/**
 * The typed values of one group of columns, both sides together, stay under this (estimated at 8
 * bytes a cell): a larger table is compared one group of columns at a time, each group read again
 * from the files, so peak memory is bounded by the group, not the table.
 *
 * Why read again rather than hold: a CSV is read row by row, so a column is whole only at the
 * file's end. Reading the file again skipping the other groups' cells costs about 0.8 s of CPU per
 * 170 MB (the record split; numbers are parsed only for the group's columns), while holding every
 * column costs its 8 bytes a cell for the whole run: 1,000,000 rows × 20 columns × 2 files was
 * 520 MB of peak memory, 2 groups bring it to about 300 MB for about 1.5 s more CPU (see the
 * commit that introduced it).
 */
export const GROUP_BYTES = 160 * 1024 * 1024;

type Read = { delimiter?: Delimiter; sample?: number; progress?: (line: string, done?: boolean) => void; groupBytes?: number };

/**
 * The plan and its groups of columns when both inputs' columns, both sides together, would hold
 * more than `GROUP_BYTES`; undefined otherwise (read whole). Any input is read in groups: CSV/TSV
 * and JSON Lines (plain, gzip or zstd), Parquet, and partitions of them.
 */
async function columnGroups(paths: [string, string], read: Read, options: DriftOptions): Promise<Groups | undefined> {
  // A text cell takes at least one byte of text (its delimiter) and 8 of memory: small text needs
  // no look (compressed text: its size decompressed, estimated from its head). A Parquet cell can
  // take less than a byte (dictionaries, run lengths): its footer says how many rows there are.
  const budget = read.groupBytes ?? GROUP_BYTES;
  const bytes = [await textBytes(paths[0]), await textBytes(paths[1])];
  if (bytes[0] !== undefined && bytes[1] !== undefined && 8 * (bytes[0] + bytes[1]) <= budget) return undefined;
  const csv = { ...(read.delimiter ? { delimiter: read.delimiter } : {}) };
  let heads = [await tableHead(paths[0], csv), await tableHead(paths[1], csv)];
  let firstGroup: { group: string[]; tables: [TypedTable, TypedTable] } | undefined;
  if (!heads.every((head) => head.complete)) {
    // JSON Lines name their columns only by their end. When the columns of their first records
    // would fit one group, they are read whole; else both inputs are read through once for all
    // their columns (and their rows, exactly), keeping the first group the heads plan: when the
    // whole inputs plan the same first group, it is not read again.
    const seen = new Set([...heads[0].columns, ...heads[1].columns]).size;
    if (cellBytes(heads, read) * seen <= budget) return undefined;
    const guess = groupsOf(paths, heads, budget, read, options, true)?.groups[0] ?? [];
    const tables = await readDataRows(paths, read, new Set(guess), 'the columns');
    heads = tables.map((table) => ({ columns: table.columns, estimatedRows: table.rowCount, complete: true }));
    firstGroup = { group: guess, tables };
  }
  const planned = groupsOf(paths, heads, budget, read, options);
  if (!planned) return undefined;
  const [first] = planned.groups;
  const reused = firstGroup && first.length === firstGroup.group.length && first.every((name, i) => name === firstGroup.group[i]);
  return { ...planned, ...(reused ? { first: firstGroup!.tables } : {}) };
}

/**
 * The plan and its groups of columns, when there is more than one. `guess`: from columns that may
 * be incomplete (JSON Lines' first records), so undefined where planning them is refused (a named
 * column not among them): the whole inputs' plan says.
 */
function groupsOf(paths: [string, string], heads: TableHead[], budget: number, read: Read, options: DriftOptions, guess = false): Groups | undefined {
  let plan: DriftPlan;
  try {
    plan = planDrift({ source: paths[0], columns: heads[0].columns }, { source: paths[1], columns: heads[1].columns }, options);
  } catch (error) {
    if (guess && error instanceof InputError) return undefined;
    throw error;
  }
  const count = Math.ceil((cellBytes(heads, read) * plan.needed.length) / budget);
  if (count <= 1) return undefined;
  const size = Math.ceil(plan.needed.length / count);
  const groups: string[][] = [];
  for (let i = 0; i < plan.needed.length; i += size) groups.push(plan.needed.slice(i, i + size));
  return { plan, groups };
}

/** A plan compared in groups of columns; `first`: the first group's tables, already read. */
type Groups = { plan: DriftPlan; groups: string[][]; first?: [TypedTable, TypedTable] };

/** The bytes of one column's typed values, both sides. */
function cellBytes(heads: { estimatedRows: number }[], read: Read): number {
  return heads.reduce((sum, head) => sum + 8 * Math.min(head.estimatedRows, read.sample ?? Infinity), 0);
}

/** The report of `driftReport`, compared one group of columns at a time (each group read from the files). */
async function driftInGroups(paths: [string, string], planned: Groups, read: Read, options: DriftOptions): Promise<DriftReport> {
  const { plan, groups } = planned;
  const parts: { part: DriftGroupPart; rows: { reference: number; current: number } }[] = [];
  // One group's columns at a time: each group's tables are gone before the next group is read.
  for (const [index, group] of groups.entries()) parts.push(await driftOfGroup(paths, planned, group, `columns ${index + 1} of ${groups.length} groups`, read, options));
  return finishDrift(plan, parts.map((p) => p.part), parts[0].rows, options);
}

/**
 * One group's part of the report. Its tables live in this call alone: held by a variable of the
 * loop over groups, a group's columns stayed reachable (a suspended async function keeps its
 * registers) while the next group was read, one group more at the peak.
 */
async function driftOfGroup(paths: [string, string], planned: Groups, group: string[], what: string, read: Read, options: DriftOptions) {
  const ready = planned.first;
  delete planned.first;
  const [reference, current] = ready ?? (await readDataRows(paths, read, new Set(group), what));
  const { plan } = planned;
  const needed = columnsNeedingText(reference, current, options);
  await withTexts(reference, needed.reference, read.delimiter);
  await withTexts(current, needed.current, read.delimiter);
  const part = driftOfColumnGroup(plan, reference, current, group, options);
  releaseTable(reference);
  releaseTable(current);
  return { part, rows: { reference: reference.rowCount, current: current.rowCount } };
}

async function withTexts(table: TypedTable, names: Set<string>, delimiter: Delimiter | undefined): Promise<void> {
  if (names.size === 0) return;
  const again = await readTypedTable(table.source, { ...(delimiter ? { delimiter } : {}), columns: names, keepText: names });
  for (const name of names) table.typed.set(name, again.typed.get(name)!);
}

/**
 * Both tables (`columns` only, when given), the current one read in a worker thread while this
 * one reads the reference (see `read-in-worker.ts`). Each needs at least one row: a header-only
 * export compared as "no drift" would pass a broken pipeline.
 */
async function readDataRows(paths: [string, string], read: Read, columns?: ReadonlySet<string>, group?: string): Promise<[TypedTable, TypedTable]> {
  const started = Date.now();
  const progress = read.progress;
  const label = (path: string) => (group ? `${path} (${group})` : path);
  const optionsOf = (path: string): ReadTypedOptions => ({
    ...(read.delimiter ? { delimiter: read.delimiter } : {}),
    ...(read.sample !== undefined ? { sample: { size: read.sample } } : {}),
    ...(columns ? { columns } : {}),
    ...(progress ? { onProgress: (bytes: number, total: number | undefined, rows: number) => progress(progressLine(label(path), bytes, total, rows, started)) } : {}),
  });
  const tables = await readTablesInParallel(paths, [optionsOf(paths[0]), optionsOf(paths[1])], fileBytes);
  for (const table of tables) {
    progress?.(progressLine(label(table.source), undefined, undefined, table.rowCount, started), true);
    if (table.rowCount === 0) throw new InputError(`${table.source}: no data rows, only a header; drift needs at least one row`);
  }
  return tables;
}

/** A file's size for choosing whether to read in parallel (0 for a folder or glob of partitions, or a missing file: the reader says why). */
function fileBytes(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : 0;
}

/** `reading ref.csv: 45.1 of 146.0 MB (31%), 310,000 rows, 95,000 rows/s`. */
function progressLine(path: string, bytes: number | undefined, total: number | undefined, rows: number, started: number): string {
  const seconds = Math.max((Date.now() - started) / 1000, 1e-3);
  const mb = (n: number) => (n / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const read = bytes === undefined ? 'done' : total ? `${mb(bytes)} of ${mb(total)} MB (${Math.floor((100 * bytes) / total)}%)` : `${mb(bytes)} MB`;
  return `reading ${path}: ${read}, ${rows.toLocaleString('en-US')} rows, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`;
}

function checkMethod(name: string, what: string): MethodName | 'auto' {
  if (name === 'auto') return name;
  const method = canonicalMethodName(name);
  if (method) return method;
  const refusal = evidentlyRefusal(name);
  if (refusal) throw new InputError(`${what}: ${refusal}`);
  throw new InputError(`${what}: unknown method \`${name}\` (known: auto, ${METHOD_NAMES.join(', ')})`);
}
