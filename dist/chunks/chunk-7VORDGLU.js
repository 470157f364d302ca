import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/commands/monitor-options.ts
var NEWEST_BY = ["name", "mtime"];

export {
  NEWEST_BY
};
