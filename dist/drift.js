import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-4K4IWSSX.js";
import "./chunks/chunk-WITFOXDB.js";
import "./chunks/chunk-HQT54ETP.js";
import "./chunks/chunk-7NP5VWMD.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-DSEQPBSD.js";
import "./chunks/chunk-KLYIWCWM.js";

// actions/drift/main.ts
await run();
