// Logistic regression on a wide table: L-BFGS (what mlgate uses past 256 model inputs) against the
// Newton solver it replaced there, measured in the same run on the same data (printed, never asserted).
import { performance } from 'node:perf_hooks';
import { DEFAULT_LOGISTIC_PARAMS, fitLogistic, logisticScores } from '../../shared/core/train/logistic-regression.js';
import { seededNormal } from '../../test/support/random.js';

function dataset(rows: number, columns: number, seed: number): { x: number[][]; y: boolean[] } {
  const next = seededNormal(seed);
  const x = Array.from({ length: rows }, () => Array.from({ length: columns }, () => next()));
  return { x, y: x.map((row) => row[0] + 0.5 * row[1] - 0.5 * row[2] + next() > 0) };
}

console.log('## logistic regression on wide tables: L-BFGS vs Newton (same objective, C = 1)');
// Newton's d × d Hessian makes it cubic in the width: it is timed on one width only (minutes past it).
for (const [rows, columns] of [[400, 600], [2_000, 10_000]] as const) {
  const { x, y } = dataset(rows, columns, 1);
  let start = performance.now();
  const lbfgs = fitLogistic(x, [y], DEFAULT_LOGISTIC_PARAMS, 'lbfgs');
  const fast = performance.now() - start;
  if (columns > 1_000) {
    console.log(`${rows} × ${columns}: L-BFGS ${(fast / 1000).toFixed(2)} s (${lbfgs.iterations[0]} iterations); Newton not run at this size`);
    continue;
  }
  start = performance.now();
  const newton = fitLogistic(x, [y], DEFAULT_LOGISTIC_PARAMS, 'newton');
  const slow = performance.now() - start;
  const scores = [logisticScores(lbfgs, x), logisticScores(newton, x)];
  const gap = Math.max(...scores[0].map((row, i) => Math.abs(row[0] - scores[1][i][0])));
  console.log(`${rows} × ${columns}: L-BFGS ${(fast / 1000).toFixed(2)} s (${lbfgs.iterations[0]} iterations), Newton ${(slow / 1000).toFixed(2)} s (${newton.iterations[0]} iterations); ${(slow / fast).toFixed(0)}× faster, largest probability difference ${gap.toExponential(1)}`);
}
