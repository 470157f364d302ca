import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/data/missing.ts
var MISSING_TOKENS = /* @__PURE__ */ new Set([
  "",
  "NA",
  "N/A",
  "n/a",
  "NaN",
  "nan",
  "-NaN",
  "-nan",
  "NULL",
  "null",
  "None",
  "#N/A",
  "<NA>"
]);
function isMissing(cell) {
  return MISSING_TOKENS.has(cell.trim());
}
var INFINITY_TOKENS = /* @__PURE__ */ new Map([
  ["inf", Infinity],
  ["+inf", Infinity],
  ["-inf", -Infinity],
  ["infinity", Infinity],
  ["+infinity", Infinity],
  ["-infinity", -Infinity]
]);
function parseNumber(cell) {
  const text = cell.trim();
  if (text === "") return void 0;
  const infinite = INFINITY_TOKENS.get(text.toLowerCase());
  if (infinite !== void 0) return infinite;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return void 0;
  return Number(text);
}

export {
  isMissing,
  parseNumber
};
