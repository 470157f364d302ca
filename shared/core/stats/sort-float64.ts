/** Below this size the engine's sort is as fast. */
const SMALL = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Bits sorted per pass: six passes of 11, 11 and 10 bits over each 32-bit half. */
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

/**
 * Sorts NaN-free doubles in place, ascending, in the order `Float64Array.prototype.sort` gives
 * (−Infinity first, −0 before +0, +Infinity last), by LSD radix sort on the IEEE 754 bits. Why:
 * V8's typed-array sort took about 0.3 s per million doubles on a 2-core runner — sorting every
 * column of a 1,000,000-row drift report cost more than reading the files; the radix sort takes
 * about a tenth of that. The bits are mapped to unsigned keys that order as the numbers do
 * (negative: all bits flipped; positive: the sign bit set) and mapped back after the last pass.
 *
 * Why 11-bit digits (six passes) rather than 16 (four): a pass scatters the values to one place
 * per digit value, and 2,048 places stay in the cache where 65,536 do not, so six passes cost
 * about what four did on random bits; every pass's digit counts are taken in one first pass, and a
 * pass whose digit is the same for every value is skipped (integer-valued columns have all-zero
 * low bits: three passes of six instead of two of four). Measured on 1,000,000 doubles: 24 ms
 * either way for decimals, 18–26 ms → 9–11 ms for integers.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < SMALL || !LITTLE_ENDIAN) return values.sort();
  const keys = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const counts = new Uint32Array(6 * RADIX);
  for (let i = 0; i < 2 * n; i += 2) {
    let low = keys[i];
    let high = keys[i + 1];
    if (high & 0x80000000) {
      low = ~low >>> 0;
      high = ~high >>> 0;
      keys[i] = low;
    } else {
      high = (high | 0x80000000) >>> 0;
    }
    keys[i + 1] = high;
    counts[low & MASK]++;
    counts[RADIX + ((low >>> BITS) & MASK)]++;
    counts[2 * RADIX + (low >>> (2 * BITS))]++;
    counts[3 * RADIX + (high & MASK)]++;
    counts[4 * RADIX + ((high >>> BITS) & MASK)]++;
    counts[5 * RADIX + (high >>> (2 * BITS))]++;
  }
  let source = keys;
  let target: Uint32Array | undefined;
  let scratch: Uint32Array | undefined;
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * RADIX;
    if (counts[base + digitOf(source, pass)] === n) continue; // one digit for every value
    let sum = 0;
    for (let digit = base; digit < base + RADIX; digit++) {
      const count = counts[digit];
      counts[digit] = sum;
      sum += count;
    }
    target ??= scratch = new Uint32Array(2 * n);
    const word = pass < 3 ? 0 : 1;
    const shift = (pass % 3) * BITS;
    for (let i = 0; i < 2 * n; i += 2) {
      const low = source[i];
      const high = source[i + 1];
      const at = 2 * counts[base + (((word === 0 ? low : high) >>> shift) & MASK)]++;
      target[at] = low;
      target[at + 1] = high;
    }
    [source, target] = [target, source];
  }
  if (source !== keys) keys.set(source);
  // Freed now rather than at the next major collection: the drift of a 1,000,000-row column sorts
  // two samples, and the scratch arrays (8 MB each) were what raised its peak memory.
  if (scratch) release(scratch.buffer);
  for (let i = 1; i < 2 * n; i += 2) {
    const high = keys[i];
    if (high & 0x80000000) {
      keys[i] = high & 0x7fffffff;
    } else {
      keys[i] = ~high;
      keys[i - 1] = ~keys[i - 1];
    }
  }
  return values;
}

/** The digit of pass `pass` of the first key. */
function digitOf(keys: Uint32Array, pass: number): number {
  return (keys[pass < 3 ? 0 : 1] >>> ((pass % 3) * BITS)) & MASK;
}

/** Frees an array buffer's memory now (detaching it), where the engine can (`ArrayBuffer.prototype.transfer`, Node.js 22+). */
function release(buffer: ArrayBufferLike): void {
  const transferable = buffer as ArrayBufferLike & { transfer?: (length: number) => ArrayBuffer };
  if (typeof transferable.transfer === 'function') transferable.transfer(0);
}
