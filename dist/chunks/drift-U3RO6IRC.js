import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  GROUP_BYTES,
  MAX_CRITICAL_COLUMNS,
  drift
} from "./chunk-O4KZOLG5.js";
import "./chunk-X2KNNFJL.js";
import "./chunk-MTG562HG.js";
import "./chunk-CN6YNUXG.js";
import "./chunk-UW7ZVLLG.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-ZYQBE6BY.js";
import "./chunk-ZWUPIQN7.js";
import "./chunk-MQA5RZIO.js";
import "./chunk-OXLN5GVI.js";
import "./chunk-63FYA7DN.js";
import "./chunk-Y73GAKKI.js";
import "./chunk-AXUJ4B5B.js";
import "./chunk-BQ2LCHCP.js";
import "./chunk-RRUY6MUO.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-D7INEA7H.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  GROUP_BYTES,
  MAX_CRITICAL_COLUMNS,
  drift
};
