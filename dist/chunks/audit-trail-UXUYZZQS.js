import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  appendAuditRecord,
  appendMonitorTransition,
  recordAbTestDecision,
  sourceDigests
} from "./chunk-P7FSCBJI.js";
import "./chunk-NBUUFY5J.js";
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
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  appendAuditRecord,
  appendMonitorTransition,
  recordAbTestDecision,
  sourceDigests
};
