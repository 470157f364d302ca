import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UBWP7AXL.js";
import "./chunks/chunk-D22NIFRY.js";
import "./chunks/chunk-Z4QQG76O.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-SSMCLX7T.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-BNUHOKKP.js";
import "./chunks/chunk-SNU7CSHK.js";

// actions/drift/main.ts
await run();
