import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-4K4IWSSX.js";
import {
  run as run2
} from "./chunks/chunk-TVQ3CLCX.js";
import {
  run as run3
} from "./chunks/chunk-FVQGVLDL.js";
import {
  run as run4
} from "./chunks/chunk-YPIOAQF4.js";
import {
  run as run5
} from "./chunks/chunk-UQDSVVJB.js";
import {
  run as run6
} from "./chunks/chunk-YTJWZD4Q.js";
import {
  ACTIONS
} from "./chunks/chunk-WITFOXDB.js";
import "./chunks/chunk-HQT54ETP.js";
import "./chunks/chunk-77BH3NO7.js";
import "./chunks/chunk-QYRTEOK5.js";
import "./chunks/chunk-734YSQLN.js";
import "./chunks/chunk-7NM6PH5I.js";
import "./chunks/chunk-RORSCA3W.js";
import "./chunks/chunk-VX6TMELB.js";
import "./chunks/chunk-7NP5VWMD.js";
import "./chunks/chunk-ZQ6Q5GFQ.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-DSEQPBSD.js";
import {
  getInput,
  setFailed
} from "./chunks/chunk-KLYIWCWM.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
