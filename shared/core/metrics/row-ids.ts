/**
 * Row ids kept as UTF-8 bytes (`RowIds`) and a hash index over them, so a million ids cost a few
 * typed arrays instead of a million strings and a `Map`: the index is an open-addressing table of
 * row numbers (FNV-1a over the bytes, linear probing, at most half full).
 */
import { releaseMemory } from '../release-memory.js';
import type { RowIds } from './types.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function rowIdsFromStrings(ids: readonly string[]): RowIds {
  const parts = ids.map((id) => encoder.encode(id));
  const starts = new Uint32Array(ids.length + 1);
  for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i] + parts[i].length;
  const bytes = new Uint8Array(starts[ids.length]);
  parts.forEach((part, i) => bytes.set(part, starts[i]));
  return { bytes, starts };
}

export function rowIdCount(ids: RowIds): number {
  return ids.starts.length - 1;
}

/** The id of row i as text, for messages. */
export function rowIdText(ids: RowIds, i: number): string {
  return decoder.decode(ids.bytes.subarray(ids.starts[i], ids.starts[i + 1]));
}

/** ids reordered: row k of the result is row `order[k]` of `ids`. */
export function reorderRowIds(ids: RowIds, order: ArrayLike<number>): RowIds {
  const starts = new Uint32Array(order.length + 1);
  for (let k = 0; k < order.length; k++) starts[k + 1] = starts[k] + ids.starts[order[k] + 1] - ids.starts[order[k]];
  const bytes = new Uint8Array(starts[order.length]);
  for (let k = 0; k < order.length; k++) bytes.set(ids.bytes.subarray(ids.starts[order[k]], ids.starts[order[k] + 1]), starts[k]);
  return { bytes, starts };
}

function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
  return h >>> 0;
}

function sameBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (a[aStart + k] !== b[bStart + k]) return false;
  return true;
}

/** Row numbers of a growing set of ids, by id. */
export class RowIdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly ids: RowIds, capacity = rowIdCount(ids)) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /**
   * Adds row i of the indexed ids; returns the earlier row with the same id (then i is not
   * added), or -1.
   */
  add(i: number): number {
    const { bytes, starts } = this.ids;
    let slot = hashOf(bytes, starts[i], starts[i + 1]) & this.mask;
    for (;;) {
      const row = this.slots[slot];
      if (row === -1) {
        this.slots[slot] = i;
        return -1;
      }
      if (sameBytes(bytes, starts[row], starts[row + 1], bytes, starts[i], starts[i + 1])) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Frees the index's table now (see release-memory.ts); the index is not used after. */
  release(): void {
    releaseMemory(this.slots);
  }

  /** The indexed row whose id is row j of `other`, or -1. */
  find(other: RowIds, j: number): number {
    const { bytes, starts } = this.ids;
    const start = other.starts[j];
    const end = other.starts[j + 1];
    let slot = hashOf(other.bytes, start, end) & this.mask;
    for (;;) {
      const row = this.slots[slot];
      if (row === -1) return -1;
      if (sameBytes(bytes, starts[row], starts[row + 1], other.bytes, start, end)) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}
