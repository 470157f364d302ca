import fc from 'fast-check';

/**
 * Two probability vectors of the same length (1–30 bins), as the binned drift metrics
 * receive them. With allowZeros, bins may be empty on either side (never all of them).
 */
export function probabilityPair({ allowZeros }: { allowZeros: boolean }): fc.Arbitrary<[number[], number[]]> {
  const weight = allowZeros ? fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 })) : fc.integer({ min: 1, max: 1000 });
  return fc.integer({ min: 1, max: 30 }).chain((length) => {
    const vector = fc
      .array(weight, { minLength: length, maxLength: length })
      .filter((w) => w.some((x) => x > 0))
      .map((w) => {
        const total = w.reduce((s, x) => s + x, 0);
        return w.map((x) => x / total);
      });
    return fc.tuple(vector, vector);
  });
}
