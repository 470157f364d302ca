import { createReadStream, openSync, readSync, closeSync, statSync, readFileSync, readdirSync, globSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import type { Duplex } from 'node:stream';
import { parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../../errors.js';
import { numberOfTrimmed, TypedColumnBuilder, type TypedColumn, type TypedTable } from '../../core/table/typed-column.js';
import { isMissing } from '../../core/table/missing.js';
import { Reservoir } from '../../core/table/reservoir.js';
import { concatTables, sampleTable } from '../../core/table/typed-table-ops.js';
import { checkMagic, formatOf, parquetLayout, READ_FORMATS, type Compression } from './formats.js';
import { chooseDelimiter, DECIMAL_COMMA, GROUPED, headerOf, type ReadTableOptions } from './table.js';
import { CsvRecords, excerpt } from './csv-records.js';
import { openParquetFile, readParquetColumn, type ParquetFileHandle } from './parquet-typed-columns.js';

export interface ReadTypedOptions extends ReadTableOptions {
  /** Columns whose every cell's text is kept (`TypedColumn.text`); see `columnsNeedingText`. */
  keepText?: ReadonlySet<string>;
  /** Only these columns are read (others are skipped); default every column. */
  columns?: ReadonlySet<string>;
  /** Keep a seeded reservoir sample of this many rows (see `core/table/reservoir.ts`) instead of every row. */
  sample?: { size: number; seed?: number };
  /**
   * Told the column names as soon as they are known, before any row is read (a CSV header, Parquet
   * metadata; JSON Lines only name their columns by the end): a check that throws here refuses a
   * file before it is read through.
   */
  onColumns?: (columns: readonly string[]) => void;
  /** Told how far the reading got: bytes read of `total` (total undefined when unknown). */
  onProgress?: (bytes: number, total: number | undefined, rows: number) => void;
}

const CHUNK_BYTES = 1 << 16;
/** Text read before the delimiter is chosen: the first records that `detectDelimiter` samples. */
const HEAD_CHARS = 1 << 20;

/**
 * Reads a data file into typed columns (see `core/table/typed-column.ts`), in any format
 * `readTable` reads and with the same cells: CSV/TSV and JSON Lines are read in chunks (gzip and
 * zstd decompressed as they stream), so no file is held as one string; Parquet column by column.
 */
export async function readTypedTable(path: string, options: ReadTypedOptions = {}): Promise<TypedTable> {
  const parts = partitionFiles(path);
  if (parts === undefined) return readTypedFile(path, options);
  // Partitions are read whole and merged; a sample is then drawn from the merged rows (the same
  // rows as from one file holding them all).
  const { sample, ...whole } = options;
  const tables: TypedTable[] = [];
  for (const file of parts) {
    const table = await readTypedFile(file, whole);
    if (tables.length > 0) sameColumns(tables[0], table);
    tables.push(table);
  }
  const merged = concatTables(path, tables);
  return sample ? sampleTable(merged, sample.size, sample.seed) : merged;
}

const GLOB = /[*?[]/;

/**
 * The files of a partitioned data set, sorted: a glob (`data/date=*\/part-*.parquet`) or a folder
 * (every data file under it, hidden and `_`-prefixed files such as `_SUCCESS` left out); undefined
 * for a plain file path.
 */
function partitionFiles(path: string): string[] | undefined {
  let files: string[];
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats?.isFile()) return undefined;
  if (GLOB.test(path)) {
    files = globSync(path).filter((file) => statSync(file).isFile());
    if (files.length === 0) throw new InputError(`${path}: no file matches`);
  } else if (stats?.isDirectory()) {
    files = (readdirSync(path, { recursive: true }) as string[])
      .filter((name) => !name.split(/[/\\]/).some((part) => part.startsWith('.') || part.startsWith('_')))
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile());
    if (files.length === 0) throw new InputError(`${path}: a folder without data files`);
  } else {
    return undefined;
  }
  return files.sort();
}

function sameColumns(first: TypedTable, other: TypedTable): void {
  const known = new Set(first.columns);
  const theirs = new Set(other.columns);
  const missing = first.columns.filter((name) => !theirs.has(name));
  const extra = other.columns.filter((name) => !known.has(name));
  if (missing.length === 0 && extra.length === 0) return;
  const list = (names: string[]) => names.slice(0, 5).map((n) => `\`${n}\``).join(', ') + (names.length > 5 ? ', …' : '');
  const what = [missing.length > 0 ? `lacks ${list(missing)}` : '', extra.length > 0 ? `adds ${list(extra)}` : ''].filter(Boolean).join(' and ');
  throw new InputError(`${other.source}: a partition's columns differ from ${first.source}'s: it ${what}; every partition must have the same columns`);
}

/**
 * The columns and data rows of an input a caller can read again cheaply one group of columns at a
 * time (see `commands/drift.ts`), from its head alone: a CSV/TSV file's header (rows estimated from
 * the bytes per line of its first records and the file's bytes, decompressed: see `textBytes`) or
 * a Parquet file's footer (exact). Partitions: the first file's head, its rows scaled by all the
 * files' bytes of text (`textBytes`); the others must have its columns, which reading them checks.
 * JSON Lines name their columns only by their end: past a first `HEAD_CHARS` bytes, `complete` is
 * false, the columns being those of the first records (the caller reads the input through once
 * when it needs them all).
 */
export async function tableHead(path: string, options: ReadTableOptions = {}): Promise<TableHead> {
  const parts = partitionFiles(path);
  const first = parts?.[0] ?? path;
  const { format, compression } = formatOf(first);
  fileSize(first); // refuses a missing file before its head is read
  checkMagic(first, head(first), format, compression);
  const ratios = new Map<Compression, number>();
  const bytes = await textBytesOf([first], ratios);
  const scale = parts ? (await textBytesOf(parts, ratios)) / Math.max(bytes, 1) : 1;
  if (format === 'jsonl') {
    const { columns, rows, headBytes, exact } = await jsonLinesHead(first, compression);
    return { columns, estimatedRows: Math.ceil((exact ? rows : (rows * bytes) / headBytes) * scale), complete: exact };
  }
  if (format === 'parquet') {
    const file = openParquet(first);
    try {
      const { metadata, columns } = parquetLayout(file.footer, first);
      return { columns, estimatedRows: Math.ceil(Number(metadata.num_rows) * scale), complete: true };
    } finally {
      file.close();
    }
  }
  const table = await readCsvTyped(first, textStream(first, compression), bytes, compression, { ...options, columns: new Set() }, true);
  return { columns: table.columns, estimatedRows: Math.ceil(table.rowCount * scale), complete: true };
}

export interface TableHead {
  columns: string[];
  estimatedRows: number;
  /** Whether `columns` are all the input's columns (false: JSON Lines' first records'). */
  complete: boolean;
}

/**
 * The columns and records of a JSON Lines file's first `HEAD_CHARS` bytes (decompressed; whole
 * lines, so up to the first line end past them), read as the whole file is read (a malformed line
 * there is refused the same way); `exact` when that is the whole file.
 */
async function jsonLinesHead(path: string, compression: Compression): Promise<{ columns: string[]; rows: number; headBytes: number; exact: boolean }> {
  const stream = textStream(path, compression);
  const chunks: Buffer[] = [];
  let bytes = 0;
  let exact = true;
  for await (const chunk of stream.chunks) {
    chunks.push(Buffer.from(chunk)); // a copy: an uncompressed file's chunks share one reused buffer (`fileChunks`)
    bytes += chunk.length;
    if (bytes >= HEAD_CHARS && chunk.includes(0x0a)) {
      exact = false;
      break;
    }
  }
  const whole = Buffer.concat(chunks);
  const text = exact ? whole : whole.subarray(0, whole.lastIndexOf(0x0a) + 1);
  const table = await readJsonLinesTyped(path, { chunks: (async function* () { yield text; })(), read: () => text.length }, text.length, text.length, { columns: new Set() });
  return { columns: table.columns, rows: table.rowCount, headBytes: text.length, exact };
}

/**
 * The bytes of text an input holds, its files' bytes decompressed (compressed files: estimated
 * from the first `RATIO_BYTES` decompressed, see `compressionRatio`; partitions: the ratio of the
 * first file of each compression); undefined for Parquet, whose cells can take less than a byte.
 */
export async function textBytes(path: string): Promise<number | undefined> {
  const files = partitionFiles(path) ?? [path];
  return formatOf(files[0]).format === 'parquet' ? undefined : textBytesOf(files, new Map());
}

/** The files' bytes decompressed, each compression's ratio measured once (on its first file), kept in `ratios`. */
async function textBytesOf(files: readonly string[], ratios: Map<Compression, number>): Promise<number> {
  let bytes = 0;
  for (const file of files) {
    const { compression } = formatOf(file);
    if (compression !== 'none' && !ratios.has(compression)) ratios.set(compression, await compressionRatio(file, compression));
    bytes += fileSize(file) * (ratios.get(compression) ?? 1);
  }
  return bytes;
}

/** Text decompressed to measure a compressed file's ratio. */
const RATIO_BYTES = 8 << 20;

/**
 * Decompressed bytes per compressed byte, from the file's first `RATIO_BYTES` decompressed (exact
 * for a smaller file): a gzip's own size field is the size modulo 4 GiB and zstd's is optional, so
 * the head is measured instead, for a few tens of milliseconds instead of decompressing it all.
 */
async function compressionRatio(path: string, compression: Compression): Promise<number> {
  checkMagic(path, head(path), formatOf(path).format, compression);
  const stream = textStream(path, compression);
  let bytes = 0;
  for await (const chunk of stream.chunks) {
    bytes += chunk.length;
    if (bytes >= RATIO_BYTES) return stream.ratio();
  }
  return bytes / Math.max(stream.read(), 1);
}

async function readTypedFile(path: string, options: ReadTypedOptions): Promise<TypedTable> {
  const { format, compression } = formatOf(path);
  const size = fileSize(path);
  checkMagic(path, head(path), format, compression);
  if (format === 'parquet') return readParquetTyped(path, options);
  // Compressed text's size decompressed, estimated: columns are then sized once, not grown (1.5× a step).
  const text = compression === 'none' ? size : size * (await compressionRatio(path, compression));
  const stream = textStream(path, compression);
  return format === 'jsonl' ? readJsonLinesTyped(path, stream, size, text, options) : readCsvTyped(path, stream, text, compression, options);
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

/**
 * The file's bytes as they stream, decompressed; with how many compressed bytes were read so far,
 * and the bytes decompressed so far per compressed byte the decompressor took (not counting what
 * the file stream read ahead of it).
 */
interface TextStream {
  chunks: AsyncIterable<Buffer>;
  read: () => number;
  ratio: () => number;
}

function textStream(path: string, compression: Compression): TextStream {
  let read = 0;
  if (compression === 'none') return { chunks: fileChunks(path, (bytes) => (read += bytes)), read: () => read, ratio: () => 1 };
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  file.on('data', (chunk) => {
    read += chunk.length;
  });
  const inflate = compression === 'gzip'
    ? zlib.createGunzip({ chunkSize: CHUNK_BYTES })
    : (zlib as unknown as { createZstdDecompress?: (o: object) => Duplex }).createZstdDecompress?.({ chunkSize: CHUNK_BYTES });
  if (!inflate) {
    // Node without streaming zstd: whole-file, as before.
    file.destroy();
    const bytes = (zlib as unknown as { zstdDecompressSync?: (b: Buffer) => Buffer }).zstdDecompressSync;
    if (!bytes) throw new InputError(`${path}: this Node.js cannot decompress zstd; use Node.js 24 or gzip`);
    const compressed = readFileSync(path);
    const content = bytes(compressed);
    return { chunks: (async function* () { yield content; })(), read: () => compressed.length, ratio: () => content.length / Math.max(compressed.length, 1) };
  }
  file.on('error', (error) => inflate.destroy(error));
  const piped = file.pipe(inflate);
  let decompressed = 0;
  return {
    chunks: (async function* () {
      try {
        for await (const chunk of piped) {
          decompressed += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(`${path}: not valid ${compression} data (${error instanceof Error ? error.message : String(error)})`);
      } finally {
        file.destroy(); // a reader that stops early (a head) leaves no file open behind it
      }
    })(),
    read: () => read,
    ratio: () => (decompressed + inflate.readableLength) / Math.max((inflate as unknown as { bytesWritten: number }).bytesWritten, 1),
  };
}

/**
 * An uncompressed file's bytes, in chunks read into one buffer that is reused: each chunk is
 * decoded before the next is asked for (see `decoded`). Why not `createReadStream`: it allocates
 * a new 64 KiB buffer per chunk (2,600 for a 170 MB file, each read of it), garbage that costs
 * allocation, page faults and collections; a synchronous read from the page cache is no slower
 * here, as each file has its own thread.
 */
async function* fileChunks(path: string, onRead: (bytes: number) => void): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytes === 0) return;
      onRead(bytes);
      yield buffer.subarray(0, bytes);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Decoded text of the stream, in chunks that end at a line end where one is near (the bytes after
 * a chunk's last `\n` are held and decoded with the next chunk); refuses binary content (NUL bytes
 * in the first 8 KiB).
 *
 * Why cut at line ends: a chunk that ends inside a record leaves the record's start to be joined
 * to the next chunk's text, and V8 keeps `rest + chunk` as a rope whose every `charCodeAt` goes
 * through an indirection — the CSV parser split such chunks about 25% slower than flat ones.
 * Joining the few held bytes to the next chunk's bytes instead gives flat strings. (`\n` is never
 * part of a longer UTF-8 sequence, so a cut there leaves the decoder nothing pending.)
 */
async function* decoded(path: string, compression: Compression, chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let checked = 0;
  /** Bytes after the last line end, at the start of `held`. */
  let holding = 0;
  let held = Buffer.allocUnsafe(2 * CHUNK_BYTES);
  for await (const chunk of chunks) {
    if (checked < 8192) {
      if (chunk.subarray(0, 8192 - checked).includes(0)) {
        throw new InputError(`${path}: ${compression === 'none' ? 'holds' : 'decompresses to'} binary data (NUL bytes), not text; ${READ_FORMATS}`);
      }
      checked += chunk.length;
    }
    let bytes = chunk;
    if (holding > 0) {
      if (held.length < holding + chunk.length) held = Buffer.concat([held.subarray(0, holding)], 2 * (holding + chunk.length));
      chunk.copy(held, holding);
      bytes = held.subarray(0, holding + chunk.length);
    }
    let cut = bytes.lastIndexOf(10) + 1;
    // A record longer than the held bytes may grow (a long quoted field, `\r` line ends): decode as it comes.
    if (cut === 0 && bytes.length > HELD_BYTES) cut = bytes.length;
    const text = cut > 0 ? decoder.decode(bytes.subarray(0, cut), { stream: true }) : '';
    // Chunks may share one buffer that the next read overwrites: what is held is copied.
    holding = bytes.length - cut;
    if (holding > 0) {
      if (held.length < holding) held = Buffer.allocUnsafe(2 * holding);
      bytes.copy(held, 0, cut);
    }
    if (text.length > 0) yield text;
  }
  const last = (holding > 0 ? decoder.decode(held.subarray(0, holding), { stream: true }) : '') + decoder.decode();
  if (last.length > 0) yield last;
}

/** Bytes without a line end `decoded` holds before decoding them anyway. */
const HELD_BYTES = 1 << 20;

/**
 * CSV/TSV as `parseCsvTable` reads it (delimiter detection on the first records, pandas' index
 * column, decimal commas in files not separated by commas), cell by cell into typed columns.
 */
async function readCsvTyped(
  path: string,
  stream: Pick<TextStream, 'chunks' | 'read'>,
  /** Bytes of text (compressed files: estimated decompressed). */
  size: number,
  compression: Compression,
  options: ReadTypedOptions,
  /** Stop after the header: the table's `rowCount` is then the estimate of its rows. */
  headerOnly = false,
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
  let lines = 0;
  for (let i = pending.indexOf('\n'); i >= 0 && i < sampleEnd; i = pending.indexOf('\n', i + 1)) lines++;
  // Rows expected, from the head's bytes per line: arrays sized once (5% more) instead of grown.
  const estimate = lines > 1 && !done ? Math.ceil(size / (sampleEnd / lines)) : undefined;
  const capacity = estimate !== undefined ? Math.ceil(estimate * 1.05) + 16 : Math.max(lines, 1024);

  let names: string[] | undefined;
  let builders: (ColumnReader | undefined)[] = [];
  const reservoir = options.sample ? new Reservoir(options.sample.size, options.sample.seed) : undefined;
  /** Data rows read, and rows kept (fewer when sampling). */
  let rows = 0;
  let kept = 0;
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
        options.onColumns?.(found);
        builders = header.map((_, index) => {
          const name = index < first ? undefined : found[index - first];
          if (name === undefined || (options.columns && !options.columns.has(name))) return undefined;
          return new ColumnReader(new TypedColumnBuilder(Math.min(capacity, options.sample?.size ?? Infinity), options.keepText?.has(name) ?? false), name, path, delimiter !== ',');
        });
        return;
      }
      if (count !== builders.length) {
        throw new InputError(`${path}: not valid CSV: line ${line}: ${count} fields where the header has ${builders.length}: ${excerpt(records.recordText())}`);
      }
      const row = rows++;
      const slot = reservoir ? reservoir.next() : row;
      if (slot < 0) return;
      const replacing = slot < kept;
      for (let i = 0; i < count; i++) {
        const reader = builders[i];
        if (!reader) continue;
        if (replacing) reader.replace(slot);
        reader.dataRow = row;
        const value = values[i];
        if (value === undefined) reader.addRange(staged, starts[i], ends[i]);
        else reader.add(value);
      }
      if (!replacing) kept++;
    },
  });
  let sinceProgress = 0;
  for (;;) {
    if (headerOnly) {
      // The head holds the header (a header longer than the head is read on, chunk by chunk).
      records.push(pending, done);
      if (names || done) {
        await texts.return(undefined);
        if (!names) throw new InputError(`${path}: empty file, expected a header row`);
        return { source: path, columns: names, rowCount: estimate ?? lines, typed: new Map() };
      }
      const next = await texts.next();
      if (next.done) done = true;
      pending = next.done ? '' : next.value;
      continue;
    }
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
  return { source: path, columns: names, rowCount: kept, typed };
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
  /** Rows read from `1,5`-style cells, with their text, while the column may be decimal-comma. */
  private commaRows = new Map<number, string>();
  /** The data row (0-based, in the file) being added, for messages. */
  dataRow = 0;

  constructor(
    private readonly builder: TypedColumnBuilder,
    readonly name: string,
    private readonly source: string,
    decimalCommas: boolean,
  ) {
    this.commas = decimalCommas ? 'open' : 'closed';
  }

  /**
   * Words met in this column (as cells that are tokens as they stand: no surrounding space, not
   * missing, not a number), by a hash of their characters, up to `KNOWN_WORDS` of them: a
   * category repeated on every row is then counted without making a string of it.
   */
  private words: Map<number, string> | undefined = new Map();

  /** An unquoted field, characters `start` to `end` of `buffer`: plain decimals and known words are read without making a string. */
  addRange(buffer: string, start: number, end: number): void {
    if (this.commas !== 'closed') return this.add(buffer.slice(start, end));
    if (this.builder.addPlainDecimal(buffer, start, end)) return;
    const words = this.words;
    if (!words) return this.builder.addText(buffer.slice(start, end));
    let hash = end - start;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + buffer.charCodeAt(i)) | 0;
    const known = words.get(hash);
    if (known !== undefined && known.length === end - start && buffer.startsWith(known, start)) return this.builder.addToken(known);
    const cell = buffer.slice(start, end);
    this.builder.addText(cell);
    if (isWordAsItStands(cell)) {
      if (words.size < KNOWN_WORDS) words.set(hash, cell);
      else this.words = undefined; // many distinct words (ids): stop hashing
    }
  }

  add(cell: string): void {
    if (this.commas === 'closed') return this.builder.addText(cell);
    const text = cell.trim();
    if (text === '') return this.builder.addText(cell);
    if (!DECIMAL_COMMA.test(cell)) {
      if (GROUPED.test(cell) && cell.includes(',') && cell.includes('.')) {
        throw new InputError(`${this.source}: column \`${this.name}\` line ${this.dataRow + 2}: \`${cell}\` mixes \`.\` and \`,\` in a number; write it with one decimal separator and no thousands separator`);
      }
      this.commas = 'closed';
      for (const [row, text] of this.commaRows) this.builder.demoteToToken(row, text);
      this.commaRows.clear();
      return this.builder.addText(cell);
    }
    if (text.includes(',')) {
      this.commaRows.set(this.builder.nextRow, text);
      return this.builder.addText(text.replace(',', '.'));
    }
    this.builder.addText(cell);
  }

  /** The next cell replaces row `slot` (sampling). */
  replace(slot: number): void {
    this.commaRows.delete(slot);
    this.builder.replaceRow(slot);
  }

  finish(): TypedColumn {
    return this.builder.finish(true);
  }
}

