// Drift at scale (issue 15): `mlgate drift` on two files of 1,000,000 rows × 20 columns (about
// 170 MB of CSV each), as CSV, as Parquet and as gzipped CSV, against a pandas + scipy baseline doing the same
// comparisons, in one run. Each command runs under /usr/bin/time (wall, user and system CPU, peak RSS); the
// floor is the time to read the two files' bytes. Printed, never asserted.
//
// MLGATE_BENCH_ROWS sets the rows (default 1,000,000): `MLGATE_BENCH_ROWS=100000` runs in a minute.
// The files are generated once per size under out/bench/drift-scale-<rows>/ (seeded, so every run
// compares the same data) and reused. Runs the built CLI: `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seededNormal, seededUniform } from '../../test/support/random.js';

const ROWS = Number(process.env.MLGATE_BENCH_ROWS ?? 1_000_000);
if (!Number.isInteger(ROWS) || ROWS < 100) throw new Error(`MLGATE_BENCH_ROWS must be a whole number ≥ 100, got ${process.env.MLGATE_BENCH_ROWS}`);
const NUMERIC = 16;
const CATEGORICAL = 4;
const CATEGORY_PREFIXES = ['plan', 'region', 'device', 'channel'];
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const folder = resolve(`out/bench/drift-scale-${ROWS}`);

console.log(`## drift at scale: ${ROWS.toLocaleString('en')} rows × ${NUMERIC + CATEGORICAL} columns (${NUMERIC} numeric, ${CATEGORICAL} categorical), reference vs current`);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run `npm run build` first');
const files = generate();
const bytes = { csv: statSync(files.reference.csv).size + statSync(files.current.csv).size, parquet: statSync(files.reference.parquet).size + statSync(files.current.parquet).size };
console.log(`files: CSV ${mb(bytes.csv / 2)} MB each, Parquet (zstd) ${mb(bytes.parquet / 2)} MB each, in ${folder}\n`);

const floor = { csv: await readSeconds([files.reference.csv, files.current.csv]), parquet: await readSeconds([files.reference.parquet, files.current.parquet]) };
console.log(`floor, reading both files' bytes through a stream (page cache warm): CSV ${floor.csv.toFixed(2)} s (${mb(bytes.csv / floor.csv)} MB/s), Parquet ${floor.parquet.toFixed(2)} s\n`);

// The CSV files gzipped too (once per size, kept): compressed text is compared in groups of columns
// as the plain files are, so its memory should be the CSV's.
const gzipped = { reference: await gzipOnce(files.reference.csv), current: await gzipOnce(files.current.csv) };
const runs: Measured[] = [];
for (const format of ['csv', 'parquet', 'csv.gz'] as const) {
  const output = join(folder, `drift-${format}.json`);
  const [reference, current] = format === 'csv.gz' ? [gzipped.reference, gzipped.current] : [files.reference[format], files.current[format]];
  const name = { csv: 'CSV', parquet: 'Parquet', 'csv.gz': 'CSV.gz' }[format];
  const run = measure(`mlgate drift (${name})`, process.execPath, ['bin/mlgate.js', 'drift', '--reference', reference, '--current', current, '--output', output], bytes[format === 'parquet' ? 'parquet' : 'csv']);
  runs.push(run);
  if (run.ok) {
    const report = JSON.parse(readFileSync(output, 'utf8')) as { columns: { drifted: boolean; statistic: unknown }[] };
    run.detail = `${report.columns.filter((c) => c.statistic !== null).length} columns compared, ${report.columns.filter((c) => c.drifted).length} drifted`;
  }
}
const baseline = pythonBaseline();
if (baseline) runs.push(baseline);

