import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-F6MHGCKE.js";
import {
  run as run2
} from "./chunks/chunk-AQIOZYZF.js";
import {
  run as run3
} from "./chunks/chunk-XR5ISMB3.js";
import {
  run as run4
} from "./chunks/chunk-EDO3ZMUC.js";
import {
  run as run5
} from "./chunks/chunk-6S3FF7MC.js";
import {
  run as run6
} from "./chunks/chunk-RCSXAHH6.js";
import {
  ACTIONS
} from "./chunks/chunk-O4REL7FX.js";
import {
  getInput,
  setFailed
} from "./chunks/chunk-FB63VRRM.js";
import "./chunks/chunk-FRGPYY6S.js";
import "./chunks/chunk-UALV53R5.js";
import "./chunks/chunk-2P2S2234.js";
import "./chunks/chunk-XT7TYGLG.js";
import "./chunks/chunk-WJVBP6UV.js";
import "./chunks/chunk-R553FPOC.js";
import "./chunks/chunk-NCTLN5ER.js";
import "./chunks/chunk-C2KN6SKI.js";
import "./chunks/chunk-SBZVX73G.js";
import "./chunks/chunk-IXZKARFN.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-7P42ETQJ.js";
import "./chunks/chunk-5IU5AZD2.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
