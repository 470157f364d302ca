import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/stats/pairwise-sum.ts
var PAIRWISE_BLOCK = 8192;
function pairwiseSum(values, start = 0, end = values.length) {
  let total = 0;
  for (let block = start; block < end; block += PAIRWISE_BLOCK) {
    total += pairwiseBlock(values, block, Math.min(end, block + PAIRWISE_BLOCK) - block);
  }
  return total;
}
function pairwiseBlock(a, offset, n) {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[offset + i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[offset];
    let r1 = a[offset + 1];
    let r2 = a[offset + 2];
    let r3 = a[offset + 3];
    let r4 = a[offset + 4];
    let r5 = a[offset + 5];
    let r6 = a[offset + 6];
    let r7 = a[offset + 7];
    let i = 8;
    const unrolledEnd = n - n % 8;
    for (; i < unrolledEnd; i += 8) {
      r0 += a[offset + i];
      r1 += a[offset + i + 1];
      r2 += a[offset + i + 2];
      r3 += a[offset + i + 3];
      r4 += a[offset + i + 4];
      r5 += a[offset + i + 5];
      r6 += a[offset + i + 6];
      r7 += a[offset + i + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[offset + i];
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseBlock(a, offset, half) + pairwiseBlock(a, offset + half, n - half);
}

export {
  PAIRWISE_BLOCK,
  pairwiseSum
};