for (const run of runs) {
  const figures = run.ok
    ? `wall ${run.wall.toFixed(1)} s, user CPU ${run.user.toFixed(1)} s, system CPU ${run.system.toFixed(1)} s, max RSS ${mb(run.rss)} MB, ${mb(run.bytes / run.wall)} MB/s of input, ${Math.round((2 * ROWS) / run.wall).toLocaleString('en')} rows/s`
    : `failed: ${run.error}`;
  console.log(`${run.name}: ${figures}${run.detail ? `; ${run.detail}` : ''}`);
}
if (baseline?.ok) {
  console.log('');
  for (const run of runs.filter((r) => r !== baseline && r.ok)) {
    console.log(`${run.name} ÷ pandas + scipy: time ${(run.wall / baseline.wall).toFixed(2)}, user CPU ${(run.user / baseline.user).toFixed(2)}, user + system CPU ${((run.user + run.system) / (baseline.user + baseline.system)).toFixed(2)}, memory ${(run.rss / baseline.rss).toFixed(2)} (issue 15's targets: time and memory ≤ 0.5; CPU shown for reference — a worker thread reads one file while the main thread reads the other)`);
  }
}
for (const run of runs.filter((r) => r.ok && r.name.includes('CSV'))) {
  console.log(`${run.name} ÷ the floor (reading the CSV bytes): time ${(run.wall / floor.csv).toFixed(1)}`);
}
// The issue's "Parquet faster still": the same comparison from the Parquet files against the CSV ones.
const [csvRun, parquetRun] = runs;
if (csvRun?.ok && parquetRun?.ok) {
  console.log(`${parquetRun.name} ÷ ${csvRun.name}: time ${(parquetRun.wall / csvRun.wall).toFixed(2)}, user CPU ${(parquetRun.user / csvRun.user).toFixed(2)}, memory ${(parquetRun.rss / csvRun.rss).toFixed(2)}`);
}
// Other processes share the cores: user CPU grows with contention, wall time more so; memory does not.
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

interface Measured {
  name: string;
  ok: boolean;
  wall: number;
  user: number;
  /** System CPU seconds (page faults of fresh memory, reading the files). */
  system: number;
  /** Peak resident set size, bytes. */
  rss: number;
  bytes: number;
  error?: string;
  detail?: string;
}

/** Runs a command under /usr/bin/time: wall seconds, user CPU seconds and peak RSS from its own report. */
function measure(name: string, command: string, args: string[], inputBytes: number): Measured {
  const report = join(folder, 'time.txt');
  const result = spawnSync(TIME, ['-o', report, '-f', '%e %U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const [wall, user, system, rssKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return {
    name, ok: result.status === 0, wall, user, system, rss: rssKb * 1024, bytes: inputBytes,
    ...(result.status === 0 ? {} : { error: `exit ${result.status}: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' / ')}` }),
    ...(result.status === 0 ? { detail: result.stdout.trim().split('\n').at(-1) } : {}),
  };
}

function pythonBaseline(): Measured | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, scipy; print(pandas.__version__, scipy.__version__)'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(`pandas + scipy baseline skipped: ${PYTHON} cannot import pandas and scipy (apt-get install -y python3-pandas python3-scipy)\n`);
    return undefined;
  }
  const [pandas, scipy] = probe.stdout.trim().split(' ');
  const run = measure(`pandas ${pandas} + scipy ${scipy}`, PYTHON, ['scripts/bench/python/drift_baseline.py', files.reference.csv, files.current.csv], bytes.csv);
  if (run.ok && run.detail) {
    const summary = JSON.parse(run.detail) as { compared: number; drifted: number };
    run.detail = `${summary.compared} columns compared, ${summary.drifted} drifted (KS / chi-square p < 0.05, uncorrected)`;
  }
  return run;
}

/** Seconds to stream the files' bytes, the least any reader must spend. */
async function readSeconds(paths: string[]): Promise<number> {
  const start = performance.now();
  for (const path of paths) {
    let total = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) total += (chunk as Buffer).length;
    if (total === 0) throw new Error(`${path} is empty`);
  }
  return (performance.now() - start) / 1000;
}

