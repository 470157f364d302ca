import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/version.ts
var TOOL_VERSION = "0.1.0";

export {
  TOOL_VERSION
};
