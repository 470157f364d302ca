import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-WVS3X4JH.js";
import {
  run as run2
} from "./chunks/chunk-DYYSEA55.js";
import {
  run as run3
} from "./chunks/chunk-UIM2IQCX.js";
import {
  run as run4
} from "./chunks/chunk-PSBXCEHC.js";
import {
  run as run5
} from "./chunks/chunk-UKPDEXVM.js";
import {
  run as run6
} from "./chunks/chunk-SXLKTUC6.js";
import {
  ACTIONS
} from "./chunks/chunk-A4XJPU2W.js";
import "./chunks/chunk-4LVK5LXH.js";
import "./chunks/chunk-U7AAR5CE.js";
import "./chunks/chunk-5T55FSYG.js";
import "./chunks/chunk-KEH7I43P.js";
import "./chunks/chunk-4RKUA6KN.js";
import "./chunks/chunk-IG3REBWY.js";
import "./chunks/chunk-GV5XF4PK.js";
import "./chunks/chunk-GEIPFF27.js";
import "./chunks/chunk-23IYPTQB.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-UTLTSNX4.js";
import {
  getInput,
  setFailed
} from "./chunks/chunk-4OCMB34Q.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