/**
 * The two sides, seeded: 16 numeric columns of several shapes (normal, log-normal, uniform, counts;
 * every fourth with 5% of cells empty) and 4 categorical ones (3 to 50 categories). The current side
 * changes five: n00 moves by 0.1 SD, n05 spreads by 20%, n10 (uniform over 0–1,000) moves by 0.05
 * (no drift anyone should find), c0's shares move and c2 gains a category.
 */
function generate(): { reference: { csv: string; parquet: string }; current: { csv: string; parquet: string } } {
  mkdirSync(folder, { recursive: true });
  const paths = {
    reference: { csv: join(folder, 'reference.csv'), parquet: join(folder, 'reference.parquet') },
    current: { csv: join(folder, 'current.csv'), parquet: join(folder, 'current.parquet') },
  };
  const done = join(folder, 'done');
  if (existsSync(done)) return paths;
  const start = performance.now();
  writeSide(paths.reference.csv, 1, false);
  writeSide(paths.current.csv, 2, true);
  toParquet(paths.reference.csv, paths.reference.parquet);
  toParquet(paths.current.csv, paths.current.parquet);
  writeFileSync(done, `${ROWS}\n`);
  console.log(`generated in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  return paths;
}

function writeSide(path: string, seed: number, shifted: boolean): void {
  const normal = seededNormal(seed);
  const uniform = seededUniform(seed + 1000);
  const header = [...Array.from({ length: NUMERIC }, (_, i) => `n${String(i).padStart(2, '0')}`), ...Array.from({ length: CATEGORICAL }, (_, i) => `c${i}`)];
  const levels = [3, 8, 20, 50];
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${header.join(',')}\n`);
    const block: string[] = [];
    for (let row = 0; row < ROWS; row++) {
      const cells: string[] = [];
      for (let i = 0; i < NUMERIC; i++) {
        if (i % 4 === 3 && uniform() < 0.05) {
          cells.push('');
          continue;
        }
        let z = normal();
        if (shifted && i === 0) z += 0.1;
        if (shifted && i === 5) z *= 1.2;
        if (shifted && i === 10) z += 0.05;
        switch (i % 4) {
          // Digits as a sensor or a float column exported by pandas has them (about 170 bytes a row in all).
          case 0: cells.push((50 + 10 * z).toFixed(6)); break;
          case 1: cells.push(Math.exp(z).toFixed(7)); break;
          case 2: cells.push((uniform() * 1000 + z).toFixed(5)); break;
          default: cells.push(String(Math.max(0, Math.round(20 + 5 * z)))); break;
        }
      }
      for (let i = 0; i < CATEGORICAL; i++) {
        const u = uniform();
        // A skewed choice: category k with probability falling in k; c0's skew grows in the current data.
        const skew = shifted && i === 0 ? 2.4 : 2;
        const count = shifted && i === 2 ? levels[i] + 1 : levels[i];
        cells.push(`${CATEGORY_PREFIXES[i]}_${Math.floor(count * u ** skew)}`);
      }
      block.push(cells.join(','));
      if (block.length === 10_000) {
        writeSync(fd, `${block.join('\n')}\n`);
        block.length = 0;
      }
    }
    if (block.length > 0) writeSync(fd, `${block.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}

/** `<csv>.gz` (gzip's default level), written once beside the CSV file. */
async function gzipOnce(csv: string): Promise<string> {
  const path = `${csv}.gz`;
  if (existsSync(path)) return path;
  await pipeline(createReadStream(csv), createGzip(), createWriteStream(`${path}.partial`));
  renameSync(`${path}.partial`, path);
  return path;
}

/** Parquet with zstd pages through DuckDB (a devDependency, in a child process so its memory is not ours). */
function toParquet(csv: string, parquet: string): void {
  rmSync(parquet, { force: true });
  const script = `
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(\`COPY (SELECT * FROM read_csv(${sql(csv)}, header = true)) TO ${sql(parquet)} (FORMAT parquet, COMPRESSION zstd)\`);
  `;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
}

function sql(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1);
}
