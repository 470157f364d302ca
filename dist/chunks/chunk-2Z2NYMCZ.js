import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  checkLineageSchema,
  reviveLineage
} from "./chunk-SPGCF4JI.js";
import {
  jsonFileCodec
} from "./chunk-SXEGRXJM.js";

// shared/adapters/codecs/lineage-json.ts
var codec = jsonFileCodec({
  what: "lineage record",
  schema: checkLineageSchema,
  decode: (value) => reviveLineage(value)
});
function encodeLineage(record) {
  return codec.encode(record);
}
function decodeLineage(text, source) {
  return codec.decode(text, source);
}

export {
  encodeLineage,
  decodeLineage
};
