import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  decodeGateReport,
  encodeGateReport,
  readGateReport,
  writeGateReport
} from "./chunk-Z6HHK4MR.js";
import "./chunk-MTG562HG.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-D7INEA7H.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  decodeGateReport,
  encodeGateReport,
  readGateReport,
  writeGateReport
};
