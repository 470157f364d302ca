import { RandomForestClassifier } from 'ml-random-forest';

import type { ForestParams } from './random-forest.js';

/**
 * The forest mlgate trained before its own (`ml-random-forest`, bagged CART trees, seeded): kept
 * so model files written then still predict, and so the benchmark can measure the new one
 * against it. Class probabilities are the share of trees voting for each class.
 */

interface ForestLike {
  train(x: number[][], y: number[]): void;
  predictionValues(x: number[][]): { rows: number; getRow(i: number): number[] };
  toJSON(): unknown;
}

type ForestConstructor = new (options: unknown, model?: unknown) => ForestLike;
const Forest = RandomForestClassifier as unknown as ForestConstructor & { load(model: unknown): ForestLike };

export function fitLegacyForest(x: number[][], classIndex: number[], params: ForestParams): unknown {
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
export function legacyForestScores(state: unknown, x: number[][], classCount: number): number[][] {
  const votes = Forest.load(state).predictionValues(x);
  const scores: number[][] = [];
  for (let i = 0; i < votes.rows; i++) {
    const row = votes.getRow(i);
    // Votes are counted as integers and divided once: adding 1/n per vote drifts past 1 (1.0000000000000004).
    const counts = new Array<number>(classCount).fill(0);
    for (const vote of row) counts[vote]++;
    scores.push(counts.map((c) => Math.min(1, Math.max(0, c / row.length))));
  }
  return scores;
}
