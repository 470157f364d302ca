// What the behaviour diff costs on top of an evaluation with a baseline: the prediction diff (one
// pass over the rows) and the slices (a paired bootstrap per slice, so about one more full
// bootstrap per slice column and metric). Figures are ratios measured in one run; nothing asserted.
// SLICES_BENCH_ROWS sets the rows (default 100,000; 10,000 while developing).
import { performance } from 'node:perf_hooks';
import { evaluatePredictions, type PredictionColumns } from '../../shared/core/metrics/index.js';
import { seededUniform } from '../../test/support/random.js';

const ROWS = Number(process.env.SLICES_BENCH_ROWS ?? 100_000);
const RESAMPLES = 1000;

function simulate(n: number) {
  const uniform = seededUniform(5);
  const yTrue: string[] = [];
  const ids: string[] = [];
  const region: string[] = [];
  const income: string[] = [];
  const scores = { candidate: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < n; i++) {
    const truth = uniform() < 0.4 ? 1 : 0;
    yTrue.push(String(truth));
    ids.push(`r${i}`);
    region.push(['north', 'south', 'east', 'west', 'centre'][i % 5]);
    income.push(String(Math.round(uniform() * 100_000)));
    scores.candidate.push(Math.min(1, Math.max(0, truth * 0.35 + uniform() * 0.65)));
    scores.baseline.push(Math.min(1, Math.max(0, truth * 0.3 + uniform() * 0.7)));
  }
  const side = (s: number[]): PredictionColumns => ({ yTrue, yPred: s.map((x) => (x >= 0.5 ? '1' : '0')), yScore: s, ids });
  return { candidate: side(scores.candidate), baseline: side(scores.baseline), data: { region, income } };
}

const { candidate, baseline, data } = simulate(ROWS);
const time = (fn: () => unknown) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const plain = time(() => evaluatePredictions(candidate, { task: 'binary', baseline, resamples: RESAMPLES, diff: {} }));
const oneColumn = time(() => evaluatePredictions(candidate, { task: 'binary', baseline, resamples: RESAMPLES, diff: { data, sliceColumns: ['region'], primaryMetric: 'roc_auc' } }));
const twoColumns = time(() => evaluatePredictions(candidate, { task: 'binary', baseline, resamples: RESAMPLES, diff: { data, sliceColumns: ['region', 'income'], primaryMetric: 'roc_auc' } }));
console.log(`## evaluate with slices: binary, ${ROWS.toLocaleString('en-US')} rows, ${RESAMPLES} resamples, slice metric roc_auc`);
console.log(`baseline comparison with the prediction diff: ${(plain / 1000).toFixed(1)} s`);
console.log(`+ slices of 1 column (5 values): ${(oneColumn / 1000).toFixed(1)} s (×${(oneColumn / plain).toFixed(2)})`);
console.log(`+ slices of 2 columns (5 values, 5 quantile bins): ${(twoColumns / 1000).toFixed(1)} s (×${(twoColumns / plain).toFixed(2)})`);
