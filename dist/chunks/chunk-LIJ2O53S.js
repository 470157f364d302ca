import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/table/missing.ts
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

export {
  isMissing
};
