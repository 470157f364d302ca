import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-7R22JWMO.js";
import "./chunks/chunk-2EB2PY7R.js";
import "./chunks/chunk-S65IPNRN.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-T25FW554.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/drift/main.ts
await run();
