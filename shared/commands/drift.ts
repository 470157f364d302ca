import { InputError } from '../errors.js';
import { readTypedTable } from '../adapters/data/read-typed-table.js';
import type { Delimiter } from '../adapters/data/table.js';
import type { TypedTable } from '../core/table/typed-column.js';
import { CORRECTIONS, type Correction } from '../core/drift/correction.js';
import { columnsNeedingText, driftReport, type DriftOptions, type DriftReport } from '../core/drift/drift-report.js';
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
  const read = { delimiter: options.delimiter, sample: options.sample, progress: options.progress };
  const reference = await readDataRows(options.reference, read);
  const current = await readDataRows(options.current, read);
  // Mixed columns compared as categories need their cells' texts: read those columns again, keeping them.
  const needed = columnsNeedingText(reference, current, driftOptions);
  await withTexts(reference, needed.reference, options.delimiter);
  await withTexts(current, needed.current, options.delimiter);
  return driftReport(reference, current, driftOptions);
}

async function withTexts(table: TypedTable, names: Set<string>, delimiter: Delimiter | undefined): Promise<void> {
  if (names.size === 0) return;
  const again = await readTypedTable(table.source, { ...(delimiter ? { delimiter } : {}), columns: names, keepText: names });
  for (const name of names) table.typed.set(name, again.typed.get(name)!);
}

/** A table with at least one row: a header-only export compared as "no drift" would pass a broken pipeline. */
async function readDataRows(path: string, read: { delimiter?: Delimiter; sample?: number; progress?: (line: string, done?: boolean) => void }): Promise<TypedTable> {
  const started = Date.now();
  const progress = read.progress;
  const table = await readTypedTable(path, {
    ...(read.delimiter ? { delimiter: read.delimiter } : {}),
    ...(read.sample !== undefined ? { sample: { size: read.sample } } : {}),
    ...(progress ? { onProgress: (bytes: number, total: number | undefined, rows: number) => progress(progressLine(path, bytes, total, rows, started)) } : {}),
  });
  progress?.(progressLine(path, undefined, undefined, table.rowCount, started), true);
  if (table.rowCount === 0) throw new InputError(`${path}: no data rows, only a header; drift needs at least one row`);
  return table;
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
