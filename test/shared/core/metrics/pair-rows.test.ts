import { describe, expect, it } from 'vitest';
import { pairRows } from '../../../../shared/core/metrics/pair-rows.js';

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
});
