import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnPair, distinctCount, hasMoreDistinctValues, inferColumn, numericColumnPair, valueCount } from '../../../../shared/core/drift/column-sample.js';
import { driftReport } from '../../../../shared/core/drift/drift-report.js';
import { parseCsvTable } from '../../../../shared/adapters/data/table.js';

describe('column samples', () => {
  it('labels a numeric column with canonical number text, made on first read', () => {
    const pair = columnPair('x', { cells: ['1', '1.0', '', '1e0', '-inf', '2.50'], source: 'ref.csv' }, { cells: ['NA', '3'], source: 'cur.csv' });
    expect(pair.kind).toBe('numeric');
    expect(valueCount(pair.reference)).toBe(5);
    expect(valueCount(pair.current)).toBe(1);
    expect(pair.reference.labels).toEqual(['1', '1', '1', '-Infinity', '2.5']);
    expect(pair.reference.labels).toBe(pair.reference.labels); // made once
    expect(pair.current.labels).toEqual(['3']);
  });

  it('counts the values of a categorical column as its labels', () => {
    const pair = columnPair('city', { cells: [' a', 'b', ''], source: 'ref.csv' }, { cells: ['c'], source: 'cur.csv' });
    expect(pair.kind).toBe('categorical');
    expect(pair.reference.labels).toEqual(['a', 'b']);
    expect(valueCount(pair.reference)).toBe(2);
  });

  it('counts distinct numbers as distinct labels would (0 and −0 once), for any limit', () => {
    const values = fc.array(fc.oneof(fc.constantFrom(0, -0, 1, Infinity, -Infinity), fc.double({ noNaN: true })), { maxLength: 30 });
    fc.assert(fc.property(values, fc.integer({ min: 0, max: 12 }), (numbers, limit) => {
      const { reference } = numericColumnPair(numbers, [1]);
      expect(valueCount(reference)).toBe(numbers.length);
      expect(hasMoreDistinctValues(reference.numbers, limit)).toBe(distinctCount(reference.labels) > limit);
    }));
  });
});

describe('stray tokens in numeric columns', () => {
  // What pandas writes with `df.set_index('id').to_csv()` (defaults otherwise): NaN as an empty
  // cell, the index as the first column; the `?` is what UCI-style exports hold for "unknown".
  const csv = (values: (number | string)[]) => `id,x\n${values.map((v, i) => `${i},${typeof v === 'number' && Number.isNaN(v) ? '' : v}`).join('\n')}\n`;
  const reference = Array.from({ length: 40 }, (_, i) => i / 4);
  const current = Array.from({ length: 40 }, (_, i) => i / 4 + 3);

  it('keeps a numeric column numeric when a missing marker appears, and reports how many and which', () => {
    const withMarker: (number | string)[] = [...current.slice(0, 38), '?', NaN];
    const report = driftReport(parseCsvTable(csv(reference), 'ref.csv'), parseCsvTable(csv(withMarker), 'cur.csv'), { exclude: ['id'] });
    const x = report.columns.find((c) => c.name === 'x')!;
    expect(x).toMatchObject({ kind: 'numeric', method: 'ks', drifted: true });
    expect(x.stray_tokens).toEqual({ tokens: ['?'], cells: { reference: 0, current: 1 } });
    expect(x.missing.current).toBeCloseTo(2 / 40, 12);
    expect(x.rows.current).toBe(38);
  });

  it('reads words under 1% of cells as missing, and more as a categorical column', () => {
    const big = (shift: number) => Array.from({ length: 120 }, (_, i) => i + shift);
    expect(inferColumn(big(0).map(String), [...big(3).map(String), 'oops'])).toEqual({ kind: 'numeric', strayTokens: ['oops'] });
    expect(inferColumn(big(0).map(String), [...big(3).map(String), 'oops', 'other', 'third'])).toEqual({ kind: 'categorical', strayTokens: [] });
    expect(inferColumn(['1', '-', '2', '--', '.'], ['3', '?'])).toEqual({ kind: 'numeric', strayTokens: ['-', '--', '.', '?'] });
    expect(inferColumn(['?', '-'], ['?'])).toEqual({ kind: 'categorical', strayTokens: [] });
  });
});
