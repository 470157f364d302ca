import { describe, expect, it } from 'vitest';
import { xoshiro128, xoshiro128FromState, xoshiro128SeedState } from '../../../../shared/core/metrics/xoshiro128.js';
import { loadFixture } from './fixture.js';

const fixture = loadFixture();

describe('xoshiro128**', () => {
  it('reproduces an independent (Python) implementation, seeding included', () => {
    for (const c of fixture.xoshiro128) {
      if (c.seed !== undefined) expect(xoshiro128SeedState(c.seed), `state of seed ${c.seed}`).toEqual(c.state);
      const random = xoshiro128FromState(c.state as [number, number, number, number]);
      const outputs = c.outputs.map(() => random.nextUint32());
      expect(outputs).toEqual(c.outputs);
    }
  });

  it('draws integers in range, roughly uniformly', () => {
    const random = xoshiro128(7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) bins[random.nextInt(10)]++;
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500); // ≈ 5 standard deviations
    const big = xoshiro128(8);
    for (let i = 0; i < 1000; i++) {
      const v = big.nextInt(3_000_000_019);
      expect(Number.isInteger(v) && v >= 0 && v < 3_000_000_019).toBe(true);
    }
  });

  it('rejects invalid seeds and bounds', () => {
    expect(() => xoshiro128(-1)).toThrow(RangeError);
    expect(() => xoshiro128(0.5)).toThrow(RangeError);
    expect(() => xoshiro128(1).nextInt(0)).toThrow(RangeError);
    expect(() => xoshiro128FromState([0, 0, 0, 0])).toThrow(RangeError);
  });
});
