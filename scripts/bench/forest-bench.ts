// mlgate's random forest against the `ml-random-forest` one it replaced, measured in the same run
// on the same data (printed, never asserted): 50 trees, depth 8, half the features per split.
import { performance } from 'node:perf_hooks';
import { DEFAULT_FOREST_PARAMS, fitForest, forestScores } from '../../shared/core/train/random-forest.js';
import { fitLegacyForest, legacyForestScores } from '../../shared/core/train/random-forest-legacy.js';
import { seededNormal } from '../../test/support/random.js';

function dataset(rows: number, columns: number, seed: number): { x: number[][]; y: number[] } {
  const next = seededNormal(seed);
  const x = Array.from({ length: rows }, () => Array.from({ length: columns }, () => next()));
  // Three classes from a noisy linear score, so the trees have something to find.
  const y = x.map((row) => {
    const s = row[0] + 0.5 * row[1] - 0.5 * row[2] + 0.5 * next();
    return s < -0.5 ? 0 : s < 0.5 ? 1 : 2;
  });
  return { x, y };
}

const accuracy = (scores: number[][], y: number[]) =>
  scores.filter((row, i) => row.indexOf(Math.max(...row)) === y[i]).length / y.length;

console.log('## random forest: 50 trees, depth 8, maxFeatures 0.5, 3 classes');
for (const [rows, columns] of [[1_000, 20], [10_000, 20], [40_000, 20]] as const) {
  const train = dataset(rows, columns, 1);
  const test = dataset(2_000, columns, 2);
  let start = performance.now();
  const state = fitForest(train.x, train.y, DEFAULT_FOREST_PARAMS);
  const ours = performance.now() - start;
  const ourAccuracy = accuracy(forestScores(state, test.x, 3), test.y);
  // The old forest takes minutes from 2,000 rows on (143 s there); it is timed on the smallest size only.
  if (rows > 1_000) {
    console.log(`${rows} × ${columns}: mlgate ${(ours / 1000).toFixed(2)} s (accuracy ${ourAccuracy.toFixed(3)}); ml-random-forest not run at this size`);
    continue;
  }
  start = performance.now();
  const legacy = fitLegacyForest(train.x, train.y, DEFAULT_FOREST_PARAMS);
  const old = performance.now() - start;
  const oldAccuracy = accuracy(legacyForestScores(legacy, test.x, 3), test.y);
  console.log(`${rows} × ${columns}: mlgate ${(ours / 1000).toFixed(2)} s (accuracy ${ourAccuracy.toFixed(3)}), ml-random-forest ${(old / 1000).toFixed(2)} s (accuracy ${oldAccuracy.toFixed(3)}); ${(old / ours).toFixed(0)}× faster`);
}
