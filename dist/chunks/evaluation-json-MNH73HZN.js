import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  decodeEvaluation,
  encodeEvaluation,
  readEvaluation,
  writeEvaluation
} from "./chunk-VL3PWEW3.js";
import "./chunk-MTG562HG.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-KSIZKA2C.js";
import "./chunk-55YVFETO.js";
import "./chunk-TBG5Q2I6.js";
import "./chunk-Y73GAKKI.js";
import "./chunk-AXUJ4B5B.js";
import "./chunk-RRUY6MUO.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-D7INEA7H.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  decodeEvaluation,
  encodeEvaluation,
  readEvaluation,
  writeEvaluation
};
