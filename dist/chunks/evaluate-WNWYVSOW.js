import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  MAX_RESAMPLES,
  evaluate,
  evaluateMetricsFiles,
  inCsvTerms
} from "./chunk-NPVBJ7DG.js";
import "./chunk-TUTBBBXV.js";
import "./chunk-FZPOGAVF.js";
import "./chunk-VPYOK6OQ.js";
import "./chunk-7UI27AWS.js";
import "./chunk-4LMMAYPW.js";
import "./chunk-UW7ZVLLG.js";
import "./chunk-OPEBT25N.js";
import "./chunk-4UVOI3OG.js";
import "./chunk-KSIZKA2C.js";
import "./chunk-55YVFETO.js";
import "./chunk-TBG5Q2I6.js";
import "./chunk-Y73GAKKI.js";
import "./chunk-AXUJ4B5B.js";
import "./chunk-BQ2LCHCP.js";
import "./chunk-RRUY6MUO.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-5JE6VQX4.js";
import "./chunk-SS2DCIVC.js";
import "./chunk-D7INEA7H.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  MAX_RESAMPLES,
  evaluate,
  evaluateMetricsFiles,
  inCsvTerms
};
