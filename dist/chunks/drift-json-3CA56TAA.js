import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  decodeDrift,
  encodeDrift,
  readDrift,
  writeDrift
} from "./chunk-62CIV2GW.js";
import "./chunk-MTG562HG.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-ZWUPIQN7.js";
import "./chunk-MQA5RZIO.js";
import "./chunk-OXLN5GVI.js";
import "./chunk-63FYA7DN.js";
import "./chunk-Y73GAKKI.js";
import "./chunk-AXUJ4B5B.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-D7INEA7H.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  decodeDrift,
  encodeDrift,
  readDrift,
  writeDrift
};
