import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-T4DXQQID.js";
import "./chunks/chunk-P3GCAGMF.js";
import "./chunks/chunk-V62TOSEP.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-MB54XVW5.js";
import "./chunks/chunk-VXSPYE6X.js";

// actions/train/main.ts
await run();
