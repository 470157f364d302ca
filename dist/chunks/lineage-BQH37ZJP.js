import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  decodeLineage
} from "./chunk-2Z2NYMCZ.js";
import {
  openRegistry
} from "./chunk-NBUUFY5J.js";
import "./chunk-2KWRJXY2.js";
import "./chunk-MTG562HG.js";
import "./chunk-SPGCF4JI.js";
import "./chunk-D7XARLC7.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-RY6TFG5S.js";
import "./chunk-MKBYBNPK.js";
import "./chunk-PSG56SAE.js";
import "./chunk-7QWFEBRW.js";
import "./chunk-DOVZ6JHB.js";
import "./chunk-SS2DCIVC.js";
import "./chunk-D7INEA7H.js";
import {
  currentEnvironment
} from "./chunk-VJ7MSKR2.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/commands/lineage.ts
async function lineageOf(options) {
  const registry = openRegistry(options.store, { environment: options.environment ?? currentEnvironment(), token: options.token, warn: options.warn });
  const chain = [];
  let next = (await registry.resolve(options.model, options.version ? { version: options.version } : { latest: true })).version;
  const seen = /* @__PURE__ */ new Set();
  while (next && !seen.has(next)) {
    seen.add(next);
    const version = await registry.resolve(options.model, { version: next });
    const text = await registry.readDocument(options.model, next, "lineage.json");
    const lineage = text ? decodeLineage(text, `${options.model}@v${next}/lineage.json`) : null;
    chain.push({ version, lineage });
    next = lineage?.parent?.version;
  }
  return { model: options.model, chain, stages: await registry.stageHistory(options.model), audit: await registry.auditTrail(options.model) };
}
export {
  lineageOf
};
