import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnPair, distinctCount, hasMoreDistinctValues, numericColumnPair, valueCount } from '../../../../shared/core/drift/column-sample.js';

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
