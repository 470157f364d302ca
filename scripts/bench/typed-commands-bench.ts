// train, predict and abtest at scale, reading typed columns (issue 15): `mlgate train` logistic on a
// 2,000 × 10,000 CSV, `mlgate predict` on 1,000,000 rows, `mlgate abtest` on 1,000,000 units, each
// under /usr/bin/time: wall time, user CPU and peak RSS. Runs the built CLI (bin/mlgate.js →
// dist/, `npm run build` first); MLGATE_BENCH_BEFORE=<another checkout's bin/mlgate.js> runs that
// one too on the same files and prints the ratios. Sizes: MLGATE_BENCH_WIDE (columns, default
// 10,000; 0 skips them), MLGATE_BENCH_ROWS (predict and abtest rows, default 1,000,000). Asserts nothing.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { xoshiro128 } from '../../shared/core/metrics/xoshiro128.js';

const wide = Number(process.env.MLGATE_BENCH_WIDE ?? 10_000);
const rows = Number(process.env.MLGATE_BENCH_ROWS ?? 1_000_000);
const before = process.env.MLGATE_BENCH_BEFORE;
const folder = join('out', 'bench', 'typed-commands');
mkdirSync(folder, { recursive: true });

const random = xoshiro128(15);
const uniform = () => (random.nextUint32() + 0.5) / 2 ** 32;
const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());

/** Writes `count` lines from `line` in chunks of 10,000 (skipped when the file exists: same seed, same file). */
function write(path: string, header: string, count: number, line: (i: number) => string): string {
  if (existsSync(path)) return path;
  const fd = openSync(`${path}.partial`, 'w');
  writeSync(fd, `${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === 10_000 || i === count - 1) {
      writeSync(fd, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  closeSync(fd);
  spawnSync('mv', [`${path}.partial`, path]);
  return path;
}

/** Rows of numeric features x0… and a 0/1 label that depends on the first three; `id` first. */
function features(width: number): (i: number) => string {
  return (i) => {
    const x = Array.from({ length: width }, () => normal());
    const label = x[0] + 0.5 * x[1] - 0.5 * x[2] + normal() > 0 ? 1 : 0;
    return `${i + 1},${x.map((v) => v.toFixed(5)).join(',')},${label}`;
  };
}
const header = (width: number) => `id,${Array.from({ length: width }, (_, j) => `x${j}`).join(',')},y`;

interface Usage { wall: number; user: number; rssMb: number }

/** Runs the CLI under GNU time; exit code `expect` (2: a refusal the run measures). */
function timed(cli: string, args: string[], expect = 0): Usage {
  const marker = 'BENCH-TIME';
  const run = spawnSync('/usr/bin/time', ['-f', `${marker} %e %U %M`, process.execPath, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== expect) throw new Error(`${cli} ${args.join(' ')} failed:\n${run.stderr}`);
  const line = run.stderr.split('\n').find((l) => l.startsWith(marker));
  if (!line) throw new Error(`no timing from /usr/bin/time:\n${run.stderr}`);
  const [wall, user, rssKb] = line.slice(marker.length).trim().split(/\s+/).map(Number);
  return { wall, user, rssMb: rssKb / 1024 };
}

const show = (u: Usage) => `wall ${u.wall.toFixed(1)} s, user CPU ${u.user.toFixed(1)} s, peak RSS ${u.rssMb.toFixed(0)} MB`;

function compare(what: string, args: (out: string) => string[], expect = 0): void {
  const now = timed('bin/mlgate.js', args(join(folder, 'out-now')), expect);
  if (!before) {
    console.log(`${what}: ${show(now)}`);
    return;
  }
  const old = timed(before, args(join(folder, 'out-before')), expect);
  console.log(`${what}\n  before: ${show(old)}\n  now:    ${show(now)}\n  ratio now/before: wall ${(now.wall / old.wall).toFixed(2)}, user CPU ${(now.user / old.user).toFixed(2)}, peak RSS ${(now.rssMb / old.rssMb).toFixed(2)}`);
}

if (!existsSync('/usr/bin/time')) {
  console.log('/usr/bin/time not installed: skipped');
} else {
  console.log('## train, predict and abtest on typed columns');
  // MLGATE_BENCH_WIDE=0 skips the wide training runs.
  if (wide > 0) {
    const wideCsv = write(join(folder, `wide-2000x${wide}.csv`), header(wide), 2_000, features(wide));
    compare(`mlgate train logistic_regression, 2,000 × ${wide.toLocaleString('en-US')} CSV`, (out) => ['train', '--data', wideCsv, '--target', 'y', '--out', out]);
    // 2,000 rows × width × 12 levels × 50 trees over the 10⁹ split evaluations random_forest allows.
    if (2_000 * wide * 12 * 50 > 1e9) compare(`mlgate train random_forest refused for too much work, 2,000 × ${wide.toLocaleString('en-US')} CSV`, (out) => ['train', '--data', wideCsv, '--target', 'y', '--algorithm', 'random_forest', '--params', '{"maxFeatures": 1}', '--out', out], 2);
  }

  const trainCsv = write(join(folder, 'predict-train.csv'), header(10), 20_000, features(10));
  const scoreCsv = write(join(folder, `predict-${rows}.csv`), header(10), rows, features(10));
  const model = join(folder, 'model');
  timed('bin/mlgate.js', ['train', '--data', trainCsv, '--target', 'y', '--out', model]);
  compare(`mlgate predict, ${rows.toLocaleString('en-US')} rows × 10 features`, (out) => ['predict', '--model-file', join(model, 'model.json'), '--data', scoreCsv, '--out', out]);

  const days = 30;
  const abCsv = write(join(folder, `abtest-${rows}.csv`), 'unit,variant,converted,day,country,revenue', rows, (i) => {
    const treatment = uniform() < 0.5;
    const converted = uniform() < (treatment ? 0.105 : 0.1) ? 1 : 0;
    return `u${i + 1},${treatment ? 'B' : 'A'},${converted},${1 + Math.floor((i * days) / rows)},${['FR', 'DE', 'US', 'GB'][i % 4]},${(converted * 20 * uniform()).toFixed(2)}`;
  });
  compare(`mlgate abtest sequential, ${rows.toLocaleString('en-US')} units, 30 daily looks`, () => ['abtest', '--data', abCsv, '--variant-column', 'variant', '--outcome-column', 'converted', '--time-column', 'day', '--control', 'A', '--treatment', 'B', '--sequential']);
}
