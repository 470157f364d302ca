import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { parseDecimal } from '../../core/table/decimal.js';
import { releaseMemory } from '../../core/release-memory.js';
import { labelCodes, predictionArraysFrom } from '../../core/metrics/prediction-arrays.js';
import { RowIdIndex, rowIdText } from '../../core/metrics/row-ids.js';
import type { EncodedLabels, LabelCodes, PredictionArrays, Task } from '../../core/metrics/index.js';
import { DEFAULT_PREDICTION_COLUMNS, predictionsFromTable, readPredictions, type PredictionColumnNames } from './predictions.js';
import { detectDelimiter, MAX_TEXT_BYTES, parseCsvTable, type Delimiter } from './table.js';

/**
 * A predictions file as typed arrays (`PredictionArrays`): what `evaluate` reads. A plain
 * comma-separated `.csv` file of a classification task — no quote characters, so every line is a
 * record and every comma a separator — is parsed from its bytes: labels dictionary-encoded, ids
 * kept as bytes, scores straight into Float64Array, no string per row kept (at a million rows a
 * tenth of the memory and time of reading it as a table of strings). Its header and first 100
 * records are read by the general CSV reader first, so the header checks, the delimiter
 * detection and the first rows' messages are the general reader's. Anything else (other formats,
 * compression, quotes, another delimiter, a pandas index column, a row with the wrong number of
 * fields, regression) is read by `readPredictions` and encoded, with its messages.
 */
export async function readPredictionArrays(
  path: string,
  task: Task,
  names: Partial<PredictionColumnNames> = {},
  delimiter?: Delimiter,
): Promise<PredictionArrays> {
  const columns = { ...DEFAULT_PREDICTION_COLUMNS, ...names };
  const fast = task === 'regression' ? undefined : readPlainCsv(path, task, columns, delimiter);
  return fast ?? predictionArraysFrom(await readPredictions(path, task, names, delimiter));
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const HEAD_RECORDS = 100;

/** Bytes read at a time: the file is never held whole (a line longer than this: the general reader). */
const CHUNK_BYTES = 1 << 22;

/** The parsed file, or undefined when it is not a plain comma-separated file this parser reads exactly. */
export function readPlainCsv(
  path: string,
  task: Task,
  names: PredictionColumnNames,
  delimiter: Delimiter | undefined,
  chunkBytes = CHUNK_BYTES,
): PredictionArrays | undefined {
  if (!path.toLowerCase().endsWith('.csv')) return undefined;
  if (delimiter !== undefined && delimiter !== 'auto' && delimiter !== 'comma') return undefined;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // the general reader names the problem
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_TEXT_BYTES) return undefined;
    return parsePlainCsv(new ChunkedLines(fd, chunkBytes), path, task, names, delimiter);
  } finally {
    closeSync(fd);
  }
}

