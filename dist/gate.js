import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-VBM3HINX.js";
import "./chunks/chunk-P3GCAGMF.js";
import "./chunks/chunk-CWVM2M3Y.js";
import "./chunks/chunk-UFNZ7PHM.js";
import "./chunks/chunk-T25AETCV.js";
import "./chunks/chunk-CR7JDCE3.js";
import "./chunks/chunk-VOGLX2VY.js";
import "./chunks/chunk-VXSPYE6X.js";

// actions/gate/main.ts
await run();
