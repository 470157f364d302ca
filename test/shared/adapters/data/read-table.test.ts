import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../shared/adapters/data/read-table.js';
import { columnOf } from '../../../../shared/core/table/table.js';
import { InputError } from '../../../../shared/errors.js';
import { cli } from '../../../support/cli.js';
import { ROOT } from '../../../support/run-action.js';
import { scratchFolder } from '../../../support/scratch.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'data-files');
const fixture = (name: string): string => join(FIXTURES, name);
const { dir, file } = scratchFolder('mlgate-read-table');
const binary = (name: string, bytes: Uint8Array): string => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

describe('readTable: delimited text', () => {
  it('reads columns by name, keeping cell text', async () => {
    const table = await readTable(file('ok.csv', '\ufeffa,b\n1,"x, y"\n2,\n'));
    expect(table.columns).toEqual(['a', 'b']);
    expect(table.rowCount).toBe(2);
    expect(columnOf(table, 'b')).toEqual(['x, y', '']);
  });

  it('names the file when it is missing', async () => {
    await expect(readTable(join(dir, 'nope.csv'))).rejects.toThrow(new InputError(`${join(dir, 'nope.csv')}: file not found`));
  });

  it('reads .csv, .tsv, .txt and extensionless text', async () => {
    for (const name of ['t.csv', 't.tsv', 't.txt', 'noext']) {
      expect((await readTable(file(name, 'a\tb\n1\t2\n'))).columns).toEqual(['a', 'b']);
    }
  });

  it.each(['.json', '.xlsx', '.feather', '.pkl', '.gz', '.parquet.gz', '.bz2'])('refuses %s by its extension, naming the file and the formats read', async (extension) => {
    const path = file(`data${extension}`, 'a,b\n1,2\n');
    await expect(readTable(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.\\]/g, '\\$&')}: .*mlgate reads CSV/TSV .*JSON Lines .*Parquet`));
  });

  it('refuses binary content named as text, saying what it is', async () => {
    const parquet = file('parquet.csv', 'PAR1\u0015\u0004');
    await expect(readTable(parquet)).rejects.toThrow(`${parquet}: named as delimited text but is a Parquet file`);
    const gz = binary('gz.csv', gzipSync('a,b\n1,2\n'));
    await expect(readTable(gz)).rejects.toThrow(`${gz}: named as delimited text but is gzip-compressed`);
    const nul = binary('nul', Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01]));
    await expect(readTable(nul)).rejects.toThrow(`${nul}: holds binary data (NUL bytes)`);
  });
});

describe('readTable: JSON Lines', () => {
  it('reads one object per line, the keys in first-seen order, absent keys and null as missing', async () => {
    const path = file('rows.jsonl', '{"a": 1, "b": "x"}\n\n{"c": true, "a": 0.1}\r\n{"b": null, "a": 9007199254740991}\n');
    const table = await readTable(path);
    expect(table.columns).toEqual(['a', 'b', 'c']);
    expect(table.rowCount).toBe(3);
    expect(columnOf(table, 'a')).toEqual(['1', '0.1', '9007199254740991']);
    expect(columnOf(table, 'b')).toEqual(['x', '', '']);
    expect(columnOf(table, 'c')).toEqual(['', 'true', '']);
  });

  it('reads .ndjson too', async () => {
    expect((await readTable(file('rows.ndjson', '{"a": 1}\n'))).columns).toEqual(['a']);
  });

  it.each([
    ['an array', '[1, 2]', /line 2: is an array, expected a JSON object/],
    ['a number', '3', /line 2: is a number, expected a JSON object/],
    ['broken JSON', '{"a": ', /line 2: not valid JSON/],
    ['a nested object', '{"a": {"b": 1}}', /line 2: column `a` holds a nested object; mlgate compares flat columns/],
    ['a list', '{"a": [1]}', /line 2: column `a` holds a nested list/],
  ])('refuses a line holding %s, naming the file and line', async (_what, line, message) => {
    const path = file('bad.jsonl', `{"a": 1}\n${line}\n`);
    await expect(readTable(path)).rejects.toThrow(InputError);
    await expect(readTable(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.\\]/g, '\\$&')}: ${message.source}`));
  });

  it('refuses an empty file', async () => {
    const path = file('empty.jsonl', '\n\n');
    await expect(readTable(path)).rejects.toThrow(`${path}: empty file, expected one JSON object per line`);
  });
});

