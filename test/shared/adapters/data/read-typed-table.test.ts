import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../shared/adapters/data/read-table.js';
import { readTypedTable } from '../../../../shared/adapters/data/read-typed-table.js';
import { CsvRecords } from '../../../../shared/adapters/data/csv-records.js';
import { parseCsvTable } from '../../../../shared/adapters/data/table.js';
import { numberOfTrimmed, typedTableOfCells, type TypedColumn, type TypedTable } from '../../../../shared/core/table/typed-column.js';
import { parseDecimal } from '../../../../shared/core/table/decimal.js';
import { driftReport } from '../../../../shared/core/drift/drift-report.js';
import { drift } from '../../../../shared/commands/drift.js';
import { InputError } from '../../../../shared/errors.js';
import { ROOT } from '../../../support/run-action.js';
import { scratchFolder } from '../../../support/scratch.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'data-files');
const { dir, file } = scratchFolder('mlgate-read-typed');
const binary = (name: string, bytes: Uint8Array): string => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

/** What a typed column holds, comparable across readers (arrays as plain lists). */
function shape(column: TypedColumn) {
  return {
    rowCount: column.rowCount,
    numbers: column.numeric === 0 ? [] : Array.from(column.numbers, (v) => (Number.isNaN(v) ? 'NaN' : v)),
    numeric: column.numeric,
    missing: column.missing,
    tokens: Object.fromEntries(column.tokens.map((t, i) => [t, column.tokenCounts[i]]).filter(([, n]) => (n as number) > 0)),
    tokenRows: Array.from({ length: column.rowCount }, (_, row) => (column.tokenCodes?.[row] ? column.tokens[column.tokenCodes[row] - 1] : null)),
  };
}

function shapes(table: TypedTable) {
  return { columns: table.columns, rowCount: table.rowCount, typed: table.columns.map((name) => shape(table.typed.get(name)!)) };
}

describe('typed cells', () => {
  it('reads a number exactly as parseDecimal does', () => {
    const cells = fc.oneof(
      fc.double().map(String),
      fc.constantFrom('0x10', '0b1', '0o7', '-0x1', 'inf', '-Inf', 'INFINITY', '+infinity', 'Infinity', '1e400', '1_000', '1,5', '.5', '5.', '+.5', '-', '.', 'e5', '1e', '007', '-0', '+3'),
      fc.stringMatching(/^[+-]?[0-9]{0,4}(\.[0-9]{0,3})?([eE][+-]?[0-9]{0,3})?$/),
      fc.string({ maxLength: 6 }),
    ).map((cell) => cell.trim()).filter((cell) => cell !== '');
    fc.assert(fc.property(cells, (cell) => {
      const expected = parseDecimal(cell);
      const value = numberOfTrimmed(cell);
      expect(Number.isNaN(value) ? undefined : value).toBe(expected);
    }), { numRuns: 2000 });
  });
});

