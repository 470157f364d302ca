import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-S32LKZDD.js";
import {
  run as run2
} from "./chunks/chunk-ATMNYLL7.js";
import {
  run as run3
} from "./chunks/chunk-ODPGMD3Z.js";
import {
  run as run4
} from "./chunks/chunk-6ESFKMXW.js";
import {
  run as run5
} from "./chunks/chunk-MM7JRTZH.js";
import {
  run as run6
} from "./chunks/chunk-ZLDSMPP6.js";
import {
  ACTIONS,
  getInput,
  setFailed
} from "./chunks/chunk-V6S52LBH.js";
import "./chunks/chunk-WZQR32S2.js";
import "./chunks/chunk-AS6DZVXO.js";
import "./chunks/chunk-BXYHUIGO.js";
import "./chunks/chunk-EYLNEILO.js";
import "./chunks/chunk-JIWL6CAY.js";
import "./chunks/chunk-25JDCVKZ.js";
import "./chunks/chunk-XBCGTNKV.js";
import "./chunks/chunk-Z5DBCWVG.js";
import "./chunks/chunk-DZQEYZQ5.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-3EG222HV.js";
import "./chunks/chunk-7FHBNQW2.js";

// actions/dispatch.ts
var RUNNERS = { train: run6, evaluate: run2, drift: run, gate: run3, publish: run5, promote: run4 };
var command = getInput("command").trim();
var runner = RUNNERS[command];
if (runner) await runner();
else setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(", ")}, got \`${command}\``);
