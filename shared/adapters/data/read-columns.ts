import { typedColumnOf, type TypedTable } from '../../core/table/typed-column.js';
import { readTypedTable } from './read-typed-table.js';
import type { Delimiter } from './table.js';

/**
 * What a command reads of a data file (train, predict, abtest, the evaluation data): typed columns
 * through `readTypedTable`, with
 * - `required`: columns the file must have, refused as `typedColumnOf` refuses (the file, the
 *   column and the columns it has) as soon as the header is read (CSV, Parquet; JSON Lines at the end);
 * - `only`: read these columns (and the `required` and `text` ones) and skip the rest (their
 *   fields are split but never typed); default every column;
 * - `text`: columns whose cells are read as exact text too (ids, class labels, variant names,
 *   categories), see `core/table/column-texts.ts`.
 */
export interface ReadColumnsOptions {
  delimiter?: Delimiter;
  required?: readonly string[];
  only?: readonly string[];
  text?: readonly string[];
}

export async function readColumns(path: string, options: ReadColumnsOptions = {}): Promise<TypedTable> {
  const text = new Set(options.text ?? []);
  const table = await readTypedTable(path, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.only ? { columns: new Set([...options.only, ...(options.required ?? []), ...text]) } : {}),
    ...(text.size > 0 ? { keepText: text } : {}),
    // A misspelt column is refused at the header, not after reading the whole file.
    ...(options.required ? { onColumns: (columns: readonly string[]) => requireColumns({ source: path, columns: [...columns], rowCount: 0, typed: new Map() }, options.required!) } : {}),
  });
  requireColumns(table, options.required ?? []);
  return table;
}

function requireColumns(table: TypedTable, names: readonly string[]): void {
  for (const name of names) if (!table.columns.includes(name)) typedColumnOf(table, name);
}

/**
 * Reads `names` of an already read table again, keeping their cell texts (columns whose numbers
 * are written as `1.0` beside words, found to be categorical only once read); replaces them in
 * `table`. A second pass over the file for those columns only, and only when there are any.
 */
export async function keepTexts(table: TypedTable, names: readonly string[], delimiter?: Delimiter): Promise<void> {
  if (names.length === 0) return;
  const again = await readColumns(table.source, { ...(delimiter ? { delimiter } : {}), only: names, text: names });
  for (const name of names) table.typed.set(name, again.typed.get(name)!);
}
