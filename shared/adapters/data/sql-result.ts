import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import { readJsonText } from '../files/files.js';
import { parseJson } from '../codecs/json.js';
import type { SqlResultRow } from '../../core/profile/profile-sql.js';

/**
 * The result of `mlgate profile --emit-sql`'s query as saved by the engine: CSV with a header
 * (DuckDB `COPY … TO`, Spark `df.write.csv(header=True)`, `bq query --format=csv`), a JSON array of
 * row objects (`bq query --format=json`, `duckdb -json`) or JSON Lines.
 */
export function readSqlResult(path: string): SqlResultRow[] {
  const text = readJsonText(path, 'SQL result');
  if (/\.csv$/i.test(path)) {
    try {
      return parse(text, { bom: true, columns: true, skip_empty_lines: true }) as SqlResultRow[];
    } catch (error) {
      throw new InputError(`${path}: not a CSV file with a header (${(error as Error).message})`);
    }
  }
  if (/\.(jsonl|ndjson)$/i.test(path)) {
    return text.split('\n').filter((line) => line.trim() !== '').map((line, i) => rowObject(parseJson(line, `${path} line ${i + 1}`, 'SQL result row'), `${path} line ${i + 1}`));
  }
  const value = parseJson(text, path, 'SQL result');
  if (!Array.isArray(value)) throw new InputError(`${path}: expected a JSON array of row objects (or save the result as .csv or .jsonl)`);
  return value.map((row, i) => rowObject(row, `${path}: row ${i + 1}`));
}

function rowObject(value: unknown, where: string): SqlResultRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where} is not an object`);
  return value as SqlResultRow;
}
