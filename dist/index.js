import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UBWP7AXL.js";
import {
  run as run2
} from "./chunks/chunk-QZMJ37X2.js";
import {
  run as run3
} from "./chunks/chunk-U6GF6U7U.js";
import {
  run as run4
} from "./chunks/chunk-BKE6VKQS.js";
import {
  run as run5
} from "./chunks/chunk-P2LCJ3EC.js";
import {
  run as run6
} from "./chunks/chunk-YVGVMZSY.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-D22NIFRY.js";
import "./chunks/chunk-Z4QQG76O.js";
import "./chunks/chunk-TFYQBN7I.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-EHFR6B32.js";
import "./chunks/chunk-64EFECVI.js";
import "./chunks/chunk-EHFW3X3Q.js";
import "./chunks/chunk-ZQHQSS2B.js";
import "./chunks/chunk-SSMCLX7T.js";
import "./chunks/chunk-J7BSGLYL.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-BNUHOKKP.js";
import "./chunks/chunk-SNU7CSHK.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
