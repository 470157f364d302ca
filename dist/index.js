import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-5LMHNAJ7.js";
import {
  run as run2
} from "./chunks/chunk-5CSM74TY.js";
import {
  run as run3
} from "./chunks/chunk-HTLVG6RG.js";
import {
  run as run4
} from "./chunks/chunk-NEABZ4PF.js";
import {
  run as run5
} from "./chunks/chunk-3ZT2BFTQ.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-QMIATY5L.js";
import "./chunks/chunk-RYFNRRDU.js";
import "./chunks/chunk-ITK6M5VQ.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-C2HL2J3K.js";
import "./chunks/chunk-ZGIUUWJE.js";
import "./chunks/chunk-LWDAF5UH.js";
import "./chunks/chunk-72ANLO3C.js";
import "./chunks/chunk-GMTNBPQS.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-QQ6HSRDX.js";
import "./chunks/chunk-MZBOEMN4.js";

// actions/dispatch.ts
var RUNNERS = { train: run5, evaluate: run2, drift: run, gate: run3, publish: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
