import { InputError } from '../../errors.js';
import { xoshiro128, type RandomSource } from '../metrics/xoshiro128.js';
/**
 * mlgate's random forest classifier: bagged CART trees (bootstrap rows, a random subset of
 * features at each split, Gini impurity), as scikit-learn's `RandomForestClassifier`, grown on
 * typed arrays over binned features so 40,000 rows × 20 features × 50 trees take seconds.
 *
 * Splits are searched on histograms: each feature is cut once, before the first tree, at the
 * midpoints between its distinct values, or at 255 quantiles when it has more (as LightGBM and
 * scikit-learn's `HistGradientBoosting` do); a node's best split is then one pass over its rows
 * and one over the bins. A tree stops at `maxDepth`, on a pure node, or when no cut lowers the
 * impurity. Each leaf votes for its majority class; a row's probability for a class is the number
 * of trees voting for it divided once by the number of trees, so it is a fraction k/n in [0, 1].
 */
export interface ForestParams {
  nEstimators: number;
  /** Share of features considered at each split, in (0, 1] (at least one). */
  maxFeatures: number;
  maxDepth: number;
  seed: number;
}

/** Most trees a forest may grow: training time grows linearly with them, and past a few hundred the forest barely changes. */
export const MAX_TREES = 1000;

export const DEFAULT_FOREST_PARAMS: ForestParams = { nEstimators: 50, maxFeatures: 0.5, maxDepth: 8, seed: 42 };

export const FOREST_FORMAT = 'mlgate-forest/1';

