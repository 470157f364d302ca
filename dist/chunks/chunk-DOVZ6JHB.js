import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/adapters/registry/default-store.ts
var DEFAULT_LOCAL_STORE = ".mlgate/registry";

export {
  DEFAULT_LOCAL_STORE
};
