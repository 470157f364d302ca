import { InputError } from '../errors.js';
import { readTable } from '../adapters/data/read-table.js';
import type { Delimiter, Table } from '../adapters/data/table.js';
import { CORRECTIONS, type Correction } from '../core/drift/correction.js';
import { driftReport, type DriftOptions, type DriftReport } from '../core/drift/drift-report.js';
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
  const reference = await readDataRows(options.reference, options.delimiter);
  const current = await readDataRows(options.current, options.delimiter);
  return driftReport(reference, current, driftOptions);
}

/** A table with at least one row: a header-only export compared as "no drift" would pass a broken pipeline. */
async function readDataRows(path: string, delimiter: Delimiter | undefined): Promise<Table> {
  const table = await readTable(path, delimiter ? { delimiter } : {});
  if (table.rowCount === 0) throw new InputError(`${path}: no data rows, only a header; drift needs at least one row`);
  return table;
}

function checkMethod(name: string, what: string): MethodName | 'auto' {
  if (name === 'auto') return name;
  const method = canonicalMethodName(name);
  if (method) return method;
  const refusal = evidentlyRefusal(name);
  if (refusal) throw new InputError(`${what}: ${refusal}`);
  throw new InputError(`${what}: unknown method \`${name}\` (known: auto, ${METHOD_NAMES.join(', ')})`);
}
