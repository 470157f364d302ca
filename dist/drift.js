import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-RZQJANDR.js";
import "./chunks/chunk-P3GCAGMF.js";
import "./chunks/chunk-CEVJE2NL.js";
import "./chunks/chunk-VOGLX2VY.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-MB54XVW5.js";
import "./chunks/chunk-VXSPYE6X.js";

// actions/drift/main.ts
await run();
