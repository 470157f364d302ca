import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  MATRIX_JOB_LIMIT,
  planChangedModels,
  planSummary,
  readModelManifest
} from "./chunk-5S6JJMR6.js";
import "./chunk-I5ZWA4JK.js";
import "./chunk-D7XARLC7.js";
import "./chunk-OPEBT25N.js";
import "./chunk-HAEUDPHK.js";
import "./chunk-NYQJQXY4.js";
import "./chunk-SS2DCIVC.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  MATRIX_JOB_LIMIT,
  planChangedModels,
  planSummary,
  readModelManifest
};
