/**
 * Scores sorted once, then ROC AUC and average precision of any resample from its row
 * multiplicities: a bootstrap resample walks the presorted order, accumulating weighted positives
 * and negatives, and closes a curve point at the end of each group of tied scores — no sort and no
 * allocation per resample.
 *
 * The values equal `rocAucFromCurve` / `averagePrecisionFromCurve` of `thresholdCounts` on the same
 * counts: a tie group whose rows all have multiplicity 0 adds a curve point equal to the previous
 * one, which adds no area and no precision term. ROC AUC is accumulated in integer counts exactly
 * as there (so it is identical); average precision is Σₖ ΔTPₖ·Pₖ / P instead of Σₖ ΔRₖ·Pₖ, the same
 * sum up to rounding (≈1e-16).
 */
import { releaseMemory } from '../release-memory.js';
import { checkCounts } from './row-counts.js';
import { descendingOrder } from './threshold-curve.js';

/** Flag bits per rank in `PresortedScores.flags`. */
export const POSITIVE = 1;
export const PREDICTED_POSITIVE = 2;
export const GROUP_END = 4;

export interface PresortedScores {
  /** Row indices by descending score, ties in row order; undefined when the rows already are in that order. */
  order?: Uint32Array;
  /** Per rank: POSITIVE (a positive row), PREDICTED_POSITIVE (predicted positive, when given), GROUP_END (the next rank's score differs, or the last rank). */
  flags: Uint8Array;
}

export function presortScores(
  isPositive: ArrayLike<number>,
  scores: ArrayLike<number>,
  predictedPositive?: ArrayLike<number>,
): PresortedScores {
  const n = scores.length;
  if (isPositive.length !== n) throw new RangeError(`${isPositive.length} labels for ${n} scores`);
  const order = descendingOrder(scores);
  const flags = new Uint8Array(n);
  let identity = true;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    if (i !== r) identity = false;
    let f = isPositive[i] ? POSITIVE : 0;
    if (predictedPositive?.[i]) f |= PREDICTED_POSITIVE;
    if (r === n - 1 || scores[order[r + 1]] !== scores[i]) f |= GROUP_END;
    flags[r] = f;
  }
  // Rows given in score order (evaluation puts the candidate's so): no index array to keep or follow.
  if (!identity) return { order, flags };
  releaseMemory(order);
  return { flags };
}

export interface RankingMetrics {
  /** NaN when the resample holds no positive or no negative row. */
  rocAuc: number;
  /** 0 when it holds no positive row (scikit-learn 1.2.1's convention). */
  averagePrecision: number;
}

/** ROC AUC and average precision of the rows repeated `counts[i]` times (once each without counts). */
export function rankingMetrics(sorted: PresortedScores, counts?: ArrayLike<number>): RankingMetrics {
  const { order, flags } = sorted;
  const n = flags.length;
  checkCounts(n, counts);
  let tp = 0;
  let fp = 0;
  let lastTp = 0;
  let lastFp = 0;
  let doubledArea = 0;
  let precisionSum = 0;
  for (let r = 0; r < n; r++) {
    const c = counts === undefined ? 1 : counts[order === undefined ? r : order[r]];
    const f = flags[r];
    const positive = c * (f & POSITIVE);
    tp += positive;
    fp += c - positive;
    if (f & GROUP_END) {
      const newPositives = tp - lastTp;
      doubledArea += (fp - lastFp) * (tp + lastTp);
      if (newPositives > 0) precisionSum += newPositives * (tp / (tp + fp));
      lastTp = tp;
      lastFp = fp;
    }
  }
  return rankingFromSums(tp, fp, doubledArea, precisionSum);
}

/** The metrics from a walk's totals (shared with the binary metric set's fused walk). */
export function rankingFromSums(positives: number, negatives: number, doubledArea: number, precisionSum: number): RankingMetrics {
  if (positives + negatives === 0) throw new RangeError('ROC AUC of an empty sample');
  return {
    rocAuc: positives === 0 || negatives === 0 ? Number.NaN : doubledArea / (2 * positives * negatives),
    averagePrecision: positives === 0 ? 0 : precisionSum / positives,
  };
}
