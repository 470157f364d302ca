/**
 * Pairs baseline rows with candidate rows for a paired comparison.
 *
 * - Both files have ids: rows are matched by id, and the baseline is reordered to the
 *   candidate's row order. Every id must appear exactly once in each file; otherwise an
 *   Error names the duplicated ids, or the ids found on one side only (first 10 of each).
 * - Otherwise rows are matched by position, and both files must have the same number of
 *   rows.
 */
import type { PredictionColumns } from './types.js';

export interface PairedRows {
  baseline: PredictionColumns;
  matchedBy: 'id' | 'position';
}

function describe(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).map((id) => JSON.stringify(id));
  return shown.join(', ') + (ids.length > 10 ? `, … (${ids.length} in all)` : '');
}

function indexById(ids: readonly string[], column: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const previous = index.get(ids[i]);
    if (previous !== undefined) {
      throw new Error(
        `${column}: id ${JSON.stringify(ids[i])} appears at rows ${previous + 1} and ${i + 1}; ids must be unique to pair rows`,
      );
    }
    index.set(ids[i], i);
  }
  return index;
}

function reorder<T>(values: readonly T[] | undefined, order: readonly number[]): T[] | undefined {
  return values ? order.map((i) => values[i]) : undefined;
}

export function pairRows(candidate: PredictionColumns, baseline: PredictionColumns): PairedRows {
  if (!candidate.ids || !baseline.ids) {
    if (baseline.yTrue.length !== candidate.yTrue.length) {
      throw new Error(
        `baseline has ${baseline.yTrue.length} rows but the candidate has ${candidate.yTrue.length}; ` +
          `rows are paired by position unless both files have an id column`,
      );
    }
    return { baseline, matchedBy: 'position' };
  }
  const candidateIndex = indexById(candidate.ids, 'ids');
  const baselineIndex = indexById(baseline.ids, 'baseline.ids');
  const onlyCandidate = candidate.ids.filter((id) => !baselineIndex.has(id));
  const onlyBaseline = baseline.ids.filter((id) => !candidateIndex.has(id));
  if (onlyCandidate.length > 0 || onlyBaseline.length > 0) {
    const parts: string[] = [];
    if (onlyCandidate.length > 0) parts.push(`${onlyCandidate.length} only in the candidate: ${describe(onlyCandidate)}`);
    if (onlyBaseline.length > 0) parts.push(`${onlyBaseline.length} only in the baseline: ${describe(onlyBaseline)}`);
    throw new Error(`candidate and baseline ids do not match — ${parts.join('; ')}`);
  }
  const order = candidate.ids.map((id) => baselineIndex.get(id)!);
  let classScores: Record<string, number[]> | undefined;
  if (baseline.classScores) {
    classScores = {};
    for (const [label, column] of Object.entries(baseline.classScores)) classScores[label] = reorder(column, order)!;
  }
  const paired: PredictionColumns = {
    yTrue: reorder(baseline.yTrue, order)!,
    yPred: reorder(baseline.yPred, order)!,
    ids: candidate.ids.slice(),
  };
  if (baseline.yScore) paired.yScore = reorder(baseline.yScore, order);
  if (classScores) paired.classScores = classScores;
  return { baseline: paired, matchedBy: 'id' };
}
