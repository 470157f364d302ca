import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-4VTEBKRV.js";
import "./chunks/chunk-P3GCAGMF.js";
import "./chunks/chunk-W322WBVB.js";
import "./chunks/chunk-T25AETCV.js";
import "./chunks/chunk-CR7JDCE3.js";
import "./chunks/chunk-VOGLX2VY.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-MB54XVW5.js";
import "./chunks/chunk-VXSPYE6X.js";

// actions/publish/main.ts
await run();
