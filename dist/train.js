import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-SXLKTUC6.js";
import "./chunks/chunk-A4XJPU2W.js";
import "./chunks/chunk-23IYPTQB.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-UTLTSNX4.js";
import "./chunks/chunk-4OCMB34Q.js";

// actions/train/main.ts
await run();
