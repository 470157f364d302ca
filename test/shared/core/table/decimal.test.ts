import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../../shared/core/table/decimal.js';
import { isMissing } from '../../../../shared/core/table/missing.js';

describe('parseDecimal', () => {
  it('reads decimals with sign, fraction and exponent, ignoring surrounding whitespace', () => {
    expect(parseDecimal('1e-3')).toBe(0.001);
    expect(parseDecimal('2.5E+10')).toBe(2.5e10);
    expect(parseDecimal(' -2.5 ')).toBe(-2.5);
    expect(parseDecimal('\t+7\n')).toBe(7);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('5.')).toBe(5);
    expect(parseDecimal('007')).toBe(7);
    expect(parseDecimal('-0')).toBe(-0);
  });

  it('reads the infinity spellings pandas and Python write, in any case', () => {
    for (const text of ['inf', 'Inf', '+inf', 'infinity', 'Infinity', '+INFINITY']) expect(parseDecimal(text)).toBe(Infinity);
    for (const text of ['-inf', '-Inf', '-infinity', '-Infinity']) expect(parseDecimal(text)).toBe(-Infinity);
  });

  it('overflows to ±Infinity beyond the float64 range, as Python does', () => {
    expect(parseDecimal('1e400')).toBe(Infinity);
    expect(parseDecimal('-1e400')).toBe(-Infinity);
  });

  it('reads no missing-value token as a number (pandas writes NaN as an empty cell)', () => {
    for (const text of ['', ' ', 'nan', 'NaN', '-nan', 'NA', 'N/A', 'null', 'None', '<NA>']) {
      expect(isMissing(text)).toBe(true);
      expect(parseDecimal(text)).toBeUndefined();
    }
  });

  it('refuses what Number() or parseFloat would let through', () => {
    for (const text of ['12abc', '0x10', '0b1', '1_000', '1,5', '1 000', 'e5', '-', '+', '.', '--1', '+-1', '1e', '1e+', 'Infinityx', '∞', '−1']) {
      expect(parseDecimal(text), text).toBeUndefined();
    }
  });

  it('reads back every float64 as JavaScript and Python print it', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (x) => {
      expect(Object.is(parseDecimal(String(x)), x) || (x === 0 && parseDecimal(String(x)) === 0)).toBe(true);
      expect(parseDecimal(x.toExponential())).toBe(x === 0 ? 0 : x);
    }));
  });
});
