import { InputError } from '../../errors.js';

/**
 * A data file read into columns of raw cell text. Typing (numeric or categorical) is decided per
 * comparison, not here, because a column's kind depends on both samples being compared.
 */
export interface Table {
  /** The path the table was read from, for messages. */
  source: string;
  columns: string[];
  rowCount: number;
  /** Cells by column name, in file order; cells keep their text (missing-value tokens included). */
  cells: Map<string, string[]>;
}

/** The cells of one column, or an `InputError` naming the file, the column and what exists. */
export function columnOf(table: Table, name: string): string[] {
  const cells = table.cells.get(name);
  if (!cells) {
    const known = table.columns.slice(0, 20).map((c) => `\`${c}\``).join(', ');
    throw new InputError(`${table.source}: no column \`${name}\` (columns: ${known}${table.columns.length > 20 ? ', …' : ''})`);
  }
  return cells;
}
