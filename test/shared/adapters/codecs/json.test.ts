import { describe, expect, it } from 'vitest';
import { decodeNumber, toJson } from '../../../../shared/adapters/codecs/json.js';

describe('the JSON convention', () => {
  it('writes non-finite numbers as strings, two-space indented, with a final newline', () => {
    expect(toJson({ a: Infinity, b: [-Infinity, NaN, -0, 1.5], c: 'NaN' })).toBe('{\n  "a": "Infinity",\n  "b": [\n    "-Infinity",\n    "NaN",\n    0,\n    1.5\n  ],\n  "c": "NaN"\n}\n');
  });

  it('reads a number or one of the three strings, and nothing else, as a number', () => {
    expect(decodeNumber(0.25)).toBe(0.25);
    expect(decodeNumber('Infinity')).toBe(Infinity);
    expect(decodeNumber('-Infinity')).toBe(-Infinity);
    expect(decodeNumber('NaN')).toBeNaN();
    for (const value of ['inf', 'nan', '1', '', null, undefined, true, [], {}]) expect(decodeNumber(value)).toBeUndefined();
  });
});
