/**
 * Pairs baseline rows with candidate rows for a paired comparison.
 *
 * - Both files have ids: rows are matched by id, and the baseline is reordered to the
 *   candidate's row order. Every id must appear exactly once in each file; otherwise an
 *   Error names the duplicated ids, or the ids found on one side only (first 10 of each).
 * - Otherwise rows are matched by position, and both files must have the same number of
 *   rows.
 * Ids are matched by their bytes through a hash index (row-ids.ts): no string per row. When both
 * files list the same ids in the same order (one evaluation set scored twice, the usual case) the
 * baseline is used as it is: checked for duplicates once, no index of its own, no reordered copy.
 */
import { reorderLabels, reorderValues, rowCount } from './prediction-arrays.js';
import { releaseMemory } from '../release-memory.js';
import { RowIdIndex, rowIdText } from './row-ids.js';
import type { PredictionArrays, RowIds } from './types.js';

export interface PairedRows {
  baseline: PredictionArrays;
  matchedBy: 'id' | 'position';
}

function describe(ids: readonly string[], total: number): string {
  const shown = ids.slice(0, 10).map((id) => JSON.stringify(id));
  return shown.join(', ') + (total > 10 ? `, … (${total} in all)` : '');
}

function indexById(ids: RowIds, n: number, column: string): RowIdIndex {
  const index = new RowIdIndex(ids, n);
  for (let i = 0; i < n; i++) {
    const previous = index.add(i);
    if (previous !== -1) {
      throw new Error(
        `${column}: id ${JSON.stringify(rowIdText(ids, i))} appears at rows ${previous + 1} and ${i + 1}; ids must be unique to pair rows`,
      );
    }
  }
  return index;
}

/** Ids of `ids` not in `index`: their count and the first 10 as text. */
function unmatched(ids: RowIds, n: number, index: RowIdIndex): { count: number; first: string[] } {
  let count = 0;
  const first: string[] = [];
  for (let j = 0; j < n; j++) {
    if (index.find(ids, j) !== -1) continue;
    if (first.length < 10) first.push(rowIdText(ids, j));
    count++;
  }
  return { count, first };
}

/** Whether two id columns hold the same ids in the same order (byte for byte). */
function sameIdSequence(a: RowIds, b: RowIds): boolean {
  if (a.starts.length !== b.starts.length || a.bytes.length !== b.bytes.length) return false;
  for (let k = 0; k < a.starts.length; k++) if (a.starts[k] !== b.starts[k]) return false;
  for (let k = 0; k < a.bytes.length; k++) if (a.bytes[k] !== b.bytes[k]) return false;
  return true;
}

export interface PairRowsOptions {
  /** The baseline's arrays may be freed once paired: its ids, and its columns once reordered. */
  releaseBaseline?: boolean;
}

export function pairRows(candidate: PredictionArrays, baseline: PredictionArrays, options: PairRowsOptions = {}): PairedRows {
  const release = (...arrays: (ArrayBufferView | undefined)[]) => {
    if (options.releaseBaseline) releaseMemory(...arrays);
  };
  const n = rowCount(candidate);
  const m = rowCount(baseline);
  if (!candidate.ids || !baseline.ids) {
    if (m !== n) {
      throw new Error(
        `baseline has ${m} rows but the candidate has ${n}; ` +
          `rows are paired by position unless both files have an id column`,
      );
    }
    return { baseline, matchedBy: 'position' };
  }
  if (sameIdSequence(candidate.ids, baseline.ids)) {
    if (!(candidate.ids.unique && baseline.ids.unique)) {
      indexById(candidate.ids, n, 'ids').release(); // the candidate's duplicates are the baseline's, and named first as below
    }
    if (baseline.ids !== candidate.ids) release(baseline.ids.bytes, baseline.ids.starts);
    return { baseline: { ...baseline, ids: candidate.ids }, matchedBy: 'id' };
  }
  const candidateIndex = indexById(candidate.ids, n, 'ids');
  const baselineIndex = indexById(baseline.ids, m, 'baseline.ids');
  const onlyCandidate = unmatched(candidate.ids, n, baselineIndex);
  const onlyBaseline = unmatched(baseline.ids, m, candidateIndex);
  if (onlyCandidate.count > 0 || onlyBaseline.count > 0) {
    const parts: string[] = [];
    if (onlyCandidate.count > 0) parts.push(`${onlyCandidate.count} only in the candidate: ${describe(onlyCandidate.first, onlyCandidate.count)}`);
    if (onlyBaseline.count > 0) parts.push(`${onlyBaseline.count} only in the baseline: ${describe(onlyBaseline.first, onlyBaseline.count)}`);
    throw new Error(`candidate and baseline ids do not match — ${parts.join('; ')}`);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = baselineIndex.find(candidate.ids, i);
  candidateIndex.release();
  baselineIndex.release();
  release(baseline.ids.bytes, baseline.ids.starts);
  // Each column reordered, then its original freed when handed over: one column's copy at a time.
  const reordered = <T>(reorder: (column: T) => T, column: T, arrays: (column: T) => ArrayBufferView): T => {
    const out = reorder(column);
    release(arrays(column));
    return out;
  };
  const paired: PredictionArrays = {
    kind: 'arrays',
    yTrue: reordered((c) => reorderLabels(c, order), baseline.yTrue, (c) => c.codes),
    yPred: reordered((c) => reorderLabels(c, order), baseline.yPred, (c) => c.codes),
    ids: candidate.ids, // the same ids, now in the same order
  };
  if (baseline.yScore) paired.yScore = reordered((c) => reorderValues(c, order), baseline.yScore, (c) => c);
  if (baseline.classScores) {
    paired.classScores = {};
    for (const [label, column] of Object.entries(baseline.classScores)) {
      paired.classScores[label] = reordered((c) => reorderValues(c, order), column, (c) => c);
    }
  }
  releaseMemory(order);
  return { baseline: paired, matchedBy: 'id' };
}
