import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-YPIOAQF4.js";
import "./chunks/chunk-WITFOXDB.js";
import "./chunks/chunk-734YSQLN.js";
import "./chunks/chunk-7NM6PH5I.js";
import "./chunks/chunk-RORSCA3W.js";
import "./chunks/chunk-VX6TMELB.js";
import "./chunks/chunk-7NP5VWMD.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-DSEQPBSD.js";
import "./chunks/chunk-KLYIWCWM.js";

// actions/promote/main.ts
await run();