function parsePlainCsv(lines: ChunkedLines, path: string, task: Task, names: PredictionColumnNames, delimiter: Delimiter | undefined): PredictionArrays | undefined {
  // First pass: rows to allocate for, and what only the general reader reads (quotes, compressed or binary content).
  const first = lines.survey();
  if (!first) return undefined;
  const { head: headBytes, lines: lineCount } = first;
  const magic = headBytes.subarray(0, 4).toString('latin1');
  if (magic.startsWith('\x1f\x8b') || magic === '\x28\xb5\x2f\xfd' || magic === 'PAR1' || headBytes.subarray(0, 8192).includes(0)) return undefined;
  const start = headBytes[0] === 0xef && headBytes[1] === 0xbb && headBytes[2] === 0xbf ? 3 : 0;

  // The head through the general reader: header checks, delimiter, columns, first rows' values.
  let headEnd = start;
  for (let records = 0; records <= HEAD_RECORDS; records++) {
    const newline = headBytes.indexOf(NEWLINE, headEnd);
    if (newline === -1) {
      if (headBytes.length === lines.size) headEnd = headBytes.length;
      else if (records <= 1) return undefined; // header or first row longer than a chunk
      break;
    }
    headEnd = newline + 1;
  }
  const headText = headBytes.toString('utf8', start, headEnd);
  if ((delimiter === 'comma' ? ',' : detectDelimiter(headText)) !== ',') return undefined;
  releaseMemory(headBytes);
  const head = parseCsvTable(headText, path, delimiter ? { delimiter } : {});
  predictionsFromTable(head, task, names);

  lines.rewind(start);
  const header = lines.next() ? lines.fields() : undefined;
  if (!header || header.length !== head.columns.length || header.some((name, k) => name !== head.columns[k])) return undefined;
  const column = (name: string): number => header.indexOf(name);
  const width = header.length;

  // One row per line after the header: arrays of exactly that length, so each is a whole buffer
  // evaluation can free (see release-memory.ts); cut to size below only when empty lines were skipped.
  const capacity = Math.max(lineCount - 1, 0);
  const yTrue = new LabelDictionary(capacity);
  const yPred = new LabelDictionary(capacity);
  const ids = column(names.id) === -1 ? undefined : new IdBytes(capacity, lines.size);
  const scoreColumns: [string, number][] =
    task === 'binary'
      ? column(names.yScore) === -1 ? [] : [[names.yScore, column(names.yScore)]]
      : header.flatMap((name, k): [string, number][] => (name.startsWith(`${names.yScore}_`) ? [[name, k]] : []));
  const scores = scoreColumns.map(() => new Float64Array(capacity));
  let badScore: { row: number; column: string; cell: string } | undefined;
  const starts = new Uint32Array(width + 1);
  const [trueAt, predAt, idAt] = [column(names.yTrue), column(names.yPred), column(names.id)];
  let row = 0;
  while (lines.next()) {
    if (lines.start === lines.end) continue; // empty lines are skipped, as the general reader does
    if (!lines.split(starts, width)) return undefined; // a row of another width: the general reader's message
    const bytes = lines.buffer;
    yTrue.add(row, bytes, starts[trueAt], starts[trueAt + 1] - 1);
    yPred.add(row, bytes, starts[predAt], starts[predAt + 1] - 1);
    if (ids) ids.add(bytes, starts[idAt], starts[idAt + 1] - 1);
    for (let s = 0; s < scoreColumns.length; s++) {
      const k = scoreColumns[s][1];
      const cell = bytes.toString('utf8', starts[k], starts[k + 1] - 1);
      const value = parseDecimal(cell);
      if (value === undefined || !Number.isFinite(value)) {
        badScore ??= { row, column: scoreColumns[s][0], cell };
        scores[s][row] = Number.NaN;
      } else {
        scores[s][row] = value;
      }
    }
    row++;
  }
  lines.release();
  if (lines.failed) return undefined;

  // Checks in `predictionsFromTable`'s order: duplicate ids, then numbers.
  const result: PredictionArrays = { kind: 'arrays', yTrue: yTrue.finish(row), yPred: yPred.finish(row) };
  if (ids) {
    result.ids = ids.finish(row);
    const index = new RowIdIndex(result.ids, row);
    for (let i = 0; i < row; i++) {
      if (index.add(i) !== -1) throw new InputError(`${path}: id \`${rowIdText(result.ids, i)}\` in column \`${names.id}\` appears twice (line ${i + 2})`);
    }
    index.release();
    result.ids.unique = true;
  }
  if (badScore) throw new InputError(`${path}: column \`${badScore.column}\` line ${badScore.row + 2}: \`${badScore.cell}\` is not a finite number`);
  if (task === 'binary' && scoreColumns.length > 0) result.yScore = exactLength(scores[0], row);
  if (task === 'multiclass' && scoreColumns.length > 0) {
    result.classScores = Object.fromEntries(scoreColumns.map(([name], s) => [name.slice(names.yScore.length + 1), exactLength(scores[s], row)]));
  }
  return result;
}

/** The first `length` values as an array of their own (the whole array when nothing is cut). */
function exactLength<T extends Float64Array | LabelCodes | Uint32Array>(array: T, length: number): T {
  if (array.length === length) return array;
  const cut = array.slice(0, length) as T;
  releaseMemory(array);
  return cut;
}

/**
 * Lines of a file read a chunk at a time (LF or CRLF), and the fields of the current line split
 * at commas. A partial line at a chunk's end is carried to the next chunk.
 */
class ChunkedLines {
  readonly size: number;
  buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  failed = false;
  /** Bytes of the buffer filled, and the file offset of the buffer's first byte. */
  private filled = 0;
  private offset = 0;
  private position = 0;

