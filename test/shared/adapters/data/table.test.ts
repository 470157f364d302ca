import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvTable } from '../../../../shared/adapters/data/table.js';
import { columnOf } from '../../../../shared/core/table/table.js';
import { isMissing } from '../../../../shared/core/table/missing.js';

describe('parseCsvTable', () => {
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

describe('cells', () => {
  it('reads pandas missing tokens as missing', () => {
    for (const token of ['', 'NA', 'NaN', 'nan', 'null', 'None', ' ']) expect(isMissing(token)).toBe(true);
    for (const token of ['0', 'none of them', 'N']) expect(isMissing(token)).toBe(false);
  });
});
