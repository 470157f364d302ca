import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTypedTable } from '../../../../shared/adapters/data/read-typed-table.js';
import { openParquetFile, readParquetColumn } from '../../../../shared/adapters/data/parquet-typed-columns.js';
import type { TypedColumn, TypedTable } from '../../../../shared/core/table/typed-column.js';
import { InputError } from '../../../../shared/errors.js';
import { scratchFolder } from '../../../support/scratch.js';

/**
 * The typed Parquet decoder against hyparquet's values through the builder (the path it replaces,
 * still taken for the columns it does not read): the same typed columns, bit for bit, over files
 * DuckDB writes with each codec, several row groups, dictionary and plain pages, data pages v1
 * and v2, nulls, NaN and infinities, 64-bit integers past 2^53 and strings that are numbers,
 * missing tokens or padded words.
 */

const { dir } = scratchFolder('mlgate-parquet-typed');
const ROWS = 3000;

// Every kind of cell a column can hold, from a deterministic hash of the row (no randomness in SQL).
const DATA = `SELECT
  i AS id,
  CASE WHEN i % 11 = 0 THEN NULL WHEN i % 97 = 0 THEN 'NaN'::DOUBLE WHEN i = 5 THEN 'inf'::DOUBLE WHEN i = 6 THEN '-inf'::DOUBLE WHEN i = 7 THEN -0.0::DOUBLE ELSE (hash(i) % 100000) / 7.0 END AS amount,
  CASE WHEN i % 13 = 0 THEN NULL ELSE ((hash(i) % 2000) / 3.0)::FLOAT END AS ratio,
  CASE WHEN i % 17 = 0 THEN NULL ELSE (hash(i) % 1000)::INTEGER - 500 END AS count32,
  (i % 50)::SMALLINT AS small,
  CASE WHEN i % 19 = 0 THEN NULL WHEN i % 3 = 0 THEN 9007199254740993 + i WHEN i % 3 = 1 THEN -123456789012345 ELSE (i % 40) END AS big,
  CASE WHEN i % 23 = 0 THEN NULL ELSE ['red', ' green ', 'NA', '', 'n/a', '1.50', '007', '42', 'Ünïcode', '1e3', '-inf'][1 + (i % 11)] END AS label,
  md5(i::VARCHAR) AS unique_text,
  CASE WHEN i % 5 = 0 THEN NULL ELSE 'x' || (i % 4) END AS sparse,
  NULL::DOUBLE AS nothing,
  i % 2 = 0 AS flag,
  DATE '2024-01-01' + (i % 30)::INTEGER AS day,
  (i / 8.0)::DECIMAL(10, 3) AS price
FROM range(${ROWS}) r(i)`;

const LAYOUTS: Record<string, string> = {
  'zstd-row-groups': 'COMPRESSION zstd, ROW_GROUP_SIZE 1024',
  snappy: 'COMPRESSION snappy',
  gzip: 'COMPRESSION gzip, ROW_GROUP_SIZE 2048',
  'uncompressed-plain': 'COMPRESSION uncompressed, DICTIONARY_SIZE_LIMIT 1',
  'plain-strings': 'COMPRESSION zstd, STRING_DICTIONARY_PAGE_SIZE_LIMIT 1',
  'pages-v2': 'COMPRESSION snappy, PARQUET_VERSION v2, ROW_GROUP_SIZE 1024',
};

/** Columns this decoder reads itself (the rest go through hyparquet). */
const TYPED = ['id', 'amount', 'ratio', 'count32', 'small', 'big', 'label', 'unique_text', 'sparse', 'nothing'];

let instance: DuckDBInstance;
let connection: DuckDBConnection;
const files: Record<string, string> = {};

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  for (const [name, options] of Object.entries(LAYOUTS)) {
    files[name] = join(dir, `${name}.parquet`);
    await connection.run(`COPY (${DATA}) TO '${files[name]}' (FORMAT parquet, ${options})`);
  }
}, 60_000);
afterAll(() => connection?.closeSync());

/** The typed table hyparquet's path gives: asking for every column's text sends each through it; the text is then dropped. */
async function throughHyparquet(path: string): Promise<TypedTable> {
  const table = await readTypedTable(path, { keepText: new Set(parquetColumns(path)) });
  for (const [name, column] of table.typed) {
    const { text: _text, ...rest } = column;
    table.typed.set(name, rest);
  }
  return table;
}