/** Words a CSV column remembers (see `ColumnReader.addRange`). */
const KNOWN_WORDS = 1024;

/** Whether `addText` reads a cell as the token it is, unchanged: no space to trim, not missing, not a number. */
function isWordAsItStands(cell: string): boolean {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 && !isMissing(cell) && Number.isNaN(numberOfTrimmed(cell));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Lines as `parseJsonLines` reads them, line by line into typed columns. */
async function readJsonLinesTyped(
  path: string,
  stream: Pick<TextStream, 'chunks' | 'read'>,
  size: number,
  /** Bytes of text (compressed files: estimated decompressed). */
  textSize: number,
  options: ReadTypedOptions,
): Promise<TypedTable> {
  const columns: string[] = [];
  const builders = new Map<string, TypedColumnBuilder | null>();
  /** Rows expected, from the first chunk's bytes per line: arrays sized once instead of grown. */
  let capacity = 1024;
  const reservoir = options.sample ? new Reservoir(options.sample.size, options.sample.seed) : undefined;
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
    const slot = reservoir ? reservoir.next() : rowCount;
    const replacing = slot >= 0 && slot < rowCount;
    if (replacing) for (const builder of builders.values()) builder?.replaceRow(slot);
    const touched = new Set<string>();
    for (const [key, value] of Object.entries(record)) {
      let builder = builders.get(key);
      if (builder === undefined) {
        columns.push(key);
        if (key.trim() === '') throw new InputError(`${path}: a column has no name`);
        builder = options.columns && !options.columns.has(key) ? null : new TypedColumnBuilder(capacity, options.keepText?.has(key) ?? false);
        builders.set(key, builder);
        if (builder) for (let i = 0; i < rowCount; i++) builder.addMissing();
        if (builder && replacing) builder.replaceRow(slot);
      }
      if (typeof value === 'object' && value !== null) {
        throw new InputError(`${path}: line ${lineNumber}: column \`${key}\` holds a nested ${Array.isArray(value) ? 'list' : 'object'}; mlgate compares flat columns`);
      }
      if (builder && slot >= 0) {
        addValue(builder, value, key, path);
        touched.add(key);
      }
    }
    if (slot < 0) return;
    for (const [key, builder] of builders) if (builder && !touched.has(key)) builder.addMissing();
    if (!replacing) rowCount++;
  };
  let chunks = 0;
  for await (const text of decoded(path, 'none', stream.chunks)) {
    if (lineNumber === 0) {
      let count = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
      if (count > 1 && text.length < textSize) capacity = Math.min(Math.ceil((textSize / (text.length / count)) * 1.05) + 16, options.sample?.size ?? Infinity);
    }
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

/**
 * Parquet one column at a time, read by column chunk byte ranges (the file is never held whole):
 * the common flat layouts decoded straight into typed columns (`parquet-typed-columns.ts`), the
 * rest (and samples) through hyparquet's values into the builder.
 */
async function readParquetTyped(path: string, options: ReadTypedOptions): Promise<TypedTable> {
  const file = openParquet(path);
  try {
    return await readParquetColumns(path, file, options);
  } finally {
    file.close();
  }
}

function openParquet(path: string): ParquetFileHandle {
  try {
    return openParquetFile(path);
  } catch (error) {
    throw new InputError(`${path}: not a valid Parquet file (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function readParquetColumns(path: string, file: ParquetFileHandle, options: ReadTypedOptions): Promise<TypedTable> {
  const { metadata, columns } = parquetLayout(file.footer, path);
  options.onColumns?.(columns);
  const elements = parquetSchema(metadata).children.map((child) => child.element);
  const fileRows = Number(metadata.num_rows);
  // Sampling: the slots a reservoir read row by row would fill, so a Parquet file and the same
  // data as CSV keep the same rows.
  const occupants = options.sample ? occupantsOf(Reservoir.slotsOf(fileRows, options.sample.size, options.sample.seed)) : undefined;
  const rowCount = occupants ? occupants.length : fileRows;
  const typed = new Map<string, TypedColumn>();
  for (const [index, name] of columns.entries()) {
    if (name.trim() === '') throw new InputError(`${path}: a column has no name`);
    if (options.columns && !options.columns.has(name)) continue;
    if (!occupants && !options.keepText?.has(name)) {
      let column: TypedColumn | undefined;
      try {
        column = readParquetColumn(file, metadata, index, elements[index]);
      } catch (error) {
        throw new InputError(`${path}: column \`${name}\`: cannot read Parquet data (${error instanceof Error ? error.message : String(error)})`);
      }
      if (column) {
        typed.set(name, column);
        options.onProgress?.(file.byteLength, file.byteLength, rowCount);
        continue;
      }
    }
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
    if (!occupants && isNumberArray(chunks)) {
      for (const { data } of chunks) {
        const numbers = data as ArrayLike<number>;
        for (let i = 0; i < numbers.length; i++) builder.addNumber(numbers[i]);
      }
    } else if (occupants) {
      for (const row of occupants) {
        const chunk = chunkOf(chunks, row);
        addValue(builder, chunk.data[row - chunk.rowStart], name, path);
      }
    } else {
      for (const { data } of chunks) {
        for (let i = 0; i < data.length; i++) addValue(builder, data[i], name, path);
      }
    }
    if (builder.rowCount !== rowCount) throw new InputError(`${path}: column \`${name}\` holds ${builder.rowCount} values for ${rowCount} rows`);
    typed.set(name, builder.finish(true));
    options.onProgress?.(file.byteLength, file.byteLength, rowCount);
  }
  return { source: path, columns, rowCount, typed };
}

/** Rows by slot from the slot of each row (-1: not kept). */
function occupantsOf(slots: Int32Array): Int32Array {
  let size = 0;
  for (const slot of slots) if (slot >= 0) size++;
  const occupants = new Int32Array(size);
  slots.forEach((slot, row) => {
    if (slot >= 0) occupants[slot] = row;
  });
  return occupants;
}

/** The chunk holding `row` (chunks sorted by their first row). */
function chunkOf<T extends { rowStart: number }>(chunks: T[], row: number): T {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (chunks[mid].rowStart <= row) lo = mid;
    else hi = mid - 1;
  }
  return chunks[lo];
}

/** Column chunks hyparquet decoded into typed arrays of numbers (DOUBLE, FLOAT, INT32 without a logical type). */
function isNumberArray(chunks: { data: ArrayLike<unknown> }[]): boolean {
  return chunks.every(({ data }) => data instanceof Float64Array || data instanceof Float32Array || data instanceof Int32Array);
}
