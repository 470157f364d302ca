// `mlgate evaluate --baseline` at scale against the Python a data scientist would run instead
// (scripts/bench/python/evaluate_baseline.py: pandas, scikit-learn and a vectorised numpy paired
// bootstrap of the same 1,000 resamples), both under /usr/bin/time in one run: wall time, user CPU
// and peak RSS of each, and the ratios. Rows: MLGATE_BENCH_ROWS (default 1,000,000). Runs the
// built CLI (bin/mlgate.js → dist/): `npm run build` first. Asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { xoshiro128 } from '../../shared/core/metrics/xoshiro128.js';

const rows = Number(process.env.MLGATE_BENCH_ROWS ?? 1_000_000);
const resamples = 1000;
const folder = join('out', 'bench', 'evaluate-scale');
mkdirSync(folder, { recursive: true });
const candidatePath = join(folder, `candidate-${rows}.csv`);
const baselinePath = join(folder, `baseline-${rows}.csv`);

/** Seeded predictions of two models on the same rows: 30% positives, the candidate a little sharper. */
function generate(): void {
  if (existsSync(candidatePath) && existsSync(baselinePath)) return;
  const random = xoshiro128(15);
  const uniform = () => (random.nextUint32() + 0.5) / 2 ** 32;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const files = [openSync(candidatePath, 'w'), openSync(baselinePath, 'w')];
  for (const fd of files) writeSync(fd, 'id,y_true,y_pred,y_score\n');
  const chunks: string[][] = [[], []];
  for (let i = 0; i < rows; i++) {
    const truth = uniform() < 0.3 ? 1 : 0;
    [1.4, 1.2].forEach((separation, model) => {
      const score = 1 / (1 + Math.exp(-(separation * (truth - 0.5) * 2 + normal())));
      chunks[model].push(`${i + 1},${truth},${score >= 0.5 ? 1 : 0},${score}`);
    });
    if (chunks[0].length === 10_000 || i === rows - 1) {
      files.forEach((fd, model) => writeSync(fd, `${chunks[model].join('\n')}\n`));
      chunks[0] = [];
      chunks[1] = [];
    }
  }
  for (const fd of files) closeSync(fd);
}

interface Usage {
  wall: number;
  user: number;
  rssMb: number;
}

/** Runs a command under GNU time; its own output is discarded, the figures parsed from stderr. */
function timed(command: string, args: string[]): Usage {
  const marker = 'BENCH-TIME';
  const run = spawnSync('/usr/bin/time', ['-f', `${marker} %e %U %M`, command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const stderr = run.stderr;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${stderr}`);
  const line = stderr.split('\n').find((l) => l.startsWith(marker));
  if (!line) throw new Error(`no timing from /usr/bin/time:\n${stderr}`);
  const [wall, user, rssKb] = line.slice(marker.length).trim().split(/\s+/).map(Number);
  return { wall, user, rssMb: rssKb / 1024 };
}

const show = (u: Usage) => `wall ${u.wall.toFixed(1)} s, user CPU ${u.user.toFixed(1)} s, peak RSS ${u.rssMb.toFixed(0)} MB`;

console.log(`## evaluate at scale: ${rows.toLocaleString('en-US')} binary predictions of two models, ${resamples} paired resamples`);
if (!existsSync('/usr/bin/time')) {
  console.log('/usr/bin/time not installed: skipped');
} else {
  generate();
  const mlgate = timed(process.execPath, ['bin/mlgate.js', 'evaluate', '--task', 'binary', '--predictions', candidatePath, '--baseline', baselinePath,
    '--resamples', String(resamples), '--output', join(folder, 'evaluation.json')]);
  console.log(`mlgate evaluate: ${show(mlgate)}`);
  const python = '/usr/bin/python3';
  let hasPackages = false;
  try {
    execFileSync(python, ['-c', 'import numpy, pandas, sklearn'], { stdio: 'ignore' });
    hasPackages = true;
  } catch {
    console.log('Python baseline skipped: /usr/bin/python3 with numpy, pandas and scikit-learn is not available');
  }
  if (hasPackages) {
    const script = 'scripts/bench/python/evaluate_baseline.py';
    const baseline = timed(python, [script, candidatePath, baselinePath, String(resamples)]);
    console.log(`Python (pandas + scikit-learn + numpy bootstrap): ${show(baseline)}`);
    console.log(`ratio mlgate/Python: wall ${(mlgate.wall / baseline.wall).toFixed(2)}, user CPU ${(mlgate.user / baseline.user).toFixed(2)}, ` +
      `peak RSS ${(mlgate.rssMb / baseline.rssMb).toFixed(2)} (target ≤ 0.5 wall and RSS)`);
    const evaluation = JSON.parse(readFileSync(join(folder, 'evaluation.json'), 'utf8')) as { metrics: Record<string, number> };
    console.log(`same data check: roc_auc mlgate ${evaluation.metrics.roc_auc.toFixed(6)}`);
  }
}
