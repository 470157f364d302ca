import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-FVQGVLDL.js";
import "./chunks/chunk-WITFOXDB.js";
import "./chunks/chunk-QYRTEOK5.js";
import "./chunks/chunk-734YSQLN.js";
import "./chunks/chunk-RORSCA3W.js";
import "./chunks/chunk-VX6TMELB.js";
import "./chunks/chunk-7NP5VWMD.js";
import "./chunks/chunk-KLYIWCWM.js";

// actions/gate/main.ts
await run();
