import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  promote,
  promotionTarget
} from "./chunk-7EAT4UYT.js";
import "./chunk-3XDSC64G.js";
import "./chunk-P7FSCBJI.js";
import "./chunk-NBUUFY5J.js";
import "./chunk-2KWRJXY2.js";
import "./chunk-5DEMGCVH.js";
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
import "./chunk-Z5GXLVDD.js";
import "./chunk-VJ7MSKR2.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  promote,
  promotionTarget
};
