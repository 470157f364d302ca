import { TypedColumnBuilder, cellTextOf, type TypedColumn, type TypedTable } from './typed-column.js';
import { Reservoir } from './reservoir.js';
import { releaseBuffers } from '../release-memory.js';

/** Rows `rows` of a column (in that order), as a new column: numbers, tokens and texts carried over. */
function pickRows(column: TypedColumn, rows: ArrayLike<number>): TypedColumn {
  const builder = new TypedColumnBuilder(rows.length, column.text !== undefined);
  for (let i = 0; i < rows.length; i++) appendRow(builder, column, rows[i]);
  const picked = builder.finish(column.consumable === true);
  picked.exactText = picked.exactText && column.exactText;
  return picked;
}

function appendRow(builder: TypedColumnBuilder, column: TypedColumn, row: number): void {
  const token = column.tokenCodes?.[row] ?? 0;
  if (token > 0) return builder.addToken(column.tokens[token - 1]);
  const value = column.numeric > 0 ? column.numbers[row] : NaN;
  if (value !== value) return builder.addMissing();
  if (column.text) return builder.addText(cellTextOf(column, row)!);
  builder.addNumber(value);
}

/**
 * The tables of a partitioned data set (files read one by one, same columns) as one table: rows in
 * file order. Each column is rebuilt once, so the parts can be dropped as they are merged.
 */
export function concatTables(source: string, parts: TypedTable[]): TypedTable {
  const columns = parts[0].columns;
  const rowCount = parts.reduce((sum, part) => sum + part.rowCount, 0);
  const typed = new Map<string, TypedColumn>();
  for (const name of columns) {
    const first = parts[0].typed.get(name);
    if (!first) continue; // a column the reader was told to skip
    const keepText = parts.some((part) => part.typed.get(name)!.text !== undefined);
    const builder = new TypedColumnBuilder(rowCount, keepText);
    let exact = true;
    for (const part of parts) {
      const column = part.typed.get(name)!;
      exact &&= column.exactText;
      for (let row = 0; row < column.rowCount; row++) appendRow(builder, column, row);
    }
    const merged = builder.finish(true);
    merged.exactText = merged.exactText && exact;
    typed.set(name, merged);
  }
  return { source, columns: [...columns], rowCount, typed };
}

/** The rows a seeded reservoir of `size` keeps (see `Reservoir`), in slot order: the same rows a streaming read keeps. */
export function sampleTable(table: TypedTable, size: number, seed?: number): TypedTable {
  if (table.rowCount <= size) return table;
  const slots = Reservoir.slotsOf(table.rowCount, size, seed);
  const occupants = new Int32Array(size);
  slots.forEach((slot, row) => {
    if (slot >= 0) occupants[slot] = row;
  });
  const typed = new Map<string, TypedColumn>();
  for (const [name, column] of table.typed) typed.set(name, pickRows(column, occupants));
  return { ...table, rowCount: size, typed };
}

/**
 * Frees a table's column arrays now (their buffers are detached: the table is unusable after),
 * rather than when the collector next looks. Why: a drift compared in groups of columns reads the
 * next group while the last one's arrays, about 8 MB a column per million rows, wait for a major
 * collection; freeing them keeps the peak at one group's tables.
 */
export function releaseTable(table: TypedTable): void {
  // A column's arrays are its builder's filled prefix of a buffer no other column shares.
  for (const column of table.typed.values()) releaseBuffers(column.numbers, column.tokenCodes, column.text?.codes);
  table.typed.clear();
}
