import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnHistogram, MAX_CATEGORIES, MAX_LABEL_LENGTH } from '../../../../shared/core/drift/column-histogram.js';
import { numericColumnPair } from '../../../../shared/core/drift/column-sample.js';
import { driftReport } from '../../../../shared/core/drift/drift-report.js';
import { DRIFT_METHODS } from '../../../../shared/core/drift/methods.js';
import { DEFAULT_EMPTY_BIN_FLOOR, proportions } from '../../../../shared/core/stats/histogram.js';
import { populationStabilityIndex } from '../../../../shared/core/stats/psi.js';
import { tableOf } from '../../../support/tables.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('columnHistogram: numeric', () => {
  it('bins on the reference minimum, its deciles and its maximum, with open bins outside', () => {
    const histogram = columnHistogram({ kind: 'numeric', reference: range(1, 100), current: range(51, 150) });
    expect(histogram).toEqual({
      kind: 'numeric',
      edges: [1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      reference: [0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0],
      current: [0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 50],
    });
  });

  it('holds the counts PSI compares, so the chart shows what the statistic measured', () => {
    const sample = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 });
    fc.assert(fc.property(sample, sample, (reference, current) => {
      const histogram = columnHistogram({ kind: 'numeric', reference, current });
      if (histogram?.kind !== 'numeric') throw new Error('expected a numeric histogram');
      expect(histogram.reference.length).toBe(histogram.edges.length + 1);
      expect(histogram.current.reduce((a, b) => a + b, 0)).toBe(current.length);
      const psi = populationStabilityIndex(proportions(histogram.reference, DEFAULT_EMPTY_BIN_FLOOR), proportions(histogram.current, DEFAULT_EMPTY_BIN_FLOOR));
      const pair = numericColumnPair(reference, current);
      expect(psi).toBe(DRIFT_METHODS.psi.compute(pair.reference, pair.current, 'numeric').statistic);
    }), { numRuns: 200 });
  });

  it('repeats an edge for a constant reference, and leaves out a reference without values', () => {
    expect(columnHistogram({ kind: 'numeric', reference: [3, 3, 3], current: [1, 3, 5] })).toEqual({
      kind: 'numeric', edges: [3, 3, 3], reference: [0, 3, 0, 0], current: [1, 1, 0, 1],
    });
    expect(columnHistogram({ kind: 'numeric', reference: [], current: [1] })).toBeUndefined();
    expect(columnHistogram({ kind: 'numeric', reference: [1, 2], current: [] })).toMatchObject({ edges: [1, 1, 2, 2], current: [0, 0, 0, 0, 0] });
  });
});

describe('columnHistogram: categorical', () => {
  it(`keeps the ${MAX_CATEGORIES} categories with the most values over both sides and sums the rest`, () => {
    // c00 … c24 with 25 − i values in the reference; "new" only in the current data.
    const reference = range(0, 24).flatMap((i) => Array<string>(25 - i).fill(`c${String(i).padStart(2, '0')}`));
    const current = [...Array<string>(30).fill('new'), 'c24'];
    const histogram = columnHistogram({ kind: 'categorical', reference, current });
    if (histogram?.kind !== 'categorical') throw new Error('expected a category histogram');
    expect(histogram.categories).toEqual(['new', ...range(0, 18).map((i) => `c${String(i).padStart(2, '0')}`)].slice(0, 20));
    expect(histogram.reference.slice(0, 3)).toEqual([0, 25, 24]);
    expect(histogram.current.slice(0, 3)).toEqual([30, 0, 0]);
    // Left out: c19 … c24 (6 categories holding 6 + 5 + 4 + 3 + 2 + 1 reference values and one current value).
    expect(histogram.other).toEqual({ categories: 6, reference: 21, current: 1 });
  });

  it('breaks ties in code-unit order and cuts long labels without splitting a character', () => {
    const long = `${'é'.repeat(MAX_LABEL_LENGTH - 2)}😀😀😀`;
    const histogram = columnHistogram({ kind: 'categorical', reference: ['b', 'B', 'a', long], current: [] });
    if (histogram?.kind !== 'categorical') throw new Error('expected a category histogram');
    expect(histogram.categories.slice(0, 3)).toEqual(['B', 'a', 'b']);
    const cut = histogram.categories[3];
    expect(Array.from(cut)).toHaveLength(MAX_LABEL_LENGTH);
    expect(cut.endsWith('😀…')).toBe(true);
    expect(histogram.other).toEqual({ categories: 0, reference: 0, current: 0 });
  });
});

describe('driftReport histograms', () => {
  it('gives every compared column the histogram of the kind it was compared as', () => {
    const reference = tableOf('r.csv', { x: range(1, 40), level: range(1, 40).map((i) => i % 3), colour: range(1, 40).map((i) => (i % 2 ? 'red' : 'blue')), empty: range(1, 40).map(() => '') });
    const current = tableOf('c.csv', { x: range(21, 60), level: range(1, 40).map((i) => i % 2), colour: range(1, 40).map(() => 'red'), empty: range(1, 40).map(() => '') });
    const columns = Object.fromEntries(driftReport(reference, current).columns.map((c) => [c.name, c]));
    expect(columns.x.histogram).toMatchObject({ kind: 'numeric', edges: [1, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40] });
    expect(columns.x.histogram?.current.at(-1)).toBe(20);
    // Three distinct values: compared as categories by auto, and charted so.
    expect(columns.level).toMatchObject({ kind: 'categorical', histogram: { kind: 'categorical', categories: ['1', '0', '2'], current: [20, 20, 0] } });
    expect(columns.colour.histogram).toMatchObject({ categories: ['red', 'blue'], reference: [20, 20], current: [40, 0] });
    expect(columns.empty).not.toHaveProperty('histogram');
  });
});
