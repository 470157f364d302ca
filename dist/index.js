import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-KCLXRO5P.js";
import {
  run as run2
} from "./chunks/chunk-PXMKGYP7.js";
import {
  run as run3
} from "./chunks/chunk-L4C776W2.js";
import {
  run as run4
} from "./chunks/chunk-WZE43Q7H.js";
import {
  run as run5
} from "./chunks/chunk-C7X6ZIOY.js";
import {
  run as run6
} from "./chunks/chunk-GX6UUFRA.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-XVS7X7PH.js";
import "./chunks/chunk-HZZRUDII.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-FSXOTKN2.js";
import "./chunks/chunk-HW5EUPYD.js";
import "./chunks/chunk-76M3UDKT.js";
import "./chunks/chunk-BH5YI76D.js";
import "./chunks/chunk-XI2POHK6.js";
import "./chunks/chunk-BE3NIQQM.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-W5IIHW3G.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
