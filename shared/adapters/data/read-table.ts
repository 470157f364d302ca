import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../../errors.js';
import type { Table } from '../../core/table/table.js';
import { checkMagic, decompress, formatOf, parseJsonLines, parseParquet, READ_FORMATS, type RawColumns } from './formats.js';
import { formatBytes, MAX_TEXT_BYTES, parseCsvTable, type ReadTableOptions } from './table.js';

/**
 * Reads a data table in any format mlgate accepts: the format comes from the extension, checked
 * against the file's first bytes (Parquet's `PAR1`, gzip's `1f 8b`, zstd's `28 b5 2f fd`).
 * CSV/TSV as `parseCsvTable` reads them (the delimiter option applies to them only); JSON Lines;
 * Parquet; and CSV/TSV/JSON Lines compressed with gzip or zstd. Every problem is an `InputError`
 * naming the file.
 */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const { format, compression } = formatOf(path);
  const bytes = readBytes(path, format === 'parquet' ? undefined : MAX_TEXT_BYTES);
  checkMagic(path, bytes, format, compression);
  if (format === 'parquet') return materialise(await parseParquet(bytes, path), path);
  const content = decompress(path, bytes, compression, MAX_TEXT_BYTES);
  if (content.subarray(0, 8192).includes(0)) {
    throw new InputError(`${path}: ${compression === 'none' ? 'holds' : 'decompresses to'} binary data (NUL bytes), not text; ${READ_FORMATS}`);
  }
  const text = content.toString('utf8');
  return format === 'jsonl' ? materialise(parseJsonLines(text, path), path) : parseCsvTable(text, path, options);
}

function readBytes(path: string, maxBytes: number | undefined): Buffer {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(`${path}: is a directory, expected a data file`);
    // Text is read as one string; past the engine's longest string that fails deep inside
    // (ERR_STRING_TOO_LONG). Streaming readers lift this limit; until then, a clear refusal.
    if (maxBytes !== undefined && stats.size > maxBytes) {
      throw new InputError(`${path}: ${formatBytes(stats.size)} is larger than the ${formatBytes(maxBytes)} mlgate can read as text; sample or split the file`);
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: file not found`);
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw new InputError(`${path}: too large to read whole; sample or split the file`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
}

/**
 * Values as the text cells `Table` holds: numbers with `String(x)` (a double round-trips exactly),
 * BigInt as its decimal text, booleans `true`/`false`, dates ISO 8601, null/undefined as an empty
 * (missing) cell. Anything else (binary, nested) is refused naming the column.
 */
export function materialise(raw: RawColumns, source: string): Table {
  const cells = new Map<string, string[]>();
  for (const name of raw.columns) {
    if (name.trim() === '') throw new InputError(`${source}: a column has no name`);
    const values = raw.values.get(name)!;
    const column = new Array<string>(raw.rowCount);
    for (let i = 0; i < raw.rowCount; i++) column[i] = cellText(values[i], name, source);
    cells.set(name, column);
  }
  return { source, columns: [...raw.columns], rowCount: raw.rowCount, cells };
}

function cellText(value: unknown, column: string, source: string): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'undefined':
      return '';
    case 'object':
      if (value === null) return '';
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new InputError(`${source}: column \`${column}\` holds an invalid date`);
        return value.toISOString();
      }
      if (value instanceof Uint8Array) throw new InputError(`${source}: column \`${column}\` holds binary values; mlgate compares text, numbers, booleans and dates`);
      throw new InputError(`${source}: column \`${column}\` holds nested values; mlgate compares flat columns`);
    default:
      throw new InputError(`${source}: column \`${column}\` holds ${typeof value} values, which mlgate does not read`);
  }
}