describe('CsvRecords: our CSV parser agrees with csv-parse', () => {
  const field = fc.oneof(
    fc.string({ maxLength: 6 }).filter((s) => !/["\r\n,;]/.test(s)),
    fc.array(fc.constantFrom('a', ' ', ',', ';', '"', '\n', '\r\n', 'é', '1'), { maxLength: 6 }).map((parts) => parts.join('')),
  );
  const quote = (value: string, delimiter: string): string =>
    /["\r\n]/.test(value) || value.includes(delimiter) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;

  it('on random quoted, escaped content split into random chunks', () => {
    const input = fc.record({
      width: fc.integer({ min: 1, max: 4 }),
      delimiter: fc.constantFrom(',', ';', '\t'),
      newline: fc.constantFrom('\n', '\r\n'),
      rows: fc.array(fc.array(field, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
      cuts: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 5 }),
      finalNewline: fc.boolean(),
    });
    fc.assert(fc.property(input, ({ width, delimiter, newline, rows, cuts, finalNewline }) => {
      const lines = rows.map((row) => row.slice(0, width).map((v) => quote(v, delimiter)).join(delimiter));
      const text = lines.join(newline) + (finalNewline ? newline : '');
      const expected = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, delimiter }) as string[][];
      const got: string[][] = [];
      const records = new CsvRecords(delimiter, 'f.csv', (fields) => got.push([...fields]));
      let from = 0;
      for (const cut of [...new Set(cuts)].filter((c) => c < text.length).sort((a, b) => a - b)) {
        records.push(text.slice(from, cut));
        from = cut;
      }
      records.push(text.slice(from), true);
      expect(got).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('counts lines across quoted newlines for the line it names', () => {
    const lines: number[] = [];
    const records = new CsvRecords(',', 'f.csv', (_, line) => lines.push(line));
    records.push('a,b\n"x\ny",1\n\n2,3\r\n', true);
    expect(lines).toEqual([1, 2, 5]);
  });
});

describe('readTypedTable: malformed rows name the file, the line and the row', () => {
  it.each([
    ['a row with a field too many', 'a,b\n1,2\n3,4,5\n6,7\n', /^.*bad\.csv: not valid CSV: line 3: 3 fields where the header has 2: `3,4,5`$/],
    ['a row with a field too few', 'a,b\n1,2\n"x\ny",1\n3\n', /^.*bad\.csv: not valid CSV: line 5: 1 fields where the header has 2: `3`$/],
    ['an unterminated quote', 'a,b\n1,2\n3,"four\n5,6\n', /^.*bad\.csv: not valid CSV: line 3: a quoted field is never closed \(unterminated `"`\): `3,"four`$/],
    ['a quote inside an unquoted field', 'a,b\n1,2\n3,fo"ur\n', /^.*bad\.csv: not valid CSV: line 3: a `"` inside an unquoted field .*: `3,fo"ur`$/],
    ['text after a closing quote', 'a,b\n1,"2"x\n', /^.*bad\.csv: not valid CSV: line 2: text after a closing quote .*: `1,"2"x`$/],
  ])('%s', async (_, text, message) => {
    const path = file('bad.csv', text);
    await expect(readTypedTable(path)).rejects.toThrow(InputError);
    await expect(readTypedTable(path)).rejects.toThrow(message);
  });

  it('cuts a long row in the message', async () => {
    const path = file('long.csv', `a,b\n${'9'.repeat(200)}\n`);
    await expect(readTypedTable(path)).rejects.toThrow(/line 2: 1 fields where the header has 2: `9{77}…`$/);
  });
});

describe('readTypedTable: the cells readTable reads', () => {
  const cases: [string, string][] = [
    ['plain', 'id,x,c\n1,1.5,a\n2,,b\n3,inf,NA\n4,?,a\n5,1e3, b \n'],
    ['pandas index and BOM', '\ufeff,x,y\n0,1,a\n1,2,"b, c"\n2,"3",""\n'],
    ['decimal commas (semicolons)', 'x;y;z\n1,5;2;1,5\n-0,25;3;NA\n3;4,5;2\n'],
    ['decimal commas broken by a later cell', 'x;y\n1,5;1\n2,5;2\nabc;3\n'],
    ['tabs, CRLF and quoted newlines', 'a\tb\r\n"x\r\ny"\t1\r\n2\t3\r\n'],
    ['mixed numbers and words', `k\n${Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 'w' : i % 3 === 1 ? '1.0' : '007')).join('\n')}\n`],
    // Words remembered by their characters' hash (up to 1,024 per column, then no more): repeats,
    // look-alikes that are missing, numbers, infinities or need trimming, and ids past the limit.
    ['repeated and distinct words', `w,v\n${Array.from({ length: 3000 }, (_, i) => `${['plan_1', 'plan_2', 'NA', 'Inf', '-inf', 'infinity', 'x ', ' x', 'plan_1'][i % 9]},${i % 2 === 0 ? `id${i}` : ['a', 'ab', 'ba', 'b'][i % 4]}`).join('\n')}\n`],
  ];
  it.each(cases)('%s', async (name, text) => {
    const path = file(`${name.replace(/\W+/g, '-')}.csv`, text);
    const typed = await readTypedTable(path);
    const fromText = typedTableOfCells(parseCsvTable(text, path));
    expect(shapes(typed)).toEqual(shapes(fromText));
  });

  it('refuses `1.234,5` in a decimal-comma column as readTable does', async () => {
    const path = file('grouped.csv', 'x;y\n1,5;1\n1.234,5;2\n');
    await expect(readTypedTable(path)).rejects.toThrow('`1.234,5` mixes `.` and `,` in a number');
  });

  it('reads a file in chunks: records and numbers split across chunk borders', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},${(i * 0.37).toFixed(3)},"w${i % 7}\n${i % 3}"`);
    const text = `id,x,w\n${rows.join('\n')}\n`;
    const path = file('chunks.csv', text);
    const typed = await readTypedTable(path);
    expect(shapes(typed)).toEqual(shapes(typedTableOfCells(parseCsvTable(text, path))));
  });
});

describe('readTypedTable: chunks cut at line ends', () => {
  // The reader decodes each chunk up to its last `\n` and holds the bytes after it for the next:
  // multi-byte characters, quoted fields longer than a chunk and files without `\n` (`\r` line
  // ends) must read as the whole text does, plain and compressed.
  const words = ['é', '€uro', '𝄞 clef', 'naïve', 'plain'];
  const cases: [string, string][] = [
    ['multi-byte words across chunk borders', `id,w,x\n${Array.from({ length: 40_000 }, (_, i) => `${i},${words[i % 5]}${'é'.repeat(i % 4)},${(i / 7).toFixed(4)}`).join('\n')}\n`],
    ['a quoted field longer than a chunk', `a,b\n1,"${'line\n'.repeat(40_000)}"\n2,x\n`],
    ['`\\r` line ends, no `\\n`, past the held bytes', `a,b\r${Array.from({ length: 150_000 }, (_, i) => `${i},${words[i % 5]}`).join('\r')}\r`],
  ];
  it.each(cases)('%s', async (name, text) => {
    const base = name.replace(/\W+/g, '-');
    const expected = shapes(typedTableOfCells(parseCsvTable(text, 'x.csv')));
    for (const [suffix, bytes] of [['.csv', Buffer.from(text)], ['.csv.gz', gzipSync(text)]] as const) {
      const typed = await readTypedTable(binary(`${base}${suffix}`, bytes));
      expect(shapes(typed)).toEqual(expected);
    }
  });

  it('names the right line of a malformed row after many chunks', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},"q${i}\nr"`);
    const path = file('late-bad.csv', `a,b\n${rows.join('\n')}\n7,8,9\n`);
    await expect(readTypedTable(path)).rejects.toThrow(/late-bad\.csv: not valid CSV: line 60002: 3 fields where the header has 2: `7,8,9`$/);
  });
});

describe('drift: the same report from every format', () => {
  const csvText = readFileSync(join(FIXTURES, 'drift-reference.csv'), 'utf8');
  const current = file('current.csv', `id,amount,colour\n${Array.from({ length: 150 }, (_, i) => `${i},${(Math.sin(i) * 10 + i / 25 + 1).toFixed(6)},${['red', 'green', 'blue', 'blue'][i % 4]}`).join('\n')}\n`);
  const records = parse(csvText, { columns: true }) as Record<string, string>[];
  const jsonl = records.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : Number.isNaN(Number(v)) ? v : Number(v)])))).join('\n');

  const report = async (reference: string) => {
    const result = await drift({ reference, current, exclude: ['id'] });
    return JSON.stringify({ ...result, reference: { ...result.reference, source: '' } });
  };

  it('Parquet, CSV, CSV.gz, CSV.zst and JSON Lines give byte-identical reports', async () => {
    const fromCsv = await report(join(FIXTURES, 'drift-reference.csv'));
    expect(fromCsv).toMatch(/"drifted":true/);
    expect(await report(join(FIXTURES, 'drift-reference.parquet'))).toBe(fromCsv);
    expect(await report(binary('reference.csv.gz', gzipSync(csvText)))).toBe(fromCsv);
    expect(await report(binary('reference.csv.zst', zstdCompressSync(Buffer.from(csvText))))).toBe(fromCsv);
    expect(await report(file('reference.jsonl', jsonl))).toBe(fromCsv);
  });

  it('a mixed column compared as categories keeps its cells\' texts (`1.0` and `1` apart), as the text reader does', async () => {
    const column = (n: number, shift: number) => Array.from({ length: n }, (_, i) => ['1.0', '1', 'x', '2.50', 'y'][(i + shift) % 5]);
    const reference = file('mixed-r.csv', `id,k\n${column(60, 0).map((v, i) => `${i},${v}`).join('\n')}\n`);
    const currentMixed = file('mixed-c.csv', `id,k\n${column(60, 2).map((v, i) => `${i},${v}`).join('\n')}\n`);
    const typed = await drift({ reference, current: currentMixed });
    const text = driftReport(await readTable(reference), await readTable(currentMixed));
    expect(typed).toEqual(text);
    expect(typed.columns[0]).toMatchObject({ kind: 'categorical', reason: expect.stringContaining('5 categories') });
  });
});