  constructor(private readonly fd: number, chunkBytes: number) {
    this.size = fstatSync(fd).size;
    this.buffer = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(this.size, 1)));
  }

  /**
   * One pass over the file: its lines, and the bytes of its first HEAD_RECORDS + 1 lines (those
   * the first chunk holds, and at least 8 KiB); undefined when it holds a quote character. The buffer is the one the
   * lines are then read with.
   */
  survey(): { head: Buffer; lines: number } | undefined {
    const chunk = this.buffer;
    let newlines = 0;
    let head: Buffer | undefined;
    let last = NEWLINE;
    for (let at = 0; at < this.size;) {
      const read = readSync(this.fd, chunk, 0, chunk.length, at);
      if (read === 0) break;
      const view = chunk.subarray(0, read);
      if (view.includes(QUOTE)) return undefined;
      if (!head) {
        let end = -1;
        for (let records = 0; records <= HEAD_RECORDS + 1; records++) {
          const next = view.indexOf(NEWLINE, end + 1);
          if (next === -1) {
            end = read - 1;
            break;
          }
          end = next;
        }
        // At least the 8 KiB the binary-content check looks at.
        head = Buffer.from(view.subarray(0, Math.max(end + 1, Math.min(8192, read))));
      }
      for (let k = view.indexOf(NEWLINE); k !== -1; k = view.indexOf(NEWLINE, k + 1)) newlines++;
      last = view[read - 1];
      at += read;
    }
    return { head: head ?? Buffer.alloc(0), lines: newlines + (last === NEWLINE ? 0 : 1) };
  }

  /** Starts reading lines at this file offset. */
  rewind(offset: number): void {
    this.filled = 0;
    this.offset = offset;
    this.position = 0;
  }

  next(): boolean {
    let newline = this.newlineFrom(this.position);
    if (newline === -1 && this.offset + this.filled < this.size) {
      // Carry the partial line to the front and fill the rest of the buffer.
      const carried = this.filled - this.position;
      if (carried === this.buffer.length) return this.fail(); // a line longer than a chunk
      this.buffer.copy(this.buffer, 0, this.position, this.filled);
      this.offset += this.position;
      this.position = 0;
      this.filled = carried + readSync(this.fd, this.buffer, carried, this.buffer.length - carried, this.offset + carried);
      newline = this.newlineFrom(0);
      if (newline === -1 && this.offset + this.filled < this.size) return this.fail(); // a line longer than a chunk
    }
    if (this.position >= this.filled) return false;
    this.start = this.position;
    this.end = newline === -1 ? this.filled : newline;
    this.position = this.end + 1;
    if (this.end > this.start && this.buffer[this.end - 1] === RETURN) this.end--;
    return true;
  }

  /** Frees the read buffer (see release-memory.ts); no line is read after. */
  release(): void {
    releaseMemory(this.buffer);
    this.buffer = Buffer.alloc(0);
  }

  private newlineFrom(from: number): number {
    const at = this.buffer.indexOf(NEWLINE, from);
    return at !== -1 && at < this.filled ? at : -1;
  }

  /** Field k spans starts[k] … starts[k + 1] − 1 (the comma or line end); false unless exactly `width` fields and no stray CR. */
  split(starts: Uint32Array, width: number): boolean {
    let fields = 0;
    starts[0] = this.start;
    for (let k = this.start; k < this.end; k++) {
      const b = this.buffer[k];
      if (b === COMMA) {
        if (++fields >= width) return this.fail();
        starts[fields] = k + 1;
      } else if (b === RETURN) {
        return this.fail();
      }
    }
    if (fields !== width - 1) return this.fail();
    starts[width] = this.end + 1;
    return true;
  }

  fields(): string[] {
    return this.buffer.toString('utf8', this.start, this.end).split(',').map((name) => name.trim());
  }

  private fail(): false {
    this.failed = true;
    return false;
  }
}

/** JavaScript's `trim` on one byte of ASCII: tab, line tab, form feed, space (CR/LF never reach a field). */
function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0b || b === 0x0c;
}

/**
 * A label column as codes and a dictionary of the trimmed labels; one-byte labels skip the string.
 * Codes start one byte wide and are widened when the dictionary outgrows them (`labelCodes`).
 */
class LabelDictionary {
  private codes: LabelCodes;
  private readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly byByte = new Int32Array(128).fill(-1);

  constructor(capacity: number) {
    this.codes = labelCodes(capacity, 1);
  }

  add(row: number, bytes: Buffer, start: number, end: number): void {
    if (end - start === 1 && bytes[start] < 0x80 && !isSpace(bytes[start])) {
      let code = this.byByte[bytes[start]];
      if (code === -1) code = this.byByte[bytes[start]] = this.codeOf(String.fromCharCode(bytes[start]));
      this.codes[row] = code;
    } else {
      const code = this.codeOf(bytes.toString('utf8', start, end).trim()); // before reading this.codes: it may widen
      this.codes[row] = code;
    }
  }

  private codeOf(label: string): number {
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.index.set(label, code);
      this.labels.push(label);
      if (code === 0x100 || code === 0x10000) {
        const wider = labelCodes(this.codes.length, code + 1);
        wider.set(this.codes);
        releaseMemory(this.codes);
        this.codes = wider;
      }
    }
    return code;
  }

  finish(rows: number): EncodedLabels {
    return { codes: exactLength(this.codes, rows), labels: this.labels };
  }
}

/** Trimmed ids appended as bytes. */
class IdBytes {
  private bytes: Uint8Array;
  private readonly starts: Uint32Array;
  private length = 0;
  private rows = 0;

  constructor(capacity: number, fileBytes: number) {
    this.starts = new Uint32Array(capacity + 1);
    this.bytes = new Uint8Array(Math.max(64, Math.ceil(fileBytes / 8)));
  }

  add(source: Buffer, start: number, end: number): void {
    while (start < end && isSpace(source[start])) start++;
    while (end > start && isSpace(source[end - 1])) end--;
    let id: Uint8Array = source.subarray(start, end);
    // Unicode spaces at either end (U+00A0 …): trimmed as text, as the general reader does.
    if (end > start && (source[start] >= 0x80 || source[end - 1] >= 0x80)) id = Buffer.from(source.toString('utf8', start, end).trim(), 'utf8');
    if (this.length + id.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.length + id.length));
      grown.set(this.bytes.subarray(0, this.length));
      releaseMemory(this.bytes);
      this.bytes = grown;
    }
    this.bytes.set(id, this.length);
    this.length += id.length;
    this.starts[++this.rows] = this.length;
  }

  finish(rows: number): { bytes: Uint8Array; starts: Uint32Array } {
    const bytes = this.bytes.slice(0, this.length);
    releaseMemory(this.bytes);
    return { bytes, starts: exactLength(this.starts, rows + 1) };
  }
}
