/**
 * Frees scratch typed arrays now instead of at V8's next collection. Dead ArrayBuffers live
 * outside the JS heap, and V8 collects them only when external memory has grown by tens of
 * megabytes since the last collection: at a million rows the dead sort keys, hash tables and read
 * buffers of one evaluation wait there together and set the peak memory. `transfer(0)` detaches
 * the buffer, which releases its memory at once.
 *
 * Only for arrays nothing else refers to: every view of the buffer becomes empty. An array that
 * is a view of part of a larger buffer is left alone.
 */
type Transferable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };

export function releaseMemory(...arrays: (ArrayBufferView | undefined)[]): void {
  for (const array of arrays) {
    if (array === undefined || array.byteOffset !== 0 || array.byteLength !== array.buffer.byteLength) continue;
    detach(array.buffer);
  }
}

/**
 * Frees the whole buffer behind each array, views of part of it included: for arrays known to be
 * the only users of their buffer though they view a prefix of it (a column builder's result is
 * the filled part of its capacity).
 */
export function releaseBuffers(...arrays: (ArrayBufferView | undefined)[]): void {
  for (const array of arrays) if (array !== undefined) detach(array.buffer);
}

function detach(buffer: ArrayBufferLike): void {
  if (!(buffer instanceof ArrayBuffer)) return;
  const transferable = buffer as Transferable;
  if (transferable.detached === true || typeof transferable.transfer !== 'function') return; // released already (one array named twice)
  transferable.transfer(0);
}