describe('readTypedTable: partitions', () => {
  const part = (name: string, text: string) => {
    mkdirSync(join(dir, 'parts', name.split('/').slice(0, -1).join('/')), { recursive: true });
    writeFileSync(join(dir, 'parts', name), text);
  };
  part('date=2024-01-02/part-0.csv', 'x,c\n3,b\n4,c\n');
  part('date=2024-01-01/part-0.csv', 'x,c\n1,a\n2,a\n');
  part('date=2024-01-01/part-1.csv', 'c,x\nz,2.5\n');
  part('_SUCCESS', '');
  const whole = 'x,c\n1,a\n2,a\n2.5,z\n3,b\n4,c\n';

  it('a folder or a glob reads as one table, files in sorted order', async () => {
    const expected = shapes(typedTableOfCells(parseCsvTable(whole, 'whole.csv')));
    expect(shapes(await readTypedTable(join(dir, 'parts')))).toEqual(expected);
    expect(shapes(await readTypedTable(join(dir, 'parts', 'date=*', 'part-*.csv')))).toEqual(expected);
  });

  it('refuses a partition whose columns differ, naming it and the difference', async () => {
    part('date=2024-01-03/part-0.csv', 'x,d\n5,e\n');
    await expect(readTypedTable(join(dir, 'parts', 'date=*', '*.csv'))).rejects.toThrow(/date=2024-01-03\/part-0\.csv: a partition's columns differ from .*: it lacks `c` and adds `d`/);
    await expect(readTypedTable(join(dir, 'nothing-*.csv'))).rejects.toThrow(/nothing-\*\.csv: no file matches/);
  });
});

describe('drift --sample', () => {
  const rows = (n: number, shift: number) => `x,c\n${Array.from({ length: n }, (_, i) => `${((i * 7919) % 1000) / 100 + shift},${'abcde'[i % 5]}`).join('\n')}\n`;
  const reference = file('sample-r.csv', rows(3000, 0));
  const current = file('sample-c.csv', rows(2500, 0.5));

  it('compares a seeded sample of each side: the same report every run, and from every format', async () => {
    const first = await drift({ reference, current, sample: 400 });
    expect(first.reference.rows).toBe(400);
    expect(first.columns.map((c) => c.rows)).toEqual([{ reference: 400, current: 400 }, { reference: 400, current: 400 }]);
    expect(await drift({ reference, current, sample: 400 })).toEqual(first);
    const gz = binary('sample-r.csv.gz', gzipSync(readFileSync(reference)));
    const fromGz = await drift({ reference: gz, current, sample: 400 });
    expect({ ...fromGz, reference: first.reference }).toEqual(first);
    // The whole files when the sample is larger.
    expect((await drift({ reference, current, sample: 10_000 })).reference.rows).toBe(3000);
    await expect(drift({ reference, current, sample: 0 })).rejects.toThrow(/--sample must be a whole number of rows ≥ 1, got 0/);
  });

  it('draws the same rows from a file and from its partitions', async () => {
    mkdirSync(join(dir, 'sample-parts'), { recursive: true });
    const lines = rows(3000, 0).trimEnd().split('\n');
    writeFileSync(join(dir, 'sample-parts', 'a.csv'), `${[lines[0], ...lines.slice(1, 1201)].join('\n')}\n`);
    writeFileSync(join(dir, 'sample-parts', 'b.csv'), `${[lines[0], ...lines.slice(1201)].join('\n')}\n`);
    const fromFile = await drift({ reference, current, sample: 400 });
    const fromParts = await drift({ reference: join(dir, 'sample-parts'), current, sample: 400 });
    expect({ ...fromParts, reference: fromFile.reference }).toEqual(fromFile);
  });
});
