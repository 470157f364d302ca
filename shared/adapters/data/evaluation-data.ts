import { InputError } from '../../errors.js';
import { typedColumnOf, type TypedTable } from '../../core/table/typed-column.js';
import { cellStrings, columnTexts } from '../../core/table/column-texts.js';
import { readColumns } from './read-columns.js';
import type { Delimiter } from './table.js';

/**
 * The evaluation data (the rows the predictions were made for, with their features) joined to
 * the predictions by id: column → cells in the predictions' row order, for the columns asked for.
 *
 * The join is strict, because a slice built from misjoined rows reports on the wrong customers:
 * the predictions need an id column, every id must appear exactly once in the data, and every
 * data row must have a prediction (a data file with extra rows is not the evaluation set these
 * predictions were made for). Any mismatch is an `InputError` naming up to 10 ids.
 *
 * Only the id and the columns asked for are read, as exact text: a cell comes back trimmed, a
 * missing one (empty, `NA`, …) as `''` (slices read both as missing, see `slice-diff.ts`).
 */
export async function readEvaluationData(
  path: string, ids: readonly string[] | undefined, options: { idColumn: string; columns: string[]; predictions: string; delimiter?: Delimiter },
): Promise<Record<string, string[]>> {
  // Without ids the join is refused before the file is read.
  if (!ids) return joinEvaluationData({ source: path, columns: [], rowCount: 0, typed: new Map() }, ids, options);
  const columns = [options.idColumn, ...options.columns];
  const table = await readColumns(path, { ...(options.delimiter ? { delimiter: options.delimiter } : {}), required: columns, only: [], text: columns });
  return joinEvaluationData(table, ids, options);
}

/** `table`'s columns as text cells (see `readEvaluationData`). */
function textCells(table: TypedTable, name: string): string[] {
  return cellStrings(columnTexts(typedColumnOf(table, name), name));
}

export function joinEvaluationData(
  table: TypedTable, ids: readonly string[] | undefined, options: { idColumn: string; columns: string[]; predictions: string },
): Record<string, string[]> {
  if (!ids) {
    throw new InputError(`${options.predictions}: no id column \`${options.idColumn}\`; the evaluation data (${table.source}) is joined to the predictions by id (set id-column)`);
  }
  const dataIds = textCells(table, options.idColumn);
  const index = new Map<string, number>();
  const duplicated = new Set<string>();
  dataIds.forEach((id, row) => {
    if (index.has(id)) duplicated.add(id);
    else index.set(id, row);
  });
  if (duplicated.size > 0) throw new InputError(`${table.source}: ids appear more than once in column \`${options.idColumn}\`: ${describe([...duplicated])}; each row needs its own id`);
  const predicted = new Set(ids);
  const noData = ids.filter((id) => !index.has(id));
  const noPrediction = dataIds.filter((id) => !predicted.has(id));
  if (noData.length > 0 || noPrediction.length > 0) {
    const parts = [
      ...(noData.length > 0 ? [`${noData.length} predicted rows have no data row: ${describe(noData)}`] : []),
      ...(noPrediction.length > 0 ? [`${noPrediction.length} data rows have no prediction: ${describe(noPrediction)}`] : []),
    ];
    throw new InputError(`${table.source}: the evaluation data and ${options.predictions} must hold the same rows (joined by \`${options.idColumn}\`) — ${parts.join('; ')}`);
  }
  const order = ids.map((id) => index.get(id)!);
  return Object.fromEntries(options.columns.map((column) => {
    const cells = textCells(table, column);
    return [column, order.map((row) => cells[row])];
  }));
}

function describe(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).map((id) => `\`${id.length > 80 ? `${id.slice(0, 79)}…` : id}\``).join(', ');
  return ids.length > 10 ? `${shown}, … (${ids.length} in all)` : shown;
}