function parquetColumns(path: string): string[] {
  const bytes = readFileSync(path);
  return parquetSchema(parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)).children.map((child) => child.element.name);
}

/** Everything a typed column holds, arrays as lists (NaN and -0 kept apart from 0 by toEqual's Object.is). */
function plain(column: TypedColumn) {
  return { ...column, numbers: Array.from(column.numbers), tokenCodes: column.tokenCodes && Array.from(column.tokenCodes) };
}

describe('Parquet read straight into typed columns', () => {
  it.each(Object.keys(LAYOUTS))('%s: the same typed columns as through hyparquet', async (layout) => {
    const fast = await readTypedTable(files[layout]);
    const reference = await throughHyparquet(files[layout]);
    expect(fast.columns).toEqual(reference.columns);
    expect(fast.rowCount).toBe(ROWS);
    for (const name of fast.columns) {
      expect({ name, ...plain(fast.typed.get(name)!) }).toEqual({ name, ...plain(reference.typed.get(name)!) });
    }
  }, 60_000);

  it('reads the common columns itself (v2 pages: with delta and byte-stream-split encodings), and leaves dates, decimals and booleans to hyparquet', () => {
    for (const layout of Object.keys(LAYOUTS)) {
      const file = openParquetFile(files[layout]);
      try {
        const metadata = parquetMetadata(file.footer);
        const elements = parquetSchema(metadata).children.map((child) => child.element);
        const decoded = elements.filter((element, index) => readParquetColumn(file, metadata, index, element) !== undefined).map((element) => element.name);
        expect({ layout, decoded }).toEqual({ layout, decoded: TYPED });
      } finally {
        file.close();
      }
    }
  });

  // A file pyarrow (parquet-cpp) wrote, shipped with Debian's python3-pandas; pyarrow itself is not installable here.
  const PYARROW = '/usr/lib/python3/dist-packages/pandas/tests/io/data/parquet/simple.parquet';
  it.skipIf(!existsSync(PYARROW))('a file pyarrow wrote: read by the decoder, the same columns as through hyparquet', async () => {
    const fast = await readTypedTable(PYARROW);
    const reference = await throughHyparquet(PYARROW);
    for (const name of fast.columns) expect(plain(fast.typed.get(name)!)).toEqual(plain(reference.typed.get(name)!));
    const file = openParquetFile(PYARROW);
    try {
      const metadata = parquetMetadata(file.footer);
      parquetSchema(metadata).children.forEach((child, index) => expect(readParquetColumn(file, metadata, index, child.element)).toBeDefined());
    } finally {
      file.close();
    }
  });

  it('types each distinct string once, as the builder types a cell', async () => {
    const label = (await readTypedTable(files.snappy)).typed.get('label')!;
    // `NA`, `n/a` and '' are missing, numbers are numbers (`007` and `1.50` not as String writes them), words trimmed.
    expect(label.tokens.sort()).toEqual(['green', 'red', 'Ünïcode']);
    expect(label.exactText).toBe(false);
    expect(label.numbers.filter((v) => v === 1000 || v === 42 || v === 7 || v === 1.5 || v === -Infinity).length).toBe(label.numeric);
  });

  it('a damaged column chunk fails naming the file and the column', async () => {
    const bytes = readFileSync(files.snappy);
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const chunk = metadata.row_groups[0].columns[1].meta_data!;
    const start = Number(chunk.dictionary_page_offset ?? chunk.data_page_offset);
    const damaged = Buffer.from(bytes);
    // The page header's sizes: a page that claims more bytes than its column chunk holds.
    damaged.fill(0xff, start + 2, start + 8);
    const path = join(dir, 'damaged.parquet');
    writeFileSync(path, damaged);
    const failure = await readTypedTable(path).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as Error).message).toMatch(/damaged\.parquet: column `amount`: cannot read Parquet data/);
  });

  it('a file cut short is refused as not Parquet', async () => {
    const path = join(dir, 'cut.parquet');
    writeFileSync(path, readFileSync(files.gzip).subarray(0, 100));
    await expect(readTypedTable(path)).rejects.toThrow(/cut\.parquet/);
  });
});
