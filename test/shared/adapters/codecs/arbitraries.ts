import fc from 'fast-check';

/**
 * Values for round-trip properties of the JSON codecs. Numbers include NaN and ±Infinity often
 * (the values JSON cannot hold); -0 is replaced by 0 because `toJson`, like `JSON.stringify`,
 * writes it as 0. Text includes the convention's own spellings, which must stay text in text
 * fields, and keys that are awkward as object fields.
 */
export const anyNumber: fc.Arbitrary<number> = fc
  .oneof(fc.constantFrom(NaN, Infinity, -Infinity), fc.double(), fc.integer())
  .map((x) => (x === 0 ? 0 : x));

export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '', 'a.b', 'x[0]', '__proto__', 'constructor'),
);

/** An object of `value`s under arbitrary names (metrics, columns, rules by name). */
export function byName<T>(value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.dictionary(text, value, { maxKeys: 4, noNullPrototype: true });
}

export const interval: fc.Arbitrary<[number, number]> = fc.tuple(anyNumber, anyNumber);
