import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/errors.js';
import { parseCsvTable, readCsvTable } from '../../../../shared/adapters/data/table.js';
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

describe('cells', () => {
  it('reads pandas missing tokens as missing', () => {
    for (const token of ['', 'NA', 'NaN', 'nan', 'null', 'None', ' ']) expect(isMissing(token)).toBe(true);
    for (const token of ['0', 'none of them', 'N']) expect(isMissing(token)).toBe(false);
  });
});
