import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UQZ4RQCE.js";
import "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-HW5EUPYD.js";
import "./chunks/chunk-56CACRAV.js";
import "./chunks/chunk-WXK77U3B.js";
import "./chunks/chunk-V2LYRLLH.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-W5IIHW3G.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/promote/main.ts
await run();
