import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  driftHtml
} from "./chunk-5FMXUUNU.js";
import "./chunk-HAEUDPHK.js";
import "./chunk-Z5GXLVDD.js";
import "./chunk-VJ4UBBLQ.js";
export {
  driftHtml
};
