import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { decodeProfile, encodeProfile } from '../../shared/adapters/codecs/profile-json.js';
import { profileFromSqlRows } from '../../shared/core/profile/profile-sql.js';
import type { DataProfile } from '../../shared/core/profile/profile.js';
import { seededNormal, seededUniform } from '../support/random.js';
import { scratchFolder } from '../support/scratch.js';
import { cli } from '../support/cli.js';

/*
 * `mlgate profile` end to end: reference and shard profiles, merge, drift from profiles, and the
 * SQL form run in DuckDB (embedded) on the same data as mlgate's own profile.
 */
const scratch = scratchFolder('mlgate-profile');

function csv(name: string, seed: number, rows: number, shift: number): string {
  const normal = seededNormal(seed);
  const uniform = seededUniform(seed + 7);
  const lines = ['id,amount,score,extreme,colour'];
  for (let i = 0; i < rows; i++) {
    const amount = i % 41 === 0 ? '' : (normal() * 100 + 1000 + shift * 40).toFixed(3);
    const score = Math.round(uniform() * 20 + shift * 2);
    const extreme = i % 97 === 0 ? (i % 2 === 0 ? 'inf' : '-inf') : String(normal() * 1e-3 * (1 + shift));
    const colour = uniform() < 0.03 ? 'NA' : ['red', 'green', 'blue', ' teal', 'plum'][Math.floor(uniform() * (shift > 0 ? 5 : 4))];
    lines.push(`${i},${amount},${score},${extreme},${colour}`);
  }
  return scratch.file(name, `${lines.join('\n')}\n`);
}

const reference = csv('reference.csv', 1, 3000, 0);
const shards = [0, 1, 2, 3].map((i) => csv(`shard-${i}.csv`, 10 + i, 500, 1));
const path = (name: string) => join(scratch.dir, name);
const read = (name: string): DataProfile => decodeProfile(readFileSync(path(name), 'utf8'), name);

async function ok(...argv: string[]) {
  const run = await cli(...argv);
  expect(run.stderr.replace(/^profiled .*\n/gm, '')).toBe('');
  expect(run.exitCode).toBe(0);
  return run;
}

