import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ICAXCH2F.js";
import "./chunks/chunk-QIQF4GVS.js";
import "./chunks/chunk-UX7PTP4I.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-T25FW554.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/drift/main.ts
await run();
