import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  downloadModel,
  uploadModel
} from "./chunk-F64NFSHX.js";
import "./chunk-VJ7MSKR2.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  downloadModel,
  uploadModel
};
