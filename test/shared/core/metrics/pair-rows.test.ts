import { describe, expect, it } from 'vitest';
import { pairRows as pairArrays } from '../../../../shared/core/metrics/pair-rows.js';
import { decodeLabels, predictionArraysFrom } from '../../../../shared/core/metrics/prediction-arrays.js';
import { rowIdCount, rowIdText } from '../../../../shared/core/metrics/row-ids.js';
import type { PredictionArrays, PredictionColumns } from '../../../../shared/core/metrics/types.js';

/** The typed pairing, given and giving string columns. */
function pairRows(candidate: PredictionColumns, baseline: PredictionColumns): { baseline: PredictionColumns; matchedBy: string } {
  const paired = pairArrays(predictionArraysFrom(candidate), predictionArraysFrom(baseline));
  return { baseline: columnsOf(paired.baseline), matchedBy: paired.matchedBy };
}

function columnsOf(arrays: PredictionArrays): PredictionColumns {
  const out: PredictionColumns = { yTrue: decodeLabels(arrays.yTrue), yPred: decodeLabels(arrays.yPred) };
  if (arrays.ids) out.ids = Array.from({ length: rowIdCount(arrays.ids) }, (_, i) => rowIdText(arrays.ids!, i));
  if (arrays.yScore) out.yScore = Array.from(arrays.yScore);
  if (arrays.classScores) out.classScores = Object.fromEntries(Object.entries(arrays.classScores).map(([k, v]) => [k, Array.from(v)]));
  return out;
}

describe('pairRows', () => {
  const candidate = { ids: ['x', 'y', 'z'], yTrue: ['a', 'b', 'c'], yPred: ['a', 'b', 'b'] };

  it('reorders every baseline column to the candidate ids', () => {
    const baseline = {
      ids: ['z', 'x', 'y'],
      yTrue: ['c', 'a', 'b'],
      yPred: ['c', 'b', 'b'],
      classScores: { a: [0.1, 0.8, 0.2], b: [0.2, 0.1, 0.7], c: [0.7, 0.1, 0.1] },
    };
    const { baseline: paired, matchedBy } = pairRows(candidate, baseline);
    expect(matchedBy).toBe('id');
    expect(paired).toEqual({
      ids: ['x', 'y', 'z'],
      yTrue: ['a', 'b', 'c'],
      yPred: ['b', 'b', 'c'],
      classScores: { a: [0.8, 0.2, 0.1], b: [0.1, 0.7, 0.2], c: [0.1, 0.1, 0.7] },
    });
    expect(baseline.ids).toEqual(['z', 'x', 'y']); // input untouched
  });

  it('pairs by position when either side lacks ids', () => {
    const baseline = { yTrue: ['a', 'b', 'c'], yPred: ['c', 'c', 'c'] };
    expect(pairRows(candidate, baseline)).toEqual({ baseline, matchedBy: 'position' });
    expect(pairRows({ ids: ['é', 'x'], yTrue: ['a', 'b'], yPred: ['a', 'a'] }, { ids: ['x', 'é'], yTrue: ['b', 'a'], yPred: ['b', 'b'] }).baseline.ids).toEqual(['é', 'x']);
  });

  it('names duplicate and unmatched ids', () => {
    expect(() => pairRows(candidate, { ...candidate, ids: ['x', 'x', 'z'] })).toThrow(
      'baseline.ids: id "x" appears at rows 1 and 2; ids must be unique to pair rows',
    );
    const many = Array.from({ length: 15 }, (_, i) => `id${i}`);
    const other = many.map((id) => `${id}-b`);
    const make = (ids: string[]) => ({ ids, yTrue: ids, yPred: ids });
    expect(() => pairRows(make(many), make(other))).toThrow(/15 only in the candidate: "id0", .*"id9", … \(15 in all\); 15 only in the baseline/);
  });

  it('uses a baseline with the same ids in the same order as it is, and still names duplicates the same way', () => {
    const baseline = predictionArraysFrom({ ids: ['x', 'y', 'z'], yTrue: ['a', 'b', 'c'], yPred: ['c', 'b', 'a'], yScore: [0.1, 0.2, 0.3] });
    expect(pairArrays(predictionArraysFrom(candidate), baseline)).toEqual({ baseline, matchedBy: 'id' });
    // Its columns as they are: no reordered copy.
    const paired = pairArrays(predictionArraysFrom(candidate), baseline).baseline;
    expect([paired.yTrue, paired.yPred, paired.yScore]).toEqual([baseline.yTrue, baseline.yPred, baseline.yScore]);
    expect(paired.yTrue).toBe(baseline.yTrue);
    expect(paired.yScore).toBe(baseline.yScore);
    const twice = { ids: ['x', 'y', 'x'], yTrue: ['a', 'b', 'c'], yPred: ['a', 'b', 'c'] };
    expect(() => pairRows(twice, twice)).toThrow('ids: id "x" appears at rows 1 and 3; ids must be unique to pair rows');
    // Same ids, another order: the reordered copy, as before.
    const reordered = pairRows(candidate, { ids: ['y', 'x', 'z'], yTrue: ['b', 'a', 'c'], yPred: ['a', 'c', 'b'] });
    expect(reordered.baseline).toEqual({ ids: ['x', 'y', 'z'], yTrue: ['a', 'b', 'c'], yPred: ['c', 'a', 'b'] });
  });

  it('frees the baseline\'s ids, and its columns once reordered, only when they are handed over', () => {
    const sameOrder = predictionArraysFrom({ ids: ['x', 'y', 'z'], yTrue: ['a', 'b', 'c'], yPred: ['c', 'b', 'a'], yScore: [0.1, 0.2, 0.3] });
    const kept = pairArrays(predictionArraysFrom(candidate), sameOrder);
    expect(sameOrder.ids!.bytes.length).toBeGreaterThan(0);
    const handed = pairArrays(predictionArraysFrom(candidate), sameOrder, { releaseBaseline: true });
    expect(sameOrder.ids!.bytes.length).toBe(0); // freed: the candidate's ids stand for both
    expect(rowIdText(handed.baseline.ids!, 2)).toBe('z');
    expect(handed.baseline.yScore).toBe(kept.baseline.yScore); // in the candidate's order already: kept

    const shuffled = predictionArraysFrom({ ids: ['y', 'x', 'z'], yTrue: ['b', 'a', 'c'], yPred: ['a', 'c', 'b'], yScore: [0.2, 0.1, 0.3] });
    const { yTrue, yPred, yScore } = shuffled;
    const reordered = pairArrays(predictionArraysFrom(candidate), shuffled, { releaseBaseline: true });
    expect([yTrue.codes.length, yPred.codes.length, yScore!.length, shuffled.ids!.starts.length]).toEqual([0, 0, 0, 0]);
    expect(Array.from(reordered.baseline.yScore!)).toEqual([0.1, 0.2, 0.3]);
    expect(Array.from(reordered.baseline.yPred.codes, (c) => reordered.baseline.yPred.labels[c])).toEqual(['c', 'a', 'b']);
  });
});
