import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  train
} from "./chunk-ANN5H3WK.js";
import "./chunk-4GTMPTMD.js";
import "./chunk-CP3AQ6OB.js";
import "./chunk-VPYOK6OQ.js";
import "./chunk-CHRBWBRB.js";
import "./chunk-KHJQX7UB.js";
import "./chunk-RY6TFG5S.js";
import "./chunk-WH4LBFRB.js";
import "./chunk-55YVFETO.js";
import "./chunk-BQ2LCHCP.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-D7INEA7H.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  train
};
