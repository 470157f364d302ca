import { zstdDecompressSync, gunzipSync } from 'node:zlib';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../../errors.js';

/**
 * The format readers, kept apart from how their values become a `Table` (`materialise` in
 * read-table.ts): each returns columns of the values the format holds (numbers, BigInt, Date,
 * booleans, strings, null), so that typed columns can replace text cells without touching them.
 */
export interface RawColumns {
  columns: string[];
  rowCount: number;
  values: Map<string, unknown[]>;
}

export type Format = 'text' | 'jsonl' | 'parquet';
export type Compression = 'none' | 'gzip' | 'zstd';

/** The formats mlgate reads, as messages state them. */
export const READ_FORMATS =
  'mlgate reads CSV/TSV (.csv, .tsv, .txt, or no extension), JSON Lines (.jsonl, .ndjson), Parquet (.parquet), and .csv/.tsv/.jsonl/.ndjson compressed with gzip (.gz) or zstd (.zst)';

const TEXT_EXTENSIONS = new Set(['', '.csv', '.tsv', '.txt', '.tab', '.dat']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'a Parquet file', bytes: [0x50, 0x41, 0x52, 0x31] },
  { name: 'gzip-compressed', bytes: [0x1f, 0x8b] },
  { name: 'zstd-compressed', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
];

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/** What the first bytes say the file is, when they carry a known magic number. */
export function sniff(head: Uint8Array): string | undefined {
  return MAGIC.find((m) => startsWith(head, m.bytes))?.name;
}

/** The format and compression a file name declares; an `InputError` for names mlgate does not read. */
export function formatOf(path: string): { format: Format; compression: Compression } {
  const name = path.replace(/^.*[/\\]/, '').toLowerCase();
  const dot = (n: string): string => {
    const i = n.lastIndexOf('.');
    return i <= 0 ? '' : n.slice(i);
  };
  let extension = dot(name);
  let compression: Compression = 'none';
  if (extension === '.gz' || extension === '.zst') {
    compression = extension === '.gz' ? 'gzip' : 'zstd';
    extension = dot(name.slice(0, -extension.length));
    if (!(TEXT_EXTENSIONS.has(extension) && extension !== '') && !JSONL_EXTENSIONS.has(extension)) {
      throw new InputError(`${path}: ${extension === '' ? 'a compressed file without its inner extension' : `${extension}${compression === 'gzip' ? '.gz' : '.zst'} files are not read`}; ${READ_FORMATS}`);
    }
  }
  if (TEXT_EXTENSIONS.has(extension)) return { format: 'text', compression };
  if (JSONL_EXTENSIONS.has(extension)) return { format: 'jsonl', compression };
  if (extension === '.parquet' && compression === 'none') return { format: 'parquet', compression };
  throw new InputError(`${path}: ${extension} files are not read; ${READ_FORMATS}`);
}

/** Checks the first bytes against what the name declares, so a misnamed file fails with what it is. */
export function checkMagic(path: string, bytes: Uint8Array, format: Format, compression: Compression): void {
  const found = sniff(bytes.subarray(0, 4));
  const expected = compression === 'gzip' ? 'gzip-compressed' : compression === 'zstd' ? 'zstd-compressed' : format === 'parquet' ? 'a Parquet file' : undefined;
  if (found === expected) return;
  const named = compression === 'gzip' ? '.gz' : compression === 'zstd' ? '.zst' : format === 'parquet' ? '.parquet' : format === 'jsonl' ? 'as JSON Lines' : 'as delimited text';
  const is = found ?? `not ${expected}${format === 'parquet' && compression === 'none' ? ' (no PAR1 magic at its start)' : ''}`;
  throw new InputError(`${path}: named ${named} but is ${is}; ${READ_FORMATS}`);
}

/** Decompresses whole-file within `maxBytes`: past it, a refusal naming the file rather than a crash. */
export function decompress(path: string, bytes: Buffer, compression: Compression, maxBytes: number): Buffer {
  if (compression === 'none') return bytes;
  try {
    return compression === 'gzip' ? gunzipSync(bytes, { maxOutputLength: maxBytes }) : zstdDecompressSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(`${path}: decompresses to more than the ${maxBytes.toLocaleString('en-US')} bytes mlgate can read as text; sample or split the file`);
    }
    throw new InputError(`${path}: not valid ${compression} data (${error instanceof Error ? error.message : String(error)})`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Lines: one object per line, blank lines skipped; columns are the keys' union in first-seen order. */
export function parseJsonLines(text: string, source: string): RawColumns {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const columns: string[] = [];
  const values = new Map<string, unknown[]>();
  let rowCount = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${source}: line ${i + 1}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isPlainObject(record)) {
      throw new InputError(`${source}: line ${i + 1}: is ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}, expected a JSON object (one record per line)`);
    }
    for (const [key, value] of Object.entries(record)) {
      let column = values.get(key);
      if (!column) {
        column = new Array<unknown>(rowCount).fill(null);
        values.set(key, column);
        columns.push(key);
      }
      if (typeof value === 'object' && value !== null) {
        throw new InputError(`${source}: line ${i + 1}: column \`${key}\` holds a nested ${Array.isArray(value) ? 'list' : 'object'}; mlgate compares flat columns`);
      }
      column[rowCount] = value;
    }
    rowCount++;
    for (const column of values.values()) if (column.length < rowCount) column.push(null);
  }
  if (rowCount === 0) throw new InputError(`${source}: empty file, expected one JSON object per line`);
  return { columns, rowCount, values };
}

/**
 * A DATE column holds days, not instants: as `2024-01-02`, the way a CSV export writes it, so a
 * Parquet and a CSV side of one comparison hold the same values (hyparquet's default is a Date at
 * UTC midnight, which would read back as `2024-01-02T00:00:00.000Z`).
 */
function calendarDate(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** A Parquet file's metadata and its flat columns' names; nested columns are refused by name. */
export function parquetLayout(file: ArrayBuffer, source: string): { metadata: ReturnType<typeof parquetMetadata>; columns: string[] } {
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(file);
  } catch (error) {
    throw new InputError(`${source}: not a valid Parquet file (${error instanceof Error ? error.message : String(error)})`);
  }
  const columns: string[] = [];
  for (const child of parquetSchema(metadata).children) {
    const name = child.element.name;
    const kind = child.element.logical_type?.type ?? child.element.converted_type;
    if (child.children.length > 0 || child.element.repetition_type === 'REPEATED') {
      const what = kind === 'LIST' ? 'list' : kind === 'MAP' || kind === 'MAP_KEY_VALUE' ? 'map' : child.children.length > 0 ? 'struct' : 'repeated field';
      throw new InputError(`${source}: column \`${name}\` is a nested ${what}; mlgate compares flat columns (flatten or drop it)`);
    }
    columns.push(name);
  }
  return { metadata, columns };
}

/** Parquet through hyparquet (snappy, gzip, zstd, brotli, lz4); nested columns are refused by name. */
export async function parseParquet(bytes: Buffer, source: string): Promise<RawColumns> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { columns } = parquetLayout(file, source);
  let rows: Record<string, unknown>[];
  try {
    rows = await parquetReadObjects({ file, compressors, parsers: { dateFromDays: calendarDate } });
  } catch (error) {
    throw new InputError(`${source}: cannot read Parquet data (${error instanceof Error ? error.message : String(error)})`);
  }
  const values = new Map<string, unknown[]>(columns.map((name) => [name, rows.map((row) => row[name])]));
  return { columns, rowCount: rows.length, values };
}
