import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateOutcome,
  readModelGates,
  runAggregateGate
} from "./chunk-XOLG4RLZ.js";
import "./chunk-V2KLKOIA.js";
import "./chunk-5S6JJMR6.js";
import "./chunk-I5ZWA4JK.js";
import "./chunk-Z6HHK4MR.js";
import "./chunk-3XDSC64G.js";
import "./chunk-VXSCWYQM.js";
import "./chunk-QY5LPYOU.js";
import "./chunk-NBUUFY5J.js";
import "./chunk-2KWRJXY2.js";
import "./chunk-5DEMGCVH.js";
import "./chunk-VL3PWEW3.js";
import "./chunk-UD3YLTTD.js";
import "./chunk-OTFLRA3H.js";
import "./chunk-H3Z3KSEM.js";
import "./chunk-HABCSNGL.js";
import "./chunk-TUTBBBXV.js";
import "./chunk-4LMMAYPW.js";
import "./chunk-62CIV2GW.js";
import "./chunk-MTG562HG.js";
import "./chunk-5FMXUUNU.js";
import "./chunk-SPGCF4JI.js";
import "./chunk-D7XARLC7.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-RY6TFG5S.js";
import "./chunk-MKBYBNPK.js";
import "./chunk-PSG56SAE.js";
import "./chunk-7QWFEBRW.js";
import "./chunk-HAEUDPHK.js";
import "./chunk-NYQJQXY4.js";
import "./chunk-DOVZ6JHB.js";
import "./chunk-KSIZKA2C.js";
import "./chunk-55YVFETO.js";
import "./chunk-TBG5Q2I6.js";
import "./chunk-ZWUPIQN7.js";
import "./chunk-MQA5RZIO.js";
import "./chunk-OXLN5GVI.js";
import "./chunk-63FYA7DN.js";
import "./chunk-Y73GAKKI.js";
import "./chunk-AXUJ4B5B.js";
import "./chunk-RRUY6MUO.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-SS2DCIVC.js";
import "./chunk-D7INEA7H.js";
import "./chunk-Z5GXLVDD.js";
import "./chunk-VJ7MSKR2.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  aggregateOutcome,
  readModelGates,
  runAggregateGate
};
