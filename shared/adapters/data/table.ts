import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import type { Table } from '../../core/table/table.js';

export type { Table } from '../../core/table/table.js';

/** Reads a CSV file with a header row. Every problem is an `InputError` naming the file. */
export function readCsvTable(path: string): Table {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory, expected a CSV file`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: file not found`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
  return parseCsvTable(text, path);
}

export function parseCsvTable(text: string, source: string): Table {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`${source}: not valid CSV: ${detail}`);
  }
  if (records.length === 0) throw new InputError(`${source}: empty file, expected a header row`);
  const columns = records[0].map((name) => name.trim());
  const seen = new Set<string>();
  columns.forEach((name, index) => {
    if (name === '') throw new InputError(`${source}: header column ${index + 1} has no name`);
    if (seen.has(name)) throw new InputError(`${source}: column \`${name}\` appears twice in the header`);
    seen.add(name);
  });
  const cells = new Map<string, string[]>(columns.map((name) => [name, new Array<string>(records.length - 1)]));
  for (let row = 1; row < records.length; row++) {
    const record = records[row];
    for (let col = 0; col < columns.length; col++) cells.get(columns[col])![row - 1] = record[col];
  }
  return { source, columns, rowCount: records.length - 1, cells };
}
