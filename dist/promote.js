import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-7X3KZUJW.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-MALSSYKJ.js";
import "./chunks/chunk-3J7CWMYN.js";
import "./chunks/chunk-LVHPGOEI.js";
import "./chunks/chunk-XKZDGCIH.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-K5S34ETX.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/promote/main.ts
await run();
