import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/commands/summary-budget.ts
var SUMMARY_BUDGET_BYTES = 1024 * 1024 - 16 * 1024;
function utf8Bytes(text) {
  return Buffer.byteLength(text, "utf8");
}

export {
  SUMMARY_BUDGET_BYTES,
  utf8Bytes
};
