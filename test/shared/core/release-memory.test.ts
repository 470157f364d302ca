import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../../shared/core/release-memory.js';

describe('releaseMemory', () => {
  it('frees whole scratch arrays at once (they read as empty after) and leaves views of part of a buffer alone', () => {
    const scratch = new Float64Array(1000).fill(1);
    const other = new Uint32Array(10);
    const shared = new Uint8Array(100);
    const part = shared.subarray(10, 20);
    releaseMemory(scratch, undefined, other, part);
    expect(scratch.length).toBe(0);
    expect(other.length).toBe(0);
    expect(part.length).toBe(10);
    expect(shared.length).toBe(100);
  });
});
