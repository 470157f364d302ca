import { InputError } from '../../errors.js';
import { inferColumn, needsText } from '../../core/drift/column-sample.js';
import { checkStrayShare, type ProfileBuilder } from '../../core/profile/build-profile.js';
import type { Table } from '../../core/table/table.js';
import { cellTextOf, typedTableOfCells, type TypedColumn, type TypedTable } from '../../core/table/typed-column.js';

/**
 * Feeds a typed table into a profile builder, one column at a time: numeric columns as their
 * Float64Array (NaN for missing cells and stray words, counted from the token dictionary, no cell
 * parsed again), categorical ones as labels taken from the column's dictionaries (null for
 * missing). Without a basis a column's kind is inferred from this file as drift infers it; on a
 * reference's basis the reference decides, and every reference column must be present.
 */
export function addTypedTable(builder: ProfileBuilder, table: TypedTable): void {
  const onBasis = builder.onBasis;
  builder.addRows(table.rowCount);
  const extra: string[] = [];
  for (const name of table.columns) {
    const column = table.typed.get(name)!;
    const kind = kindOf(builder, name, column);
    if (kind === undefined) {
      extra.push(name);
      continue;
    }
    if (kind === 'categorical') {
      builder.addLabels(name, Array.from({ length: column.rowCount }, (_, row) => cellTextOf(column, row) ?? null));
      continue;
    }
    let stray = 0;
    for (const count of column.tokenCounts) stray += count;
    // A column with no number at all still counts its rows: every one missing or stray.
    const values = column.numeric > 0 ? column.numbers : new Float64Array(column.rowCount).fill(NaN);
    if (onBasis) checkStrayShare(name, table.source, stray, column.rowCount);
    builder.addNumbers(name, values, stray);
  }
  builder.addExtraColumns(extra);
}

/** How a column is profiled: the basis's kind, or inferred from this file; undefined: not on the basis. */
function kindOf(builder: ProfileBuilder, name: string, column: TypedColumn): 'numeric' | 'categorical' | undefined {
  const basisKind = builder.kindOf(name);
  if (builder.onBasis && basisKind === undefined) return undefined;
  return basisKind ?? inferColumn(column, []).kind;
}

/**
 * Categorical columns whose numbers are not written as `String(number)` (`1.0`, `007`): their
 * labels need the cells' texts, which the reader keeps only when asked (a second read of those
 * columns, as drift does).
 */
export function columnsNeedingText(builder: ProfileBuilder, table: TypedTable): Set<string> {
  const names = new Set<string>();
  for (const name of table.columns) {
    const column = table.typed.get(name)!;
    if (needsText(column) && kindOf(builder, name, column) === 'categorical') names.add(name);
  }
  return names;
}

/** The reference's columns the data lacks: a profile on the basis must count every one. */
export function checkBasisColumns(referenceColumns: readonly string[], table: Pick<TypedTable, 'source' | 'typed'>, referencePath: string): void {
  const missing = referenceColumns.filter((name) => !table.typed.has(name));
  if (missing.length > 0) {
    throw new InputError(`${table.source}: no column ${missing.slice(0, 10).map((n) => `\`${n}\``).join(', ')}${missing.length > 10 ? ', …' : ''}, which the reference profile ${referencePath} has; profile data with the reference's columns`);
  }
}

/** A table of text cells (built in memory, tests) fed the same way, typed as a reader types it. */
export function addTable(builder: ProfileBuilder, table: Table): void {
  addTypedTable(builder, typedTableOfCells(table));
}
