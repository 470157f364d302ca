import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  evaluationHtml
} from "./chunk-UD3YLTTD.js";
import "./chunk-H3Z3KSEM.js";
import "./chunk-HABCSNGL.js";
import "./chunk-HAEUDPHK.js";
import "./chunk-TBG5Q2I6.js";
import "./chunk-Z5GXLVDD.js";
import "./chunk-VJ4UBBLQ.js";
export {
  evaluationHtml
};
