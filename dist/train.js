import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-YVGVMZSY.js";
import "./chunks/chunk-D22NIFRY.js";
import "./chunks/chunk-J7BSGLYL.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-BNUHOKKP.js";
import "./chunks/chunk-SNU7CSHK.js";

// actions/train/main.ts
await run();
