import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UY24RPSE.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-CAVFVZTH.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-K5S34ETX.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/drift/main.ts
await run();
