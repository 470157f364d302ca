import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-YPBZJH2C.js";
import "./chunks/chunk-2EB2PY7R.js";
import "./chunks/chunk-YWRKEUQX.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-T25FW554.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/evaluate/main.ts
await run();
