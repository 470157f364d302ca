import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  profile,
  profileOfData
} from "./chunk-RCDHRGFF.js";
import "./chunk-MTG562HG.js";
import "./chunk-CPMYE6N6.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-KIVEH6SX.js";
import "./chunk-EXS7DSFS.js";
import "./chunk-63FYA7DN.js";
import "./chunk-BQ2LCHCP.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-D7INEA7H.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  profile,
  profileOfData
};
