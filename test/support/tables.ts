import type { Table } from '../../shared/adapters/data/table.js';

/** A table from columns of cells, as `readCsvTable` would return it. */
export function tableOf(source: string, columns: Record<string, (string | number)[]>): Table {
  const names = Object.keys(columns);
  const rowCount = names.length === 0 ? 0 : columns[names[0]].length;
  return { source, columns: names, rowCount, cells: new Map(names.map((n) => [n, columns[n].map(String)])) };
}