describe('mlgate profile', () => {
  beforeAll(async () => {
    await ok('profile', '--data', reference, '--out', path('reference.json'));
    for (const [i, shard] of shards.entries()) await ok('profile', '--data', shard, '--reference-profile', path('reference.json'), '--out', path(`shard-${i}.json`));
    await ok('profile', '--data', ...shards, '--reference-profile', path('reference.json'), '--out', path('all-at-once.json'));
  });

  it('merges shard profiles (`profile merge`, globs too) into the profile of all the data', async () => {
    await ok('profile', 'merge', path('shard-*.json'), '--out', path('merged.json'));
    const merged = read('merged.json');
    const whole = read('all-at-once.json');
    expect(merged.rows).toBe(2000);
    expect(merged.columns.map((c) => (c.kind === 'numeric' ? c.counts : c.counts))).toEqual(whole.columns.map((c) => c.counts));
  });

  it('drift from merged profiles equals drift from the profile of the whole data and from the data itself for the exact methods', async () => {
    writeFileSync(path('current.csv'), [readFileSync(shards[0], 'utf8'), ...shards.slice(1).map((s) => readFileSync(s, 'utf8').split('\n').slice(1).join('\n'))].join(''));
    for (const method of ['psi', 'jensenshannon', 'kl_div']) {
      const fromProfiles = JSON.parse((await ok('drift', '--reference-profile', path('reference.json'), '--current-profile', path('merged.json'), '--method', method)).stdout);
      const fromData = JSON.parse((await ok('drift', '--reference', reference, '--current', path('current.csv'), '--method', method)).stdout);
      const statistics = (report: { columns: { name: string; statistic: number }[] }) => report.columns.map((c) => [c.name, c.statistic]);
      expect(statistics(fromProfiles)).toEqual(statistics(fromData));
    }
  });

  it('refuses bad inputs with the file and field', async () => {
    const text = readFileSync(path('reference.json'), 'utf8');
    writeFileSync(path('newer.json'), text.replace('"version": 1', '"version": 2'));
    writeFileSync(path('tampered.json'), text.replace(/"edges": \[(-?[\d.e+-]+)/, '"edges": [-12345'));
    const value = JSON.parse(text);
    delete value.columns[1].missing;
    writeFileSync(path('missing-field.json'), JSON.stringify(value));
    await ok('profile', '--data', shards[0], '--out', path('other-reference.json'));
    const cases: [string[], RegExp][] = [
      [['drift', '--reference-profile', path('newer.json'), '--current-profile', path('merged.json')], /newer\.json: field `version` is 2, a profile format newer/],
      [['drift', '--reference-profile', path('tampered.json'), '--current-profile', path('merged.json')], /tampered\.json: field `(basis|columns\[0\]\.edges\[0\])`/],
      [['profile', 'merge', path('missing-field.json'), path('merged.json')], /missing-field\.json: \/columns\/1 .*missing|missing-field\.json: .*columns\[1\]\.missing/],
      [['profile', 'merge', path('merged.json'), path('other-reference.json')], /merged\.json and .*other-reference\.json are not counted on the same reference \(field `basis`/],
      [['drift', '--current-profile', path('merged.json')], /--current-profile .*merged\.json needs --reference-profile/],
      [['drift', '--reference', reference, '--current-profile', path('merged.json')], /needs --reference-profile .*not --reference .*reference\.csv/],
      [['drift', '--reference-profile', path('reference.json'), '--current-profile', path('merged.json'), '--method', 'anderson'], /`anderson` needs the values, which profiles do not keep/],
      [['profile', '--data', path('current.csv'), '--merge', path('merged.json')], /give one of --data, --merge, not several/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(...argv);
      expect(run.stderr, argv.join(' ')).toMatch(message);
      expect(run.exitCode, argv.join(' ')).toBe(2);
    }
  });
});

describe('the SQL profile, run in DuckDB', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    await ok('profile', '--data', reference, '--out', path('sql-reference.json'));
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await connection.run(`CREATE TABLE shard AS SELECT * FROM read_csv('${shards[0]}', all_varchar = false)`);
  });
  afterAll(() => connection?.closeSync());

  it('counts exactly what mlgate counts (sums and M2 within 1e-9 relative: the engine sums in another order)', async () => {
    const sql = (await ok('profile', '--emit-sql', '--table', 'shard', '--reference-profile', path('sql-reference.json'))).stdout;
    const rows = (await connection.runAndReadAll(sql)).getRowObjects();
    const referenceProfile = read('sql-reference.json');
    const fromSql = profileFromSqlRows(rows, referenceProfile, 'duckdb');
    await ok('profile', '--data', shards[0], '--reference-profile', path('sql-reference.json'), '--out', path('shard-mlgate.json'));
    const own = read('shard-mlgate.json');
    expect(fromSql.rows).toBe(own.rows);
    expect(fromSql.basis).toBe(own.basis);
    fromSql.columns.forEach((column, i) => {
      const other = own.columns[i];
      if (column.kind === 'numeric' && other.kind === 'numeric') {
        expect({ ...column, finite: null, stray: 0 }).toEqual({ ...other, finite: null, stray: 0 });
        expect(column.finite.count).toBe(other.finite.count);
        expect([column.finite.min, column.finite.max]).toEqual([other.finite.min, other.finite.max]);
        expect(Math.abs(column.finite.sum - other.finite.sum)).toBeLessThanOrEqual(1e-9 * Math.abs(other.finite.sum) + 1e-12);
        expect(Math.abs(column.finite.m2 - other.finite.m2)).toBeLessThanOrEqual(1e-9 * other.finite.m2 + 1e-12);
      } else expect(column).toEqual(other);
    });
    expect(fromSql.columns.find((c) => c.name === 'extreme')).toMatchObject({ infinite: { negative: expect.any(Number), positive: expect.any(Number) } });
    // The profile is a valid file, and merges with mlgate's own.
    writeFileSync(path('shard-sql.json'), encodeProfile(fromSql));
    await ok('profile', 'merge', path('shard-sql.json'), path('shard-mlgate.json'), '--out', path('twice.json'));
    expect(read('twice.json').rows).toBe(2 * own.rows);
  });

  it('reads the result saved as CSV by the engine (`--from-sql-result`)', async () => {
    const sql = (await ok('profile', '--emit-sql', '--table', 'shard', '--reference-profile', path('sql-reference.json'))).stdout;
    await connection.run(`COPY (${sql.replace(/;\s*$/, '').replace(/^--.*$/gm, '')}) TO '${path('result.csv')}' (HEADER)`);
    await ok('profile', '--from-sql-result', path('result.csv'), '--reference-profile', path('sql-reference.json'), '--out', path('from-csv.json'));
    expect(read('from-csv.json').columns.map((c) => c.counts)).toEqual(read('shard-mlgate.json').columns.map((c) => c.counts));
  });
});
