import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-RZQJANDR.js";
import {
  run as run2
} from "./chunks/chunk-HGINOXWY.js";
import {
  run as run3
} from "./chunks/chunk-VBM3HINX.js";
import {
  run as run4
} from "./chunks/chunk-IBL3W2WQ.js";
import {
  run as run5
} from "./chunks/chunk-4VTEBKRV.js";
import {
  run as run6
} from "./chunks/chunk-T4DXQQID.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-P3GCAGMF.js";
import "./chunks/chunk-CEVJE2NL.js";
import "./chunks/chunk-TNNTFYQS.js";
import "./chunks/chunk-CWVM2M3Y.js";
import "./chunks/chunk-UFNZ7PHM.js";
import "./chunks/chunk-W322WBVB.js";
import "./chunks/chunk-T25AETCV.js";
import "./chunks/chunk-CR7JDCE3.js";
import "./chunks/chunk-VOGLX2VY.js";
import "./chunks/chunk-V62TOSEP.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-MB54XVW5.js";
import "./chunks/chunk-VXSPYE6X.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