/** One tree as parallel arrays; node 0 is the root, `feature` −1 marks a leaf whose class is `value`. */
export interface ForestTree {
  feature: number[];
  /** Rows with `x[feature] <= threshold` go left. */
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface ForestState {
  format: typeof FOREST_FORMAT;
  classCount: number;
  trees: ForestTree[];
}

const MAX_BINS = 256;

/** Cut points of one feature: midpoints between distinct values, or between quantiles when there are many. */
function cutsOf(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  const cuts: number[] = [];
  if (distinct.length <= MAX_BINS) {
    for (let i = 1; i < distinct.length; i++) cuts.push((distinct[i - 1] + distinct[i]) / 2);
  } else {
    for (let q = 1; q < MAX_BINS; q++) {
      const i = Math.floor((q * sorted.length) / MAX_BINS);
      const cut = (sorted[i - 1] + sorted[i]) / 2;
      if (sorted[i - 1] !== sorted[i] && (cuts.length === 0 || cut > cuts[cuts.length - 1])) cuts.push(cut);
    }
  }
  return Float64Array.from(cuts);
}

/** Index of the first cut ≥ value (the bin of `value`: bin b holds cuts[b-1] < v <= cuts[b]). */
function binOf(cuts: Float64Array, value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ForestProgress {
  (treesDone: number, treesTotal: number): void;
}

export function fitForest(x: number[][], classIndex: number[], params: ForestParams, progress?: ForestProgress): ForestState {
  // Each tree's generator is seeded from the forest's seed (xoshiro128 takes a non-negative safe integer).
  if (!Number.isSafeInteger(params.seed) || params.seed < 0 || params.seed > 2 ** 31) {
    throw new InputError(`random_forest: parameter \`seed\` must be an integer from 0 to 2147483648, got ${params.seed}`);
  }
  const n = x.length;
  const p = n > 0 ? x[0].length : 0;
  const classCount = classIndex.reduce((m, c) => Math.max(m, c + 1), 0);
  const cuts: Float64Array[] = [];
  // Column-major bins: bins[f * n + i].
  const bins = new Uint16Array(n * p);
  for (let f = 0; f < p; f++) {
    const column = Float64Array.from(x, (row) => row[f]);
    const c = cutsOf(column);
    cuts.push(c);
    for (let i = 0; i < n; i++) bins[f * n + i] = binOf(c, column[i]);
  }
  const y = Int32Array.from(classIndex);
  const tryFeatures = Math.max(1, Math.floor(params.maxFeatures * p));
  const every = Math.max(1, Math.ceil(params.nEstimators / 10));
  const trees: ForestTree[] = [];
  for (let t = 0; t < params.nEstimators; t++) {
    const source = xoshiro128(params.seed * 1000003 + t);
    const rows = new Int32Array(n);
    for (let i = 0; i < n; i++) rows[i] = source.nextInt(n);
    trees.push(growTree(rows, bins, cuts, y, n, p, classCount, tryFeatures, params.maxDepth, source));
    if (progress && ((t + 1) % every === 0 || t + 1 === params.nEstimators)) progress(t + 1, params.nEstimators);
  }
  return { format: FOREST_FORMAT, classCount, trees };
}

function growTree(
  rows: Int32Array, bins: Uint16Array, cuts: Float64Array[], y: Int32Array, n: number, p: number,
  classCount: number, tryFeatures: number, maxDepth: number, source: RandomSource,
): ForestTree {
  const tree: ForestTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const order = Int32Array.from({ length: p }, (_, f) => f);
  const histogram = new Float64Array(MAX_BINS * classCount);
  const total = new Float64Array(classCount);
  const leftCounts = new Float64Array(classCount);

  const grow = (start: number, end: number, depth: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1); tree.threshold.push(0); tree.left.push(-1); tree.right.push(-1);
    total.fill(0);
    for (let i = start; i < end; i++) total[y[rows[i]]]++;
    let majority = 0;
    let kinds = 0;
    for (let k = 0; k < classCount; k++) {
      if (total[k] > total[majority]) majority = k;
      if (total[k] > 0) kinds++;
    }
    tree.value.push(majority);
    const size = end - start;
    if (depth >= maxDepth || kinds < 2 || size < 2) return node;

    let parentScore = 0;
    for (let k = 0; k < classCount; k++) parentScore += total[k] * total[k];
    parentScore /= size;
    const parentTotal = Float64Array.from(total);
    let bestScore = parentScore + 1e-12;
    let bestFeature = -1;
    let bestBin = -1;
    // Partial Fisher–Yates: the first `tryFeatures` entries of `order` are this split's features.
    for (let j = 0; j < tryFeatures; j++) {
      const pick = j + source.nextInt(p - j);
      const swap = order[j]; order[j] = order[pick]; order[pick] = swap;
      const f = order[j];
      const binCount = cuts[f].length + 1;
      if (binCount < 2) continue;
      histogram.fill(0, 0, binCount * classCount);
      const offset = f * n;
      for (let i = start; i < end; i++) {
        const r = rows[i];
        histogram[bins[offset + r] * classCount + y[r]]++;
      }
      leftCounts.fill(0);
      let leftSize = 0;
      for (let b = 0; b < binCount - 1; b++) {
        for (let k = 0; k < classCount; k++) {
          const c = histogram[b * classCount + k];
          leftCounts[k] += c;
          leftSize += c;
        }
        const rightSize = size - leftSize;
        if (leftSize === 0 || rightSize === 0) continue;
        // Gini gain is maximal where Σ L_k²/|L| + Σ R_k²/|R| is.
        let l = 0;
        let r = 0;
        for (let k = 0; k < classCount; k++) {
          l += leftCounts[k] * leftCounts[k];
          const rk = parentTotal[k] - leftCounts[k];
          r += rk * rk;
        }
        const score = l / leftSize + r / rightSize;
        if (score > bestScore) { bestScore = score; bestFeature = f; bestBin = b; }
      }
    }
    if (bestFeature < 0) return node;
    // Partition rows[start, end) so rows whose bin ≤ bestBin come first.
    const offset = bestFeature * n;
    let mid = start;
    for (let i = start; i < end; i++) {
      if (bins[offset + rows[i]] <= bestBin) {
        const swap = rows[i]; rows[i] = rows[mid]; rows[mid] = swap;
        mid++;
      }
    }
    tree.feature[node] = bestFeature;
    tree.threshold[node] = cuts[bestFeature][bestBin];
    tree.left[node] = grow(start, mid, depth + 1);
    tree.right[node] = grow(mid, end, depth + 1);
    return node;
  };
  grow(0, rows.length, 0);
  return tree;
}

export function isForestState(state: unknown): state is ForestState {
  return typeof state === 'object' && state !== null && (state as { format?: unknown }).format === FOREST_FORMAT;
}

/** Per row, the share of trees voting for each class index 0..classCount-1 (integer votes divided once). */
export function forestScores(state: ForestState, x: number[][], classCount: number): number[][] {
  const counts = new Int32Array(classCount);
  return x.map((row) => {
    counts.fill(0);
    for (const tree of state.trees) {
      let node = 0;
      while (tree.feature[node] >= 0) node = row[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
      counts[tree.value[node]]++;
    }
    return Array.from(counts, (c) => Math.min(1, Math.max(0, c / state.trees.length)));
  });
}
