import { describe, expect, it } from 'vitest';
import { decodeNumber, toJson, toJsonInlineNumbers } from '../../../../shared/adapters/codecs/json.js';

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

  it('can write lists of numbers on one line: the same JSON value as toJson', () => {
    const value = {
      name: 'x', edges: [-1.5, -0, 0.1 + 0.2, 1e21], counts: [0, 3, Infinity, -Infinity, NaN], empty: [], none: {},
      nested: [{ a: [1, 2], b: 'c' }, [1, 'two']], skipped: undefined, flag: true, nothing: null,
    };
    const text = toJsonInlineNumbers(value);
    expect(JSON.parse(text)).toEqual(JSON.parse(toJson(value)));
    expect(text).toContain('"edges": [-1.5,0,0.30000000000000004,1e+21],');
    expect(text).toContain('"counts": [0,3,"Infinity","-Infinity","NaN"],');
    expect(text.startsWith('{\n  "name": "x",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(toJsonInlineNumbers([])).toBe('[]\n');
  });
});
