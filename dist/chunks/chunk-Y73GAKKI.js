import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/drift/correction.ts
var CORRECTIONS = ["bh", "bonferroni", "none"];
function adjustPValues(pValues, correction) {
  const m = pValues.length;
  if (correction === "none" || m === 0) return [...pValues];
  if (correction === "bonferroni") return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1];
    running = Math.min(running, p * m / rank);
    adjusted[index] = Math.min(1, Math.max(p, running));
  }
  return adjusted;
}

export {
  CORRECTIONS,
  adjustPValues
};
