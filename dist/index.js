import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ICAXCH2F.js";
import {
  run as run2
} from "./chunks/chunk-CDI5KMKM.js";
import {
  run as run3
} from "./chunks/chunk-6CEAZ46P.js";
import {
  run as run4
} from "./chunks/chunk-FYD46OTG.js";
import {
  run as run5
} from "./chunks/chunk-B7SDSU74.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-QIQF4GVS.js";
import "./chunks/chunk-UX7PTP4I.js";
import "./chunks/chunk-EQGJEONM.js";
import "./chunks/chunk-II6A35FP.js";
import "./chunks/chunk-LNBY6ER7.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-Y5OVN5VZ.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-T25FW554.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/dispatch.ts
var RUNNERS = { train: run5, evaluate: run2, drift: run, gate: run3, publish: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
