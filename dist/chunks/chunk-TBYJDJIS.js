import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  openRegistry
} from "./chunk-NBUUFY5J.js";
import {
  currentEnvironment
} from "./chunk-VJ7MSKR2.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/fetch-model.ts
function selectorOf(options) {
  if (options.version && options.stage) throw new InputError("give either --version or --stage, not both");
  if (options.version) return { version: options.version };
  if (options.stage) return { stage: options.stage };
  return { latest: true };
}
async function fetchModel(options) {
  const registry = openRegistry(options.store, { environment: options.environment ?? currentEnvironment(), token: options.token, warn: options.warn });
  return registry.fetchVersion(options.model, selectorOf(options), options.out);
}

export {
  selectorOf,
  fetchModel
};
