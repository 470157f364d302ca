import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-GX6UUFRA.js";
import "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-BE3NIQQM.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-W5IIHW3G.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/train/main.ts
await run();
