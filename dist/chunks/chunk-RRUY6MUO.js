import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/release-memory.ts
function releaseMemory(...arrays) {
  for (const array of arrays) {
    if (array === void 0 || array.byteOffset !== 0 || array.byteLength !== array.buffer.byteLength) continue;
    detach(array.buffer);
  }
}
function releaseBuffers(...arrays) {
  for (const array of arrays) if (array !== void 0) detach(array.buffer);
}
function detach(buffer) {
  if (!(buffer instanceof ArrayBuffer)) return;
  const transferable = buffer;
  if (transferable.detached === true || typeof transferable.transfer !== "function") return;
  transferable.transfer(0);
}

export {
  releaseMemory,
  releaseBuffers
};
