import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInWorker, useReadWorker } from '../../../../shared/adapters/data/read-in-worker.js';
import { readTypedTable } from '../../../../shared/adapters/data/read-typed-table.js';
import { drift } from '../../../../shared/commands/drift.js';
import type { TypedColumn, TypedTable } from '../../../../shared/core/table/typed-column.js';
import { InputError } from '../../../../shared/errors.js';
import { ROOT } from '../../../support/run-action.js';
import { scratchFolder } from '../../../support/scratch.js';
import { seededNormal, seededUniform } from '../../../support/random.js';

// The worker runs from a bundle, as in dist/ (scripts/build.mjs): built here from the source.
const { dir, file } = scratchFolder('mlgate-read-worker');
let worker: URL;

beforeAll(async () => {
  const outfile = join(dir, 'read-worker.mjs');
  await build({
    entryPoints: [join(ROOT, 'shared/adapters/data/read-worker.ts')], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node24', logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  worker = pathToFileURL(outfile);
});

afterAll(() => useReadWorker('reset'));

/** A seeded CSV: numbers (some missing), integers, a category, a mixed column (numbers and words). */
function dataFile(name: string, rows: number, seed: number, shift = 0): string {
  const normal = seededNormal(seed);
  const uniform = seededUniform(seed + 1);
  const lines = ['id,x,count,plan,mixed,note'];
  for (let row = 0; row < rows; row++) {
    const x = uniform() < 0.05 ? '' : (10 + 2 * normal() + shift).toFixed(4);
    const plan = ['basic', 'pro', 'team', 'NA'][Math.floor(uniform() ** 1.5 * 4)];
    const mixed = uniform() < 0.5 ? ['1.0', '2', 'two'][Math.floor(uniform() * 3)] : 'three';
    lines.push(`${row},${x},${Math.round(20 + 5 * normal())},${plan},${mixed},"say ""${row}"", then ${row % 3}"`);
  }
  return file(name, `${lines.join('\n')}\n`);
}

function shape(column: TypedColumn) {
  return { ...column, numbers: Array.from(column.numbers), tokenCodes: column.tokenCodes && Array.from(column.tokenCodes), text: column.text && { ...column.text, codes: Array.from(column.text.codes) } };
}

function shapes(table: TypedTable) {
  return { ...table, typed: [...table.typed].map(([name, column]) => [name, shape(column)]) };
}

describe('reading in a worker thread', () => {
  it('gives the table the main thread reads, with progress', async () => {
    const path = dataFile('one.csv', 3000, 1);
    const options = { keepText: new Set(['mixed']), sample: { size: 2000, seed: 7 } };
    const progress: number[] = [];
    const there = await readInWorker(worker, path, { ...options, onProgress: (_bytes, _total, rows) => progress.push(rows) });
    const here = await readTypedTable(path, options);
    expect(shapes(there)).toEqual(shapes(here));
    expect(there.typed.get('x')!.numbers).toBeInstanceOf(Float64Array);
    expect(progress.at(-1)).toBe(3000);
  });

  it('fails with the InputError the reader gives: file, line and an excerpt', async () => {
    const path = file('bad.csv', 'a,b\n1,2\n3,4\n5,6,7\n');
    const failure = await readInWorker(worker, path, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as Error).message).toBe(`${path}: not valid CSV: line 4: 3 fields where the header has 2: \`5,6,7\``);
  });
});

describe('drift read in parallel and in groups of columns', () => {
  const reference = dataFile('reference.csv', 4000, 11);
  const current = dataFile('current.csv', 3500, 12, 0.3);
  const options = { reference, current };

  it('gives the report of one thread holding every column, to the bit', async () => {
    useReadWorker(undefined);
    const alone = await drift(options);
    useReadWorker(worker, 0);
    expect(await drift(options)).toEqual(alone);
    // 5 columns needed (id is not), 8 bytes × 7,500 rows a column: groups of 2, 2 and 1 columns.
    expect(await drift({ ...options, groupBytes: 2 * 8 * 7600 })).toEqual(alone);
    useReadWorker(undefined);
    expect(await drift({ ...options, groupBytes: 8 * 7600 })).toEqual(alone);
    expect(alone.columns.map((c) => c.name)).toEqual(['x', 'count', 'plan', 'mixed']);
    expect(alone.not_compared.map((c) => c.name)).toEqual(['id', 'note']);
  });

  it('gives the same report with a sample, a column list and an exclusion', async () => {
    for (const more of [{ sample: 1000 }, { columns: ['plan', 'x'] }, { exclude: ['count'], idColumn: 'x' }]) {
      useReadWorker(undefined);
      const alone = await drift({ ...options, ...more });
      useReadWorker(worker, 0);
      expect(await drift({ ...options, ...more, groupBytes: 8 * 7600 })).toEqual(alone);
    }
  });

  it('sizes the groups on the rows the files hold, not on their arrays\' slack', async () => {
    // Files past the reader's 1 MiB head, so their rows are estimated from the head's bytes per
    // line: 90,000 rows × 3 columns a side (1.26 MB each), 8 bytes a cell, need 4.32 MB; a budget
    // of 2.21 MB is two groups. (Estimating with the arrays' 5% slack made it 4.54 MB: three groups,
    // one read of each file more.)
    const line = (i: number, shift: number) => `${1000 + ((i * 7919) % 9000)}.${String(i % 100).padStart(2, '0')},${String(100 + ((i * 104729 + shift) % 900))},${(i + shift) % 3 === 0 ? 'a' : 'b'}`;
    const rows = (shift: number) => `x,y,k\n${Array.from({ length: 90_000 }, (_, i) => line(i, shift)).join('\n')}\n`;
    const sides = { reference: file('wide-reference.csv', rows(0)), current: file('wide-current.csv', rows(7)) };
    useReadWorker(undefined);
    const whole = await drift(sides);
    const lines: string[] = [];
    expect(await drift({ ...sides, groupBytes: 2_210_000, progress: (l) => lines.push(l) })).toEqual(whole);
    expect(lines.some((l) => l.includes('wide-current.csv (columns 2 of 2 groups)'))).toBe(true);
    expect(lines.some((l) => l.includes('of 3 groups'))).toBe(false);
  });

  it('names the file and line of a malformed row in the current file, read by the worker', async () => {
    useReadWorker(worker, 0);
    const broken = file('broken.csv', `${'a,b\n1,2\n'.repeat(1)}${'3,4\n'.repeat(50)}5,"6\n`);
    const failure = await drift({ reference: file('fine.csv', 'a,b\n1,2\n3,4\n'), current: broken }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as Error).message).toBe(`${broken}: not valid CSV: line 53: a quoted field is never closed (unterminated \`"\`): \`5,"6\``);
    const grouped = await drift({ reference: file('fine.csv', 'a,b\n1,2\n3,4\n'), current: broken, groupBytes: 1 }).catch((error: unknown) => error);
    expect((grouped as Error).message).toBe((failure as Error).message);
  });

  it('reads Parquet files one group of columns at a time (their column chunks only) and gives the report read whole', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const parquet = { reference: join(dir, 'reference.parquet'), current: join(dir, 'current.parquet') };
    try {
      // all_varchar: the CSV's own cells, so both formats hold the same values.
      for (const side of ['reference', 'current'] as const) await connection.run(`COPY (SELECT * FROM read_csv('${options[side]}', all_varchar = true)) TO '${parquet[side]}' (FORMAT parquet)`);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    useReadWorker(undefined);
    const alone = await drift(parquet);
    const lines: string[] = [];
    expect(await drift({ ...parquet, groupBytes: 8 * 7600, progress: (line) => lines.push(line) })).toEqual(alone);
    expect(lines.some((line) => line.includes('current.parquet (columns 5 of 5 groups)'))).toBe(true);
    expect(await drift({ ...parquet, groupBytes: 2 * 8 * 7600 })).toEqual(alone);
    expect(alone.columns.map((c) => c.name)).toEqual(['x', 'count', 'plan', 'mixed']);
  });

  /** The CSV's records as JSON Lines (numbers as numbers, empty cells null), each with `extra` fields. */
  const jsonLines = (path: string, extra: (row: number) => object = () => ({})) =>
    (parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[])
      .map((record, row) => JSON.stringify({ ...Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === '' ? null : Number.isNaN(Number(v)) ? v : Number(v)])), ...extra(row) }))
      .join('\n') + '\n';
  const binary = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  /** The report read whole, and grouped with the progress lines, one column a group. */
  const wholeAndGrouped = async (inputs: { reference: string; current: string }) => {
    useReadWorker(undefined);
    const alone = await drift(inputs);
    useReadWorker(worker, 0);
    const lines: string[] = [];
    const grouped = await drift({ ...inputs, groupBytes: 8 * 7600, progress: (line) => lines.push(line) });
    return { alone, grouped, lines };
  };

  it('reads JSON Lines, gzip and zstd files one group of columns at a time and gives the report read whole', async () => {
    const inputs = [
      { reference: file('reference.jsonl', jsonLines(reference)), current: file('current.jsonl', jsonLines(current)) },
      { reference: binary('reference.csv.gz', gzipSync(readFileSync(reference))), current: binary('current.csv.gz', gzipSync(readFileSync(current))) },
      { reference: binary('reference.jsonl.zst', zstdCompressSync(jsonLines(reference))), current: binary('current.csv.zst', zstdCompressSync(readFileSync(current))) },
    ];
    for (const input of inputs) {
      const { alone, grouped, lines } = await wholeAndGrouped(input);
      expect(grouped).toEqual(alone);
      expect(lines.some((line) => line.includes(`${input.current} (columns 5 of 5 groups)`))).toBe(true);
      expect(alone.columns.map((c) => c.name)).toEqual(['x', 'count', 'plan', 'mixed']);
    }
  });

  it('finds a JSON Lines column first met past the head (read through once) and compares it in its group', async () => {
    // 14,000 records of about 95 bytes: the 1 MiB head ends near record 11,600; `late` appears from record 13,000.
    const big = (name: string, rows: number, seed: number, shift: number) =>
      file(name, jsonLines(dataFile(`${name}.csv`, rows, seed, shift), (row) => (row >= 13_000 ? { late: row % 7 } : {})));
    const inputs = { reference: big('late-r.jsonl', 14_000, 21, 0), current: big('late-c.jsonl', 14_000, 22, 0.2) };
    useReadWorker(undefined);
    const alone = await drift(inputs);
    useReadWorker(worker, 0);
    const lines: string[] = [];
    expect(await drift({ ...inputs, groupBytes: 8 * 28_000, progress: (line) => lines.push(line) })).toEqual(alone);
    expect(alone.columns.map((c) => c.name)).toContain('late');
    expect(lines.some((line) => line.includes('late-c.jsonl (the columns)'))).toBe(true);
    expect(lines.some((line) => line.includes('late-c.jsonl (columns 6 of 6 groups)'))).toBe(true);
    // The first group, planned from the first records alone, was kept by that read: not read again.
    expect(lines.some((line) => line.includes('(columns 1 of 6 groups)'))).toBe(false);
    // Naming a column the first records lack: the first records' plan is refused, so each group is read.
    const named = { ...inputs, columns: ['late', 'x'] };
    useReadWorker(undefined);
    const namedAlone = await drift(named);
    lines.length = 0;
    expect(await drift({ ...named, groupBytes: 8 * 28_000, progress: (line) => lines.push(line) })).toEqual(namedAlone);
    expect(namedAlone.columns.map((c) => c.name)).toEqual(['late', 'x']);
    expect(lines.some((line) => line.includes('late-c.jsonl (columns 1 of 6 groups)'))).toBe(true);
  });

  it('reads partitions one group of columns at a time, each file of a group in order, and refuses one whose columns differ', async () => {
    const folder = join(dir, 'reference-parts');
    mkdirSync(folder, { recursive: true });
    const lines = readFileSync(reference, 'utf8').trimEnd().split('\n');
    const part = (from: number, to: number) => `${[lines[0], ...lines.slice(from, to)].join('\n')}\n`;
    writeFileSync(join(folder, 'part-0.csv'), part(1, 1500));
    writeFileSync(join(folder, 'part-1.csv.gz'), gzipSync(part(1500, 3000)));
    writeFileSync(join(folder, 'part-2.csv.zst'), zstdCompressSync(part(3000, lines.length)));
    const { alone, grouped, lines: progress } = await wholeAndGrouped({ reference: folder, current });
    expect(grouped).toEqual(alone);
    expect(progress.some((line) => line.includes(`${folder} (columns 5 of 5 groups)`))).toBe(true);
    const fromFile = await drift({ reference, current });
    expect({ ...grouped, reference: fromFile.reference }).toEqual(fromFile);

    writeFileSync(join(folder, 'part-3.csv'), 'id,x,count,plan,mixed\n1,2,3,basic,two\n');
    const refusal = /part-3\.csv: a partition's columns differ from .*part-0\.csv's: it lacks `note`; every partition must have the same columns/;
    await expect(drift({ reference: folder, current })).rejects.toThrow(refusal);
    await expect(drift({ reference: folder, current, groupBytes: 8 * 7600 })).rejects.toThrow(refusal);
  });
});
