import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/errors.js';
import { detectDelimiter, parseCsvTable, readCsvTable } from '../../../../shared/adapters/data/table.js';
import { columnOf } from '../../../../shared/core/table/table.js';
import { isMissing } from '../../../../shared/core/table/missing.js';

describe('readCsvTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-table-'));

  it('reads columns by name, keeping cell text', () => {
    const path = join(dir, 'ok.csv');
    writeFileSync(path, '\ufeffa,b\n1,"x, y"\n2,\n');
    const table = readCsvTable(path);
    expect(table.columns).toEqual(['a', 'b']);
    expect(table.rowCount).toBe(2);
    expect(columnOf(table, 'b')).toEqual(['x, y', '']);
  });

  it('names the file when it is missing', () => {
    expect(() => readCsvTable(join(dir, 'nope.csv'))).toThrow(new InputError(`${join(dir, 'nope.csv')}: file not found`));
  });

  it('refuses ragged rows, duplicate and empty headers with the file name', () => {
    expect(() => parseCsvTable('a,b\n1,2,3\n', 'f.csv')).toThrow(/^f\.csv: not valid CSV/);
    expect(() => parseCsvTable('a,a\n1,2\n', 'f.csv')).toThrow('f.csv: column `a` appears twice in the header');
    expect(() => parseCsvTable('a,\n1,2\n', 'f.csv')).toThrow('f.csv: header column 2 has no name');
    expect(() => parseCsvTable('', 'f.csv')).toThrow('f.csv: empty file');
  });

  it('lists the columns that exist when one is missing', () => {
    const table = parseCsvTable('a,b\n1,2\n', 'f.csv');
    expect(() => columnOf(table, 'c')).toThrow('f.csv: no column `c` (columns: `a`, `b`)');
  });
});

// Files as pandas writes them: `df.to_csv(path, index=False)`, `sep=';', decimal=','` in European
// locales, `sep='\t'`, `index=True` (an unnamed first column).
describe('delimiters', () => {
  it('detects semicolon, tab and pipe from the header and first rows', () => {
    for (const sep of [';', '\t', '|']) {
      const table = parseCsvTable(`a${sep}b\n1${sep}x\n2${sep}y\n`, 'f.csv');
      expect(table.columns).toEqual(['a', 'b']);
      expect(columnOf(table, 'b')).toEqual(['x', 'y']);
    }
    expect(detectDelimiter('a,b\n1,"x;y"\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
  });

  it('reads decimal commas of a semicolon file by value, as read_csv(sep=";", decimal=",") does', () => {
    const table = parseCsvTable('x;y;name\n1,5;2;a,b\n-0,25;3;c\n;4;d\n', 'eu.csv');
    expect(columnOf(table, 'x')).toEqual(['1.5', '-0.25', '']);
    expect(columnOf(table, 'y')).toEqual(['2', '3', '4']);
    expect(columnOf(table, 'name')).toEqual(['a,b', 'c', 'd']);
  });

  it('refuses numbers with thousands separators rather than misread them', () => {
    expect(() => parseCsvTable('x;y\n1.234,5;1\n2,5;2\n', 'eu.csv')).toThrow('eu.csv: column `x` line 2: `1.234,5` mixes');
  });

  it('refuses a header of one column when the rows hold other separators', () => {
    expect(() => parseCsvTable('a;b\n1;2\n', 'f.csv', { delimiter: 'comma' })).toThrow(/^f\.csv: the header reads as one column with delimiter comma, but the file holds semicolon separators/);
    expect(() => parseCsvTable('a\n1;2\n3;4\n', 'f.csv')).toThrow(/^f\.csv: the header reads as one column/);
    expect(parseCsvTable('a\n1\n2\n', 'f.csv').columns).toEqual(['a']);
  });

  it('forces the delimiter when asked', () => {
    const table = parseCsvTable('a;b\n1,5;2\n', 'f.csv', { delimiter: 'semicolon' });
    expect(columnOf(table, 'a')).toEqual(['1.5']);
    expect(parseCsvTable('x\n1,5\n', 'f.csv', { delimiter: 'semicolon' }).rowCount).toBe(1);
  });

  it("drops pandas' unnamed index column", () => {
    const table = parseCsvTable(',a,b\n0,1.0,x\n1,0.0,y\n', 'f.csv');
    expect(table.columns).toEqual(['a', 'b']);
    expect(columnOf(table, 'a')).toEqual(['1.0', '0.0']);
  });
});

describe('formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-format-'));

  it.each(['.parquet', '.json', '.jsonl', '.xlsx', '.feather', '.pkl', '.gz'])('refuses %s by its extension, naming the file and the formats read', (extension) => {
    const path = join(dir, `data${extension}`);
    writeFileSync(path, 'a,b\n1,2\n');
    expect(() => readCsvTable(path)).toThrow(new InputError(`${path}: ${extension} files are not read; mlgate reads delimited text (CSV or TSV: .csv, .tsv, .txt, or no extension)`));
  });

  it('refuses binary content whatever the extension', () => {
    const parquet = join(dir, 'parquet.csv');
    writeFileSync(parquet, Buffer.from('PAR1\u0015\u0004\u0015\u0010', 'latin1'));
    expect(() => readCsvTable(parquet)).toThrow(`${parquet}: is a Parquet file, which is not read`);
    const nul = join(dir, 'nul');
    writeFileSync(nul, Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01]));
    expect(() => readCsvTable(nul)).toThrow(`${nul}: holds binary data (NUL bytes)`);
  });

  it('reads .csv, .tsv, .txt and extensionless text', () => {
    for (const name of ['t.csv', 't.tsv', 't.txt', 'noext']) {
      const path = join(dir, name);
      writeFileSync(path, 'a\tb\n1\t2\n');
      expect(readCsvTable(path).columns).toEqual(['a', 'b']);
    }
  });
});

describe('cells', () => {
  it('reads pandas missing tokens as missing', () => {
    for (const token of ['', 'NA', 'NaN', 'nan', 'null', 'None', ' ']) expect(isMissing(token)).toBe(true);
    for (const token of ['0', 'none of them', 'N']) expect(isMissing(token)).toBe(false);
  });
});
