import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-LEIC7QST.js";
import {
  run as run2
} from "./chunks/chunk-ZJAA6KLJ.js";
import {
  run as run3
} from "./chunks/chunk-ICXVQN7I.js";
import {
  run as run4
} from "./chunks/chunk-PQF2XCLP.js";
import {
  run as run5
} from "./chunks/chunk-DPOWAZMH.js";
import {
  run as run6
} from "./chunks/chunk-T6FGWZAB.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-2U4LSEDN.js";
import "./chunks/chunk-SYWDTXFT.js";
import "./chunks/chunk-C7HC25GN.js";
import "./chunks/chunk-7VJ7GQIO.js";
import "./chunks/chunk-HYT3MNO7.js";
import "./chunks/chunk-BVY6DOWA.js";
import "./chunks/chunk-LMJCERID.js";
import "./chunks/chunk-PPQS6PNO.js";
import "./chunks/chunk-ROR2KIK5.js";
import "./chunks/chunk-KOCVPDUK.js";
import "./chunks/chunk-RLRZG3RK.js";
import "./chunks/chunk-LKIDDCJH.js";
import "./chunks/chunk-WYZFRZMY.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-23P4Q5AA.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-XUJFDJB6.js";
import "./chunks/chunk-KFCK2SSB.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
