/** The seed of `--sample` when none is given: samples are the same from run to run. */
export const DEFAULT_SAMPLE_SEED = 15;

/**
 * Reservoir sampling (Algorithm R, Vitter 1985) of `size` rows out of a stream of unknown length,
 * seeded: every row has the same chance `size / rows` to be kept, and the same seed keeps the same
 * rows of the same file. `next()` is asked once per row, in file order, and answers the slot the
 * row goes to (`slot === rows kept so far`: appended; smaller: it replaces that slot's row) or -1
 * (skipped). Memory is the sample's, whatever the file's length.
 */
export class Reservoir {
  private seen = 0;
  private readonly random: () => number;

  constructor(readonly size: number, seed = DEFAULT_SAMPLE_SEED) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Reservoir: size must be an integer ≥ 1, got ${size}`);
    this.random = mulberry32(seed);
  }

  next(): number {
    const row = this.seen++;
    if (row < this.size) return row;
    const slot = Math.floor(this.random() * (row + 1));
    return slot < this.size ? slot : -1;
  }

  /** For a table of `rows` rows read column by column: which slot each row ends in (-1: not kept). */
  static slotsOf(rows: number, size: number, seed = DEFAULT_SAMPLE_SEED): Int32Array {
    const reservoir = new Reservoir(size, seed);
    const occupant = new Int32Array(Math.min(rows, size));
    for (let row = 0; row < rows; row++) {
      const slot = reservoir.next();
      if (slot >= 0) occupant[slot] = row;
    }
    const slots = new Int32Array(rows).fill(-1);
    occupant.forEach((row, slot) => {
      slots[row] = slot;
    });
    return slots;
  }
}

/** A small, fast seeded generator (mulberry32): uniform in [0, 1), 2^32 states, plenty for sampling rows. */
function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
