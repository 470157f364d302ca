import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-OLYS6SUO.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-VWUETDLY.js";
import "./chunks/chunk-XKZDGCIH.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-K5S34ETX.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/evaluate/main.ts
await run();
