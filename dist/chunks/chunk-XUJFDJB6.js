import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  parseDecimal
} from "./chunk-KFCK2SSB.js";

// shared/metrics/labels.ts
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0);
    const cy = y.value.codePointAt(0);
    if (cx !== cy) return cx - cy;
  }
}
function sortLabels(labels) {
  const distinct = [...new Set(labels)];
  const values = distinct.map(parseDecimal);
  if (values.length > 0 && values.every((v) => v !== void 0)) {
    const value = new Map(distinct.map((label, i) => [label, values[i]]));
    return distinct.sort((a, b) => value.get(a) - value.get(b) || compareCodePoints(a, b));
  }
  return distinct.sort(compareCodePoints);
}
function quoteList(labels) {
  const shown = labels.slice(0, 20).map((l) => JSON.stringify(l));
  return shown.join(", ") + (labels.length > 20 ? `, \u2026 (${labels.length} in all)` : "");
}
function resolvePositiveLabel(labelsSeen, positiveLabel) {
  const labels = sortLabels(labelsSeen);
  if (labels.length > 2) {
    throw new Error(
      `task 'binary' expects at most two labels, but yTrue and yPred hold ${labels.length}: ${quoteList(labels)}. Use task 'multiclass' or fix the labels.`
    );
  }
  if (positiveLabel !== void 0) {
    if (labels.length === 2 && !labels.includes(positiveLabel)) {
      throw new Error(
        `positive label ${JSON.stringify(positiveLabel)} is not one of the labels seen: ${quoteList(labels)}`
      );
    }
    return positiveLabel;
  }
  if (labels.every((l) => l === "0" || l === "1")) return "1";
  const lower = labels.map((l) => l.toLowerCase());
  if (lower.every((l) => l === "false" || l === "true")) {
    if (new Set(lower).size === labels.length) {
      return labels.find((l) => l.toLowerCase() === "true") ?? "true";
    }
  }
  throw new Error(
    `cannot tell which label is positive: pass a positive label (labels seen: ${quoteList(labels)})`
  );
}

export {
  sortLabels,
  resolvePositiveLabel
};
