import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-TVQ3CLCX.js";
import "./chunks/chunk-WITFOXDB.js";
import "./chunks/chunk-77BH3NO7.js";
import "./chunks/chunk-VX6TMELB.js";
import "./chunks/chunk-7NP5VWMD.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-DSEQPBSD.js";
import "./chunks/chunk-KLYIWCWM.js";

// actions/evaluate/main.ts
await run();
