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
import {
  digestFile
} from "./chunk-RY6TFG5S.js";
import "./chunk-MKBYBNPK.js";
import "./chunk-PSG56SAE.js";
import "./chunk-7QWFEBRW.js";
import "./chunk-DOVZ6JHB.js";
import "./chunk-SS2DCIVC.js";
import "./chunk-D7INEA7H.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/commands/monitor-reference.ts
import { existsSync } from "node:fs";
async function referenceFromRegistry(options) {
  const registry = openRegistry(options.store, { environment: options.environment, token: options.token, warn: options.warn });
  const { version } = await registry.resolve(options.model, { stage: options.stage });
  const where = `${options.model}@v${version}/lineage.json`;
  const text = await registry.readDocument(options.model, version, "lineage.json");
  if (text === void 0) throw new InputError(`${where}: the ${options.stage} version has no lineage; give --reference (the data it was trained on)`);
  const local = decodeLineage(text, where).data.map((d) => ({ name: d.name, sha256: d.sha256, path: d.path ?? (d.uri && !/^[a-z][a-z0-9+.-]*:/i.test(d.uri) ? d.uri : void 0) })).filter((d) => d.path !== void 0);
  const names = local.map((d) => `\`${d.name}\``).join(", ");
  const chosen = options.dataName === void 0 ? local : local.filter((d) => d.name === options.dataName || d.path === options.dataName);
  if (chosen.length === 0) {
    throw new InputError(options.dataName === void 0 ? `${where}: records no data file with a path (publish it with --data); give --reference` : `${where}: records no data file \`${options.dataName}\` (it records ${names || "none"})`);
  }
  if (chosen.length > 1) throw new InputError(`${where}: records ${chosen.length} data files (${names}): name the training data with --reference-data`);
  const [data] = chosen;
  if (!existsSync(data.path)) throw new InputError(`${data.path}: the training data of ${options.model} v${version} (${where}) is not in the working directory; check it out, or give --reference`);
  const { sha256 } = await digestFile(data.path);
  if (sha256 !== data.sha256) {
    throw new InputError(`${data.path}: its SHA-256 is ${sha256.slice(0, 12)}\u2026, not the ${data.sha256.slice(0, 12)}\u2026 ${options.model} v${version} was trained on (${where}): check out the commit the lineage records, or give --reference`);
  }
  return { path: data.path, version };
}
export {
  referenceFromRegistry
};
