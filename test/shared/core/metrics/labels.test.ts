import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumericLabels, compareCodePoints, resolvePositiveLabel, sortLabels } from '../../../../shared/core/metrics/labels.js';

describe('sortLabels', () => {
  it('sorts decimal labels numerically, others by code point', () => {
    expect(sortLabels(['10', '2', '-1', '1.5', '2'])).toEqual(['-1', '1.5', '2', '10']);
    expect(sortLabels(['b', 'B', 'a', '10', '9'])).toEqual(['10', '9', 'B', 'a', 'b']);
    expect(sortLabels(['1', '01'])).toEqual(['01', '1']); // equal values: by text, both kept
  });

  it('reads numbers as parseDecimal does: infinities and a leading + are numbers', () => {
    expect(sortLabels(['inf', '10', '-inf', '9'])).toEqual(['-inf', '9', '10', 'inf']);
    expect(sortLabels(['+3', '20', '1e1'])).toEqual(['+3', '1e1', '20']);
  });

  it('orders numbers mixed with text as text, as np.unique orders the strings pandas reads such a column as', () => {
    // pandas.read_csv gives a column holding 2, 10, b, 1 dtype object with str values;
    // np.unique(["2", "10", "b", "1"]) is ["1", "10", "2", "b"].
    expect(sortLabels(['2', '10', 'b', '1'])).toEqual(['1', '10', '2', 'b']);
    expect(sortLabels(['0x10', '9'])).toEqual(['0x10', '9']);
  });

  it('gives one order whatever order the labels come in', () => {
    const labels = ['10', '9', '5a', 'nan'];
    fc.assert(fc.property(fc.shuffledSubarray(labels, { minLength: 3 }), (some) => {
      expect(sortLabels(some)).toEqual(sortLabels([...some].reverse()));
    }));
  });

  it('orders astral characters after the BMP, like Python', () => {
    const astral = '\u{1F600}';
    const bmp = '\uFFFD';
    expect(compareCodePoints(bmp, astral)).toBeLessThan(0);
    expect(sortLabels([astral, bmp])).toEqual([bmp, astral]);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });
});

describe('resolvePositiveLabel', () => {
  it('uses "1" for 0/1 labels and the "true" spelling for booleans', () => {
    expect(resolvePositiveLabel(['0', '1'])).toBe('1');
    expect(resolvePositiveLabel(['0'])).toBe('1');
    expect(resolvePositiveLabel(['TRUE', 'FALSE'])).toBe('TRUE');
    expect(resolvePositiveLabel(['false'])).toBe('true');
  });

  it('uses the given label, even when absent from one-label data', () => {
    expect(resolvePositiveLabel(['cat', 'dog'], 'cat')).toBe('cat');
    expect(resolvePositiveLabel(['dog'], 'cat')).toBe('cat');
  });

  it('throws with the labels seen when it cannot decide', () => {
    expect(() => resolvePositiveLabel(['no', 'yes'])).toThrow('cannot tell which label is positive: pass a positive label (labels seen: "no", "yes")');
    expect(() => resolvePositiveLabel(['True', 'true'])).toThrow(/pass a positive label/);
    expect(() => resolvePositiveLabel(['a', 'b', 'c'], 'a')).toThrow(/at most two labels/);
  });
});

describe('canonicalNumericLabels', () => {
  it('spells numeric labels by value, as pandas reads one float column', () => {
    const canonical = canonicalNumericLabels(['0.0', '1.0', '1', '2.50', '-0', '1e3'])!;
    expect(['0.0', '1.0', '1', '2.50', '-0', '1e3'].map(canonical)).toEqual(['0', '1', '1', '2.5', '0', '1000']);
  });

  it('leaves labels alone when any is not a number', () => {
    expect(canonicalNumericLabels(['1', '1.0', 'a'])).toBeUndefined();
    expect(canonicalNumericLabels([])).toBeUndefined();
  });
});
