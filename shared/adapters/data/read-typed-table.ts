import { createReadStream, openSync, readSync, closeSync, statSync, readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { Duplex } from 'node:stream';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../../errors.js';
import { TypedColumnBuilder, type TypedColumn, type TypedTable } from '../../core/table/typed-column.js';
import { checkMagic, formatOf, READ_FORMATS, type Compression } from './formats.js';
import { chooseDelimiter, DECIMAL_COMMA, GROUPED, headerOf, type ReadTableOptions } from './table.js';
import { CsvRecords, excerpt } from './csv-records.js';

export interface ReadTypedOptions extends ReadTableOptions {
  /** Columns whose every cell's text is kept (`TypedColumn.text`); see `columnsNeedingText`. */
  keepText?: ReadonlySet<string>;
  /** Only these columns are read (others are skipped); default every column. */
  columns?: ReadonlySet<string>;
  /** Told how far the reading got: bytes read of `total` (total undefined when unknown). */
  onProgress?: (bytes: number, total: number | undefined, rows: number) => void;
}

const CHUNK_BYTES = 1 << 20;
/** Text read before the delimiter is chosen: the first records that `detectDelimiter` samples. */
const HEAD_CHARS = 1 << 20;

/**
 * Reads a data file into typed columns (see `core/table/typed-column.ts`), in any format
 * `readTable` reads and with the same cells: CSV/TSV and JSON Lines are read in chunks (gzip and
 * zstd decompressed as they stream), so no file is held as one string; Parquet column by column.
 */
export async function readTypedTable(path: string, options: ReadTypedOptions = {}): Promise<TypedTable> {
  const { format, compression } = formatOf(path);
  const size = fileSize(path);
  checkMagic(path, head(path), format, compression);
  if (format === 'parquet') return readParquetTyped(path, options);
  const stream = textStream(path, compression);
  return format === 'jsonl' ? readJsonLinesTyped(path, stream, size, options) : readCsvTyped(path, stream, size, compression, options);
}

function fileSize(path: string): number {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(`${path}: is a directory, expected a data file`);
    return stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: file not found`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
}

function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(4);
    const read = readSync(fd, bytes, 0, 4, 0);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes as they stream, decompressed; with how many compressed bytes were read so far. */
function textStream(path: string, compression: Compression): { chunks: AsyncIterable<Buffer>; read: () => number } {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let read = 0;
  file.on('data', (chunk) => {
    read += chunk.length;
  });
  if (compression === 'none') return { chunks: file, read: () => read };
  const inflate = compression === 'gzip'
    ? zlib.createGunzip({ chunkSize: CHUNK_BYTES })
    : (zlib as unknown as { createZstdDecompress?: (o: object) => Duplex }).createZstdDecompress?.({ chunkSize: CHUNK_BYTES });
  if (!inflate) {
    // Node without streaming zstd: whole-file, as before.
    file.destroy();
    const bytes = (zlib as unknown as { zstdDecompressSync?: (b: Buffer) => Buffer }).zstdDecompressSync;
    if (!bytes) throw new InputError(`${path}: this Node.js cannot decompress zstd; use Node.js 24 or gzip`);
    const content = bytes(readFileSync(path));
    return { chunks: (async function* () { yield content; })(), read: () => content.length };
  }
  file.on('error', (error) => inflate.destroy(error));
  const piped = file.pipe(inflate);
  return {
    chunks: (async function* () {
      try {
        for await (const chunk of piped) yield chunk as Buffer;
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(`${path}: not valid ${compression} data (${error instanceof Error ? error.message : String(error)})`);
      }
    })(),
    read: () => read,
  };
}

/** Decoded text of the stream, in chunks; refuses binary content (NUL bytes in the first 8 KiB). */
async function* decoded(path: string, compression: Compression, chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let checked = 0;
  for await (const chunk of chunks) {
    if (checked < 8192) {
      if (chunk.subarray(0, 8192 - checked).includes(0)) {
        throw new InputError(`${path}: ${compression === 'none' ? 'holds' : 'decompresses to'} binary data (NUL bytes), not text; ${READ_FORMATS}`);
      }
      checked += chunk.length;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const last = decoder.decode();
  if (last.length > 0) yield last;
}

/**
 * CSV/TSV as `parseCsvTable` reads it (delimiter detection on the first records, pandas' index
 * column, decimal commas in files not separated by commas), cell by cell into typed columns.
 */
async function readCsvTyped(
  path: string,
  stream: { chunks: AsyncIterable<Buffer>; read: () => number },
  size: number,
  compression: Compression,
  options: ReadTypedOptions,
): Promise<TypedTable> {
  const texts = decoded(path, compression, stream.chunks);
  let pending = '';
  let done = false;
  while (pending.length < HEAD_CHARS) {
    const next = await texts.next();
    if (next.done) {
      done = true;
      break;
    }
    pending += next.value;
  }
  const sampleEnd = pending.length < HEAD_CHARS ? pending.length : pending.lastIndexOf('\n') + 1 || pending.length;
  const delimiter = chooseDelimiter(pending.slice(0, sampleEnd), path, options);
  // Rows expected, from the head's bytes per line: arrays sized once instead of grown.
  let lines = 0;
  for (let i = pending.indexOf('\n'); i >= 0 && i < sampleEnd; i = pending.indexOf('\n', i + 1)) lines++;
  const capacity = compression === 'none' && lines > 1 && !done ? Math.ceil((size / (sampleEnd / lines)) * 1.05) + 16 : Math.max(lines, 1024);

  let names: string[] | undefined;
  let builders: (ColumnReader | undefined)[] = [];
  let rows = 0;
  // A record's fields are staged and handed to the columns at its end: a record cut by the chunk's
  // end is parsed again from its start with the next chunk.
  const starts: number[] = [];
  const ends: number[] = [];
  const values: (string | undefined)[] = [];
  let staged = '';
  const records = new CsvRecords(delimiter, path, {
    text(index, buffer, start, end) {
      staged = buffer;
      starts[index] = start;
      ends[index] = end;
      values[index] = undefined;
    },
    value(index, value) {
      values[index] = value;
    },
    end(count, line) {
      if (!names) {
        const header = Array.from({ length: count }, (_, i) => values[i] ?? staged.slice(starts[i], ends[i]));
        const { names: found, first } = headerOf(header, path);
        names = found;
        builders = header.map((_, index) => {
          const name = index < first ? undefined : found[index - first];
          if (name === undefined || (options.columns && !options.columns.has(name))) return undefined;
          return new ColumnReader(new TypedColumnBuilder(capacity, options.keepText?.has(name) ?? false), name, path, delimiter !== ',');
        });
        return;
      }
      if (count !== builders.length) {
        throw new InputError(`${path}: not valid CSV: line ${line}: ${count} fields where the header has ${builders.length}: ${excerpt(records.recordText())}`);
      }
      for (let i = 0; i < count; i++) {
        const reader = builders[i];
        if (!reader) continue;
        const value = values[i];
        if (value === undefined) reader.addRange(staged, starts[i], ends[i]);
        else reader.add(value);
      }
      rows++;
    },
  });
  let sinceProgress = 0;
  for (;;) {
    records.push(pending, done);
    if (done) break;
    if (options.onProgress && ++sinceProgress >= 4) {
      sinceProgress = 0;
      options.onProgress(stream.read(), compression === 'none' ? size : undefined, rows);
    }
    const next = await texts.next();
    if (next.done) {
      pending = '';
      done = true;
    } else {
      pending = next.value;
    }
  }
  options.onProgress?.(stream.read(), compression === 'none' ? size : undefined, rows);
  if (!names) throw new InputError(`${path}: empty file, expected a header row`);
  const typed = new Map<string, TypedColumn>();
  for (const reader of builders) if (reader) typed.set(reader.name, reader.finish());
  return { source: path, columns: names, rowCount: rows, typed };
}

/**
 * One CSV column's cells into its builder, with the decimal-comma rule of `parseCsvTable`: in a
 * file not separated by commas, `1,5` reads as 1.5 while every non-empty cell so far is a number
 * written with a decimal comma; the first cell that is not turns the comma cells read so far back
 * into text (as the whole-column rule would have left them), and a first such cell mixing `.` and
 * `,` is refused.
 */
class ColumnReader {
  private commas: 'open' | 'closed';
  private commaRows: number[] = [];
  private commaTexts: string[] = [];

  constructor(
    private readonly builder: TypedColumnBuilder,
    readonly name: string,
    private readonly source: string,
    decimalCommas: boolean,
  ) {
    this.commas = decimalCommas ? 'open' : 'closed';
  }

  /** An unquoted field, characters `start` to `end` of `buffer`: plain decimals are read without making a string. */
  addRange(buffer: string, start: number, end: number): void {
    if (this.commas === 'closed' && this.builder.addPlainDecimal(buffer, start, end)) return;
    this.add(buffer.slice(start, end));
  }

  add(cell: string): void {
    if (this.commas === 'closed') return this.builder.addText(cell);
    const text = cell.trim();
    if (text === '') return this.builder.addText(cell);
    if (!DECIMAL_COMMA.test(cell)) {
      if (GROUPED.test(cell) && cell.includes(',') && cell.includes('.')) {
        throw new InputError(`${this.source}: column \`${this.name}\` line ${this.builder.rowCount + 2}: \`${cell}\` mixes \`.\` and \`,\` in a number; write it with one decimal separator and no thousands separator`);
      }
      this.commas = 'closed';
      this.commaRows.forEach((row, i) => this.builder.demoteToToken(row, this.commaTexts[i]));
      this.commaRows = [];
      this.commaTexts = [];
      return this.builder.addText(cell);
    }
    if (text.includes(',')) {
      this.commaRows.push(this.builder.rowCount);
      this.commaTexts.push(text);
      return this.builder.addText(text.replace(',', '.'));
    }
    this.builder.addText(cell);
  }

  finish(): TypedColumn {
    return this.builder.finish(true);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Lines as `parseJsonLines` reads them, line by line into typed columns. */
async function readJsonLinesTyped(
  path: string,
  stream: { chunks: AsyncIterable<Buffer>; read: () => number },
  size: number,
  options: ReadTypedOptions,
): Promise<TypedTable> {
  const columns: string[] = [];
  const builders = new Map<string, TypedColumnBuilder | null>();
  let rowCount = 0;
  let lineNumber = 0;
  let rest = '';
  const takeLine = (raw: string): void => {
    lineNumber++;
    const line = (lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (line === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${path}: line ${lineNumber}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isPlainObject(record)) {
      throw new InputError(`${path}: line ${lineNumber}: is ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}, expected a JSON object (one record per line)`);
    }
    for (const [key, value] of Object.entries(record)) {
      let builder = builders.get(key);
      if (builder === undefined) {
        columns.push(key);
        builder = options.columns && !options.columns.has(key) ? null : new TypedColumnBuilder(1024, options.keepText?.has(key) ?? false);
        builders.set(key, builder);
        if (builder) for (let i = 0; i < rowCount; i++) builder.addMissing();
      }
      if (typeof value === 'object' && value !== null) {
        throw new InputError(`${path}: line ${lineNumber}: column \`${key}\` holds a nested ${Array.isArray(value) ? 'list' : 'object'}; mlgate compares flat columns`);
      }
      if (builder) addValue(builder, value, key, path);
    }
    rowCount++;
    for (const builder of builders.values()) if (builder && builder.rowCount < rowCount) builder.addMissing();
  };
  let chunks = 0;
  for await (const text of decoded(path, 'none', stream.chunks)) {
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    for (const line of lines) takeLine(line);
    if (options.onProgress && ++chunks % 4 === 0) options.onProgress(stream.read(), size, rowCount);
  }
  takeLine(rest);
  if (rowCount === 0) throw new InputError(`${path}: empty file, expected one JSON object per line`);
  const typed = new Map<string, TypedColumn>();
  for (const [name, builder] of builders) if (builder) typed.set(name, builder.finish(true));
  return { source: path, columns, rowCount, typed };
}

/**
 * A value from JSON or Parquet, with the cell text `materialise` gives it: numbers as numbers
 * (their text is `String(x)`), BigInt and booleans as their text, dates ISO 8601, null missing.
 */
function addValue(builder: TypedColumnBuilder, value: unknown, column: string, source: string): void {
  switch (typeof value) {
    case 'number':
      return builder.addNumber(value);
    case 'string':
      return builder.addText(value);
    case 'bigint':
    case 'boolean':
      return builder.addText(String(value));
    case 'undefined':
      return builder.addMissing();
    case 'object':
      if (value === null) return builder.addMissing();
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new InputError(`${source}: column \`${column}\` holds an invalid date`);
        return builder.addText(value.toISOString());
      }
      if (value instanceof Uint8Array) throw new InputError(`${source}: column \`${column}\` holds binary values; mlgate compares text, numbers, booleans and dates`);
      throw new InputError(`${source}: column \`${column}\` holds nested values; mlgate compares flat columns`);
    default:
      throw new InputError(`${source}: column \`${column}\` holds ${typeof value} values, which mlgate does not read`);
  }
}

function calendarDate(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** Parquet one column at a time (hyparquet's column chunks straight into the builder): one column's values in flight at once. */
async function readParquetTyped(path: string, options: ReadTypedOptions): Promise<TypedTable> {
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(file);
  } catch (error) {
    throw new InputError(`${path}: not a valid Parquet file (${error instanceof Error ? error.message : String(error)})`);
  }
  const columns: string[] = [];
  for (const child of parquetSchema(metadata).children) {
    const name = child.element.name;
    const kind = child.element.logical_type?.type ?? child.element.converted_type;
    if (child.children.length > 0 || child.element.repetition_type === 'REPEATED') {
      const what = kind === 'LIST' ? 'list' : kind === 'MAP' || kind === 'MAP_KEY_VALUE' ? 'map' : child.children.length > 0 ? 'struct' : 'repeated field';
      throw new InputError(`${path}: column \`${name}\` is a nested ${what}; mlgate compares flat columns (flatten or drop it)`);
    }
    columns.push(name);
  }
  const rowCount = Number(metadata.num_rows);
  const typed = new Map<string, TypedColumn>();
  for (const name of columns) {
    if (name.trim() === '') throw new InputError(`${path}: a column has no name`);
    if (options.columns && !options.columns.has(name)) continue;
    const chunks: { rowStart: number; data: ArrayLike<unknown> }[] = [];
    try {
      await parquetRead({
        file, metadata, columns: [name], compressors, parsers: { dateFromDays: calendarDate },
        onChunk: (chunk) => chunks.push({ rowStart: chunk.rowStart, data: chunk.columnData as ArrayLike<unknown> }),
      });
    } catch (error) {
      throw new InputError(`${path}: cannot read Parquet data (${error instanceof Error ? error.message : String(error)})`);
    }
    chunks.sort((a, b) => a.rowStart - b.rowStart);
    const builder = new TypedColumnBuilder(rowCount, options.keepText?.has(name) ?? false);
    for (const { data } of chunks) {
      for (let i = 0; i < data.length; i++) addValue(builder, data[i], name, path);
    }
    if (builder.rowCount !== rowCount) throw new InputError(`${path}: column \`${name}\` holds ${builder.rowCount} values for ${rowCount} rows`);
    typed.set(name, builder.finish(true));
    options.onProgress?.(bytes.length, bytes.length, rowCount);
  }
  return { source: path, columns, rowCount, typed };
}
