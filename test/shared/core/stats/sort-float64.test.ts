import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '../../../../shared/core/stats/sort-float64.js';

describe('sortFloat64', () => {
  it('sorts as Float64Array.prototype.sort does (−0 before 0, infinities at the ends), past the small-array cut-over', () => {
    const value = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, Infinity, -Infinity, 1, -1, 5e-324, -5e-324));
    fc.assert(fc.property(fc.array(value, { minLength: 2048, maxLength: 3000 }), (values) => {
      const expected = Float64Array.from(values).sort();
      const sorted = sortFloat64(Float64Array.from(values));
      expect(Array.from(sorted, (v) => Object.is(v, -0) ? '-0' : v)).toEqual(Array.from(expected, (v) => Object.is(v, -0) ? '-0' : v));
    }), { numRuns: 20 });
  });

  it('sorts columns whose low or high bits are all the same (passes skipped), ending in place either way', () => {
    const columns = [
      Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 41), // integers: low word all zero
      Float64Array.from({ length: 5000 }, (_, i) => -((i * 7919) % 41)),
      Float64Array.from({ length: 5000 }, (_, i) => 1 + ((i * 7919) % 5000) * 2 ** -40), // one exponent, low bits vary
      Float64Array.from({ length: 5000 }, () => 3.5), // every pass skipped
      Float64Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? 0 : -0)),
    ];
    for (const column of columns) {
      const expected = column.slice().sort();
      expect(Array.from(sortFloat64(column), (v) => Object.is(v, -0) ? '-0' : v)).toEqual(Array.from(expected, (v) => Object.is(v, -0) ? '-0' : v));
    }
  });

  it('sorts a subarray in place without touching the rest', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000 - 2500);
    const part = values.subarray(1000, 4000);
    const before = values.slice(0, 1000);
    sortFloat64(part);
    expect(Array.from(part)).toEqual(Array.from(part.slice().sort()));
    expect(values.slice(0, 1000)).toEqual(before);
  });
});
