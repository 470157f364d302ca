import { InputError } from '../errors.js';
import { readTypedTable } from '../adapters/data/read-typed-table.js';
import type { Delimiter } from '../adapters/data/table.js';
import type { TypedTable } from '../core/table/typed-column.js';
import { CORRECTIONS, type Correction } from '../core/drift/correction.js';
import { columnsNeedingText, driftReport, type DriftOptions, type DriftReport } from '../core/drift/drift-report.js';
import { canonicalMethodName, evidentlyRefusal, METHOD_NAMES, type MethodName } from '../core/drift/methods.js';

/** Most critical columns: each drifted one is named in the gate's report and check run. */
export const MAX_CRITICAL_COLUMNS = 100;

export interface DriftCommandOptions {
  reference: string;
  current: string;
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
  const reference = await readDataRows(options.reference, options.delimiter);
  const current = await readDataRows(options.current, options.delimiter);
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
async function readDataRows(path: string, delimiter: Delimiter | undefined): Promise<TypedTable> {
  const table = await readTypedTable(path, delimiter ? { delimiter } : {});
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
