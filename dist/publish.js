import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-KADGDBEV.js";
import "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-56CACRAV.js";
import "./chunks/chunk-WXK77U3B.js";
import "./chunks/chunk-V2LYRLLH.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-W5IIHW3G.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/publish/main.ts
await run();
