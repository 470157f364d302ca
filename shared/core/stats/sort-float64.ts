/** Below this size the engine's sort is as fast. */
const SMALL = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Sorts NaN-free doubles in place, ascending, in the order `Float64Array.prototype.sort` gives
 * (−Infinity first, −0 before +0, +Infinity last), by LSD radix sort on the IEEE 754 bits: four
 * passes of 16 bits each over the values and one scratch copy. Why: V8's typed-array sort took
 * about 0.3 s per million doubles on a 2-core runner — sorting every column of a 1,000,000-row
 * drift report cost more than reading the files; the radix sort takes about a tenth of that.
 * The bits are mapped to unsigned keys that order as the numbers do (negative: all bits
 * flipped; positive: the sign bit set) and mapped back after the last pass.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < SMALL || !LITTLE_ENDIAN) return values.sort();
  const scratch = new Float64Array(n);
  let source: Uint32Array = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let target: Uint32Array = new Uint32Array(scratch.buffer, 0, 2 * n);
  for (let i = 1; i < 2 * n; i += 2) {
    const high = source[i];
    if (high & 0x80000000) {
      source[i] = ~high;
      source[i - 1] = ~source[i - 1];
    } else {
      source[i] = high | 0x80000000;
    }
  }
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = word; i < 2 * n; i += 2) counts[(source[i] >>> shift) & 0xffff]++;
    let sum = 0;
    for (let digit = 0; digit < 65536; digit++) {
      const count = counts[digit];
      counts[digit] = sum;
      sum += count;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const low = source[i];
      const high = source[i + 1];
      const at = 2 * counts[((word === 0 ? low : high) >>> shift) & 0xffff]++;
      target[at] = low;
      target[at + 1] = high;
    }
    [source, target] = [target, source];
  }
  // Four passes: the sorted keys are back in `values`.
  for (let i = 1; i < 2 * n; i += 2) {
    const high = source[i];
    if (high & 0x80000000) {
      source[i] = high & 0x7fffffff;
    } else {
      source[i] = ~high;
      source[i - 1] = ~source[i - 1];
    }
  }
  return values;
}