describe('readTable: compressed text', () => {
  const csv = 'a;b\n1,5;x\n2,5;y\n';
  const jsonl = '{"a": 1.5, "b": "x"}\n{"a": 2.5, "b": "y"}\n';

  it.each([
    ['data.csv.gz', gzipSync(csv)],
    ['data.csv.zst', zstdCompressSync(csv)],
    ['data.jsonl.gz', gzipSync(jsonl)],
    ['data.jsonl.zst', zstdCompressSync(jsonl)],
    ['data.tsv.gz', gzipSync(csv)],
  ])('reads %s as its uncompressed content', async (name, bytes) => {
    const table = await readTable(binary(name, bytes));
    expect(table.columns).toEqual(['a', 'b']);
    expect(columnOf(table, 'a')).toEqual(['1.5', '2.5']);
    expect(columnOf(table, 'b')).toEqual(['x', 'y']);
  });

  it('refuses a file whose bytes are not what its name says, or cut short', async () => {
    const plain = file('plain.csv.gz', 'a,b\n1,2\n');
    await expect(readTable(plain)).rejects.toThrow(`${plain}: named .gz but is not gzip-compressed`);
    const mixed = binary('mixed.csv.zst', gzipSync(csv));
    await expect(readTable(mixed)).rejects.toThrow(`${mixed}: named .zst but is gzip-compressed`);
    const whole = gzipSync(csv);
    const cut = binary('cut.csv.gz', whole.subarray(0, whole.length - 6));
    await expect(readTable(cut)).rejects.toThrow(new RegExp(`^${cut.replace(/[.\\]/g, '\\$&')}: not valid gzip data`));
    const cutZstd = binary('cut.jsonl.zst', zstdCompressSync(jsonl).subarray(0, 12));
    await expect(readTable(cutZstd)).rejects.toThrow(/cut\.jsonl\.zst: not valid zstd data/);
  });
});

describe('readTable: Parquet written by DuckDB', () => {
  it.each(['snappy', 'gzip', 'zstd'])('reads %s-compressed pages: nulls, int64, doubles, booleans, strings, timestamps, dates', async (codec) => {
    const table = await readTable(fixture(`types-${codec}.parquet`));
    expect(table.columns).toEqual(['id', 'big', 'x', 'flag', 'label', 'seen_at', 'day']);
    expect(table.rowCount).toBe(3);
    expect(columnOf(table, 'id')).toEqual(['1', '2', '3']);
    // Past 2^53: BigInt keeps every digit where a double would round to ...992.
    expect(columnOf(table, 'big')).toEqual(['9007199254740993', '', '-42']);
    expect(columnOf(table, 'x')).toEqual(['0.1', '-1.5e-300', '']);
    expect(columnOf(table, 'x').slice(0, 2).map(Number)).toEqual([0.1, -1.5e-300]);
    expect(columnOf(table, 'flag')).toEqual(['true', 'false', '']);
    expect(columnOf(table, 'label')).toEqual(['a', '', 'ünï, "quoted"']);
    expect(columnOf(table, 'seen_at')).toEqual(['2024-01-02T03:04:05.123Z', '', '1999-12-31T23:59:59.000Z']);
    // Calendar dates as a CSV export writes them, before 1970 too.
    expect(columnOf(table, 'day')).toEqual(['2024-02-29', '', '1969-07-20']);
  });

  it('refuses a nested column, naming the file and the column', async () => {
    const path = fixture('nested.parquet');
    await expect(readTable(path)).rejects.toThrow(new InputError(`${path}: column \`tags\` is a nested list; mlgate compares flat columns (flatten or drop it)`));
  });

  it('refuses a truncated or corrupted file as input, naming it', async () => {
    const whole = readFileSync(fixture('types-snappy.parquet'));
    const cut = binary('cut.parquet', whole.subarray(0, whole.length - 100));
    await expect(readTable(cut)).rejects.toThrow(InputError);
    await expect(readTable(cut)).rejects.toThrow(new RegExp(`^${cut.replace(/[.\\]/g, '\\$&')}: `));
    const headOnly = binary('head.parquet', Buffer.from('PAR1'));
    await expect(readTable(headOnly)).rejects.toThrow(InputError);
    // The footer intact, a data page overwritten: the damage is found while decoding pages.
    const damaged = Buffer.from(whole);
    damaged.fill(0xff, 8, 200);
    const path = binary('damaged.parquet', damaged);
    await expect(readTable(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.\\]/g, '\\$&')}: `));
  });
});

describe('drift across formats', () => {
  const current = file('current.csv', `id,amount,colour\n${Array.from({ length: 150 }, (_, i) => `${i},${(Math.sin(i) * 10 + i / 25 + 1).toFixed(6)},${['red', 'green', 'blue', 'blue'][i % 4]}`).join('\n')}\n`);

  it('a Parquet reference against a CSV current gives the report of the same data as CSV', async () => {
    const run = async (reference: string) => {
      const out = join(dir, `${reference.endsWith('.csv') ? 'csv' : 'parquet'}.json`);
      const result = await cli('drift', '--reference', reference, '--current', current, '--exclude', 'id', '--format', 'json', '--output', out);
      expect(result.stderr).not.toMatch(/error/i);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { reference: { source: string } };
      report.reference.source = '';
      return { exitCode: result.exitCode, report };
    };
    const fromCsv = await run(fixture('drift-reference.csv'));
    const fromParquet = await run(fixture('drift-reference.parquet'));
    expect([0, 1]).toContain(fromCsv.exitCode);
    expect(fromParquet).toEqual(fromCsv);
    expect(JSON.stringify(fromCsv.report)).toMatch(/"drifted":true/);
  });

  it('exits 2 naming a truncated Parquet file, never 70', async () => {
    const whole = readFileSync(fixture('drift-reference.parquet'));
    const cut = binary('cut-reference.parquet', whole.subarray(0, Math.floor(whole.length / 2)));
    const result = await cli('drift', '--reference', cut, '--current', current);
    expect(result.exitCode, result.stderr).toBe(2);
    expect(result.stderr).toContain(cut);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
