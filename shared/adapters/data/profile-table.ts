import { InputError } from '../../errors.js';
import { inferColumn } from '../../core/drift/column-sample.js';
import { checkStrayShare, type ProfileBuilder } from '../../core/profile/build-profile.js';
import { parseDecimal } from '../../core/table/decimal.js';
import { isMissing } from '../../core/table/missing.js';
import type { Table } from '../../core/table/table.js';

/**
 * Feeds today's `Table` (columns of cell text) into a profile builder, one column at a time: the
 * one place that changes when the reader hands typed columns in chunks. Numeric columns become a
 * Float64Array (NaN for missing cells and stray words, counted), categorical ones trimmed texts
 * (null for missing). Without a basis a column's kind is inferred from this file as drift infers
 * it; on a reference's basis the reference decides, and every reference column must be present.
 */
export function addTable(builder: ProfileBuilder, table: Table): void {
  const onBasis = builder.onBasis;
  builder.addRows(table.rowCount);
  const extra: string[] = [];
  for (const name of table.columns) {
    const cells = table.cells.get(name)!;
    const basisKind = builder.kindOf(name);
    if (onBasis && basisKind === undefined) {
      extra.push(name);
      continue;
    }
    const inferred = basisKind === undefined ? inferColumn(cells, []) : undefined;
    const kind = basisKind ?? inferred!.kind;
    if (kind === 'categorical') {
      builder.addLabels(name, cells.map((cell) => (isMissing(cell) ? null : cell.trim())));
      continue;
    }
    const values = new Float64Array(cells.length);
    let stray = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const value = isMissing(cell) ? NaN : parseDecimal(cell);
      if (value === undefined) stray++;
      values[i] = value ?? NaN;
    }
    if (onBasis) checkStrayShare(name, table.source, stray, cells.length);
    builder.addNumbers(name, values, stray);
  }
  builder.addExtraColumns(extra);
}

/** The reference's columns the data lacks: a profile on the basis must count every one. */
export function checkBasisColumns(referenceColumns: readonly string[], table: Table, referencePath: string): void {
  const missing = referenceColumns.filter((name) => !table.cells.has(name));
  if (missing.length > 0) {
    throw new InputError(`${table.source}: no column ${missing.slice(0, 10).map((n) => `\`${n}\``).join(', ')}${missing.length > 10 ? ', …' : ''}, which the reference profile ${referencePath} has; profile data with the reference's columns`);
  }
}
