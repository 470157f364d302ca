import { constants } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import type { Table } from '../../core/table/table.js';

export type { Table } from '../../core/table/table.js';

/** How a data table's fields are separated: found from the file (`auto`) or forced. */
export const DELIMITERS = ['auto', 'comma', 'semicolon', 'tab', 'pipe'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const CHARACTER: Record<Exclude<Delimiter, 'auto'>, string> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' };
const NAME = new Map(Object.entries(CHARACTER).map(([name, char]) => [char, name]));

export interface ReadTableOptions {
  /** Default `auto`: detected from the header and the first rows (see `detectDelimiter`). */
  delimiter?: Delimiter;
}

/** Largest file read as one string (V8's longest string, in UTF-16 units, bounds the UTF-8 bytes from above). */
export const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

export function formatBytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB (${bytes.toLocaleString('en-US')} bytes)`;
}

const SAMPLE_RECORDS = 50;

/** Field counts of the first records when split by `char`; undefined when the sample is not valid under it. */
function fieldCounts(text: string, char: string): number[] | undefined {
  try {
    const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, delimiter: char, to_line: SAMPLE_RECORDS + 20 }) as string[][];
    return records.slice(0, SAMPLE_RECORDS).map((r) => r.length);
  } catch {
    return undefined;
  }
}

/**
 * The field separator of a delimited text: among `,` `\t` `;` `|`, the one that splits the header
 * into more than one field and every sampled row (the first 50 records) into as many; the most
 * fields wins, then that order (comma first). When none does, comma, and `parseCsvTable` reports
 * what is wrong (uneven rows, or one column while rows hold other separators).
 */
export function detectDelimiter(text: string): string {
  let best = ',';
  let bestFields = 1;
  for (const char of [',', '\t', ';', '|']) {
    const counts = fieldCounts(text, char);
    if (!counts || counts.length === 0 || counts[0] < 2 || !counts.every((c) => c === counts[0])) continue;
    if (counts[0] > bestFields) {
      best = char;
      bestFields = counts[0];
    }
  }
  return best;
}

/**
 * The delimiter of a delimited text from its start (the first records): forced by the options or
 * detected, refusing a one-column header when another separator would split the file (see
 * `parseCsvTable`).
 */
export function chooseDelimiter(text: string, source: string, options: ReadTableOptions = {}): string {
  const forced = options.delimiter && options.delimiter !== 'auto' ? CHARACTER[options.delimiter] : undefined;
  if (options.delimiter !== undefined && forced === undefined && options.delimiter !== 'auto') {
    throw new InputError(`delimiter must be one of ${DELIMITERS.join(', ')}, got \`${String(options.delimiter)}\``);
  }
  const delimiter = forced ?? detectDelimiter(text);
  if (fieldCounts(text, delimiter)?.[0] === 1) {
    for (const other of [',', '\t', ';', '|']) {
      if (other === delimiter) continue;
      const counts = fieldCounts(text, other);
      // A forced delimiter is trusted for the rows (`1,5` decimals in a one-column file), not for the header.
      if (forced ? counts !== undefined && counts[0] > 1 : counts?.some((c) => c > 1)) {
        throw new InputError(
          `${source}: the header reads as one column with delimiter ${NAME.get(delimiter)}, but the file holds ${NAME.get(other)} separators; ` +
            `set the delimiter (\`--delimiter ${NAME.get(other)}\`) or fix the file`,
        );
      }
    }
  }
  return delimiter;
}

/**
 * Parses a delimited text with a header row.
 * - Delimiter: `options.delimiter`, or detected (`detectDelimiter`). A header of one column is
 *   refused when another separator splits the header or (detected delimiter only) a row into more fields: the file was most
 *   likely written with that separator, and reading it as one column would compare nothing.
 * - An unnamed first header field is pandas' row index (`to_csv` with `index=True`) and is dropped,
 *   as `read_csv(index_col=0)` would; any other unnamed field is refused.
 * - Decimal commas: in a file not separated by commas (`;` from European locales, tab, `|`), a
 *   column whose every non-empty cell is a number written with a decimal comma (`1,5`, `-0,25`,
 *   `3`) and at least one comma is read with decimal points (`1.5`), as pandas'
 *   `read_csv(sep=';', decimal=',')` reads it. A cell with both `.` and `,` between digits
 *   (`1.234,5`, thousands separators) is refused rather than misread.
 */
export function parseCsvTable(text: string, source: string, options: ReadTableOptions = {}): Table {
  const delimiter = chooseDelimiter(text, source, options);
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, delimiter }) as string[][];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`${source}: not valid CSV: ${detail}`);
  }
  if (records.length === 0) throw new InputError(`${source}: empty file, expected a header row`);
  const { names: header, first } = headerOf(records[0], source);
  const cells = new Map<string, string[]>(header.map((name) => [name, new Array<string>(records.length - 1)]));
  for (let row = 1; row < records.length; row++) {
    const record = records[row];
    for (let col = 0; col < header.length; col++) cells.get(header[col])![row - 1] = record[col + first];
  }
  if (delimiter !== ',') {
    for (const [name, column] of cells) readDecimalCommas(column, name, source);
  }
  return { source, columns: header, rowCount: records.length - 1, cells };
}

/**
 * The column names of a header record: trimmed, each named once; an unnamed first field is pandas'
 * row index and is skipped (`first` 1).
 */
export function headerOf(record: readonly string[], source: string): { names: string[]; first: number } {
  let names = record.map((name) => name.trim());
  let first = 0;
  if (names.length > 1 && names[0] === '') {
    first = 1;
    names = names.slice(1);
  }
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (name === '') throw new InputError(`${source}: header column ${index + 1 + first} has no name`);
    if (seen.has(name)) throw new InputError(`${source}: column \`${name}\` appears twice in the header`);
    seen.add(name);
  });
  return { names, first };
}

export const DECIMAL_COMMA = /^\s*[+-]?\d+(,\d+)?([eE][+-]?\d+)?\s*$/;
export const GROUPED = /\d[.,]\d+[.,]\d/;

function readDecimalCommas(column: string[], name: string, source: string): void {
  let commas = 0;
  for (let i = 0; i < column.length; i++) {
    const cell = column[i];
    if (cell.trim() === '') continue;
    if (GROUPED.test(cell) && cell.includes(',') && cell.includes('.')) {
      throw new InputError(`${source}: column \`${name}\` line ${i + 2}: \`${cell}\` mixes \`.\` and \`,\` in a number; write it with one decimal separator and no thousands separator`);
    }
    if (!DECIMAL_COMMA.test(cell)) return;
    if (cell.includes(',')) commas++;
  }
  if (commas === 0) return;
  for (let i = 0; i < column.length; i++) column[i] = column[i].replace(',', '.');
}
