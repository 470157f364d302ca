import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-7R22JWMO.js";
import {
  run as run2
} from "./chunks/chunk-YPBZJH2C.js";
import {
  run as run3
} from "./chunks/chunk-PUR6FGRW.js";
import {
  run as run4
} from "./chunks/chunk-Z72JG4IY.js";
import {
  run as run5
} from "./chunks/chunk-G5SQKP6I.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-2EB2PY7R.js";
import "./chunks/chunk-S65IPNRN.js";
import "./chunks/chunk-YWRKEUQX.js";
import "./chunks/chunk-TNW6XXW4.js";
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
