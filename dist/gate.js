import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-RSK2X5OA.js";
import "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-4H3NGWSP.js";
import "./chunks/chunk-HW5EUPYD.js";
import "./chunks/chunk-WXK77U3B.js";
import "./chunks/chunk-V2LYRLLH.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/gate/main.ts
await run();
