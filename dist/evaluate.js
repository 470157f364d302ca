import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-CDI5KMKM.js";
import "./chunks/chunk-QIQF4GVS.js";
import "./chunks/chunk-EQGJEONM.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-T25FW554.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/evaluate/main.ts
await run();
