import { RandomForestClassifier } from 'ml-random-forest';

/**
 * Random forest classifier from `ml-random-forest` (bagged CART trees, seeded). Class
 * probabilities are the share of trees voting for each class, computed here from the per-tree
 * votes because the package's own `predictProbability` seeds its sum with the first vote.
 */
export interface ForestParams {
  nEstimators: number;
  /** Share of features each tree sees, in (0, 1]. */
  maxFeatures: number;
  maxDepth: number;
  seed: number;
}

export const DEFAULT_FOREST_PARAMS: ForestParams = { nEstimators: 50, maxFeatures: 0.5, maxDepth: 8, seed: 42 };

interface ForestLike {
  train(x: number[][], y: number[]): void;
  predictionValues(x: number[][]): { rows: number; getRow(i: number): number[] };
  toJSON(): unknown;
}

type ForestConstructor = new (options: unknown, model?: unknown) => ForestLike;
const Forest = RandomForestClassifier as unknown as ForestConstructor & { load(model: unknown): ForestLike };

export function fitForest(x: number[][], classIndex: number[], params: ForestParams): unknown {
  const forest = new Forest({
    nEstimators: params.nEstimators,
    maxFeatures: params.maxFeatures,
    replacement: false,
    useSampleBagging: true,
    noOOB: true,
    seed: params.seed,
    treeOptions: { maxDepth: params.maxDepth },
  });
  forest.train(x, classIndex);
  return forest.toJSON();
}

/** Per row, the share of trees voting for each class index 0..classCount-1. */
export function forestScores(state: unknown, x: number[][], classCount: number): number[][] {
  const votes = Forest.load(state).predictionValues(x);
  const scores: number[][] = [];
  for (let i = 0; i < votes.rows; i++) {
    const row = votes.getRow(i);
    const share = new Array<number>(classCount).fill(0);
    for (const vote of row) share[vote] += 1 / row.length;
    scores.push(share);
  }
  return scores;
}
