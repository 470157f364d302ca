import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/format-number.ts
function formatNumber(x) {
  if (typeof x !== "number") return NOT_A_NUMBER;
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 1e-3) return x.toExponential(2);
  return Number(x.toPrecision(4)).toString();
}
function formatCount(x) {
  return typeof x === "number" && Number.isInteger(x) ? String(x) : NOT_A_NUMBER;
}
function formatPercent(x) {
  return typeof x === "number" ? `${Math.round(x * 1e3) / 10}%` : NOT_A_NUMBER;
}
var NOT_A_NUMBER = "(not a number)";

export {
  formatNumber,
  formatCount,
  formatPercent,
  NOT_A_NUMBER
};
