import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UY24RPSE.js";
import {
  run as run2
} from "./chunks/chunk-FBVWTLLP.js";
import {
  run as run3
} from "./chunks/chunk-FS4ND7LC.js";
import {
  run as run4
} from "./chunks/chunk-WZJO3UND.js";
import {
  run as run5
} from "./chunks/chunk-UIO2DZZF.js";
import {
  run as run6
} from "./chunks/chunk-I53ETURQ.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-CAVFVZTH.js";
import "./chunks/chunk-G5WXKSW6.js";
import "./chunks/chunk-GRQKYZYI.js";
import "./chunks/chunk-MALSSYKJ.js";
import "./chunks/chunk-W4X2UAYK.js";
import "./chunks/chunk-6QIVNHGU.js";
import "./chunks/chunk-5BMFNFVZ.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-2NHPS3IX.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-OJIPRLB7.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-K5S34ETX.js";
import "./chunks/chunk-DU2PGXJ4.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
